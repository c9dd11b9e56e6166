"""SQL of the policy calculation (测算): the replay of a rule set over a settled month, the base year's
insured and billed, the accumulated surplus, and the projection jobs.

The replay (``REPLAY``) does not run the checks again. It starts from each settled record's stored outcome
(``service_record_checks`` of the month's settled run) and recomputes only what depends on the money rules:
the level × mode eligibility (``NO_ELIGIBLE_LEVEL``), the level × mode's service time
(``OVER_MONTHLY_HOURS``), the daily and monthly caps in the same record order and the fund share with the same
per-record rounding. A record keeps every other cut it had (any reason code but those four); the service time
and the caps are the checks' own SQL (``records.checks.CAPS``), partitioned by county as a check pass is. The
level is the one in force on the service date as the levels stand now, picked as the checks pick it (a level
the rule set pays first). Each month is read through indexes, not a scan of the year: the settled runs' check
rows by ``run_id`` (``ix_service_record_checks_run``) and the month's records by county and date.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select, text, update
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession, AsyncTransaction

from services.settlement.models import Projection, ProjectionStatus
from services.settlement.records.checks import CAPS, month_bounds
from shared.pagination import PageParams, paginate

REPLAY_WORK_MEM = "256MB"
MONEY_CODES = ("NO_ELIGIBLE_LEVEL", "OVER_MONTHLY_HOURS", "OVER_DAILY_CAP", "OVER_MONTHLY_CAP")

REPLAY = (
    """
WITH settled AS (
    SELECT sr.id, sr.county_code, sr.institution_id, sr.person_id, sr.care_mode, sr.service_date,
           sr.start_time, sr.amount_claimed_fen AS claimed, x.eligible_fen AS eligible_before,
           (extract(epoch FROM sr.end_time - sr.start_time) / 60)::integer AS minutes,
           x.fund_fen AS fund_before,
           NOT (x.reason_codes <@ CAST(:money_codes AS text[])) AS other_cut
      FROM settlement.settlement_runs run
      JOIN settlement.service_record_checks x ON x.run_id = run.id
      JOIN settlement.service_records sr ON sr.id = x.record_id
     WHERE run.status = 'settled' AND run.month = :m0 AND run.county_code = ANY(:counties)
       AND sr.county_code = ANY(:counties) AND sr.service_date >= :m0 AND sr.service_date < :m1
), joined AS (
    SELECT s.*, d.level, d.valid_from, br.institution_kind, br.fund_share_bp, br.daily_cap_fen,
           br.monthly_minutes,
           coalesce(br.monthly_cap_fen, br.monthly_cap_share_bp * rs.base_amount_fen / 10000) AS monthly_cap
      FROM settled s
      JOIN settlement.institutions i ON i.id = s.institution_id
      LEFT JOIN settlement.disability_levels d
             ON d.person_id = s.person_id AND s.service_date BETWEEN d.valid_from AND d.valid_to
            AND (d.ends_on IS NULL OR s.service_date < d.ends_on)
      LEFT JOIN settlement.benefit_rule_sets rs ON rs.version = :version
      LEFT JOIN settlement.benefit_rules br
             ON br.version = rs.version AND br.level = d.level AND br.care_mode = s.care_mode
            AND br.institution_kind IN ('any', i.kind)
), facts AS (
    -- one row per record, as the checks pick it (a level the rule set pays, a rule of the institution's
    -- kind, the latest level), sorted in the caps' own order so that the caps need no sort of their own
    SELECT * FROM (
        SELECT j.*, j.id IS DISTINCT FROM lag(j.id) OVER (
                   PARTITION BY j.county_code, j.person_id, j.care_mode, j.service_date
                   ORDER BY j.start_time NULLS FIRST, j.id, (j.fund_share_bp IS NULL),
                            (j.institution_kind = 'any'), j.valid_from DESC) AS first
          FROM joined j) ranked
     WHERE first
), cuts AS (
    SELECT f.*,
           CASE WHEN f.other_cut OR f.fund_share_bp IS NULL THEN ARRAY['CUT'] ELSE '{}'::text[] END
               AS first_cuts
      FROM facts f
)"""
    + CAPS.replace("{scope}", "county_code, ")
    + """
