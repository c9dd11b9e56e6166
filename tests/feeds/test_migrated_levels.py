"""Disability levels in force migrated from the old system (the bureau's level import): checked row by row,
marked as migrated and auditable, harmless to resend, and served to settlement and enrollment exactly as an
assessed level (``conclusion.in_force``)."""

from __future__ import annotations

import json
import uuid
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.enrollment.feeds import AssessmentConsumer as EnrollmentReader
from services.settlement.models import DisabilityLevel
from tests.assessment.conftest import Api
from tests.conftest import ClientFactory, bearer
from tests.feeds.support import drain
from tests.settlement.conftest import Feeds
from tests.support import unique_id_number

HEADER = "person,level,valid_from,valid_to,rule_set_version,care_institution_id,reference"
CARE_HOME = "INST-MIGR-0001"


async def enrol(api: Api, county: str = "330302") -> tuple[str, str]:
    """A person insured since July 2022 (after every unit joined the scheme) → (person id, ID number)."""
    number = unique_id_number()
    body = {"id_number": number, "name": "王五", "category": "retiree", "county_code": county,
            "enrolled_on": "2022-07-01"}  # fmt: skip
    r = await api.post("/api/v1/persons", body)
    assert r.status_code == 201, r.text
    return str(r.json()["id"]), number


async def upload(api: Api, content: str, media: str = "text/csv") -> httpx.Response:
    return await api.gateway.post(
        "/api/v1/level-imports",
        content=content.encode(),
        headers={**api.headers, "Content-Type": media},
    )


async def errors(api: Api, job_id: str) -> list[tuple[int, str, str]]:
    r = await api.get(f"/api/v1/level-imports/{job_id}/errors")
    assert r.status_code == 200, r.text
    return [(e["row_number"], e["field"], e["code"]) for e in r.json()["items"]]


class TestLevelImport:
    async def test_good_rows_come_into_force_marked_as_migrated_and_bad_rows_are_reported(
        self, bureau: Api, contractor: Api
    ) -> None:
        by_id, _ = await enrol(contractor)
        _, by_number_id = await enrol(contractor)
        ended, _ = await enrol(contractor)
        others = [(await enrol(contractor))[0] for _ in range(4)]
        lines = [
            HEADER,
            f"{by_id},5,2025-07-01,2027-06-30,NHSA-2021-37,{CARE_HOME},OLD-1",  # 2
            f"{by_number_id},3,2025-01-01,2026-12-31,NHSA-2021-37,,OLD-2",  # 3: by ID number
            f"{uuid.uuid4()},4,2025-01-01,2026-12-31,NHSA-2021-37,,OLD-3",  # 4: nobody
            f"{ended},4,2024-01-01,2025-12-31,NHSA-2021-37,,OLD-4",  # 5: ended before today
            f"{others[0]},7,2025-01-01,2026-12-31,NHSA-2021-37,,OLD-5",  # 6: no such level
            f"{others[1]},2,2025-01-01,2026-12-31,NHSA-9999,,OLD-6",  # 7: unknown scale
            f"{others[2]},2,2026-12-31,2025-01-01,NHSA-2021-37,,OLD-7",  # 8: to before from
            f"{by_id},2,2026-01-01,2026-12-31,NHSA-2021-37,,OLD-8",  # 9: overlaps row 2
            f"{others[3]},2,2025-01-01,2026-12-31,NHSA-2021-37,,OLD-1",  # 10: reference twice in the file
        ]
        r = await upload(bureau, "\n".join(lines) + "\n")
        assert r.status_code == 201, r.text
        job = r.json()
        assert (job["rows_total"], job["rows_created"], job["rows_failed"]) == (9, 2, 7)
        assert await errors(bureau, job["id"]) == [
            (4, "person", "PERSON_NOT_FOUND"),
            (5, "valid_to", "LEVEL_ENDED"),
            (6, "level", "LEVEL_FORMAT"),
            (7, "rule_set_version", "RULE_SET_UNKNOWN"),
            (8, "valid_to", "DATE_RANGE"),
            (9, "valid_from", "LEVEL_OVERLAP"),
            (10, "reference", "DUPLICATE_IN_FILE"),
        ]

        levels = (await contractor.get(f"/api/v1/persons/{by_id}/disability-levels")).json()
        current = levels["current"]
        assert (current["level"], current["status"], current["origin"]) == (5, "in_force", "migrated")
        assert (current["migration_ref"], current["import_job_id"], current["application_id"]) == (
            "OLD-1",
            job["id"],
            None,
        )
        listed = await bureau.get("/api/v1/migrated-levels", params={"import_job_id": job["id"]})
        assert listed.status_code == 200, listed.text
        assert sorted(i["migration_ref"] for i in listed.json()["items"]) == ["OLD-1", "OLD-2"]
        assert {i["imported_by"] for i in listed.json()["items"]} == {job["imported_by"]}
        one = await bureau.get("/api/v1/migrated-levels", params={"migration_ref": "OLD-2"})
        assert [i["level"] for i in one.json()["items"]] == [3]

    async def test_a_resend_changes_nothing_and_a_reference_with_other_content_is_refused(
        self, bureau: Api, contractor: Api
    ) -> None:
        person, _ = await enrol(contractor)
        ref = f"OLD-{uuid.uuid4().hex[:8]}"
        content = f"{HEADER}\n{person},4,2025-07-01,2027-06-30,NHSA-2021-37,,{ref}\n"
        first = (await upload(bureau, content)).json()
        again = (await upload(bureau, content)).json()
        assert (first["rows_created"], again["rows_created"], again["rows_unchanged"]) == (1, 0, 1)

        changed = (await upload(bureau, content.replace(",4,", ",5,"))).json()
        assert (changed["rows_created"], changed["rows_failed"]) == (0, 1)
        assert await errors(bureau, changed["id"]) == [(2, "reference", "MIGRATION_REF_CONFLICT")]

        other_ref = (await upload(bureau, content.replace(ref, ref + "-B"))).json()
        assert await errors(bureau, other_ref["id"]) == [(2, "valid_from", "LEVEL_OVERLAP")]
        levels = (await contractor.get(f"/api/v1/persons/{person}/disability-levels")).json()
        assert [h["level"] for h in levels["history"]] == [4]

    async def test_json_lines_and_a_person_not_insured(self, bureau: Api, contractor: Api) -> None:
        person, _ = await enrol(contractor)
        gone, _ = await enrol(contractor)
        r = await contractor.post(
            f"/api/v1/persons/{gone}/status-changes",
            {"status": "deceased", "effective_on": "2026-01-10", "reason": "test"},
        )
        assert r.status_code == 201, r.text
        rows = [
            {"person": person, "level": 3, "valid_from": "2025-03-01", "valid_to": "2027-02-28",
             "rule_set_version": "NHSA-2021-37", "reference": f"J-{uuid.uuid4().hex[:8]}"},
            {"person": gone, "level": 3, "valid_from": "2025-03-01", "valid_to": "2027-02-28",
             "rule_set_version": "NHSA-2021-37", "reference": f"J-{uuid.uuid4().hex[:8]}"},
            "not an object",
        ]  # fmt: skip
        r = await upload(bureau, "\n".join(json.dumps(x) for x in rows) + "\n", "application/x-ndjson")
        assert r.status_code == 201, r.text
        assert (r.json()["rows_created"], r.json()["rows_failed"]) == (1, 2)
        assert await errors(bureau, r.json()["id"]) == [
            (2, "person", "NOT_INSURED"),
            (3, "line", "MALFORMED_LINE"),
        ]

    async def test_only_the_bureau_imports_levels(self, contractor: Api) -> None:
        r = await upload(contractor, f"{HEADER}\n")
        assert r.status_code == 403

    async def test_a_header_without_a_required_column_is_refused(self, bureau: Api) -> None:
        r = await upload(bureau, "person,level\nx,1\n")
        assert r.status_code == 422
        assert r.json()["code"] == "IMPORT_HEADER_INVALID"


