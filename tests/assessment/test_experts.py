"""The expert pool: CSV import, status over time, and quality figures against county peers."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from tests.assessment.conftest import LUCHENG, RUIAN, TAISHUN, Api, items_with, put_in_force, severe_items

HEADER = (
    "code,name,profession,institution_id,county_codes,qualification_expires_on,training_expires_on,"
    "relative_person_ids,family_doctor_person_ids"
)


async def import_csv(api: Api, *lines: str) -> httpx.Response:
    body = "\n".join((HEADER, *lines)).encode()
    return await api.gateway.post(
        "/api/v1/experts:import", content=body, headers={**api.headers, "Content-Type": "text/csv"}
    )


class TestExpertImport:
    async def test_good_rows_are_kept_and_each_bad_row_is_reported_by_line(self, contractor: Api) -> None:
        r = await import_csv(
            contractor,
            "IMP-1,王医生,doctor,HOSP-A,330302,2030-12-31,,,",
            "IMP-2,李护士,nurse,HOSP-B,330302;330381,2030-12-31,2027-06-30,,",
            "IMP-3,赵某,plumber,HOSP-C,330302,2030-12-31,,,",
            "IMP-4,钱某,doctor,HOSP-C,330302,not-a-date,,,",
            "IMP-5,孙某,doctor,HOSP-C,330329,2030-12-31,,,",
            "IMP-1,王医生,doctor,HOSP-A,330302,2030-12-31,,,",
        )
        assert r.status_code == 200, r.text
        result = r.json()
        assert (result["rows"], result["created"], result["updated"], result["rejected"]) == (6, 2, 0, 4)
        assert [(e["line"], e["code"]) for e in result["errors"]] == [
            (4, "NOT_ALLOWED"),  # as a single POST /experts answers it
            (5, "INVALID_DATE"),
            (6, "COUNTY_OUT_OF_SCOPE"),
            (7, "DUPLICATE_CODE"),
        ]
        pool = (await contractor.get("/api/v1/experts")).json()["items"]
        by_code = {e["code"]: e for e in pool}
        assert set(by_code) == {"IMP-1", "IMP-2"}
        assert by_code["IMP-2"]["county_codes"] == [LUCHENG, RUIAN]
        assert by_code["IMP-2"]["training_expires_on"] == "2027-06-30"
        assert by_code["IMP-1"]["status"] == "active"

    async def test_a_reimport_updates_by_code(self, contractor: Api) -> None:
        await import_csv(contractor, "UPD-1,王医生,doctor,HOSP-A,330302,2030-12-31,,,")
        r = await import_csv(contractor, "UPD-1,王医生,doctor,HOSP-NEW,330302,2031-12-31,,P-1;P-2,")
        assert (r.json()["created"], r.json()["updated"]) == (0, 1)
        expert = (await contractor.get("/api/v1/experts")).json()["items"][0]
        assert expert["institution_id"] == "HOSP-NEW"
        assert expert["relative_person_ids"] == ["P-1", "P-2"]
        detail = (await contractor.get(f"/api/v1/experts/{expert['id']}")).json()
        assert [h["status"] for h in detail["status_history"]] == ["active"]

    async def test_an_expert_of_other_counties_is_not_overwritten(
        self, contractor: Api, gateway: httpx.AsyncClient, make_api_key: Any
    ) -> None:
        other = Api(gateway, await make_api_key("contractor", county_codes=["330303"]))
        await import_csv(other, "OWN-1,某医生,doctor,HOSP-A,330303,2030-12-31,,,")
        r = await import_csv(contractor, "OWN-1,冒名,doctor,HOSP-X,330302,2030-12-31,,,")
        assert r.json()["created"] == r.json()["updated"] == 0
        assert [(e["line"], e["code"]) for e in r.json()["errors"]] == [(2, "EXPERT_OUT_OF_SCOPE")]
        theirs = (await other.get("/api/v1/experts")).json()["items"][0]
        assert (theirs["name"], theirs["county_codes"]) == ("某医生", ["330303"])

    async def test_a_pool_of_thousands_imports_in_one_file(self, contractor: Api) -> None:
        rows = [f"BIG-{i:05d},专家{i},nurse,HOSP-{i % 40},330302,2030-12-31,,," for i in range(3500)]
        r = await import_csv(contractor, *rows)
        assert r.status_code == 200, r.text
        assert (r.json()["created"], r.json()["rejected"]) == (3500, 0)

    async def test_a_malformed_csv_is_a_422(self, contractor: Api) -> None:
        r = await import_csv(contractor, "HUGE-1," + "x" * 140_000 + ",doctor,H,330302,2030-12-31,,,")
        assert r.status_code == 422
        assert r.json()["code"] == "CSV_MALFORMED"

    async def test_missing_columns_refuse_the_file(self, contractor: Api) -> None:
        r = await contractor.gateway.post(
            "/api/v1/experts:import",
            content=b"code,name\nX,Y\n",
            headers={**contractor.headers, "Content-Type": "text/csv"},
        )
        assert r.status_code == 422
        assert r.json()["code"] == "CSV_COLUMNS_MISSING"


class TestExpertStatus:
    async def patch(self, api: Api, expert_id: str, body: dict[str, Any]) -> httpx.Response:
        return await api.gateway.patch(f"/api/v1/experts/{expert_id}", json=body, headers=api.headers)

    async def test_suspension_needs_a_reason_and_is_kept_in_the_history(self, contractor: Api) -> None:
        expert = await contractor.expert()
        bare = await self.patch(contractor, expert["id"], {"status": "suspended"})
        assert bare.status_code == 422
        assert bare.json()["code"] == "STATUS_REASON_REQUIRED"
        r = await self.patch(contractor, expert["id"], {"status": "suspended", "status_reason": "培训过期"})
        assert r.status_code == 200, r.text
        back = await self.patch(contractor, expert["id"], {"status": "active", "status_reason": "培训完成"})
        history = [(h["status"], h["reason"]) for h in back.json()["status_history"]]
        assert history == [("active", "admitted"), ("suspended", "培训过期"), ("active", "培训完成")]

    async def test_a_suspended_expert_is_not_drawn(self, contractor: Api) -> None:
        experts = [await contractor.expert() for _ in range(2)]
        await self.patch(contractor, experts[0]["id"], {"status": "suspended", "status_reason": "停职"})
        _, r = await contractor.apply()
        d = await contractor.post(f"/api/v1/assessment-applications/{r.json()['id']}/panel-draws")
        assert d.status_code == 409
        assert (d.json()["code"], d.json()["shortfall"]) == ("PANEL_UNAVAILABLE", 1)

    async def test_an_expert_with_expired_qualification_is_not_drawn(self, contractor: Api) -> None:
        await contractor.expert()
        await contractor.expert(qualification_expires_on="2026-03-01")
        _, r = await contractor.apply()
        d = await contractor.post(f"/api/v1/assessment-applications/{r.json()['id']}/panel-draws")
        assert d.json()["code"] == "PANEL_UNAVAILABLE"

    async def test_a_removed_expert_does_not_come_back(self, contractor: Api) -> None:
        expert = await contractor.expert()
        await self.patch(contractor, expert["id"], {"status": "removed", "status_reason": "退出"})
        r = await self.patch(contractor, expert["id"], {"status": "active", "status_reason": "再来"})
        assert r.status_code == 409
        assert r.json()["code"] == "EXPERT_REMOVED"

    async def test_a_contractor_cannot_move_an_expert_outside_its_counties(self, contractor: Api) -> None:
        expert = await contractor.expert()
        r = await self.patch(contractor, expert["id"], {"county_codes": [TAISHUN]})
        assert r.status_code == 403
        assert r.json()["code"] == "COUNTY_OUT_OF_SCOPE"

    @pytest.mark.parametrize("field", ["name", "institution_id"])
    async def test_an_update_keeps_the_rules_of_admission(self, contractor: Api, field: str) -> None:
        """Found by the fuzz: an empty name or institution was stored, and the answer then broke its own
        schema (a 500)."""
        expert = await contractor.expert()
        r = await self.patch(contractor, expert["id"], {field: ""})
        assert r.status_code == 422
        assert r.json()["errors"][0]["field"] == f"body.{field}"


class TestExpertQuality:
    async def score_applications(
        self, api: Api, county: str, per_expert: list[dict[str, int]], n: int
    ) -> None:
        """``n`` applications of the county, each scored by its (2-expert) panel; not concluded."""
        for _ in range(n):
            _, r = await api.apply(county)
            app_id = r.json()["id"]
            panel = (await api.post(f"/api/v1/assessment-applications/{app_id}/panel-draws")).json()["panel"]
            for expert_id, items in zip(sorted(panel), per_expert, strict=True):
                s = await api.post(
                    f"/api/v1/assessment-applications/{app_id}/scores",
                    {"expert_id": expert_id, "items": items},
                )
                assert s.status_code == 201, s.text

    async def test_outlier_is_judged_against_peers_of_the_same_county(self, contractor: Api) -> None:
        lucheng = sorted([await contractor.expert(LUCHENG) for _ in range(2)], key=lambda e: e["id"])
        ruian = sorted([await contractor.expert(RUIAN) for _ in range(2)], key=lambda e: e["id"])
        level_3 = items_with(adl=40, other=4)
        await self.score_applications(contractor, LUCHENG, [severe_items(), level_3], 5)
        await self.score_applications(contractor, RUIAN, [severe_items(), severe_items()], 5)

        harsh = (await contractor.get(f"/api/v1/experts/{lucheng[0]['id']}/quality")).json()
        assert harsh["assessments"] == 5
        assert (harsh["mean_level"], harsh["peer_mean_level"]) == (5.0, 3.0)
        assert harsh["outlier"] is True
        shares = {d["level"]: (d["expert_share"], d["peer_share"]) for d in harsh["level_distribution"]}
        assert shares == {3: (0.0, 1.0), 5: (1.0, 0.0)}
        in_ruian = (await contractor.get(f"/api/v1/experts/{ruian[0]['id']}/quality")).json()
        assert (in_ruian["mean_level"], in_ruian["peer_mean_level"], in_ruian["outlier"]) == (5.0, 5.0, False)

    async def test_too_few_assessments_are_never_an_outlier(self, contractor: Api) -> None:
        pair = sorted([await contractor.expert() for _ in range(2)], key=lambda e: e["id"])
        await self.score_applications(contractor, LUCHENG, [severe_items(), items_with(adl=100, other=4)], 4)
        q = (await contractor.get(f"/api/v1/experts/{pair[0]['id']}/quality")).json()
        assert (q["assessments"], q["mean_level"], q["peer_mean_level"]) == (4, 5.0, 0.0)
        assert q["outlier"] is False

    async def test_overturned_on_reassessment_counts_against_the_first_panel(
        self, contractor: Api, assessment_app: FastAPI
    ) -> None:
        experts = [await contractor.expert() for _ in range(4)]
        _, r = await contractor.apply()
        app_id = r.json()["id"]
        first = await put_in_force(contractor, assessment_app, app_id, items_with(adl=50, other=4))
        objected = await contractor.post(
            f"/api/v1/assessment-applications/{app_id}/objections", {"reason": "偏低"}
        )
        assert objected.status_code == 201, objected.text
        second = await put_in_force(contractor, assessment_app, app_id, severe_items())
        for expert in experts:
            q = (await contractor.get(f"/api/v1/experts/{expert['id']}/quality")).json()
            if expert["id"] in first["panel"]:
                assert (q["reviewed"], q["overturned"], q["overturned_share"]) == (1, 1, 1.0)
            else:
                assert expert["id"] in second["panel"]
                assert (q["reviewed"], q["overturned"], q["overturned_share"]) == (0, 0, None)

    async def test_quality_of_an_expert_of_other_counties_is_404(
        self, contractor: Api, gateway: httpx.AsyncClient, make_api_key: Any
    ) -> None:
        expert = await contractor.expert()
        other = Api(gateway, await make_api_key("contractor", county_codes=["330303"]))
        assert (await other.get(f"/api/v1/experts/{expert['id']}/quality")).status_code == 404


async def test_a_calendar_year_out_of_range_is_a_422(
    gateway: httpx.AsyncClient, keys: dict[str, str]
) -> None:
    for year in (0, 9999):
        response = await gateway.put(
            f"/api/v1/working-calendars/{year}",
            json={"holidays": [], "makeup_workdays": []},
            headers={"Authorization": f"Bearer {keys['bureau']}"},
        )
        assert response.status_code == 422