, outcome AS (
    SELECT m.county_code, m.institution_id, m.care_mode, coalesce(m.level::text, 'none') AS level,
           m.claimed, m.eligible_before, m.fund_before, m.eligible AS eligible_after,
           CASE WHEN m.eligible > 0 THEN (m.eligible * m.fund_share_bp + 5000) / 10000 ELSE 0 END
               AS fund_after
      FROM monthly m
)
SELECT county_code, {group} care_mode, level, count(*) AS records,
       count(*) FILTER (WHERE eligible_after <> eligible_before OR fund_after <> fund_before)
           AS changed,
       sum(claimed) AS claimed, sum(eligible_before) AS eligible_before,
       sum(eligible_after) AS eligible_after, sum(fund_before) AS fund_before, sum(fund_after) AS fund_after
  FROM outcome
 GROUP BY county_code, {group} care_mode, level
"""
)


def replay_sql(by_institution: bool) -> str:
    """The replay grouped by county × mode × level, and by institution too when asked (unordered: a hash
    aggregate, the caller sorts the few groups)."""
    return REPLAY.replace("{group}", "institution_id," if by_institution else "")


async def replay_month(
    session: AsyncSession, version: str, month: dt.date, counties: Sequence[str], *, by_institution: bool
) -> Sequence[Any]:
    """One settled month replayed under ``version`` (one statement over every county asked)."""
    await session.execute(text("SET LOCAL statement_timeout = 0"))  # a city's month is more than a request
    # the month's sort (~750 k records at city scale) in memory, not in temporary files
    await session.execute(text(f"SET LOCAL work_mem = '{REPLAY_WORK_MEM}'"))
    return (
        await session.execute(
            text(replay_sql(by_institution)),
            {
                "version": version,
                "m0": month,
                "m1": month_bounds(month)[1],
                "counties": list(counties),
                "money_codes": list(MONEY_CODES),
            },
        )
    ).all()


async def settled_counties(session: AsyncSession, month: dt.date, counties: Sequence[str]) -> list[str]:
    return list(
        (
            await session.scalars(
                text(
                    "SELECT county_code FROM settlement.settlement_runs WHERE status = 'settled' "
                    "AND month = :m0 AND county_code = ANY(:counties) ORDER BY 1"
                ),
                {"m0": month, "counties": list(counties)},
            )
        ).all()
    )


async def settled_months(session: AsyncSession, year: int, counties: Sequence[str]) -> list[dt.date]:
    """The months of the year with at least one settled run in the counties."""
    return list(
        (
            await session.scalars(
                text(
                    "SELECT DISTINCT month FROM settlement.settlement_runs WHERE status = 'settled' "
                    "AND month >= :y0 AND month < :y1 AND county_code = ANY(:counties) ORDER BY 1"
                ),
                {"y0": dt.date(year, 1, 1), "y1": dt.date(year + 1, 1, 1), "counties": list(counties)},
            )
        ).all()
    )


async def billed(session: AsyncSession, year: int) -> dict[str, tuple[int, int]]:
    """County → (persons billed for the year, what they were billed), from enrollment's ``bills.issued``."""
    rows = await session.execute(
        text(
            "SELECT p.county_code, count(*), coalesce(sum(b.due_fen), 0) FROM settlement.person_bills b "
            "JOIN settlement.insured_persons p ON p.person_id = b.person_id WHERE b.year = :year GROUP BY 1"
        ),
        {"year": year},
    )
    return {str(c): (int(n), int(due)) for c, n, due in rows.all()}


