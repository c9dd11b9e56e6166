"""The per-request yardstick: a minimal FastAPI app on an asyncpg pool that sends the enrollment service's own SQL.

``bench/per_request.py`` runs it beside the service and the gateway (rung (a) of the ladder). It answers the
four operations the ladder measures with the same paths, the same JSON and the same statements the service
sends, in the same order and the same transaction shape (a transaction only where the service has one) — and
nothing else: no signed principal, no scopes, no ORM, no pydantic, no middleware. What the service costs
beyond this is what its framework work costs.

Where the service keeps a statement as a module-level string it is imported, not copied, so the two can never
drift: ``_COUNTIES`` (counties/repository.py), ``_COVERAGE_FACTS`` (persons/service.py), ``list_sql``
(persons/repository.py) and the payment's ``_BILL_BY_ID`` and ``_RECORD`` (contributions/service.py, compiled
here for asyncpg as the service's engine compiles them; their parameter order is checked at import). The
rest — the reference lock written inline, the outbox's lock and its ORM insert, the replay's ORM read — is
the captured text with only the whitespace changed; the outbox lock key is the service's own.

How the statements were captured (2026-12-07, main at 16ce693): ``python -m bench requests --capture-sql``
(the enrollment app in-process on the seeded database, one signed call per operation, the
``sqlalchemy.engine`` logger at INFO), with a query logger added to each driver connection
(``asyncpg.Connection.add_query_logger``) so the reads on ``shared.db.ReadDep``, which bypass SQLAlchemy,
and the driver's own BEGIN/COMMIT show too. When the service's statements change, re-capture and bring this
along on purpose, and say so in bench/RESULTS.md.

- ``GET /api/v1/counties``: one SELECT (each unit with two lateral joins: latest insured figures, scheme
  version in force; ``$1`` NULL for all units), no BEGIN/COMMIT.
- ``GET /api/v1/persons/{id}/coverage?on=``: the coverage facts statement, no BEGIN/COMMIT.
- ``GET /api/v1/persons?limit=``: one keyset page (``county_code = ANY($1::text[])``, ``LIMIT $2``), no
  BEGIN/COMMIT. The caller here is the benchmark's contractor of every unit, so the counties are all units
  (read at start).
- ``POST /api/v1/payments`` (by ``bill_id``): BEGIN, the reference's advisory lock, the locked bill with its
  allowed channels, the payment already holding the reference and the holder's ID number (one SELECT …
  FOR UPDATE OF b), the payment and the bill's paid halves in one statement (INSERT … ON CONFLICT DO NOTHING
  + UPDATE), the outbox's ordering lock, INSERT outbox event, COMMIT. A replay reads the payment holding the
  reference instead of writing. No idempotency row: the service's payment route is idempotent by
  ``(channel, external_ref)``, not by ``Idempotency-Key``.

The pool sends no reset statement when a connection is released (see :func:`_keep_session`): the service's
pool sends none either.

    uvicorn bench.minimal_app:create_app --factory   # LTC_DATABASE_URL names the database
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import asyncpg
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from sqlalchemy import TextClause
from sqlalchemy.dialects.postgresql.asyncpg import dialect as asyncpg_dialect

from services.enrollment.contributions import repository as contributions_repository
from services.enrollment.contributions import service as contributions_service
from services.enrollment.counties import repository as counties_repository
from services.enrollment.models.base import outbox as enrollment_outbox
from services.enrollment.persons import repository as persons_repository
from shared.dates import today
from shared.db import sync_url
from shared.settings import Settings

# The service's own strings, imported so the two can never drift: the reads run on its driver connection
# (``shared.db.ReadDep``) exactly as written there; the payment's ``text()`` statements are compiled here
# for asyncpg as the service's engine compiles them ($n placeholders, repeated names sharing one number).
COUNTIES_SQL: str = counties_repository._COUNTIES
COVERAGE_SQL: str = persons_repository._COVERAGE_FACTS
# the caller's counties (text[]) then the row limit: the contractor of every unit's filter combination
PERSONS_PAGE_SQL: str = persons_repository.list_sql(scoped=True, county=False, status=False, after=False)


def _positional(statement: TextClause, names: tuple[str, ...]) -> str:
    """A ``text()`` statement of the service as asyncpg receives it. Its parameters' order is checked here,
    so a change on the service's side breaks this import instead of quietly binding values to wrong slots."""
    compiled = statement.compile(dialect=asyncpg_dialect())  # type: ignore[no-untyped-call]
    if tuple(compiled.positiontup or ()) != names:
        raise RuntimeError(f"the service's statement takes {compiled.positiontup}, not {names}")
    return str(compiled)


