"""Who may care (S003 §二(六) "明确具有执业医师、执业护士、康复治疗师等医学相关专业人员符合护理服务从业条件；
其他从业人员需经规范化培训合格后上岗"): a caregiver's category, licence and ID number; the check
CAREGIVER_UNTRAINED, which cuts a record by a caregiver who neither cares on a licence nor holds a training
certificate valid on the service date; the flagged rule for family caregivers; the certificates settlement
learns from oversight's ``training.passed``; and the migration that carried existing caregivers over."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import httpx
import pytest
from sqlalchemy import text

from contracts.oversight import TrainingPassed
from services.settlement.institutions.certificates import apply_training_passed
from shared import migrations
from shared.db import create_engine
from shared.embedded_db import drop_database, ensure_database, with_database
from tests.conftest import ClientFactory, bearer, run_blocking, test_settings
from tests.settlement.conftest import LUCHENG, Feeds
from tests.settlement.world import DAY, MONTH, World, visit
from tests.support import unique_id_number

INSTITUTION = "CG-INST-1"


def caregiver(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "code": "CG-7",
        "real_name": "陈静",
        "qualification": "养老护理员 四级",
        "qualified_from": "2025-01-01",
        "qualified_until": "2028-01-01",
    }
    body.update(overrides)
    return body


@pytest.fixture
async def institution_key(
    gateway: httpx.AsyncClient, keys: dict[str, str], make_api_key: ClientFactory
) -> str:
    created = await gateway.post(
        "/api/v1/institutions",
        json={
            "id": INSTITUTION,
            "name": "护理站",
            "county_code": LUCHENG,
            "kind": "home_care",
            "care_modes": ["home_visit", "family_care"],
            "agreement_from": "2026-01-01",
            "agreement_to": "2027-12-31",
        },
        headers=bearer(keys["contractor"]),
    )
    assert created.status_code == 201, created.text
    return await make_api_key("institution", institution_id=INSTITUTION)


class TestRegistering:
    async def test_a_licensed_category_needs_its_licence_number(
        self, gateway: httpx.AsyncClient, institution_key: str
    ) -> None:
        path = f"/api/v1/institutions/{INSTITUTION}/caregivers"
        for category in ("licensed_physician", "licensed_nurse", "rehabilitation_therapist"):
            refused = await gateway.post(
                path, json=caregiver(category=category), headers=bearer(institution_key)
            )
            assert refused.status_code == 422, refused.text
            assert refused.json()["code"] == "LICENCE_NUMBER_REQUIRED"
            assert [(e["field"], e["code"]) for e in refused.json()["errors"]] == [
                ("body.licence_number", "REQUIRED")
            ]
        nurse = await gateway.post(
            path,
            json=caregiver(category="licensed_nurse", licence_number="202233030200007"),
            headers=bearer(institution_key),
        )
        assert nurse.status_code == 201, nurse.text
        assert (nurse.json()["category"], nurse.json()["licence_number"]) == (
            "licensed_nurse",
            "202233030200007",
        )

    async def test_without_a_category_a_caregiver_is_a_care_worker_and_a_bad_id_number_is_refused(
        self, gateway: httpx.AsyncClient, institution_key: str
    ) -> None:
        path = f"/api/v1/institutions/{INSTITUTION}/caregivers"
        number = unique_id_number()
        wrong = number[:-1] + ("0" if number[-1] != "0" else "1")
        refused = await gateway.post(path, json=caregiver(id_number=wrong), headers=bearer(institution_key))
        assert refused.status_code == 422
        assert [e["code"] for e in refused.json()["errors"]] == ["ID_NUMBER_CHECKSUM"]
        made = await gateway.post(path, json=caregiver(id_number=number), headers=bearer(institution_key))
        assert made.status_code == 201, made.text
        assert (made.json()["category"], made.json()["id_number"]) == ("trained_care_worker", number)

    async def test_the_id_number_is_whole_on_one_caregiver_to_those_who_need_it_and_masked_elsewhere(
        self,
        gateway: httpx.AsyncClient,
        institution_key: str,
        keys: dict[str, str],
        make_api_key: ClientFactory,
    ) -> None:
        number = unique_id_number()
        masked = number[:4] + "*" * 10 + number[-4:]
        made = await gateway.post(
            f"/api/v1/institutions/{INSTITUTION}/caregivers",
            json=caregiver(id_number=number),
            headers=bearer(institution_key),
        )
        one = f"/api/v1/institutions/{INSTITUTION}/caregivers/{made.json()['id']}"
        for key in (institution_key, keys["contractor"], keys["bureau"]):
            shown = await gateway.get(one, headers=bearer(key))
            assert shown.json()["id_number"] == number
        for role in ("admin", "human_resources", "health", "audit"):
            shown = await gateway.get(one, headers=bearer(await make_api_key(role)))
            assert shown.status_code == 200, shown.text
            assert shown.json()["id_number"] == masked
        listed = await gateway.get(
            f"/api/v1/institutions/{INSTITUTION}/caregivers", headers=bearer(keys["bureau"])
        )
        assert [c["id_number"] for c in listed.json()["items"]] == [masked]

    async def test_a_caregiver_is_completed_later_and_another_institution_cannot_see_it(
        self, gateway: httpx.AsyncClient, institution_key: str, make_api_key: ClientFactory
    ) -> None:
        made = await gateway.post(
            f"/api/v1/institutions/{INSTITUTION}/caregivers",
            json=caregiver(),
            headers=bearer(institution_key),
        )
        one = f"/api/v1/institutions/{INSTITUTION}/caregivers/{made.json()['id']}"
        half = await gateway.patch(one, json={"category": "licensed_nurse"}, headers=bearer(institution_key))
        assert (half.status_code, half.json()["code"]) == (422, "LICENCE_NUMBER_REQUIRED")
        done = await gateway.patch(
            one, json={"category": "licensed_nurse", "licence_number": "N-1"}, headers=bearer(institution_key)
        )
        assert done.status_code == 200, done.text
        assert (done.json()["category"], done.json()["licence_number"]) == ("licensed_nurse", "N-1")
        other = await make_api_key("institution", institution_id="CG-INST-OTHER")
        hidden = await gateway.get(one, headers=bearer(other))
        assert (hidden.status_code, hidden.json()["code"]) == (404, "INSTITUTION_NOT_FOUND")
        unknown = await gateway.get(
            f"/api/v1/institutions/{INSTITUTION}/caregivers/{uuid.uuid4()}", headers=bearer(institution_key)
        )
        assert (unknown.status_code, unknown.json()["code"]) == (404, "CAREGIVER_NOT_FOUND")


def certificate(holder: str, *, issued: dt.date, until: dt.date, **overrides: Any) -> TrainingPassed:
    fields: dict[str, Any] = {
        "certificate_id": uuid.uuid4(),
        "certificate_number": f"WZHR-{uuid.uuid4().hex[:8]}",
        "holder_id_number": holder,
        "holder_name": "王芳",
        "course_code": "LTC-CARE-01",
        "course_name": "长期护理保险护理员规范化培训",
        "status": "valid",
        "issued_on": issued,
        "valid_until": until,
        "revoked_on": None,
        "reason": None,
    }
    fields.update(overrides)
    return TrainingPassed(**fields)


class TestTheCheck:
    async def test_licensed_staff_care_on_their_licence_and_without_one_are_cut(
        self, world: World, feeds: Feeds
    ) -> None:
        inst = await world.institution()  # CG-1: a licensed nurse with her licence number
        await world.caregiver(inst.id, "CG-MIGRATED", dt.date(2027, 12, 31), licence_number=None)
        person = await feeds.beneficiary()
        await world.submit(
            inst,
            visit(person, record_id="licensed"),
            visit(person, record_id="no-licence", caregiver="CG-MIGRATED", start="14:00", end="15:00"),
        )
        await world.check()
        assert (await world.record(inst.id, "licensed")).reason_codes == []
        cut = await world.record(inst.id, "no-licence")
        assert (cut.reason_codes, cut.fund_fen, cut.deducted_fen) == (["CAREGIVER_UNTRAINED"], 0, 10_000)

    async def test_a_care_worker_is_paid_on_the_days_a_certificate_holds(
        self, world: World, feeds: Feeds
    ) -> None:
        inst = await world.institution()
        trained, untrained, nameless = unique_id_number(), unique_id_number(), None
        for code, number in (("CG-T", trained), ("CG-U", untrained), ("CG-N", nameless)):
            await world.caregiver(
                inst.id, code, dt.date(2027, 12, 31), category="trained_care_worker", licence_number=None,
                id_number=number,
            )  # fmt: skip
        await apply_training_passed(
            world.session, certificate(trained, issued=DAY, until=dt.date(2029, 5, 11))
        )
        await apply_training_passed(  # another person's certificate proves nothing for CG-U
            world.session, certificate(unique_id_number(), issued=MONTH, until=dt.date(2029, 5, 11))
        )
        person = await feeds.beneficiary()
        day_before = DAY - dt.timedelta(days=1)
        await world.submit(
            inst,
            visit(person, record_id="before", caregiver="CG-T", day=day_before),
            visit(person, record_id="on", caregiver="CG-T"),
            visit(person, record_id="untrained", caregiver="CG-U", day=DAY + dt.timedelta(days=1)),
            visit(person, record_id="no-id", caregiver="CG-N", day=DAY + dt.timedelta(days=2)),
        )
        await world.check()
        assert (await world.record(inst.id, "before")).reason_codes == ["CAREGIVER_UNTRAINED"]
        assert (await world.record(inst.id, "on")).reason_codes == []
        assert (await world.record(inst.id, "untrained")).reason_codes == ["CAREGIVER_UNTRAINED"]
        assert (await world.record(inst.id, "no-id")).reason_codes == ["CAREGIVER_UNTRAINED"]

    async def test_a_revoked_certificate_holds_until_the_day_before_its_revocation(
        self, world: World, feeds: Feeds
    ) -> None:
        inst = await world.institution()
        holder = unique_id_number()
        await world.caregiver(
            inst.id, "CG-R", dt.date(2027, 12, 31), category="trained_care_worker", licence_number=None,
            id_number=holder,
        )  # fmt: skip
        issued = certificate(holder, issued=MONTH, until=dt.date(2029, 4, 30))
        await apply_training_passed(world.session, issued)
        revoked = issued.model_copy(
            update={
                "status": "revoked",
                "valid_until": DAY,
                "revoked_on": DAY + dt.timedelta(days=1),
                "reason": "舞弊",
            }
        )
        await apply_training_passed(world.session, revoked)
        await apply_training_passed(world.session, revoked)  # a replayed event changes nothing
        person = await feeds.beneficiary()
        await world.submit(
            inst,
            visit(person, record_id="last-day", caregiver="CG-R"),
            visit(person, record_id="after", caregiver="CG-R", day=DAY + dt.timedelta(days=1)),
        )
        await world.check()
        assert (await world.record(inst.id, "last-day")).reason_codes == []
        assert (await world.record(inst.id, "after")).reason_codes == ["CAREGIVER_UNTRAINED"]

    async def test_whether_family_caregivers_need_training_is_the_bureaus_flagged_rule(
        self, world: World, feeds: Feeds, gateway: httpx.AsyncClient, keys: dict[str, str]
    ) -> None:
        """Shipped: not cut, unconfirmed (S003 does not say whether a family caregiver is one of "其他从业
        人员"); a version the bureau publishes with the flag set cuts them from its date."""
        inst = await world.institution(modes=("home_visit", "family_care"))
        await world.caregiver(
            inst.id, "CG-FAMILY", dt.date(2027, 12, 31), category="family_caregiver", licence_number=None
        )
        person = await feeds.beneficiary()
        await world.submit(inst, visit(person, record_id="family", mode="family_care", caregiver="CG-FAMILY"))
        await world.check()
        assert (await world.record(inst.id, "family")).reason_codes == []
        await world.session.commit()
        shipped = await gateway.get(
            "/api/v1/benefit-rules", params={"on": "2026-05-01"}, headers=bearer(keys["bureau"])
        )
        [in_force] = shipped.json()["items"]
        assert in_force["family_caregivers_need_training"] is False
        assert "family_caregivers_need_training" in in_force["unconfirmed_fields"]
        published = await gateway.post(
            "/api/v1/benefit-rules",
            json={
                "version": "WZ-2026-05-FAMILY",
                "effective_from": MONTH.isoformat(),
                "source": "市医保局通知 (test)",
                "base_amount_fen": in_force["base_amount_fen"],
                "family_caregivers_need_training": True,
                "rules": in_force["rules"],
            },
            headers=bearer(keys["bureau"]),
        )
        assert published.status_code == 201, published.text
        assert published.json()["family_caregivers_need_training"] is True
        assert "family_caregivers_need_training" not in published.json()["unconfirmed_fields"]
        await world.check()
        assert (await world.record(inst.id, "family")).reason_codes == ["CAREGIVER_UNTRAINED"]


class TestFromOversight:
    async def test_a_certificate_oversight_issues_reaches_the_check_and_the_record_is_no_longer_cut(
        self, world: World, feeds: Feeds, gateway: httpx.AsyncClient, make_api_key: ClientFactory
    ) -> None:
        """人社 records the exam and issues the certificate in oversight; settlement reads
        ``training.passed`` from oversight's feed (consumer ``settlement.oversight``) and the care worker's
        record checked again is paid. Revoked from the next day on, a later record is cut again."""
        inst = await world.institution()
        holder = unique_id_number()
        await world.caregiver(
            inst.id, "CG-T", dt.date(2027, 12, 31), category="trained_care_worker", licence_number=None,
            id_number=holder,
        )  # fmt: skip
        person = await feeds.beneficiary()
        later = DAY + dt.timedelta(days=3)
        await world.submit(
            inst,
            visit(person, record_id="on", caregiver="CG-T"),
            visit(person, record_id="later", caregiver="CG-T", day=later),
        )
        await world.check()
        assert (await world.record(inst.id, "on")).reason_codes == ["CAREGIVER_UNTRAINED"]
        await world.session.commit()

        hr = bearer(await make_api_key("human_resources"))
        course = {"code": "E2E-CARE", "name": "护理员规范化培训", "hours": 80, "provider": "温州技师学院"}
        assert (await gateway.post("/api/v1/training-courses", json=course, headers=hr)).status_code == 201
        exam = await gateway.post(
            "/api/v1/training-sessions",
            json={"course_code": "E2E-CARE", "held_on": "2026-04-20", "place": "鹿城区"},
            headers=hr,
        )
        results = await gateway.post(
            "/api/v1/training-result-imports",
            params={"session_id": exam.json()["id"]},
            content=f"id_number,name,score,passed\n{holder},张伟,88,true\n".encode(),
            headers={**hr, "Content-Type": "text/csv"},
        )
        assert results.json()["rows_created"] == 1, results.text
        issued = await gateway.post(
            "/api/v1/training-certificates",
            json={
                "number": "E2E-0001",
                "session_id": exam.json()["id"],
                "holder_id_number": holder,
                "issued_on": "2026-04-25",
                "valid_until": "2029-04-24",
            },
            headers=hr,
        )
        assert issued.status_code == 201, issued.text
        await feeds.apply()
        await world.check()
        assert (await world.record(inst.id, "on")).reason_codes == []
        assert (await world.record(inst.id, "later")).reason_codes == []
        await world.session.commit()

        revoked = await gateway.post(
            f"/api/v1/training-certificates/{issued.json()['id']}/revocations",
            json={"reason": "证书伪造", "effective_on": (DAY + dt.timedelta(days=1)).isoformat()},
            headers=hr,
        )
        assert revoked.status_code == 201, revoked.text
        await feeds.apply()
        await world.check()
        assert (await world.record(inst.id, "on")).reason_codes == []
        assert (await world.record(inst.id, "later")).reason_codes == ["CAREGIVER_UNTRAINED"]


def test_the_migration_reads_the_category_from_the_qualification_and_asks_for_licences(
    server_url: str,
) -> None:
    """Caregivers registered before the category existed keep their text; the category is read from it
    where it names one, else they are care workers; no licence or ID number is made up."""
    url = with_database(server_url, f"ltc_caregivers_{uuid.uuid4().hex[:8]}")
    texts = {
        "C1": "执业医师",
        "C2": "执业护士 主管护师",
        "C3": "康复治疗师",
        "C4": "家属（女儿）",
        "C5": "养老护理员 四级",
    }

    async def before() -> None:
        engine = create_engine(test_settings(url), url, "ltc-tests-caregiver-migration")
        try:
            async with engine.begin() as conn:
                await conn.execute(
                    text(
                        "INSERT INTO settlement.institutions (id, name, county_code, kind, care_modes, "
                        "agreement_from, agreement_to) VALUES ('M-1', 'm', '330302', 'home_care', "
                        "'{home_visit}', '2025-01-01', '2027-12-31')"
                    )
                )
                for code, qualification in texts.items():
                    await conn.execute(
                        text(
                            "INSERT INTO settlement.caregivers (institution_id, code, real_name, "
                            "qualification, qualified_from, qualified_until) "
                            "VALUES ('M-1', :c, '某', :q, '2025-01-01', '2027-12-31')"
                        ),
                        {"c": code, "q": qualification},
                    )
        finally:
            await engine.dispose()

    async def after() -> list[tuple[Any, ...]]:
        engine = create_engine(test_settings(url), url, "ltc-tests-caregiver-migration")
        try:
            async with engine.connect() as conn:
                rows = await conn.execute(
                    text(
                        "SELECT code, qualification, category, licence_number, id_number "
                        "FROM settlement.caregivers ORDER BY code"
                    )
                )
                return [tuple(r) for r in rows]
        finally:
            await engine.dispose()

    run_blocking(lambda: ensure_database(url, recreate=True))
    try:
        migrations.upgrade("settlement", url, "7e5b3c1a9f42")
        run_blocking(before)
        migrations.upgrade("settlement", url, "8a4c2e6f1b37")
        rows = run_blocking(after)
    finally:
        run_blocking(lambda: drop_database(url))
    assert rows == [
        ("C1", "执业医师", "licensed_physician", None, None),
        ("C2", "执业护士 主管护师", "licensed_nurse", None, None),
        ("C3", "康复治疗师", "rehabilitation_therapist", None, None),
        ("C4", "家属（女儿）", "family_caregiver", None, None),
        ("C5", "养老护理员 四级", "trained_care_worker", None, None),
    ]