async def equity_at(session: AsyncSession, until: dt.date, accounts: Sequence[str]) -> dict[str, int]:
    """County → the sum of the ``accounts``' balances (debit positive) of postings up to ``until``."""
    rows = await session.execute(
        text(
            "SELECT l.county_code, sum(l.amount_fen) FROM settlement.ledger_legs l "
            "JOIN settlement.ledger_transactions t ON t.id = l.transaction_id "
            "WHERE t.posted_on <= :until AND l.account = ANY(:accounts) GROUP BY 1"
        ),
        {"until": until, "accounts": list(accounts)},
    )
    return {str(c): int(n) for c, n in rows.all()}


async def projection(session: AsyncSession, projection_id: uuid.UUID) -> Projection | None:
    return await session.get(Projection, projection_id)


async def page(session: AsyncSession, params: PageParams) -> tuple[list[Projection], str | None]:
    return await paginate(
        session,
        select(Projection),
        [Projection.created_at, Projection.id],
        params,
        key=lambda p: [p.created_at, p.id],
        descending=True,
    )


JOB_LOCK_SPACE = 0x7E57  # the first key of a running projection's advisory lock; the second, hashtext(id)

REQUEUE_ABANDONED = """
UPDATE settlement.projections SET status = 'queued', progress_bp = 0, started_at = NULL
 WHERE id IN (SELECT id FROM settlement.projections WHERE status = 'running' FOR UPDATE SKIP LOCKED)
   AND pg_try_advisory_xact_lock(:space, hashtext(id::text))
"""

CLAIM_QUEUED = """
UPDATE settlement.projections SET status = 'running', started_at = now()
 WHERE id = (SELECT id FROM settlement.projections WHERE status = 'queued'
              ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
RETURNING id
"""


def _transaction(holder: AsyncConnection) -> AsyncTransaction:
    return holder.begin_nested() if holder.in_transaction() else holder.begin()


async def claim_queued(holder: AsyncConnection) -> uuid.UUID | None:
    """On the worker's own connection, in one transaction: first put back in the queue every running
    projection whose worker is gone, then claim the oldest queued one (another process skips it) and take
    its session-level advisory lock, held on ``holder`` until :func:`release` — the sign, for every other
    worker, that the job is being run. A worker killed mid-run closes its connection, which drops the lock,
    so the next poll anywhere finds the job running without a lock and queues it again (from its first
    month: a replay writes nothing until it finishes)."""
    async with _transaction(holder):
        await holder.execute(text(REQUEUE_ABANDONED), {"space": JOB_LOCK_SPACE})
        job_id: uuid.UUID | None = await holder.scalar(text(CLAIM_QUEUED))
        if job_id is not None:
            await holder.execute(
                text("SELECT pg_advisory_lock(:space, hashtext(:id))"),
                {"space": JOB_LOCK_SPACE, "id": str(job_id)},
            )
    return job_id


async def release(holder: AsyncConnection, job_id: uuid.UUID) -> None:
    async with _transaction(holder):
        await holder.execute(
            text("SELECT pg_advisory_unlock(:space, hashtext(:id))"),
            {"space": JOB_LOCK_SPACE, "id": str(job_id)},
        )


async def set_progress(session: AsyncSession, projection_id: uuid.UUID, progress_bp: int) -> None:
    await session.execute(
        update(Projection).where(Projection.id == projection_id).values(progress_bp=progress_bp)
    )


async def finish(
    session: AsyncSession,
    projection_id: uuid.UUID,
    status: ProjectionStatus,
    outputs: dict[str, Any] | None,
    error: str | None,
) -> None:
    await session.execute(
        update(Projection)
        .where(Projection.id == projection_id)
        .values(
            status=status,
            outputs=outputs,
            error=error,
            progress_bp=10_000 if status == ProjectionStatus.SUCCEEDED else Projection.progress_bp,
            finished_at=dt.datetime.now(dt.UTC),
        )
    )