# $1 the channel, $2 the reference, $3 the bill
BILL_FACTS_SQL = _positional(contributions_repository._BILL_BY_ID, ("channel", "reference", "bill_id"))
RECORD_SQL = _positional(
    contributions_repository._RECORD,
    (
        "id",
        "bill_id",
        "person_id",
        "county_code",
        "year",
        "payer",
        "channel",
        "amount_fen",
        "applied_fen",
        "excess_fen",
        "to_employer_half_fen",
        "paid_on",
        "external_ref",
        "payer_id_number",
        "recorded_by",
        "to_employer",
        "to_individual",
    ),
)

# Statements the service writes inline (a ``text()`` in a function) or the ORM renders: captured, copied.
REFERENCE_LOCK_SQL = "SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))"
PAYMENT_COLUMNS = (
    "enrollment.payments.id, enrollment.payments.bill_id, enrollment.payments.person_id, "
    "enrollment.payments.county_code, enrollment.payments.year, enrollment.payments.payer, "
    "enrollment.payments.channel, enrollment.payments.amount_fen, enrollment.payments.applied_fen, "
    "enrollment.payments.excess_fen, enrollment.payments.to_employer_half_fen, enrollment.payments.paid_on, "
    "enrollment.payments.external_ref, enrollment.payments.payer_id_number, enrollment.payments.import_job_id, "
    "enrollment.payments.recorded_by, enrollment.payments.recorded_at"
)
PAYMENT_BY_REFERENCE_SQL = (  # only when the reference is taken (a replay)
    f"SELECT {PAYMENT_COLUMNS} \nFROM enrollment.payments \n"
    "WHERE enrollment.payments.channel = $1::VARCHAR AND enrollment.payments.external_ref = $2::VARCHAR"
)
OUTBOX_LOCK_SQL = "SELECT pg_advisory_xact_lock($1)"
INSERT_EVENT_SQL = (
    "INSERT INTO enrollment.outbox_events (event_id, event_type, aggregate_type, aggregate_id, county_code, "
    "payload) VALUES ($1::UUID, $2::VARCHAR, $3::VARCHAR, $4::VARCHAR, $5::VARCHAR, $6::JSONB) "
    "RETURNING enrollment.outbox_events.seq"
)
# the ordering lock of enrollment.outbox_events, the key the service's outbox takes
OUTBOX_LOCK_KEY: int = enrollment_outbox.lock_key
EMPLOYER_CHANNEL: str = contributions_service.EMPLOYER_CHANNEL


def _instant(value: dt.datetime) -> str:
    """An instant as pydantic writes a UTC datetime (``…Z``), so both apps answer the same bytes."""
    return value.isoformat().replace("+00:00", "Z")


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _mask(number: str) -> str:
    return f"{number[:4]}{'*' * 10}{number[-4:]}" if len(number) == 18 else "*" * len(number)


def _county(row: asyncpg.Record) -> dict[str, Any]:
    scheme = None
    if row["version"] is not None:
        scheme = {
            "version": row["version"],
            "scheme_start_on": _day(row["scheme_start_on"]),
            "basis": row["basis"],
            "confirmed": row["confirmed"],
            "reason": row["reason"],
            "recorded_by": row["recorded_by"],
            "recorded_at": _instant(row["recorded_at"]),
        }
    target = None
    if row["year"] is not None:
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
    async with pool.acquire() as conn:  # one statement, no BEGIN/COMMIT: as ReadDep
        rows = await conn.fetch(COUNTIES_SQL, None)
    return JSONResponse({"items": [_county(r) for r in rows], "next_cursor": None})


