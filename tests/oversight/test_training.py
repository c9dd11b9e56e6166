"""The training register (S003 §二(六) "其他从业人员需经规范化培训合格后上岗", annex 1 #9
"开设针对性护理培训并进行考核"): 人社 and the bureau record courses, exam sessions, results by file and
certificates; a certificate goes only to a holder who passed; issuing and revoking it is announced on
oversight's feed with the holder's whole ID number; lists mask it, and only the recorders see it whole."""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from contracts.oversight import FEED, TrainingPassed
from services.oversight.models import outbox_events
from tests.conftest import ClientFactory, bearer
from tests.oversight.conftest import Oversight
from tests.support import unique_id_number

HEADER = "id_number,name,score,passed"


def csv(*lines: str) -> bytes:
    return ("\n".join((HEADER, *lines)) + "\n").encode()


@pytest.fixture
async def hr(gateway: httpx.AsyncClient, make_api_key: ClientFactory) -> Oversight:
    """人社's key: it keeps the register."""
    return Oversight(gateway, await make_api_key("human_resources"))


@pytest.fixture
async def exam(hr: Oversight) -> dict[str, Any]:
    course = await hr.call(
        "POST",
        "/api/v1/training-courses",
        201,
        json={
            "code": "LTC-CARE-01",
            "name": "长期护理保险护理员规范化培训",
            "hours": 80,
            "provider": "温州技师学院",
        },
    )
    assert course["created_by"]
    return dict(
        await hr.call(
            "POST",
            "/api/v1/training-sessions",
            201,
            json={"course_code": "LTC-CARE-01", "held_on": "2026-06-15", "place": "鹿城区"},
        )
    )


async def import_results(hr: Oversight, exam: dict[str, Any], body: bytes) -> dict[str, Any]:
    return dict(
        await hr.call(
            "POST",
            "/api/v1/training-result-imports",
            201,
            params={"session_id": exam["id"]},
            content=body,
            headers={"Content-Type": "text/csv"},
        )
    )


def certificate_body(exam: dict[str, Any], holder: str, number: str = "WZHR-2026-0001") -> dict[str, Any]:
    return {
        "number": number,
        "session_id": exam["id"],
        "holder_id_number": holder,
        "issued_on": "2026-06-20",
        "valid_until": "2029-06-19",
    }


async def events_of(session: AsyncSession, aggregate_id: str) -> list[TrainingPassed]:
    rows = (
        await session.execute(
            select(outbox_events.c.event_type, outbox_events.c.payload)
            .where(outbox_events.c.aggregate_id == aggregate_id)
            .order_by(outbox_events.c.seq)
        )
    ).all()
    parsed = [FEED.parse(t, p) for t, p in rows]
    assert all(isinstance(e, TrainingPassed) for e in parsed)
    return [e for e in parsed if isinstance(e, TrainingPassed)]


