"""Who may sit on a panel: a re-assessment's panel is independent of the first panel, its experts and their
institutions; an expert whose training has expired is not drawn."""

from __future__ import annotations

from tests.assessment.conftest import Api, items_with, run_to_conclusion

PREFIX = "/api/v1/assessment-applications"


class TestReassessmentPanel:
    async def test_excludes_the_first_panels_experts_and_their_institutions(self, contractor: Api) -> None:
        first_a = await contractor.expert(institution="HOSP-FIRST-A")
        first_b = await contractor.expert(institution="HOSP-FIRST-B")
        _, r = await contractor.apply()
        app_id = r.json()["id"]
        first = await run_to_conclusion(contractor, app_id, items_with(adl=50, other=4))
        assert set(first["panel"]) == {first_a["id"], first_b["id"]}
        r = await contractor.post(f"{PREFIX}/{app_id}:start-publicity")
        assert r.status_code == 200, r.text
        r = await contractor.post(f"{PREFIX}/{app_id}/objections", {"reason": "家属认为评估偏低"})
        assert r.status_code == 201, r.text

        colleague = await contractor.expert(institution="HOSP-FIRST-A")
        fresh = {(await contractor.expert())["id"] for _ in range(2)}
        d = await contractor.post(f"{PREFIX}/{app_id}/panel-draws")
        assert d.status_code == 201, d.text
        reasons = {e["expert_id"]: e["reasons"] for e in d.json()["exclusions"]}
        assert reasons == {
            first_a["id"]: ["ON_EARLIER_PANEL", "SAME_INSTITUTION_AS_EARLIER_PANEL"],
            first_b["id"]: ["ON_EARLIER_PANEL", "SAME_INSTITUTION_AS_EARLIER_PANEL"],
            colleague["id"]: ["SAME_INSTITUTION_AS_EARLIER_PANEL"],
        }
        assert set(d.json()["panel"]) == fresh
        assert d.json()["replay"]["matches"] is True


class TestTraining:
    async def test_an_expert_whose_training_expired_is_not_drawn(self, contractor: Api) -> None:
        await contractor.expert()
        lapsed = await contractor.expert(training_expires_on="2026-03-01")  # the day before TODAY
        _, r = await contractor.apply()
        app_id = r.json()["id"]

        d = await contractor.post(f"{PREFIX}/{app_id}/panel-draws")
        assert d.status_code == 409, d.text
        assert (d.json()["code"], d.json()["shortfall"]) == ("PANEL_UNAVAILABLE", 1)

        renewed = await contractor.gateway.patch(
            f"/api/v1/experts/{lapsed['id']}",
            json={"training_expires_on": "2027-03-01"},
            headers=contractor.headers,
        )
        assert renewed.status_code == 200, renewed.text
        d = await contractor.post(f"{PREFIX}/{app_id}/panel-draws")
        assert d.status_code == 201, d.text
        assert lapsed["id"] in d.json()["panel"]
