"""Importing insured persons from a file: staged, checked and merged in a handful of SQL statements."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from contracts.enrollment import PersonsEnrolled
from services.enrollment.events import announce_in_chunks
from services.enrollment.imports.exceptions import ImportConcurrentEnrolment
from services.enrollment.imports.repository import CSV_FIELDS, ERRORS
from services.enrollment.models import ImportJob
from services.enrollment.persons.service import ENROLMENT_MESSAGES
from shared.identifiers import ID_NUMBER_MESSAGES
from shared.ids import BulkIds
from shared.intake.staging import (
    FAILED,
    Tables,
    codes_column,
    column_expressions,
    csv_header,
    record_row_errors,
)
from shared.principal import COUNTY_OUT_OF_SCOPE_TEMPLATE, COUNTY_UNKNOWN_TEMPLATE, Principal
from shared.row_checks import RowCheck

COLUMNS = ("id_number", "name", "category", "county_code", "employer_credit_code", "enrolled_on")
REQUIRED = ("id_number", "name", "category", "county_code", "enrolled_on")

# Each check is NULL when the row passes it; all are evaluated once per row, into the row's ``codes``.
_CHECKS = (
    RowCheck("line", "malformed", "the line has the wrong number of fields or is not a JSON object"),
    RowCheck("id_number", "CASE WHEN malformed IS NULL THEN id_problem END",
          "an ID number of 18 characters: 17 digits, then the check character (digit or X) matching them, "
          "and a possible birth date", ID_NUMBER_MESSAGES),
    RowCheck("id_number", "CASE WHEN malformed IS NULL AND id_problem IS NULL AND occurrence > 1 "
                       "THEN 'DUPLICATE_IN_FILE' END",
          "the ID number appears on an earlier line of this file"),
    RowCheck("id_number", """CASE WHEN malformed IS NULL AND id_problem IS NULL AND occurrence = 1
                                    AND existing_id IS NOT NULL AND NOT existing_in_scope THEN 'PERSON_EXISTS_ELSEWHERE'
                               WHEN malformed IS NULL AND id_problem IS NULL AND occurrence = 1
                                    AND existing_id IS NOT NULL AND NOT same_as_existing THEN 'PERSON_EXISTS' END""",
          "the person is enrolled already with other data; change it through the API",
          {code: ENROLMENT_MESSAGES[code] for code in ("PERSON_EXISTS", "PERSON_EXISTS_ELSEWHERE")}),
    RowCheck("name", """CASE WHEN malformed IS NULL AND name IS NULL THEN 'REQUIRED'
                          WHEN malformed IS NULL AND length(name) > 100 THEN 'TOO_LONG' END""",
          "a name of 1–100 characters"),
    RowCheck("category", """CASE WHEN malformed IS NULL AND category IS NULL THEN 'REQUIRED'
                              WHEN malformed IS NULL AND category NOT IN ('employee', 'retiree', 'flexible')
                              THEN 'NOT_ALLOWED' END""",
          "employee, retiree or flexible"),
    RowCheck("county_code", """CASE WHEN malformed IS NULL AND NOT county_known THEN 'COUNTY_UNKNOWN'
                                 WHEN malformed IS NULL AND NOT county_in_scope THEN 'COUNTY_OUT_OF_SCOPE' END""",
          "one of the accounting units this client serves",
          {"COUNTY_UNKNOWN": COUNTY_UNKNOWN_TEMPLATE, "COUNTY_OUT_OF_SCOPE": COUNTY_OUT_OF_SCOPE_TEMPLATE}),
    RowCheck("employer_credit_code",
          """CASE WHEN malformed IS NULL AND category = 'employee' AND employer_credit_code IS NULL
                  THEN 'EMPLOYER_REQUIRED'
                  WHEN malformed IS NULL AND employer_credit_code IS NOT NULL AND NOT employer_known
                  THEN 'EMPLOYER_UNKNOWN' END""",
          "an employee names a registered employer by credit code",
          {code: ENROLMENT_MESSAGES[code] for code in ("EMPLOYER_REQUIRED", "EMPLOYER_UNKNOWN")}),
    RowCheck("enrolled_on", """CASE WHEN malformed IS NULL AND enrolled_on IS NULL THEN 'REQUIRED'
                                 WHEN malformed IS NULL AND enrolled IS NULL THEN 'DATE_FORMAT'
                                 WHEN malformed IS NULL AND enrolled > :today THEN 'DATE_IN_FUTURE'
                                 WHEN malformed IS NULL AND enrolled < scheme_start_on
                                 THEN 'COUNTY_NOT_IN_SCHEME' END""",
          "a date YYYY-MM-DD, not in the future, and not before the unit joined the scheme "
          "(its scheme_start_on, GET /api/v1/counties)",
          {"DATE_IN_FUTURE": ENROLMENT_MESSAGES["DATE_IN_FUTURE"]}),
)  # fmt: skip


async def run(
    session: AsyncSession, principal: Principal, job: ImportJob, fmt: str, today: dt.date, t: Tables
) -> None:
    header = await csv_header(session, t) if fmt == "csv" else []
    select_list, source = column_expressions(t, fmt, header, COLUMNS, REQUIRED, CSV_FIELDS)
    counties = principal.county_filter()
    params: dict[str, Any] = {"job": job.id, "today": today, "counties": counties, "who": principal.name}
    # 1. cut the lines into fields (per row: parallel workers share it)
    await session.execute(
        text(
            f"""
            CREATE UNLOGGED TABLE {t.parsed} AS
            SELECT line_no, upper(id_number) AS id_number, name, lower(category) AS category, county_code,
                   upper(employer_credit_code) AS employer_credit_code, enrolled_on, malformed
            FROM (SELECT {select_list} FROM {source}) parsed
            """
        )
    )
    # 2. the person of that ID number, if enrolled already; the ID number's own check for the others (a
    #    registered number was checked when it was enrolled: a re-sent file skips the costliest check)
    await session.execute(
        text(
            f"""
            CREATE UNLOGGED TABLE {t.rows} AS
            SELECT p.*,
                   CASE WHEN e.id IS NULL THEN enrollment.id_number_problem(p.id_number) END AS id_problem,
                   CASE WHEN p.enrolled_on ~ '^[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}$'
                             AND pg_input_is_valid(p.enrolled_on, 'date') THEN p.enrolled_on::date END AS enrolled,
                   e.id AS existing_id, e.name AS existing_name, e.category AS existing_category,
                   e.county_code AS existing_county, e.enrolled_on AS existing_enrolled_on,
                   e.employer_credit_code AS existing_employer
            FROM {t.parsed} p LEFT JOIN enrollment.persons e ON e.id_number = p.id_number
            """
        )
    )
    # 3. against the file and the register: repeats, counties, employers; then
    #    every check once per row (OFFSET 0 keeps a level from being re-evaluated for each reference)
    await session.execute(
        text(
            f"""
            CREATE UNLOGGED TABLE {t.checked} AS
            SELECT c.*, {FAILED} FROM (
                SELECT k.*, {codes_column(_CHECKS)} FROM (
                    SELECT r.*,
                           row_number() OVER (PARTITION BY r.id_number ORDER BY r.line_no) AS occurrence,
                           (r.existing_id IS NOT NULL
                            AND (cast(:counties AS text[]) IS NULL
                                 OR r.existing_county = ANY(cast(:counties AS text[])))) AS existing_in_scope,
                           (r.existing_id IS NOT NULL AND r.existing_name = r.name
                                AND r.existing_category = r.category AND r.existing_county = r.county_code
                                AND r.existing_enrolled_on = r.enrolled
                                AND r.existing_employer IS NOT DISTINCT FROM r.employer_credit_code)
                               AS same_as_existing,
                           c.code IS NOT NULL AS county_known,
                           (cast(:counties AS text[]) IS NULL OR r.county_code = ANY(cast(:counties AS text[])))
                               AS county_in_scope,
                           e.credit_code IS NOT NULL AS employer_known,
                           s.scheme_start_on
                    FROM {t.rows} r
                    LEFT JOIN enrollment.counties c ON c.code = r.county_code
                    LEFT JOIN (SELECT DISTINCT ON (county_code) county_code, scheme_start_on
                                 FROM enrollment.county_schemes
                                ORDER BY county_code, id DESC) s ON s.county_code = r.county_code
                    LEFT JOIN enrollment.employers e ON e.credit_code = r.employer_credit_code
                    OFFSET 0
                ) k OFFSET 0
            ) c
            """
        ),
        params,
    )
    await record_row_errors(session, ERRORS, t.checked, _CHECKS, params)
    ids = BulkIds.new()
    # no ON CONFLICT (it costs a sixth of the insert): the checks above found who is enrolled, and a person
    # enrolled by someone else since then makes the whole import fail with a 409, to be sent again
    try:
        async with session.begin_nested():
            await _insert_new_persons(session, t, {**params, **ids.params})
    except IntegrityError as exc:
        raise ImportConcurrentEnrolment(
            "a person of this file was enrolled by someone else during the import; send the file again",
        ) from exc
    _announce_new_persons(session, job, t)
    await _count(session, job, t, params)


async def _insert_new_persons(session: AsyncSession, t: Tables, params: dict[str, Any]) -> None:
    await session.execute(
        text(
            f"""
            CREATE TEMP TABLE {t.new} ON COMMIT DROP AS
            WITH inserted AS (
                INSERT INTO enrollment.persons (id, id_number, name, sex, birth_date, category, county_code,
                                                employer_credit_code, enrolled_on, status, status_on,
                                                enrolled_by, enrolment_import_id)
                SELECT {BulkIds.sql("n")}, id_number, name,
                       CASE WHEN substr(id_number, 17, 1)::int % 2 = 1 THEN 'male' ELSE 'female' END,
                       to_date(substr(id_number, 7, 8), 'YYYYMMDD'), category, county_code,
                       employer_credit_code, enrolled, 'insured', enrolled, :who, :job
                FROM (SELECT k.*, row_number() OVER (ORDER BY id_number) - 1 AS n
                      FROM {t.checked} k WHERE NOT failed AND existing_id IS NULL) numbered
                ORDER BY id_number
                RETURNING id, county_code, category, enrolled_on, birth_date, sex
            )
            SELECT * FROM inserted
            """
        ),
        params,
    )


def _announce_new_persons(session: AsyncSession, job: ImportJob, t: Tables) -> None:
    """The fund's read models take the new persons a thousand of one county at a time."""
    announce_in_chunks(
        session,
        PersonsEnrolled,
        aggregate_id=str(job.id),
        rows=t.new,
        order_by="id",
        columns={
            "person_ids": "id",
            "categories": "category",
            "enrolled_on": "enrolled_on",
            "birth_dates": "birth_date",
            "sexes": "sex",
        },
        constants={"import_id": str(job.id)},
    )


async def _count(session: AsyncSession, job: ImportJob, t: Tables, params: dict[str, Any]) -> None:
    counts = (
        await session.execute(
            text(
                f"""
                SELECT count(*),
                       (SELECT count(*) FROM {t.new}),
                       count(*) FILTER (WHERE NOT failed AND existing_id IS NOT NULL),
                       count(*) FILTER (WHERE failed)
                FROM {t.checked}
                """
            ),
            params,
        )
    ).one()
    job.rows_total, job.rows_created, job.rows_unchanged, job.rows_failed = (int(c) for c in counts)