class TestResultsByFile:
    async def test_good_rows_are_kept_bad_rows_reported_and_the_same_file_again_changes_nothing(
        self, hr: Oversight, exam: dict[str, Any]
    ) -> None:
        passed, failed = unique_id_number(), unique_id_number()
        body = csv(
            f"{passed},王芳,86,true",
            f"{failed},李强,42,false",
            f"{passed[:-1]}{'0' if passed[-1] != '0' else '1'},错号,90,true",  # check character wrong
            f"{unique_id_number()},张三,101,true",
            f"{unique_id_number()},李四,80,maybe",
            f"{passed},王芳,86,true",  # the same candidate twice in the file
        )
        job = await import_results(hr, exam, body)
        assert (job["rows_total"], job["rows_created"], job["rows_unchanged"], job["rows_failed"]) == (
            6,
            2,
            0,
            4,
        )
        errors = await hr.call("GET", f"/api/v1/training-result-imports/{job['id']}/errors", 200)
        assert [(e["row_number"], e["field"], e["code"]) for e in errors["items"]] == [
            (4, "id_number", "ID_NUMBER_CHECKSUM"),
            (5, "score", "SCORE_FORMAT"),
            (6, "passed", "PASSED_FORMAT"),
            (7, "id_number", "DUPLICATE_IN_FILE"),
        ]
        as_file = await hr.gateway.get(
            f"/api/v1/training-result-imports/{job['id']}/errors",
            headers={**hr.headers, "Accept": "text/csv"},
        )
        assert as_file.status_code == 200
        assert as_file.text.splitlines()[0] == "row_number,field,code,message"
        again = await import_results(hr, exam, body)
        assert (again["rows_created"], again["rows_unchanged"], again["rows_failed"]) == (0, 2, 4)
        results = await hr.call("GET", f"/api/v1/training-sessions/{exam['id']}/results", 200)
        assert sorted((r["holder_name"], r["score"], r["passed"]) for r in results["items"]) == [
            ("李强", 42, False),
            ("王芳", 86, True),
        ]
        assert passed not in str(results), "lists mask the ID numbers"

    async def test_a_result_recorded_before_is_not_overwritten_by_another(
        self, hr: Oversight, exam: dict[str, Any]
    ) -> None:
        holder = unique_id_number()
        await import_results(hr, exam, csv(f"{holder},王芳,55,false"))
        changed = await import_results(hr, exam, csv(f"{holder},王芳,95,true"))
        assert (changed["rows_created"], changed["rows_failed"]) == (0, 1)
        errors = await hr.call("GET", f"/api/v1/training-result-imports/{changed['id']}/errors", 200)
        assert [e["code"] for e in errors["items"]] == ["RESULT_RECORDED"]

    async def test_results_of_an_unknown_session_are_refused_whole(self, hr: Oversight) -> None:
        refused = await hr.call(
            "POST",
            "/api/v1/training-result-imports",
            404,
            params={"session_id": "0194f3c7-0000-7000-8000-00000000dead"},
            content=csv(f"{unique_id_number()},王芳,86,true"),
            headers={"Content-Type": "text/csv"},
        )
        assert refused["code"] == "TRAINING_SESSION_NOT_FOUND"


