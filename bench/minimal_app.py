"""The per-request yardstick: a minimal FastAPI app on an asyncpg pool that sends the enrollment service's own SQL.

``bench/per_request.py`` runs it beside the service and the gateway (rung (a) of the ladder). It answers the
four operations the ladder measures with the same paths, the same JSON and the same statements the service
sends, in the same order and in one transaction each — and nothing else: no signed principal, no scopes, no
ORM, no pydantic, no middleware. What the service costs beyond this is what its framework work costs.

How the statements were captured (2026-12-07, main at 8496d0f): the enrollment app run in-process against a
migrated database with the ``sqlalchemy.engine`` logger at INFO (what ``echo=True`` prints: every statement
and its parameters as asyncpg receives them, BEGIN and COMMIT included), one signed call per operation
(``python -m bench requests --capture-sql`` repeats it). The SQL below is that text with only the whitespace
changed. When the service's statements change (fewer round trips, say), this yardstick keeps the baseline's
statements: re-capture and bring it along only on purpose, and say so in bench/RESULTS.md.

- ``GET /api/v1/counties``: BEGIN, one SELECT (units + latest insured figures + scheme start), COMMIT.
- ``GET /api/v1/persons/{id}/coverage?on=``: BEGIN, the coverage facts statement, COMMIT.
- ``GET /api/v1/persons?limit=``: BEGIN, one keyset page of persons of the caller's counties, COMMIT. The
  caller here is the benchmark's contractor of every unit, so the counties are all units (read at start).
- ``POST /api/v1/payments`` (by ``bill_id``): BEGIN, the reference's advisory lock, the bill ``FOR UPDATE``,
  the payment by reference, the year's policy, SAVEPOINT, INSERT payment, RELEASE, UPDATE bill, the payment
  re-read, the outbox's ordering lock, INSERT outbox event, COMMIT. No idempotency row: the service's payment
  route is idempotent by ``(channel, external_ref)``, not by ``Idempotency-Key``.

    uvicorn bench.minimal_app:create_app --factory   # LTC_DATABASE_URL names the database
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import asyncpg
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response

from shared.dates import today
from shared.db import sync_url
from shared.settings import Settings

COUNTIES_SQL = """
SELECT enrollment.counties.code, enrollment.counties.name, enrollment.counties.kind,
       enrollment.counties.sort_order, enrollment.counties.created_at,
       anon_1.county_code, anon_1.year, anon_1.employee_insured, anon_1.target_assured, anon_1.target_stretch,
       anon_1.source,
       anon_2.id, anon_2.county_code AS county_code_1, anon_2.scheme_start_on, anon_2.basis, anon_2.confirmed,
       anon_2.reason, anon_2.recorded_by, anon_2.recorded_at
FROM enrollment.counties
LEFT OUTER JOIN (SELECT DISTINCT ON (enrollment.county_insured_targets.county_code)
                        enrollment.county_insured_targets.county_code AS county_code,
                        enrollment.county_insured_targets.year AS year,
                        enrollment.county_insured_targets.employee_insured AS employee_insured,
                        enrollment.county_insured_targets.target_assured AS target_assured,
                        enrollment.county_insured_targets.target_stretch AS target_stretch,
                        enrollment.county_insured_targets.source AS source
                 FROM enrollment.county_insured_targets
                 ORDER BY enrollment.county_insured_targets.county_code,
                          enrollment.county_insured_targets.year DESC) AS anon_1
       ON anon_1.county_code = enrollment.counties.code
LEFT OUTER JOIN (SELECT DISTINCT ON (enrollment.county_schemes.county_code)
                        enrollment.county_schemes.id AS id,
                        enrollment.county_schemes.county_code AS county_code,
                        enrollment.county_schemes.scheme_start_on AS scheme_start_on,
                        enrollment.county_schemes.basis AS basis,
                        enrollment.county_schemes.confirmed AS confirmed,
                        enrollment.county_schemes.reason AS reason,
                        enrollment.county_schemes.recorded_by AS recorded_by,
                        enrollment.county_schemes.recorded_at AS recorded_at
                 FROM enrollment.county_schemes
                 ORDER BY enrollment.county_schemes.county_code, enrollment.county_schemes.id DESC) AS anon_2
       ON anon_2.county_code = enrollment.counties.code
