"""Importing insured persons from a file: staged, checked and merged in a handful of SQL statements."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Text, cast, column, func, insert, literal, select, table, text
from sqlalchemy.ext.asyncio import AsyncSession

from services.enrollment.imports.staging import Tables, column_expressions, csv_header, record_row_errors
from services.enrollment.models import ImportJob, outbox, outbox_events
from shared.principal import Principal

COLUMNS = ("id_number", "name", "category", "county_code", "employer_credit_code", "enrolled_on")
REQUIRED = ("id_number", "name", "category", "county_code", "enrolled_on")

# One (field, code, message) per check; each is NULL when the row passes it. Evaluated once per row.
_CHECKS = """
    ('line', malformed, CASE malformed WHEN 'COLUMN_COUNT' THEN 'the line has the wrong number of fields'
                                        ELSE 'the line is not a JSON object' END),
    ('id_number', CASE WHEN malformed IS NULL THEN id_problem END,
        CASE id_problem WHEN 'REQUIRED' THEN 'an ID number is required'
                        WHEN 'ID_NUMBER_LENGTH' THEN 'an ID number has 18 characters'
                        WHEN 'ID_NUMBER_FORMAT' THEN '17 digits followed by a digit or X expected'
                        WHEN 'ID_NUMBER_CHECKSUM' THEN 'the check character does not match the first 17 digits'
                        ELSE 'not a possible birth date' END),
    ('id_number', CASE WHEN malformed IS NULL AND id_problem IS NULL AND occurrence > 1
                       THEN 'DUPLICATE_IN_FILE' END, 'the ID number appears on an earlier line of this file'),
    ('id_number', CASE WHEN malformed IS NULL AND id_problem IS NULL AND occurrence = 1
                            AND existing_id IS NOT NULL AND NOT existing_in_scope THEN 'PERSON_EXISTS_ELSEWHERE'
                       WHEN malformed IS NULL AND id_problem IS NULL AND occurrence = 1
                            AND existing_id IS NOT NULL AND NOT same_as_existing THEN 'PERSON_EXISTS' END,
        'the person is enrolled already with other data; change it through the API'),
    ('name', CASE WHEN malformed IS NULL AND name IS NULL THEN 'REQUIRED'
                  WHEN malformed IS NULL AND length(name) > 100 THEN 'TOO_LONG' END, 'a name of 1–100 characters'),
    ('category', CASE WHEN malformed IS NULL AND category IS NULL THEN 'REQUIRED'
                      WHEN malformed IS NULL AND category NOT IN ('employee', 'retiree', 'flexible')
                      THEN 'NOT_ALLOWED' END, 'employee, retiree or flexible'),
    ('county_code', CASE WHEN malformed IS NULL AND NOT county_known THEN 'COUNTY_UNKNOWN'
                         WHEN malformed IS NULL AND NOT county_in_scope THEN 'COUNTY_OUT_OF_SCOPE' END,
        'one of the accounting units this client serves'),
    ('employer_credit_code', CASE WHEN malformed IS NULL AND category = 'employee' AND employer_credit_code IS NULL
                                  THEN 'EMPLOYER_REQUIRED'
                                  WHEN malformed IS NULL AND employer_credit_code IS NOT NULL AND NOT employer_known
                                  THEN 'EMPLOYER_UNKNOWN' END,
        'an employee names a registered employer by credit code'),
    ('enrolled_on', CASE WHEN malformed IS NULL AND enrolled_on IS NULL THEN 'REQUIRED'
                         WHEN malformed IS NULL AND enrolled IS NULL THEN 'DATE_FORMAT'
                         WHEN malformed IS NULL AND enrolled > :today THEN 'DATE_IN_FUTURE' END,
        'a date YYYY-MM-DD, not in the future')