class TestCertificates:
    async def test_only_a_holder_who_passed_gets_one_and_its_issue_is_announced_whole(
        self, hr: Oversight, exam: dict[str, Any], session: AsyncSession
    ) -> None:
        passed, failed = unique_id_number(), unique_id_number()
        await import_results(hr, exam, csv(f"{passed},王芳,86,true", f"{failed},李强,42,false"))
        refused = await hr.call(
            "POST", "/api/v1/training-certificates", 409, json=certificate_body(exam, failed, "WZHR-X")
        )
        assert refused["code"] == "TRAINING_NOT_PASSED"
        never_sat = await hr.call(
            "POST", "/api/v1/training-certificates", 409, json=certificate_body(exam, unique_id_number(), "Y")
        )
        assert never_sat["code"] == "TRAINING_NOT_PASSED"
        issued = await hr.call(
            "POST", "/api/v1/training-certificates", 201, json=certificate_body(exam, passed)
        )
        assert (issued["holder_id_number"], issued["holder_name"], issued["course_code"]) == (
            passed,
            "王芳",
            "LTC-CARE-01",
        )
        assert (issued["status"], issued["holds_until"]) == ("valid", "2029-06-19")
        [event] = await events_of(session, issued["id"])
        assert event.model_dump(include={"holder_id_number", "status", "issued_on", "valid_until"}) == {
            "holder_id_number": passed,
            "status": "valid",
            "issued_on": dt.date(2026, 6, 20),
            "valid_until": dt.date(2029, 6, 19),
        }

    async def test_a_number_is_issued_once_and_not_before_the_exam(
        self, hr: Oversight, exam: dict[str, Any]
    ) -> None:
        one, two = unique_id_number(), unique_id_number()
        await import_results(hr, exam, csv(f"{one},王芳,86,true", f"{two},赵敏,91,true"))
        await hr.call("POST", "/api/v1/training-certificates", 201, json=certificate_body(exam, one, "N-1"))
        taken = await hr.call(
            "POST", "/api/v1/training-certificates", 409, json=certificate_body(exam, two, "N-1")
        )
        assert taken["code"] == "CERTIFICATE_NUMBER_TAKEN"
        early = await hr.call(
            "POST",
            "/api/v1/training-certificates",
            422,
            json={**certificate_body(exam, two, "N-2"), "issued_on": "2026-06-14"},
        )
        assert early["code"] == "CERTIFICATE_BEFORE_SESSION"
        inverted = await hr.call(
            "POST",
            "/api/v1/training-certificates",
            422,
            json={**certificate_body(exam, two, "N-3"), "valid_until": "2026-06-01"},
        )
        assert [e["code"] for e in inverted["errors"]] == ["PERIOD_INVERTED"]

    async def test_a_replayed_issue_answers_the_same_certificate_once(
        self, hr: Oversight, exam: dict[str, Any], session: AsyncSession
    ) -> None:
        holder = unique_id_number()
        await import_results(hr, exam, csv(f"{holder},王芳,86,true"))
        key = {"Idempotency-Key": "issue-once"}
        first = await hr.call(
            "POST", "/api/v1/training-certificates", 201, json=certificate_body(exam, holder), headers=key
        )
        replay = await hr.call(
            "POST", "/api/v1/training-certificates", 201, json=certificate_body(exam, holder), headers=key
        )
        assert replay == first
        assert len(await events_of(session, first["id"])) == 1

    async def test_a_revoked_certificate_holds_until_the_day_before_and_is_announced(
        self, hr: Oversight, exam: dict[str, Any], session: AsyncSession
    ) -> None:
        holder = unique_id_number()
        await import_results(hr, exam, csv(f"{holder},王芳,86,true"))
        issued = await hr.call(
            "POST", "/api/v1/training-certificates", 201, json=certificate_body(exam, holder)
        )
        path = f"/api/v1/training-certificates/{issued['id']}/revocations"
        early = await hr.call("POST", path, 422, json={"reason": "x", "effective_on": "2026-06-19"})
        assert [e["code"] for e in early["errors"]] == ["PERIOD_INVERTED"]
        revoked = await hr.call("POST", path, 201, json={"reason": "考核舞弊", "effective_on": "2026-09-01"})
        assert (revoked["status"], revoked["revoked_on"], revoked["holds_until"]) == (
            "revoked",
            "2026-09-01",
            "2026-08-31",
        )
        again = await hr.call("POST", path, 409, json={"reason": "again"})
        assert again["code"] == "CERTIFICATE_REVOKED"
        issue, revocation = await events_of(session, issued["id"])
        assert (issue.status, revocation.status) == ("valid", "revoked")
        assert (revocation.valid_until, revocation.revoked_on, revocation.reason) == (
            dt.date(2026, 8, 31),
            dt.date(2026, 9, 1),
            "考核舞弊",
        )
        listed = await hr.call("GET", "/api/v1/training-certificates", 200, params={"status": "revoked"})
        assert [c["id"] for c in listed["items"]] == [issued["id"]]


class TestWhoMay:
    async def test_the_bureau_records_too_and_the_holder_is_whole_only_to_the_recorders(
        self,
        hr: Oversight,
        bureau: Oversight,
        exam: dict[str, Any],
        gateway: httpx.AsyncClient,
        make_api_key: ClientFactory,
    ) -> None:
        holder = unique_id_number()
        await import_results(bureau, exam, csv(f"{holder},王芳,86,true"))
        issued = await bureau.call(
            "POST", "/api/v1/training-certificates", 201, json=certificate_body(exam, holder)
        )
        masked = holder[:4] + "*" * 10 + holder[-4:]
        path = f"/api/v1/training-certificates/{issued['id']}"
        assert (await hr.call("GET", path, 200))["holder_id_number"] == holder
        for role in ("audit", "admin"):
            shown = await gateway.get(path, headers=bearer(await make_api_key(role)))
            assert shown.status_code == 200, shown.text
            assert shown.json()["holder_id_number"] == masked
        listed = await hr.call(
            "GET", "/api/v1/training-certificates", 200, params={"holder_id_number": holder}
        )
        assert [c["holder_id_number"] for c in listed["items"]] == [masked]

    @pytest.mark.parametrize("role", ["contractor", "institution", "health", "finance"])
    async def test_others_neither_read_nor_write_the_register(
        self, role: str, gateway: httpx.AsyncClient, make_api_key: ClientFactory
    ) -> None:
        key = bearer(
            await make_api_key(role, **({"institution_id": "INST-1"} if role == "institution" else {}))
        )
        read = await gateway.get("/api/v1/training-certificates", headers=key)
        assert (read.status_code, read.json()["capability"]) == (403, "oversight.training.read")
        write = await gateway.post("/api/v1/training-courses", json={}, headers=key)
        assert (write.status_code, write.json()["capability"]) == (403, "oversight.training.write")


