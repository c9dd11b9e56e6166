"""Panel draws: recusal, replay, shortfall, re-draws, and two concurrent draws that cannot both succeed."""

from __future__ import annotations

import asyncio
import uuid

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from services.assessment.panels import draw
from tests.assessment.conftest import Api


class TestPanelDraw:
    async def test_excludes_expert_of_applicants_institution(self, contractor: Api) -> None:
        tied = await contractor.expert(institution="INST-CARE")
        relative = await contractor.expert()
        doctor = await contractor.expert()
        for _ in range(2):
            await contractor.expert()
        person_id, r = await contractor.apply(
            care_institution_id="INST-CARE", family_doctor_id=doctor["code"]
        )
        await contractor.gateway.patch(
            f"/api/v1/experts/{relative['id']}",
            json={"relative_person_ids": [person_id]},
            headers=contractor.headers,
        )
        d = await contractor.post(f"/api/v1/assessment-applications/{r.json()['id']}/panel-draws")
        assert d.status_code == 201, d.text
        reasons = {e["expert_id"]: e["reasons"] for e in d.json()["exclusions"]}
        assert reasons[tied["id"]] == ["SAME_INSTITUTION_AS_CARE_PROVIDER"]
        assert reasons[relative["id"]] == ["DECLARED_RELATIVE"]
        assert reasons[doctor["id"]] == ["FAMILY_DOCTOR"]
        assert not set(d.json()["panel"]) & set(reasons)

    async def test_replays_to_the_same_panel(self, contractor: Api) -> None:
        for _ in range(5):
            await contractor.expert()
        _, r = await contractor.apply()
        d = await contractor.post(f"/api/v1/assessment-applications/{r.json()['id']}/panel-draws")
        again = await contractor.get(f"/api/v1/panel-draws/{d.json()['id']}")
        assert again.json()["replay"] == {"panel": d.json()["panel"], "matches": True}
        assert again.json()["seed"]
        assert len(again.json()["candidates"]) == 5

    async def test_not_enough_experts_names_the_shortfall(self, contractor: Api) -> None:
        await contractor.expert(institution="INST-CARE")
        await contractor.expert()
        _, r = await contractor.apply(care_institution_id="INST-CARE")
        d = await contractor.post(f"/api/v1/assessment-applications/{r.json()['id']}/panel-draws")
        assert d.status_code == 409
        assert d.json()["code"] == "PANEL_UNAVAILABLE"
        assert d.json()["shortfall"] == 1

    async def test_redraw_needs_a_reason_and_keeps_the_earlier_draw(self, contractor: Api) -> None:
        for _ in range(4):
            await contractor.expert()
        _, r = await contractor.apply()
        app_id = r.json()["id"]
        first = (await contractor.post(f"/api/v1/assessment-applications/{app_id}/panel-draws")).json()
        quiet = await contractor.post(f"/api/v1/assessment-applications/{app_id}/panel-draws")
        assert quiet.json()["code"] == "REDRAW_REASON_REQUIRED"
        again = await contractor.post(
            f"/api/v1/assessment-applications/{app_id}/panel-draws",
            {"reason": "专家临时生病", "replaces_draw_id": first["id"]},
        )
        assert again.status_code == 201, again.text
        draws = (await contractor.get(f"/api/v1/assessment-applications/{app_id}")).json()["draws"]
        assert [(d["id"], d["current"]) for d in draws] == [(first["id"], False), (again.json()["id"], True)]

    async def test_workload_goes_to_experts_with_fewest_open_assignments(self, contractor: Api) -> None:
        experts = [await contractor.expert() for _ in range(4)]
        _, r1 = await contractor.apply()
        first = (
            await contractor.post(f"/api/v1/assessment-applications/{r1.json()['id']}/panel-draws")
        ).json()
        _, r2 = await contractor.apply()
        second = (
            await contractor.post(f"/api/v1/assessment-applications/{r2.json()['id']}/panel-draws")
        ).json()
        assert set(first["panel"]) | set(second["panel"]) == {e["id"] for e in experts}

    @settings(max_examples=200, deadline=None)
    @given(
        seed=st.text(min_size=1, max_size=32),
        n=st.integers(2, 30),
        data=st.data(),
    )
    def test_a_draw_never_picks_an_excluded_expert_and_replays_identically(
        self, seed: str, n: int, data: st.DataObject
    ) -> None:
        candidates = [
            {"expert_id": str(uuid.UUID(int=i)), "open_assignments": data.draw(st.integers(0, 3))}
            for i in range(n)
        ]
        excluded = data.draw(st.sets(st.sampled_from([c["expert_id"] for c in candidates]), max_size=n - 2))
        exclusions = [{"expert_id": e, "reasons": ["DECLARED_RELATIVE"]} for e in excluded]
        panel = draw.pick(seed, candidates, exclusions, 2)
        assert len(panel) == 2
        assert not set(panel) & excluded
        assert draw.pick(seed, list(reversed(candidates)), exclusions, 2) == panel


class TestConcurrentDraws:
    async def test_two_concurrent_draws_for_one_application_cannot_both_succeed(
        self, autocommit_engine: AsyncEngine, assessment_reference: str
    ) -> None:
        from services.assessment.applications.service import move
        from services.assessment.models import Application, Expert
        from services.assessment.panels import service as panels
        from services.assessment.panels.schemas import PanelDrawCreate
        from shared.errors import DomainError
        from shared.principal import Principal, Role
        from tests.assessment.conftest import TAISHUN, TODAY

        principal = Principal(client_id="race", name="race", role=Role.CONTRACTOR, county_codes=[TAISHUN])
        tag = uuid.uuid4().hex[:8]
        app_id = uuid.uuid4()
        async with AsyncSession(autocommit_engine) as s, s.begin():
            for i in range(4):
                s.add(Expert(code=f"race-{tag}-{i}", name="x", profession="nurse", institution_id=f"I{i}",
                             county_codes=[TAISHUN], qualification_expires_on=TODAY.replace(year=2030),
                             status="active"))  # fmt: skip
            app = Application(id=app_id, kind="initial", person_id=f"race-{tag}", county_code=TAISHUN,
                              self_assessment={}, materials_complete=True, status="submitted",
                              rule_set_version="NHSA-2021-37", received_on=TODAY,
                              created_by="race")  # fmt: skip
            s.add(app)
            await s.flush()
            move(s, app, "accepted", "race")

        async def attempt() -> str:
            async with AsyncSession(autocommit_engine, expire_on_commit=False) as s:
                try:
                    async with s.begin():
                        await panels.draw_panel(s, app_id, PanelDrawCreate(), principal, TODAY)
                        await asyncio.sleep(0.2)  # hold the row lock while the other one waits
                    return "drawn"
                except DomainError as exc:
                    return exc.code

        try:
            outcomes = sorted(await asyncio.gather(attempt(), attempt()))
            assert outcomes == ["REDRAW_REASON_REQUIRED", "drawn"]
        finally:
            async with autocommit_engine.begin() as conn:
                for stmt in (
                    "DELETE FROM assessment.panel_assignments WHERE application_id = :a",
                    "DELETE FROM assessment.panel_draws WHERE application_id = :a",
                    "DELETE FROM assessment.application_transitions WHERE application_id = :a",
                    "DELETE FROM assessment.applications WHERE id = :a",
                ):
                    await conn.execute(text(stmt), {"a": app_id})
                await conn.execute(
                    text("DELETE FROM assessment.experts WHERE code LIKE :c"), {"c": f"race-{tag}-%"}
                )