ORDER BY enrollment.counties.sort_order
"""

COVERAGE_SQL = """
SELECT p.county_code,
       coalesce(last_change.status, CASE WHEN $1 >= p.enrolled_on THEN 'insured' END) AS status,
       b.employer_paid_fen + b.individual_paid_fen
           >= b.employer_due_fen + b.individual_due_fen AS settled,
       b.due_on + pol.grace_period_days AS grace_ends_on,
       ic.institution_id AS care_institution_id,
       (SELECT s.scheme_start_on FROM enrollment.county_schemes s
         WHERE s.county_code = p.county_code ORDER BY s.id DESC LIMIT 1) AS scheme_start_on
  FROM enrollment.persons p
  LEFT JOIN LATERAL (
        SELECT c.status FROM enrollment.person_status_changes c
         WHERE c.person_id = p.id AND c.effective_on <= $1
         ORDER BY c.effective_on DESC, c.id DESC LIMIT 1) last_change ON true
  LEFT JOIN enrollment.contribution_bills b ON b.person_id = p.id AND b.year = $2
  LEFT JOIN enrollment.contribution_policies pol ON pol.year = b.year
  LEFT JOIN enrollment.institution_clients ic ON ic.person_id = p.id
 WHERE p.id = $3
"""

PERSON_COLUMNS = (
    "enrollment.persons.id, enrollment.persons.id_number, enrollment.persons.name, enrollment.persons.sex, "
    "enrollment.persons.birth_date, enrollment.persons.category, enrollment.persons.county_code, "
    "enrollment.persons.employer_credit_code, enrollment.persons.enrolled_on, enrollment.persons.enrolled_by, "
    "enrollment.persons.enrolment_import_id, enrollment.persons.status, enrollment.persons.status_on, "
    "enrollment.persons.created_at, enrollment.persons.updated_at"
)


def persons_page_sql(counties: int) -> str:
    """The first keyset page of the caller's persons, the IN list as SQLAlchemy renders it."""
    placeholders = ", ".join(f"${n}::VARCHAR" for n in range(2, counties + 2))
    return (
        f"SELECT {PERSON_COLUMNS} \nFROM enrollment.persons \n"
        f"WHERE enrollment.persons.county_code IN ({placeholders}) ORDER BY enrollment.persons.id \n"
        " LIMIT $1::INTEGER"
    )


BILL_COLUMNS = (
    "enrollment.contribution_bills.id, enrollment.contribution_bills.person_id, "
    "enrollment.contribution_bills.year, enrollment.contribution_bills.county_code, "
    "enrollment.contribution_bills.category, enrollment.contribution_bills.employer_credit_code, "
    "enrollment.contribution_bills.employer_half_payer, enrollment.contribution_bills.employer_due_fen, "
    "enrollment.contribution_bills.individual_due_fen, enrollment.contribution_bills.employer_paid_fen, "
    "enrollment.contribution_bills.individual_paid_fen, enrollment.contribution_bills.excess_fen, "
    "enrollment.contribution_bills.due_on, enrollment.contribution_bills.generated_at"
)
PAYMENT_COLUMNS = (
    "enrollment.payments.id, enrollment.payments.bill_id, enrollment.payments.person_id, "
    "enrollment.payments.county_code, enrollment.payments.year, enrollment.payments.payer, "
    "enrollment.payments.channel, enrollment.payments.amount_fen, enrollment.payments.applied_fen, "
    "enrollment.payments.excess_fen, enrollment.payments.to_employer_half_fen, enrollment.payments.paid_on, "
    "enrollment.payments.external_ref, enrollment.payments.payer_id_number, enrollment.payments.import_job_id, "
    "enrollment.payments.recorded_by, enrollment.payments.recorded_at"
)
REFERENCE_LOCK_SQL = "SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))"
BILL_FOR_UPDATE_SQL = (
    f"SELECT {BILL_COLUMNS} \nFROM enrollment.contribution_bills \n"
    "WHERE enrollment.contribution_bills.id = $1::UUID FOR UPDATE"
)
PAYMENT_BY_REFERENCE_SQL = (
    f"SELECT {PAYMENT_COLUMNS} \nFROM enrollment.payments \n"
    "WHERE enrollment.payments.channel = $1::VARCHAR AND enrollment.payments.external_ref = $2::VARCHAR"
)
POLICY_SQL = (
    "SELECT enrollment.contribution_policies.year, enrollment.contribution_policies.amount_per_person_fen, "
    "enrollment.contribution_policies.employer_share_fen, enrollment.contribution_policies.individual_share_fen, "
    "enrollment.contribution_policies.grace_period_days, enrollment.contribution_policies.effective_from, "
    "enrollment.contribution_policies.due_on, enrollment.contribution_policies.source, "
    "enrollment.contribution_policies.first_year_rule, enrollment.contribution_policies.channels_by_category, "
    "enrollment.contribution_policies.unconfirmed_fields, enrollment.contribution_policies.created_at \n"
    "FROM enrollment.contribution_policies \nWHERE enrollment.contribution_policies.year = $1::SMALLINT"
)
INSERT_PAYMENT_SQL = (
    "INSERT INTO enrollment.payments (id, bill_id, person_id, county_code, year, payer, channel, amount_fen, "
    "applied_fen, excess_fen, to_employer_half_fen, paid_on, external_ref, payer_id_number, import_job_id, "
    "recorded_by) VALUES ($1::UUID, $2::UUID, $3::UUID, $4::VARCHAR, $5::SMALLINT, $6::VARCHAR, $7::VARCHAR, "
    "$8::INTEGER, $9::INTEGER, $10::INTEGER, $11::INTEGER, $12::DATE, $13::VARCHAR, $14::VARCHAR, $15::UUID, "
    "$16::VARCHAR) RETURNING enrollment.payments.recorded_at"
)