class TestCertificatesToEveryoneWhoPassed:
    async def test_each_who_passed_gets_one_numbered_in_turn_and_announced_and_a_second_call_adds_none(
        self, hr: Oversight, exam: dict[str, Any], session: AsyncSession
    ) -> None:
        one, two, failed = sorted(unique_id_number() for _ in range(3))
        await import_results(
            hr, exam, csv(f"{one},王芳,86,true", f"{two},赵敏,91,true", f"{failed},李强,40,false")
        )
        body = {"number_prefix": "WZHR-2026-", "issued_on": "2026-06-20", "valid_until": "2029-06-19"}
        path = f"/api/v1/training-sessions/{exam['id']}/certificate-issues"
        made = await hr.call("POST", path, 201, json=body)
        assert [(c["number"], c["holder_name"]) for c in made["issued"]] == [
            ("WZHR-2026-00001", "王芳"),
            ("WZHR-2026-00002", "赵敏"),
        ]
        assert made["holding_already"] == 0
        assert one not in str(made), "the answer masks the ID numbers"
        for issued, holder in zip(made["issued"], (one, two), strict=True):
            [event] = await events_of(session, issued["id"])
            assert (event.holder_id_number, event.status, event.valid_until) == (
                holder,
                "valid",
                dt.date(2029, 6, 19),
            )
        later = unique_id_number()
        await import_results(hr, exam, csv(f"{later},孙丽,77,true"))
        again = await hr.call("POST", path, 201, json=body)
        assert [c["number"] for c in again["issued"]] == ["WZHR-2026-00003"]
        assert again["holding_already"] == 2
        nothing = await hr.call("POST", path, 201, json=body)
        assert (nothing["issued"], nothing["holding_already"]) == ([], 3)

    async def test_a_taken_number_issues_nothing_and_dates_before_the_exam_are_refused(
        self, hr: Oversight, exam: dict[str, Any]
    ) -> None:
        one, two = sorted(unique_id_number() for _ in range(2))
        await import_results(hr, exam, csv(f"{one},王芳,86,true", f"{two},赵敏,91,true"))
        other = unique_id_number()
        await import_results(hr, exam, csv(f"{other},孙丽,77,true"))
        await hr.call(
            "POST", "/api/v1/training-certificates", 201, json=certificate_body(exam, other, "P-00002")
        )
        path = f"/api/v1/training-sessions/{exam['id']}/certificate-issues"
        taken = await hr.call(
            "POST",
            path,
            409,
            json={"number_prefix": "P-", "issued_on": "2026-06-20", "valid_until": "2029-06-19"},
        )
        assert taken["code"] == "CERTIFICATE_NUMBER_TAKEN"
        listed = await hr.call(
            "GET", "/api/v1/training-certificates", 200, params={"course_code": "LTC-CARE-01"}
        )
        assert [c["number"] for c in listed["items"]] == ["P-00002"], "nothing of the refused call is kept"
        early = await hr.call(
            "POST",
            path,
            422,
            json={"number_prefix": "Q-", "issued_on": "2026-06-01", "valid_until": "2029-06-19"},
        )
        assert early["code"] == "CERTIFICATE_BEFORE_SESSION"
        unknown = await hr.call(
            "POST",
            "/api/v1/training-sessions/0194f3c7-0000-7000-8000-00000000dead/certificate-issues",
            404,
            json={"number_prefix": "Q-", "issued_on": "2026-06-20", "valid_until": "2029-06-19"},
        )
        assert unknown["code"] == "TRAINING_SESSION_NOT_FOUND"
