"""Importing payments from a file: staged, checked and applied to the bills in a few SQL statements.

The same rules as a single payment: the paying system's ``(channel, external_ref)`` makes a line idempotent
(identical → unchanged, different → ``PAYMENT_REF_CONFLICT``); what exceeds a half's remaining due is
recorded as excess to refund, in file order when several lines pay the same half.

Concurrency: payment files take turns (a transaction lock from their checks to their commit), and a file
locks the bills it pays before reading what they still owe, as a single payment does. A single payment that
records one of the file's references in between makes the file a 409 ``IMPORT_CONCURRENT_PAYMENT``: sent
again, that line is then unchanged or a ``PAYMENT_REF_CONFLICT``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Text, cast, column, insert, literal, select, table, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from contracts.enrollment import ContributionReceived
from services.enrollment.events import json_object
from services.enrollment.imports.exceptions import ImportConcurrentPayment
from services.enrollment.imports.repository import CSV_FIELDS, ERRORS
from services.enrollment.models import ImportJob, outbox, outbox_events
from shared.identifiers import ID_NUMBER_MESSAGES
from shared.intake.staging import (
    FAILED,
    Tables,
    codes_column,
    column_expressions,
    csv_header,
    record_row_errors,
    take_turns,
)
from shared.principal import Principal
from shared.row_checks import RowCheck

COLUMNS = (
    "bill_id", "id_number", "year", "payer", "channel", "amount_fen", "paid_on", "external_ref", "payer_id_number",
)  # fmt: skip
REQUIRED = ("payer", "channel", "amount_fen", "paid_on", "external_ref")

_CHECKS = (
    RowCheck("line", "malformed", "the line has the wrong number of fields or is not a JSON object"),
    RowCheck("bill_id", """CASE WHEN malformed IS NULL AND bill_id IS NULL AND (id_number IS NULL OR year IS NULL)
                             THEN 'REQUIRED'
                             WHEN malformed IS NULL AND b_id IS NULL THEN 'BILL_NOT_FOUND' END""",
          "a bill_id, or id_number and year, of a bill in this client's counties"),
    RowCheck("payer", """CASE WHEN malformed IS NULL AND payer IS NULL THEN 'REQUIRED'
                           WHEN malformed IS NULL AND payer NOT IN ('employer', 'individual') THEN 'NOT_ALLOWED' END""",
          "employer or individual: which half of the bill this pays"),
    RowCheck("channel", """CASE WHEN malformed IS NULL AND channel IS NULL THEN 'REQUIRED'
                     WHEN malformed IS NULL AND channel NOT IN ('employer_premium_transfer', 'personal_account',
                          'family_account', 'annual_self_payment', 'pension_deduction') THEN 'NOT_ALLOWED'
                     WHEN malformed IS NULL AND b_id IS NOT NULL AND payer IN ('employer', 'individual') AND (
                          (payer = 'employer' AND b_half_payer = 'employer' AND channel <> 'employer_premium_transfer')
                          OR (NOT (payer = 'employer' AND b_half_payer = 'employer')
                              AND NOT coalesce((b_channels -> b_category) @> to_jsonb(channel), false)))
                     THEN 'CHANNEL_NOT_ALLOWED'
                     END""",
          "an employer half comes by premium transfer; a person's part by a channel the year's contribution "
          "policy allows for their category (channels_by_category)"),
    RowCheck("amount_fen", """CASE WHEN malformed IS NULL AND amount_fen IS NULL THEN 'REQUIRED'
                                WHEN malformed IS NULL AND (amount IS NULL OR amount <= 0) THEN 'AMOUNT_FORMAT' END""",
          "a positive whole number of fen"),
    RowCheck("paid_on", """CASE WHEN malformed IS NULL AND paid_on IS NULL THEN 'REQUIRED'
                             WHEN malformed IS NULL AND paid IS NULL THEN 'DATE_FORMAT'
                             WHEN malformed IS NULL AND paid > :today THEN 'DATE_IN_FUTURE' END""",
          "a date YYYY-MM-DD, not in the future"),
    RowCheck("external_ref", """CASE WHEN malformed IS NULL AND external_ref IS NULL THEN 'REQUIRED'
                                  WHEN malformed IS NULL AND length(external_ref) > 128 THEN 'TOO_LONG'
                                  WHEN malformed IS NULL AND occurrence > 1 THEN 'DUPLICATE_IN_FILE'
                                  WHEN malformed IS NULL AND ep_id IS NOT NULL AND NOT same_as_existing
                                  THEN 'PAYMENT_REF_CONFLICT' END""",
          "the paying system's own reference, once per channel"),
    RowCheck("payer_id_number",
          """CASE WHEN malformed IS NULL AND channel = 'family_account' AND payer_id_number IS NULL THEN 'REQUIRED'
                  WHEN malformed IS NULL AND payer_id_number IS NOT NULL
                  THEN coalesce(enrollment.id_number_problem(payer_id_number),
                                CASE WHEN payer_id_number = b_id_number THEN 'FAMILY_PAYER_IS_PERSON' END)
             END""",
          "the ID number of the family member whose account paid", ID_NUMBER_MESSAGES),
)  # fmt: skip


async def run(
    session: AsyncSession, principal: Principal, job: ImportJob, fmt: str, today: dt.date, t: Tables
) -> None:
    # payment files take turns from here to their commit (their uploads still stream in side by side): a
    # file sent twice at once is applied once, the second finding the first's payments unchanged
    await take_turns(session, "enrollment.payment_imports")
    header = await csv_header(session, t) if fmt == "csv" else []
    select_list, source = column_expressions(t, fmt, header, COLUMNS, REQUIRED, CSV_FIELDS)
    params: dict[str, Any] = {
        "job": job.id, "today": today, "counties": principal.county_filter(), "who": principal.name,
    }  # fmt: skip
    await session.execute(
        text(
            f"""
            CREATE UNLOGGED TABLE {t.rows} AS
            SELECT line_no, lower(bill_id) AS bill_id, upper(id_number) AS id_number, year, lower(payer) AS payer,
                   lower(channel) AS channel, amount_fen, paid_on, external_ref,
                   upper(payer_id_number) AS payer_id_number, malformed,
                   CASE WHEN lower(bill_id) ~ '^[0-9a-f]{{8}}-[0-9a-f]{{4}}-[0-9a-f]{{4}}-[0-9a-f]{{4}}-[0-9a-f]{{12}}$'
                        THEN bill_id::uuid END AS bill_uuid,
                   CASE WHEN year ~ '^[0-9]{{4}}$' THEN year::int END AS year_number,
                   CASE WHEN amount_fen ~ '^[0-9]{{1,12}}$' THEN amount_fen::bigint END AS amount,
                   CASE WHEN paid_on ~ '^[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}$' AND pg_input_is_valid(paid_on, 'date')
                        THEN paid_on::date END AS paid
            FROM (SELECT {select_list} FROM {source}) parsed
            """
        )
    )
    await session.execute(
        text(
            f"""
            CREATE UNLOGGED TABLE {t.checked} AS
            SELECT c.*, {FAILED} FROM (SELECT k.*, {codes_column(_CHECKS)} FROM (
            SELECT r.*, b.id AS b_id, b.employer_half_payer AS b_half_payer, b.category AS b_category,
                   b.county_code AS b_county, b.person_id AS b_person, b.year AS b_year, p.id_number AS b_id_number,
                   pol.channels_by_category AS b_channels,
                   row_number() OVER (PARTITION BY r.channel, r.external_ref ORDER BY r.line_no) AS occurrence,
                   ep.id AS ep_id,
                   (ep.id IS NOT NULL AND ep.bill_id = b.id AND ep.payer = r.payer AND ep.amount_fen = r.amount
                        AND ep.paid_on = r.paid
                        AND ep.payer_id_number IS NOT DISTINCT FROM r.payer_id_number) AS same_as_existing
            FROM {t.rows} r
            LEFT JOIN LATERAL (
                SELECT cb.* FROM enrollment.contribution_bills cb
                LEFT JOIN enrollment.persons pp ON pp.id = cb.person_id
                WHERE (r.bill_uuid IS NOT NULL AND cb.id = r.bill_uuid)
                   OR (r.bill_uuid IS NULL AND pp.id_number = r.id_number AND cb.year = r.year_number)
                LIMIT 1
            ) b0 ON true
            LEFT JOIN enrollment.contribution_bills b
                   ON b.id = b0.id AND (cast(:counties AS text[]) IS NULL
                                        OR b.county_code = ANY(cast(:counties AS text[])))
            LEFT JOIN enrollment.persons p ON p.id = b.person_id
            LEFT JOIN enrollment.contribution_policies pol ON pol.year = b.year
            LEFT JOIN enrollment.payments ep ON ep.channel = r.channel AND ep.external_ref = r.external_ref
            OFFSET 0) k OFFSET 0) c
            """
        ),
        params,
    )
    await record_row_errors(session, ERRORS, t.checked, _CHECKS, params)
    # the bills paid are locked (in one order) before their remaining due is read, as a single payment
    # locks its bill: a payment recorded meanwhile is counted, and no bill is paid beyond its due
    await session.execute(
        text(
            f"""
            SELECT 1 FROM enrollment.contribution_bills
            WHERE id IN (SELECT b_id FROM {t.checked} WHERE ep_id IS NULL AND NOT failed)
            ORDER BY id FOR UPDATE
            """
        )
    )
    try:
        async with session.begin_nested():
            await _insert_payments(session, t, params)
    except IntegrityError as exc:
        raise ImportConcurrentPayment(
            "a reference of this file was recorded by a single payment during the import; send the file again",
        ) from exc
    await session.execute(
        text(
            f"""
            UPDATE enrollment.contribution_bills cb
            SET employer_paid_fen = cb.employer_paid_fen + s.employer_applied,
                individual_paid_fen = cb.individual_paid_fen + s.individual_applied,
                excess_fen = cb.excess_fen + s.excess
            FROM (SELECT bill_id,
                         coalesce(sum(applied_fen) FILTER (WHERE payer = 'employer'), 0) AS employer_applied,
                         coalesce(sum(applied_fen) FILTER (WHERE payer = 'individual'), 0) AS individual_applied,
                         sum(excess_fen) AS excess
                  FROM {t.new} GROUP BY bill_id) s
            WHERE cb.id = s.bill_id
            """
        )
    )
    new = table(
        t.new, column("id"), column("bill_id"), column("person_id"), column("county_code"), column("year"),
        column("payer"), column("channel"), column("applied_fen"), column("excess_fen"), column("paid_on"),
    )  # fmt: skip
    outbox.publish_from_select(
        session,
        insert(outbox_events).from_select(
            ["event_type", "aggregate_type", "aggregate_id", "county_code", "payload"],
            select(
                literal(ContributionReceived.event_type),
                literal(ContributionReceived.aggregate_type),
                cast(new.c.id, Text),
                new.c.county_code,
                json_object(
                    ContributionReceived,
                    {
                        "payment_id": new.c.id,
                        "bill_id": new.c.bill_id,
                        "person_id": new.c.person_id,
                        "county_code": new.c.county_code,
                        "year": new.c.year,
                        "payer": new.c.payer,
                        "channel": new.c.channel,
                        "amount_fen": new.c.applied_fen,
                        "to_employer_half_fen": literal(0),  # a file's line pays the half it names
                        "excess_fen": new.c.excess_fen,
                        "paid_on": new.c.paid_on,
                    },
                ),
            ).where(new.c.applied_fen > 0),
        ),
    )
    counts = (
        await session.execute(
            text(
                f"""
                SELECT count(*),
                       (SELECT count(*) FROM {t.new}),
                       count(*) FILTER (WHERE ep_id IS NOT NULL AND same_as_existing AND NOT failed),
                       count(*) FILTER (WHERE failed)
                FROM {t.checked}
                """
            ),
            params,
        )
    ).one()
    job.rows_total, job.rows_created, job.rows_unchanged, job.rows_failed = (int(c) for c in counts)


async def _insert_payments(session: AsyncSession, t: Tables, params: dict[str, Any]) -> None:
    await session.execute(
        text(
            f"""
            CREATE TEMP TABLE {t.new} ON COMMIT DROP AS
            WITH good AS (
                SELECT k.* FROM {t.checked} k WHERE k.ep_id IS NULL AND NOT k.failed
            ), applied AS (
                SELECT g.*, greatest(
                           CASE g.payer WHEN 'employer' THEN cb.employer_due_fen - cb.employer_paid_fen
                                        ELSE cb.individual_due_fen - cb.individual_paid_fen END
                           - coalesce(sum(g.amount) OVER (PARTITION BY g.b_id, g.payer ORDER BY g.line_no
                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0),
                           0) AS remaining
                FROM good g JOIN enrollment.contribution_bills cb ON cb.id = g.b_id
            ), inserted AS (
                INSERT INTO enrollment.payments (id, bill_id, person_id, county_code, year, payer, channel, amount_fen,
                                                 applied_fen, excess_fen, paid_on, external_ref, payer_id_number,
                                                 import_job_id, recorded_by)
                SELECT gen_random_uuid(), b_id, b_person, b_county, b_year, payer, channel, amount,
                       least(amount, remaining), amount - least(amount, remaining), paid, external_ref,
                       payer_id_number, :job, :who
                FROM applied
                RETURNING id, bill_id, person_id, county_code, year, payer, channel, amount_fen, applied_fen,
                          excess_fen, paid_on
            )
            SELECT * FROM inserted
            """
        ),
        params,
    )