def update_bill_sql(columns: tuple[str, ...]) -> str:
    """The bill's UPDATE as the ORM flushes it: only the columns whose value changed."""
    assignments = ", ".join(f"{c}=${n}::INTEGER" for n, c in enumerate(columns, start=1))
    return (
        f"UPDATE enrollment.contribution_bills SET {assignments} "
        f"WHERE enrollment.contribution_bills.id = ${len(columns) + 1}::UUID"
    )


PAYMENT_BY_ID_SQL = (
    f"SELECT {PAYMENT_COLUMNS} \nFROM enrollment.payments \nWHERE enrollment.payments.id = $1::UUID"
)
OUTBOX_LOCK_SQL = "SELECT pg_advisory_xact_lock($1)"
INSERT_EVENT_SQL = (
    "INSERT INTO enrollment.outbox_events (event_id, event_type, aggregate_type, aggregate_id, county_code, "
    "payload) VALUES ($1::UUID, $2::VARCHAR, $3::VARCHAR, $4::VARCHAR, $5::VARCHAR, $6::JSONB) "
    "RETURNING enrollment.outbox_events.seq"
)
# shared/outbox.py's ordering lock of enrollment.outbox_events (blake2b of the table's name)
OUTBOX_LOCK_KEY = int.from_bytes(
    hashlib.blake2b(b"outbox:enrollment.outbox_events", digest_size=8).digest(), "big", signed=True
)


def _instant(value: dt.datetime) -> str:
    """An instant as pydantic writes a UTC datetime (``…Z``), so both apps answer the same bytes."""
    return value.isoformat().replace("+00:00", "Z")


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _mask(number: str) -> str:
    return f"{number[:4]}{'*' * 10}{number[-4:]}" if len(number) == 18 else "*" * len(number)


def _county(row: asyncpg.Record) -> dict[str, Any]:
    scheme = None
    if row["id"] is not None:
        scheme = {
            "version": row["id"],
            "scheme_start_on": _day(row["scheme_start_on"]),
            "basis": row["basis"],
            "confirmed": row["confirmed"],
            "reason": row["reason"],
            "recorded_by": row["recorded_by"],
            "recorded_at": _instant(row["recorded_at"]),
        }
    target = None
    if row["county_code"] is not None:
        target = {
            "year": row["year"],
            "employee_insured": row["employee_insured"],
            "target_assured": row["target_assured"],
            "target_stretch": row["target_stretch"],
            "source": row["source"],
        }
    return {
        "code": row["code"],
        "name": row["name"],
        "kind": row["kind"],
        "scheme_start_on": scheme["scheme_start_on"] if scheme else None,
        "scheme": scheme,
        "insured_target": target,
    }


def _person(row: asyncpg.Record) -> dict[str, Any]:
    return {
        "id": str(row["id"]),
        "id_number": _mask(row["id_number"]),
        "name": row["name"],
        "sex": row["sex"],
        "birth_date": _day(row["birth_date"]),
        "category": row["category"],
        "county_code": row["county_code"],
        "employer_credit_code": row["employer_credit_code"],
        "enrolled_on": _day(row["enrolled_on"]),
        "status": row["status"],
        "status_on": _day(row["status_on"]),
        "created_at": _instant(row["created_at"]),
    }


