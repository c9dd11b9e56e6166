"""Every response conforms to the schema it declares: a time of day is declared as what is served (a
local wall-clock time, not RFC 3339's ``format: time``, which requires an offset), and every instant
(``format: date-time``) comes from a column that keeps its time zone, so it is served with one."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import DateTime, MetaData

from services.assessment.models.base import metadata as assessment
from services.enrollment.models.base import metadata as enrollment
from services.gateway.models import metadata as gateway
from services.settlement.models.base import metadata as settlement
from tests.conftest import ClientFactory, bearer

FULL_TIME = re.compile(r"^([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")


def formats(node: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """``(where, format)`` of every string format declared anywhere in an OpenAPI document."""
    if isinstance(node, dict):
        if isinstance(node.get("format"), str):
            yield path, node["format"]
        for key, value in node.items():
            yield from formats(value, f"{path}/{key}")
    elif isinstance(node, list):
        for n, value in enumerate(node):
            yield from formats(value, f"{path}/{n}")


def conforms(value: str, schema: dict[str, Any]) -> bool:
    """The string checks of JSON Schema that concern a time of day."""
    if schema.get("format") == "time" and not FULL_TIME.match(value):
        return False
    return not ("pattern" in schema and not re.search(schema["pattern"], value))


def test_no_service_declares_a_time_with_an_offset_it_does_not_serve(
    service_apps: dict[str, FastAPI],
) -> None:
    declared = [
        (name, where)
        for name, app in service_apps.items()
        for where, f in formats(app.openapi())
        if f == "time"
    ]
    assert declared == []


def test_every_instant_is_stored_with_its_time_zone() -> None:
    metadatas: list[MetaData] = [enrollment, assessment, settlement, gateway]
    naive = [
        f"{table.fullname}.{column.name}"
        for metadata in metadatas
        for table in metadata.tables.values()
        for column in table.columns
        if isinstance(column.type, DateTime) and not column.type.timezone
    ]
    assert naive == []


async def test_a_service_records_times_conform_to_their_schema(
    gateway_app: FastAPI,
    service_apps: dict[str, FastAPI],
    gateway: httpx.AsyncClient,
    keys: dict[str, str],
    make_api_key: ClientFactory,
) -> None:
    code = f"H-{uuid.uuid4().hex[:8]}"
    institution = {
        "id": code,
        "name": "某某护理院",
        "county_code": "330302",
        "kind": "home_care",
        "care_modes": ["home_visit"],
        "agreement_from": "2026-01-01",
        "agreement_to": "2027-12-31",
    }
    assert (
        await gateway.post("/api/v1/institutions", json=institution, headers=bearer(keys["contractor"]))
    ).status_code == 201
    own = bearer(await make_api_key("institution", institution_id=code))
    record = {
        "record_id": "R-1",
        "person_id": str(uuid.uuid4()),
        "care_mode": "home_visit",
        "service_date": "2026-06-02",
        "start_time": "09:00",
        "end_time": "10:30:15",
        "items": ["LT01"],
        "amount_claimed_fen": 10000,
    }
    submitted = await gateway.post("/api/v1/service-records", json={"records": [record]}, headers=own)
    assert submitted.status_code == 201, submitted.text
    [served] = (await gateway.get("/api/v1/service-records", headers=own)).json()["items"]
    schema = service_apps["settlement"].openapi()["components"]["schemas"]["ServiceRecord"]["properties"]
    for field in ("start_time", "end_time"):
        declared = next(s for s in schema[field].get("anyOf", [schema[field]]) if s.get("type") == "string")
        assert conforms(served[field], declared), (field, served[field], declared)
    assert (served["start_time"], served["end_time"]) == ("09:00:00", "10:30:15")