async def _coverage(request: Request, person_id: uuid.UUID, on: dt.date | None = None) -> Response:
    on = on or today()
    pool: asyncpg.Pool = request.app.state.pool
    async with pool.acquire() as conn:
        facts = await conn.fetchrow(COVERAGE_SQL, person_id, on, on.year)
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
    async with pool.acquire() as conn:
        rows = await conn.fetch(PERSONS_PAGE_SQL, counties, limit + 1)
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
    payer_id_number: str | None = data.get("payer_id_number")
    pool: asyncpg.Pool = request.app.state.pool
    async with pool.acquire() as conn, conn.transaction():
        await conn.execute(REFERENCE_LOCK_SQL, f"enrollment.payment_reference:{channel}", reference)
        bill = await conn.fetchrow(BILL_FACTS_SQL, channel, reference, bill_id)
        if bill is None:
            return _problem(404, "BILL_NOT_FOUND", "no such bill")
        if bill["existing_payment_id"] is not None:
            return await _replay(conn, channel, reference, bill)
        employer_pays = payer == "employer" and bill["employer_half_payer"] == "employer"
        allowed = [EMPLOYER_CHANNEL] if employer_pays else bill["allowed_channels"]
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
        written = await conn.fetchrow(
            RECORD_SQL,
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
            payer_id_number,
            "bench",
            to_employer,
            to_individual,
        )
        if written is None:  # a payment file recorded the reference meanwhile
            return await _replay(conn, channel, reference, bill)
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
    payment = {
        "id": payment_id,
        "bill_id": bill_id,
        "person_id": bill["person_id"],
        "county_code": bill["county_code"],
        "year": bill["year"],
        "payer": payer,
        "channel": channel,
        "amount_fen": amount,
        "applied_fen": applied,
        "excess_fen": excess,
        "paid_on": paid_on,
        "external_ref": reference,
        "payer_id_number": payer_id_number,
        "recorded_at": written["recorded_at"],
    }
    body = _payment_body(payment, bill, written["employer_paid_fen"], written["individual_paid_fen"])
    return JSONResponse(body, status_code=201)


async def _replay(conn: asyncpg.Connection, channel: str, reference: str, bill: asyncpg.Record) -> Response:
    """The payment holding the reference, answered again (the service's replay; its 409 for another
    payment's content is not part of what the ladder measures)."""
    existing = await conn.fetchrow(PAYMENT_BY_REFERENCE_SQL, channel, reference)
    body = _payment_body(existing, bill, bill["employer_paid_fen"], bill["individual_paid_fen"])
    return JSONResponse(body, headers={"Idempotent-Replayed": "true"})


def _payment_body(row: Any, bill: asyncpg.Record, employer_paid: int, individual_paid: int) -> dict[str, Any]:
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


async def _keep_session(connection: asyncpg.Connection) -> None:
    """No reset statement when a connection goes back to the pool: asyncpg's default sends one (advisory
    unlocks, ``CLOSE ALL``, ``UNLISTEN *``, ``RESET ALL``) per release, a round trip the service's pool never
    makes (SQLAlchemy only rolls back a transaction left open, and this app leaves none)."""


def create_app(database_url: str | None = None) -> FastAPI:
    """The app; its pool holds as many connections as the service's (pool size + overflow), opened at
    start, so neither side opens a connection per request."""
    settings = Settings()
    url = sync_url(database_url or os.environ.get("LTC_DATABASE_URL") or settings.database_url or "")
    size = settings.db_pool_size + settings.db_max_overflow

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        pool = await asyncpg.create_pool(
            url,
            min_size=size,
            max_size=size,
            server_settings={"application_name": "bench-minimal"},
            reset=_keep_session,
        )
        try:
            async with pool.acquire() as conn:
                codes = [r["code"] for r in await conn.fetch("SELECT code FROM enrollment.counties")]
            app.state.pool = pool
            app.state.counties = codes
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
