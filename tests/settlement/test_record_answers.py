"""What an institution's system reads back about service records: a typed batch in the OpenAPI, a batch
that stored nothing said plainly, and one name per identifier — the platform's ``id`` in paths, the
institution's ``record_id`` in its batches and files."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest

from tests.conftest import ClientFactory, bearer
from tests.settlement.conftest import LUCHENG, RUIAN, Feeds
from tests.settlement.world import World, visit

FIELDS = ("record_id", "person_id", "caregiver_code", "care_mode", "service_date", "start_time", "end_time",
          "items", "checkin_lat", "checkin_lon", "amount_claimed_fen")  # fmt: skip


@pytest.fixture
async def keys_for(make_api_key: ClientFactory) -> dict[str, dict[str, str]]:
    return {
        "own": bearer(await make_api_key("institution", institution_id="INST-1")),
        "other institution": bearer(await make_api_key("institution", institution_id="INST-2")),
        "contractor": bearer(await make_api_key("contractor", county_codes=[LUCHENG])),
        "other contractor": bearer(await make_api_key("contractor", county_codes=[RUIAN])),
        "bureau": bearer(await make_api_key("bureau")),
    }


class TestTheBatchSchema:
    async def test_each_record_is_typed_in_the_openapi_document(self, gateway: httpx.AsyncClient) -> None:
        doc = (await gateway.get("/openapi.json")).json()
        body = doc["paths"]["/api/v1/service-records"]["post"]["requestBody"]["content"]["application/json"]
        ref = body["schema"]["$ref"].rsplit("/", 1)[-1]
        records = doc["components"]["schemas"][ref]["properties"]["records"]
        item = records["items"]
        assert item.get("additionalProperties") is not True
        assert item["type"] == "object"
        assert tuple(item["properties"]) == FIELDS
        assert set(item["required"]) == {"record_id", "person_id", "care_mode", "service_date",
                                         "amount_claimed_fen"}  # fmt: skip
        assert item["properties"]["person_id"]["format"] == "uuid"
        assert item["properties"]["service_date"]["format"] == "date"
        assert item["properties"]["items"]["items"] == {"type": "string"}
        assert item["properties"]["amount_claimed_fen"]["type"] == "integer"
        care_mode = item["properties"]["care_mode"]  # one named enum, CareMode, as client generators want
        care_mode = doc["components"]["schemas"][care_mode["$ref"].rsplit("/", 1)[-1]]
        assert set(care_mode["enum"]) == {"home_visit", "elderly_care_bed", "medical_bed", "family_care"}


class TestABatchThatStoredNothing:
    async def test_every_record_refused_is_a_422_naming_each_records_errors(
        self, world: World, gateway: httpx.AsyncClient, keys_for: dict[str, dict[str, str]]
    ) -> None:
        await world.institution()
        bad = [visit(uuid.uuid4(), person_id="nobody"), visit(uuid.uuid4(), care_mode="spa")]
        answer = await gateway.post("/api/v1/service-records", json={"records": bad}, headers=keys_for["own"])
        assert answer.status_code == 422, answer.text
        assert answer.headers["content-type"].startswith("application/problem+json")
        problem = answer.json()
        assert problem["code"] == "RECORDS_REFUSED"
        assert problem["detail"] == "none of the 2 records was accepted; each refused record has its errors"
        assert [(e["field"], e["code"]) for e in problem["errors"]] == [
            ("body.records.0.person_id", "INVALID_PERSON_ID"),
            ("body.records.1.care_mode", "NOT_ALLOWED"),
        ]
        job = problem["job"]
        assert (job["status"], job["rows_total"], job["rows_accepted"], job["rows_rejected"]) == (
            "refused", 2, 0, 2)  # fmt: skip
        kept = await gateway.get(f"/api/v1/service-record-imports/{job['id']}", headers=keys_for["own"])
        assert (kept.status_code, kept.json()["status"]) == (200, "refused")

    async def test_one_good_record_makes_it_a_201_with_the_refused_ones_reported(
        self, world: World, feeds: Feeds, gateway: httpx.AsyncClient, keys_for: dict[str, dict[str, str]]
    ) -> None:
        await world.institution()
        person = await feeds.beneficiary()
        batch = [visit(person), visit(person, care_mode="spa")]
        answer = await gateway.post(
            "/api/v1/service-records", json={"records": batch}, headers=keys_for["own"]
        )
        assert answer.status_code == 201, answer.text
        job = answer.json()
        assert (job["status"], job["rows_accepted"], job["rows_rejected"]) == ("completed", 1, 1)
        again = await gateway.post(
            "/api/v1/service-records", json={"records": batch[:1]}, headers=keys_for["own"]
        )
        assert (again.status_code, again.json()["rows_already_received"]) == (201, 1)  # a resend: not refused

    async def test_a_replayed_refusal_is_still_problem_json(
        self, world: World, gateway: httpx.AsyncClient, keys_for: dict[str, dict[str, str]]
    ) -> None:
        await world.institution()
        headers = {**keys_for["own"], "Idempotency-Key": "refused-once"}
        body = {"records": [visit(uuid.uuid4(), person_id="nobody")]}
        first = await gateway.post("/api/v1/service-records", json=body, headers=headers)
        replay = await gateway.post("/api/v1/service-records", json=body, headers=headers)
        assert (first.status_code, replay.status_code) == (422, 422)
        assert replay.headers["idempotent-replayed"] == "true"
        assert replay.headers["content-type"].startswith("application/problem+json")
        assert replay.json()["job"]["id"] == first.json()["job"]["id"]


class TestOneRecordByThePlatformsId:
    async def _record(
        self, world: World, feeds: Feeds, gateway: httpx.AsyncClient, own: dict[str, str]
    ) -> Any:
        await world.institution()
        await world.institution("INST-2")
        person = await feeds.beneficiary()
        sent = await gateway.post(
            "/api/v1/service-records", json={"records": [visit(person, record_id="MY-REF-7")]}, headers=own
        )
        assert sent.status_code == 201, sent.text
        [listed] = (await gateway.get("/api/v1/service-records", headers=own)).json()["items"]
        return listed

    async def test_the_institution_reads_its_own_and_nobody_else_can_tell_it_exists(
        self, world: World, feeds: Feeds, gateway: httpx.AsyncClient, keys_for: dict[str, dict[str, str]]
    ) -> None:
        listed = await self._record(world, feeds, gateway, keys_for["own"])
        assert isinstance(listed["id"], int)
        assert listed["record_id"] == "MY-REF-7"
        for who in ("own", "contractor", "bureau"):
            one = await gateway.get(f"/api/v1/service-records/{listed['id']}", headers=keys_for[who])
            assert (one.status_code, one.json()) == (200, listed), who
        unknown = await gateway.get("/api/v1/service-records/2000000000", headers=keys_for["own"])

        def same(answer: httpx.Response) -> dict[str, Any]:
            hidden = {"request_id", "instance", "detail"}  # the id asked for, in both
            return {k: v for k, v in answer.json().items() if k not in hidden}

        for who in ("other institution", "other contractor"):
            hidden = await gateway.get(f"/api/v1/service-records/{listed['id']}", headers=keys_for[who])
            assert hidden.status_code == 404, who
            assert same(hidden) == same(unknown)
            assert hidden.json()["code"] == "RECORD_NOT_FOUND"
            assert hidden.json()["detail"] == f"no service record {listed['id']}"
        by_institutions_ref = await gateway.get("/api/v1/service-records/MY-REF-7", headers=keys_for["own"])
        assert by_institutions_ref.status_code == 422  # the path takes the platform's id, never record_id

    async def test_disputes_keep_their_path_and_name_the_platforms_id(
        self, world: World, feeds: Feeds, gateway: httpx.AsyncClient, keys_for: dict[str, dict[str, str]]
    ) -> None:
        listed = await self._record(world, feeds, gateway, keys_for["own"])
        disputes = await gateway.get(
            f"/api/v1/service-records/{listed['id']}/disputes", headers=keys_for["own"]
        )
        assert (disputes.status_code, disputes.json()) == (200, {"items": []})
        doc = (await gateway.get("/openapi.json")).json()
        for path in ("/api/v1/service-records/{id}", "/api/v1/service-records/{id}/disputes",
                     "/api/v1/service-records/{id}/disputes/{dispute_id}/decision"):  # fmt: skip
            operations = [op for m, op in doc["paths"][path].items() if m in ("get", "post")]
            for op in operations:
                [param] = [p for p in op["parameters"] if p["in"] == "path" and p["name"] == "id"]
                assert param["schema"]["type"] == "integer"
                assert "platform's id" in param["description"]
        assert not [p for p in doc["paths"] if "{record_id}" in p]