class TestServedLikeAnAssessedLevel:
    async def test_settlement_and_enrollment_apply_the_migrated_level(
        self,
        bureau: Api,
        contractor: Api,
        assessment_app: FastAPI,
        feeds: Feeds,
        enrollment_consumer: EnrollmentReader,
        gateway: httpx.AsyncClient,
        make_api_key: ClientFactory,
        session: AsyncSession,
    ) -> None:
        person, _ = await enrol(contractor)
        care_home = await make_api_key("institution", institution_id=CARE_HOME)
        content = f"{HEADER}\n{person},5,2025-07-01,2027-06-30,NHSA-2021-37,{CARE_HOME},SRV-{person[:8]}\n"
        job = (await upload(bureau, content)).json()
        assert job["rows_created"] == 1
        await session.commit()
        assert await drain(feeds.assessment) >= 1
        assert await drain(enrollment_consumer) >= 1

        level = await session.scalar(
            select(DisabilityLevel).where(DisabilityLevel.person_id == uuid.UUID(person))
        )
        assert level is not None
        assert (level.level, str(level.valid_from), str(level.valid_to)) == (5, "2025-07-01", "2027-06-30")
        coverage = await gateway.get(
            f"/api/v1/persons/{person}/coverage", params={"on": "2026-03-02"}, headers=bearer(care_home)
        )
        assert coverage.status_code == 200, (
            "the care institution named in the file reads its client's coverage"
        )
        body: dict[str, Any] = coverage.json()
        assert body["covered"] is True


class TestAMigratedLevelLikeAnyOther:
    async def test_the_institution_named_in_the_file_reads_its_clients_level(
        self, bureau: Api, contractor: Api, gateway: httpx.AsyncClient, make_api_key: ClientFactory
    ) -> None:
        person, _ = await enrol(contractor)
        content = f"{HEADER}\n{person},4,2025-07-01,2027-06-30,NHSA-2021-37,{CARE_HOME},INS-{person[:8]}\n"
        assert (await upload(bureau, content)).json()["rows_created"] == 1
        own = await make_api_key("institution", institution_id=CARE_HOME)
        other = await make_api_key("institution", institution_id="INST-MIGR-OTHER")
        path = f"/api/v1/persons/{person}/disability-levels"
        mine = await gateway.get(path, headers=bearer(own))
        assert mine.status_code == 200, mine.text
        assert mine.json()["current"]["level"] == 4
        assert (await gateway.get(path, headers=bearer(other))).status_code == 404

    async def test_a_spot_check_may_sample_a_migrated_level(self, bureau: Api, contractor: Api) -> None:
        person, _ = await enrol(contractor, county="330381")
        content = f"{HEADER}\n{person},4,2025-07-01,2027-06-30,NHSA-2021-37,{CARE_HOME},SPOT-{person[:8]}\n"
        assert (await upload(bureau, content)).json()["rows_created"] == 1
        level = (await contractor.get(f"/api/v1/persons/{person}/disability-levels")).json()["current"]
        drawn = await contractor.post("/api/v1/spot-checks", {"sample_size": 1, "county_code": "330381"})
        assert drawn.status_code == 201, drawn.text
        assert [i["checked_conclusion_id"] for i in drawn.json()["items"]] == [level["conclusion_id"]]
