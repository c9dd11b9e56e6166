"""A score takes only the values the scale allows for each item; a conclusion that departs from the computed
level needs a written reason, and both levels are kept."""

from __future__ import annotations

from tests.assessment.conftest import Api, severe_items

PREFIX = "/api/v1/assessment-applications"


async def drawn(api: Api) -> tuple[str, list[str]]:
    """An accepted application with its panel drawn → (application id, panel)."""
    for _ in range(2):
        await api.expert()
    _, r = await api.apply()
    assert r.status_code == 201, r.text
    app_id = r.json()["id"]
    d = await api.post(f"{PREFIX}/{app_id}/panel-draws")
    assert d.status_code == 201, d.text
    return app_id, d.json()["panel"]


class TestScores:
    async def test_an_impossible_item_value_is_a_422_naming_the_item_and_its_allowed_values(
        self, contractor: Api
    ) -> None:
        app_id, panel = await drawn(contractor)
        items = {**severe_items(), "feeding": 7}  # 进食 scores 10, 5 or 0
        r = await contractor.post(f"{PREFIX}/{app_id}/scores", {"expert_id": panel[0], "items": items})
        assert r.status_code == 422, r.text
        [error] = r.json()["errors"]
        assert (error["field"], error["code"]) == ("body.items.feeding", "POINTS_NOT_ALLOWED")
        assert "7" in error["message"]
        assert "allowed 10, 5, 0" in error["message"]
        assert (await contractor.get(f"{PREFIX}/{app_id}")).json()["scores"] == []


class TestConclusion:
    async def test_overriding_the_computed_level_needs_a_reason_and_keeps_both_levels(
        self, contractor: Api
    ) -> None:
        app_id, panel = await drawn(contractor)
        for expert_id in panel:
            r = await contractor.post(
                f"{PREFIX}/{app_id}/scores", {"expert_id": expert_id, "items": severe_items()}
            )
            assert r.status_code == 201, r.text  # computed level 5

        for reason in ({}, {"override_reason": "   "}):
            refused = await contractor.post(
                f"{PREFIX}/{app_id}/conclusion", {"confirming_expert_ids": panel, "level": 4, **reason}
            )
            assert refused.status_code == 422, refused.text
            assert refused.json()["code"] == "OVERRIDE_REASON_REQUIRED"
            assert [e["field"] for e in refused.json()["errors"]] == ["body.override_reason"]
        assert (await contractor.get(f"{PREFIX}/{app_id}")).json()["status"] == "scored"

        why = "入户时申请人可在搀扶下短距离行走，专家组一致认为应为四级"
        r = await contractor.post(
            f"{PREFIX}/{app_id}/conclusion",
            {"confirming_expert_ids": panel, "level": 4, "override_reason": why},
        )
        assert r.status_code == 201, r.text
        conclusion = r.json()["conclusion"]
        assert (conclusion["computed_level"], conclusion["level"], conclusion["override_reason"]) == (
            5,
            4,
            why,
        )

        stored = (await contractor.get(f"{PREFIX}/{app_id}")).json()
        assert [(c["computed_level"], c["level"], c["override_reason"]) for c in stored["conclusions"]] == [
            (5, 4, why)
        ]
        assert stored["history"][-1]["to_status"] == "concluded"
        assert stored["history"][-1]["note"] == f"overridden: {why}"