"""


async def run(
    session: AsyncSession, principal: Principal, job: ImportJob, fmt: str, today: dt.date, t: Tables
) -> None:
    header = await csv_header(session, t) if fmt == "csv" else []
    select_list, source = column_expressions(t, fmt, header, COLUMNS, REQUIRED)
    counties = principal.county_filter()
    params: dict[str, Any] = {"job": job.id, "today": today, "counties": counties, "who": principal.name}
    await session.execute(
        text(
            f"""
            CREATE TEMP TABLE {t.rows} ON COMMIT DROP AS
            SELECT line_no, upper(id_number) AS id_number, name, lower(category) AS category, county_code,
                   upper(employer_credit_code) AS employer_credit_code, enrolled_on,
                   CASE WHEN enrolled_on ~ '^[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}$'
                             AND pg_input_is_valid(enrolled_on, 'date') THEN enrolled_on::date END AS enrolled,
                   malformed
            FROM (SELECT {select_list} FROM {source}) parsed
            """
        )
    )
    await session.execute(
        text(
            f"""
            CREATE TEMP TABLE {t.checked} ON COMMIT DROP AS
            SELECT r.*,
                   enrollment.id_number_problem(r.id_number) AS id_problem,
                   row_number() OVER (PARTITION BY r.id_number ORDER BY r.line_no) AS occurrence,
                   p.id AS existing_id,
                   (p.id IS NOT NULL AND (cast(:counties AS text[]) IS NULL
                                          OR p.county_code = ANY(cast(:counties AS text[])))) AS existing_in_scope,
                   (p.id IS NOT NULL AND p.name = r.name AND p.category = r.category
                        AND p.county_code = r.county_code AND p.enrolled_on = r.enrolled
                        AND p.employer_credit_code IS NOT DISTINCT FROM r.employer_credit_code) AS same_as_existing,
                   c.code IS NOT NULL AS county_known,
                   (cast(:counties AS text[]) IS NULL OR r.county_code = ANY(cast(:counties AS text[])))
                       AS county_in_scope,
                   e.credit_code IS NOT NULL AS employer_known
            FROM {t.rows} r
            LEFT JOIN enrollment.persons p ON p.id_number = r.id_number
            LEFT JOIN enrollment.counties c ON c.code = r.county_code
            LEFT JOIN enrollment.employers e ON e.credit_code = r.employer_credit_code
            """
        ),
        params,
    )
    await record_row_errors(session, t, _CHECKS, params)
    await session.execute(
        text(
            f"""
            CREATE TEMP TABLE {t.good} ON COMMIT DROP AS
            SELECT k.* FROM {t.checked} k
            WHERE NOT EXISTS (SELECT 1 FROM enrollment.import_errors x
                              WHERE x.job_id = :job AND x.row_number = k.line_no)
            """
        ),
        params,
    )
    await session.execute(
        text(
            f"""
            CREATE TEMP TABLE {t.new} ON COMMIT DROP AS
            WITH inserted AS (
                INSERT INTO enrollment.persons (id, id_number, name, sex, birth_date, category, county_code,
                                                employer_credit_code, enrolled_on, status, status_on)
                SELECT gen_random_uuid(), id_number, name,
                       CASE WHEN substr(id_number, 17, 1)::int % 2 = 1 THEN 'male' ELSE 'female' END,
                       to_date(substr(id_number, 7, 8), 'YYYYMMDD'), category, county_code,
                       employer_credit_code, enrolled, 'insured', enrolled
                FROM {t.good} WHERE existing_id IS NULL
                ORDER BY id_number
                ON CONFLICT (id_number) DO NOTHING
                RETURNING id, county_code, category, enrolled_on, birth_date, sex
            )
            SELECT * FROM inserted
            """
        )
    )
    await session.execute(
        text(
            f"""
            INSERT INTO enrollment.person_status_changes (person_id, status, effective_on, reason, recorded_by)
            SELECT id, 'insured', enrolled_on, 'enrolment by import ' || cast(cast(:job AS uuid) AS text), :who FROM {t.new}
            """
        ),
        params,
    )
    new = table(
        t.new, column("id"), column("county_code"), column("category"), column("enrolled_on"),
        column("birth_date"), column("sex"),
    )  # fmt: skip
    outbox.publish_from_select(
        session,
        insert(outbox_events).from_select(
            ["event_type", "aggregate_type", "aggregate_id", "county_code", "payload"],
            select(
                literal("person.enrolled"),
                literal("person"),
                cast(new.c.id, Text),
                new.c.county_code,
                func.jsonb_build_object(
                    "person_id",
                    new.c.id,
                    "county_code",
                    new.c.county_code,
                    "category",
                    new.c.category,
                    "enrolled_on",
                    new.c.enrolled_on,
                    "birth_date",
                    new.c.birth_date,
                    "sex",
                    new.c.sex,
                ),
            ),
        ),
    )
    counts = (
        await session.execute(
            text(
                f"""
                SELECT (SELECT count(*) FROM {t.rows}),
                       (SELECT count(*) FROM {t.new}),
                       (SELECT count(*) FROM {t.good} WHERE existing_id IS NOT NULL),
                       (SELECT count(DISTINCT row_number) FROM enrollment.import_errors WHERE job_id = :job)
                """
            ),
            params,
        )
    ).one()
    job.rows_total, job.rows_created, job.rows_unchanged, job.rows_failed = (int(c) for c in counts)
