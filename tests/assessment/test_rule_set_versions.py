"""A new rule-set version applies from its publication on, old results keep theirs; a version whose bands
overlap is refused."""

from __future__ import annotations

from typing import Any

from services.assessment.reference import national_scale
from tests.assessment.conftest import Api, items_with, run_to_conclusion

NATIONAL = "NHSA-2021-37"


def draft(version: str) -> dict[str, Any]:
    raw = national_scale.document().model_dump(mode="json")
    raw["version"] = version
    return raw


async def concluded(api: Api, items: dict[str, int]) -> tuple[str, dict[str, Any]]:
    _, r = await api.apply()
    assert r.status_code == 201, r.text
    app_id = r.json()["id"]
    return app_id, (await run_to_conclusion(api, app_id, items))["conclusion"]


class TestPublishing:
    async def test_new_results_carry_the_new_version_and_earlier_results_keep_theirs(
        self, contractor: Api, bureau: Api
    ) -> None:
        for _ in range(2):
            await contractor.expert()
        items = items_with(adl=50, other=4)  # ADL grade 2 → level 2 nationally
        before_id, before = await concluded(contractor, items)
        assert (before["rule_set_version"], before["level"]) == (NATIONAL, 2)

        raw = draft("WZ-PUBLISH-1")
        for cell in raw["levels"]:
            if cell["adl_grade"] == 2:
                cell["level"] = 3
        created = await bureau.post("/api/v1/rule-sets", raw)
        assert created.status_code == 201, created.text
        assert created.json()["status"] == "draft"
        published = await bureau.post("/api/v1/rule-sets/WZ-PUBLISH-1:publish")
        assert published.status_code == 200, published.text
        assert published.json()["status"] == "published"

        _, after = await concluded(contractor, items)
        assert (after["rule_set_version"], after["level"]) == ("WZ-PUBLISH-1", 3)

        earlier = (await contractor.get(f"/api/v1/assessment-applications/{before_id}")).json()
        assert [(c["rule_set_version"], c["level"]) for c in earlier["conclusions"]] == [(NATIONAL, 2)]
        assert {s["rule_set_version"] for s in earlier["scores"]} == {NATIONAL}


class TestValidation:
    async def test_overlapping_bands_are_refused(self, bureau: Api) -> None:
        raw = draft("WZ-OVERLAP-1")
        for band in raw["bands"]:
            if band["indicator"] == "adl" and band["grade"] == 2:
                band["max_total"] = 65  # grade 1 starts at 65: a total of 65 would fall in two bands
        r = await bureau.post("/api/v1/rule-sets", raw)
        assert r.status_code == 422, r.text
        assert [(e["field"], e["code"]) for e in r.json()["errors"]] == [("bands", "BANDS_OVERLAP")]
        assert "65" in r.json()["errors"][0]["message"]
        assert (await bureau.get("/api/v1/rule-sets/WZ-OVERLAP-1")).status_code == 404