def _cursor(person_id: uuid.UUID) -> str:
    raw = json.dumps([{"u": str(person_id)}], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def _bill_status(employer_paid: int, individual_paid: int, employer_due: int, individual_due: int) -> str:
    paid = employer_paid + individual_paid
    if paid == 0:
        return "unpaid"
    return "paid" if paid >= employer_due + individual_due else "partial"


def _problem(status: int, code: str, detail: str) -> JSONResponse:
    return JSONResponse(
        {"status": status, "code": code, "detail": detail},
        status_code=status,
        media_type="application/problem+json",
    )


async def _counties(request: Request) -> Response:
    pool: asyncpg.Pool = request.app.state.pool
    async with pool.acquire() as conn, conn.transaction():
        rows = await conn.fetch(COUNTIES_SQL)
    return JSONResponse({"items": [_county(r) for r in rows], "next_cursor": None})


async def _coverage(request: Request, person_id: uuid.UUID, on: dt.date | None = None) -> Response:
    on = on or today()
    pool: asyncpg.Pool = request.app.state.pool
    async with pool.acquire() as conn, conn.transaction():
        facts = await conn.fetchrow(COVERAGE_SQL, on, on.year, person_id)
    if facts is None:
        return _problem(404, "PERSON_NOT_FOUND", f"no person {person_id}")
    reason: str | None = None
    if facts["scheme_start_on"] is not None and on < facts["scheme_start_on"]:
        reason = "COUNTY_NOT_IN_SCHEME"
    elif facts["status"] is None:
        reason = "NOT_ENROLLED"
    elif facts["status"] != "insured":
        reason = facts["status"].upper()
    elif facts["settled"] is False and facts["grace_ends_on"] is not None and on > facts["grace_ends_on"]:
        reason = "CONTRIBUTION_UNPAID"
    return JSONResponse(
        {
            "person_id": str(person_id),
            "on": on.isoformat(),
            "covered": reason is None,
            "reason": reason,
            "county_code": facts["county_code"],
            "status": facts["status"],
            "contribution_year": on.year,
            "contribution_settled": facts["settled"],
            "grace_ends_on": _day(facts["grace_ends_on"]),
            "scheme_start_on": _day(facts["scheme_start_on"]),
        }
    )


async def _persons(request: Request, limit: int = 50) -> Response:
    pool: asyncpg.Pool = request.app.state.pool
    counties: list[str] = request.app.state.counties
    async with pool.acquire() as conn, conn.transaction():
        rows = await conn.fetch(request.app.state.persons_sql, limit + 1, *counties)
    cursor = None
    if len(rows) > limit:
        rows = rows[:limit]
        cursor = _cursor(rows[-1]["id"])
    return JSONResponse({"items": [_person(r) for r in rows], "next_cursor": cursor})


async def _payment(request: Request) -> Response:
    """``service.record_payment`` for a payment by ``bill_id`` (no family account), statement by statement."""
    data = json.loads(await request.body())
    bill_id = uuid.UUID(data["bill_id"])
    payer, channel, amount = data["payer"], data["channel"], int(data["amount_fen"])
    paid_on, reference = dt.date.fromisoformat(data["paid_on"]), data["external_ref"]
    pool: asyncpg.Pool = request.app.state.pool
    async with pool.acquire() as conn, conn.transaction():
        await conn.execute(REFERENCE_LOCK_SQL, f"enrollment.payment_reference:{channel}", reference)
        bill = await conn.fetchrow(BILL_FOR_UPDATE_SQL, bill_id)
        if bill is None:
            return _problem(404, "BILL_NOT_FOUND", "no such bill")
        existing = await conn.fetchrow(PAYMENT_BY_REFERENCE_SQL, channel, reference)
        if existing is not None:
            body = _payment_body(existing, bill, bill["employer_paid_fen"], bill["individual_paid_fen"])
            return JSONResponse(body, headers={"Idempotent-Replayed": "true"})
        employer_pays = payer == "employer" and bill["employer_half_payer"] == "employer"
        if not employer_pays:
            policy = await conn.fetchrow(POLICY_SQL, bill["year"])
            allowed = json.loads(policy["channels_by_category"]).get(bill["category"], []) if policy else []
            if channel not in allowed:
                return _problem(422, "CHANNEL_NOT_ALLOWED", f"not by {channel}")
        employer_left = max(bill["employer_due_fen"] - bill["employer_paid_fen"], 0)
        if payer == "employer":
            to_individual, to_employer = 0, min(amount, employer_left)
        else:
            to_individual = min(amount, max(bill["individual_due_fen"] - bill["individual_paid_fen"], 0))
            to_employer = (
                min(amount - to_individual, employer_left)
                if bill["employer_half_payer"] == "individual"
                else 0
            )
        applied = to_individual + to_employer
        excess = amount - applied
        payment_id = uuid.uuid4()
        to_employer_half = to_employer if payer == "individual" else 0
        async with conn.transaction():  # the service's SAVEPOINT around the insert
            await conn.fetchval(
                INSERT_PAYMENT_SQL,
                payment_id,
                bill_id,
                bill["person_id"],
                bill["county_code"],
                bill["year"],
                payer,
                channel,
                amount,
                applied,
                excess,
                to_employer_half,
                paid_on,
                reference,
                None,
                None,
                "bench",
            )
        employer_paid = bill["employer_paid_fen"] + to_employer
        individual_paid = bill["individual_paid_fen"] + to_individual
        changed = {
            column: value
            for column, value, delta in (
                ("employer_paid_fen", employer_paid, to_employer),
                ("individual_paid_fen", individual_paid, to_individual),
                ("excess_fen", bill["excess_fen"] + excess, excess),
            )
            if delta
        }
        if changed:
            await conn.execute(update_bill_sql(tuple(changed)), *changed.values(), bill_id)
        payment = await conn.fetchrow(PAYMENT_BY_ID_SQL, payment_id)
        if applied:
            await conn.execute(OUTBOX_LOCK_SQL, OUTBOX_LOCK_KEY)
            event = {
                "payment_id": str(payment_id),
                "bill_id": str(bill_id),
                "person_id": str(bill["person_id"]),
                "county_code": bill["county_code"],
                "year": bill["year"],
                "payer": payer,
                "channel": channel,
                "amount_fen": applied,
                "to_employer_half_fen": to_employer_half,
                "excess_fen": excess,
                "paid_on": paid_on.isoformat(),
            }
            await conn.fetchval(
                INSERT_EVENT_SQL,
                uuid.uuid4(),
                "contribution.received",
                "payment",
                str(payment_id),
                bill["county_code"],
                json.dumps(event),
            )
    return JSONResponse(_payment_body(payment, bill, employer_paid, individual_paid), status_code=201)


def _payment_body(
    row: asyncpg.Record, bill: asyncpg.Record, employer_paid: int, individual_paid: int
) -> dict[str, Any]:
    payer_id = row["payer_id_number"]
    return {
        "id": str(row["id"]),
        "bill_id": str(row["bill_id"]),
        "person_id": str(row["person_id"]),
        "county_code": row["county_code"],
        "year": row["year"],
        "payer": row["payer"],
        "channel": row["channel"],
        "amount_fen": row["amount_fen"],
        "applied_fen": row["applied_fen"],
        "excess_fen": row["excess_fen"],
        "paid_on": row["paid_on"].isoformat(),
        "external_ref": row["external_ref"],
        "payer_id_number": _mask(payer_id) if payer_id else None,
        "recorded_at": _instant(row["recorded_at"]),
        "bill_status": _bill_status(
            employer_paid, individual_paid, bill["employer_due_fen"], bill["individual_due_fen"]
        ),
    }


def create_app(database_url: str | None = None) -> FastAPI:
    """The app; its pool holds as many connections as the service's (pool size + overflow), opened at
    start, so neither side opens a connection per request."""
    settings = Settings()
    url = sync_url(database_url or os.environ.get("LTC_DATABASE_URL") or settings.database_url or "")
    size = settings.db_pool_size + settings.db_max_overflow

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        pool = await asyncpg.create_pool(
            url, min_size=size, max_size=size, server_settings={"application_name": "bench-minimal"}
        )
        try:
            async with pool.acquire() as conn:
                codes = [r["code"] for r in await conn.fetch("SELECT code FROM enrollment.counties")]
            app.state.pool = pool
            app.state.counties = codes
            app.state.persons_sql = persons_page_sql(len(codes))
            yield
        finally:
            await pool.close()

    app = FastAPI(lifespan=lifespan, openapi_url=None, docs_url=None, redoc_url=None)
    app.add_api_route("/api/v1/counties", _counties, methods=["GET"])
    app.add_api_route("/api/v1/persons/{person_id}/coverage", _coverage, methods=["GET"])
    app.add_api_route("/api/v1/persons", _persons, methods=["GET"])
    app.add_api_route("/api/v1/payments", _payment, methods=["POST"])
    app.add_api_route("/readyz", _ready, methods=["GET"])
    return app


async def _ready() -> Response:
    return Response(status_code=200)
