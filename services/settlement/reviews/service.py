"""Contractor review of service records: sampling for review, and first / second review decisions.

A rejected record (the later stage wins) is cut as ``REVIEW_REJECTED`` by the checks of the next check or
settlement run. Settled records are frozen: their review cannot change (an institution disputes instead).
A review holds its records' (county, month) locks shared, so a check or settlement of the month waits for
it (and sees the decision), or runs first (and the review of a record it settled is refused).
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Sequence

from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement import models
from services.settlement.records import results
from services.settlement.records.checks import lock_month, month_bounds
from services.settlement.reviews import schemas
from shared.errors import Conflict, NotFound
from shared.principal import Principal

HISTORY_MONTHS = 3
MIN_HISTORY = 30

_APPLY = {
    "first": """
        UPDATE settlement.service_records sr
           SET first_review = d.decision, first_reviewer = :reviewer, first_review_reason = d.reason,
               first_reviewed_at = now()
          FROM unnest(CAST(:ids AS bigint[]), CAST(:decisions AS text[]), CAST(:reasons AS text[]))
               AS d(id, decision, reason)
         WHERE sr.id = d.id
    """,
    "second": """
        UPDATE settlement.service_records sr
           SET second_review = d.decision, second_reviewer = :reviewer, second_review_reason = d.reason,
               second_reviewed_at = now()
          FROM unnest(CAST(:ids AS bigint[]), CAST(:decisions AS text[]), CAST(:reasons AS text[]))
               AS d(id, decision, reason)
         WHERE sr.id = d.id
    """,
}


async def review(
    session: AsyncSession, principal: Principal, request: schemas.ReviewRequest
) -> schemas.ReviewResult:
    ids = [d.service_record_id for d in request.decisions]
    month = func.date_trunc("month", models.ServiceRecord.service_date)
    months = (
        await session.execute(
            select(models.ServiceRecord.county_code, month)
            .where(models.ServiceRecord.id.in_(ids))
            .distinct()
            .order_by(models.ServiceRecord.county_code, month)
        )
    ).all()
    for county_code, first_day in months:  # a check or settlement of these months waits, or is waited for
        await lock_month(session, county_code, first_day.date(), shared=True)
    rows: Sequence[models.ServiceRecord] = (
        await session.scalars(
            select(models.ServiceRecord)
            .where(models.ServiceRecord.id.in_(ids))
            .with_for_update()
            .execution_options(populate_existing=True)
        )
    ).all()
    visible = {r.id: r for r in rows if principal.sees_county(r.county_code)}
    missing = [i for i in ids if i not in visible]
    if missing:
        raise NotFound(
            f"no service records {missing[:20]}", code="RECORD_NOT_FOUND", record_ids=missing[:100]
        )
    settled = list(
        (
            await session.scalars(
                select(models.ServiceRecord.id)
                .where(models.ServiceRecord.id.in_(list(visible)), results.settled(models.ServiceRecord.id))
                .order_by(models.ServiceRecord.id)
            )
        ).all()
    )
    if settled:
        raise Conflict(
            f"records {settled[:20]} are settled; their review is final (the institution may dispute)",
            code="RECORD_SETTLED",
            record_ids=settled[:100],
        )
    if request.stage == "first":
        done = [r.id for r in rows if r.second_review is not None]
        if done:
            raise Conflict(f"records {done[:20]} have their second review already", code="SECOND_REVIEW_DONE")
    else:
        unreviewed = [r.id for r in rows if r.first_review is None]
        if unreviewed:
            raise Conflict(f"records {unreviewed[:20]} have no first review yet", code="FIRST_REVIEW_MISSING")
        same = [r.id for r in rows if r.first_reviewer == request.reviewer]
        if same:
            raise Conflict(
                f"{request.reviewer} did the first review of {same[:20]}; "
                "a second review needs another person",
                code="SAME_REVIEWER",
            )
    await session.execute(
        text(_APPLY[request.stage]),
        {
            "reviewer": request.reviewer,
            "ids": ids,
            "decisions": [d.decision for d in request.decisions],
            "reasons": [d.reason for d in request.decisions],
        },
    )
    rejected = sum(d.decision == "rejected" for d in request.decisions)
    return schemas.ReviewResult(
        stage=request.stage,
        reviewer=request.reviewer,
        approved=len(ids) - rejected,
        rejected=rejected,
    )


_CANDIDATES = """
    SELECT sr.id, sr.institution_id, sr.care_mode, sr.amount_claimed_fen AS amount,
           extract(epoch FROM (sr.end_time - sr.start_time)) / 60 AS minutes
      FROM settlement.service_records sr
     WHERE sr.county_code = :county AND sr.service_date >= :m0 AND sr.service_date < :m1
       AND NOT EXISTS (SELECT 1 FROM settlement.service_record_checks x
                        JOIN settlement.settlement_runs run ON run.id = x.run_id AND run.status = 'settled'
                       WHERE x.record_id = sr.id)
       AND (CAST(:institution AS text) IS NULL OR sr.institution_id = :institution)
"""

_PICKS = {
    "random": f"""
        WITH c AS ({_CANDIDATES}),
        ranked AS (SELECT id, row_number() OVER (ORDER BY md5(:seed || id::text), id) AS rn,
                          count(*) OVER () AS n FROM c)
        SELECT id, n FROM ranked WHERE rn <= ceil(n * :share_bp / 10000.0) ORDER BY id LIMIT :limit
    """,
    "amount_above": f"""
        WITH c AS ({_CANDIDATES})
        SELECT id, (SELECT count(*) FROM c) AS n FROM c WHERE amount > :threshold ORDER BY id LIMIT :limit
    """,
    "deviation": f"""
        WITH c AS ({_CANDIDATES}),
        history AS (
            SELECT sr.institution_id, sr.care_mode, count(*) AS k,
                   avg(sr.amount_claimed_fen) AS amount_mean, stddev_pop(sr.amount_claimed_fen) AS amount_sd,
                   avg(extract(epoch FROM (sr.end_time - sr.start_time)) / 60) AS minutes_mean,
                   stddev_pop(extract(epoch FROM (sr.end_time - sr.start_time)) / 60) AS minutes_sd
              FROM settlement.service_records sr
             WHERE sr.county_code = :county AND sr.service_date >= :h0 AND sr.service_date < :m0
               AND sr.institution_id IN (SELECT DISTINCT institution_id FROM c)
             GROUP BY 1, 2 HAVING count(*) >= :min_history
        ),
        current AS (
            SELECT institution_id, care_mode, count(*) AS k,
                   avg(amount) AS amount_mean, stddev_pop(amount) AS amount_sd,
                   avg(minutes) AS minutes_mean, stddev_pop(minutes) AS minutes_sd
              FROM c GROUP BY 1, 2
        ),
        usual AS (
            SELECT cur.institution_id, cur.care_mode,
                   coalesce(h.amount_mean, cur.amount_mean) AS amount_mean,
                   coalesce(h.amount_sd, cur.amount_sd) AS amount_sd,
                   coalesce(h.minutes_mean, cur.minutes_mean) AS minutes_mean,
                   coalesce(h.minutes_sd, cur.minutes_sd) AS minutes_sd
              FROM current cur
              LEFT JOIN history h ON h.institution_id = cur.institution_id AND h.care_mode = cur.care_mode
        )
        SELECT c.id, (SELECT count(*) FROM c) AS n
          FROM c JOIN usual u ON u.institution_id = c.institution_id AND u.care_mode = c.care_mode
         WHERE (u.amount_sd > 0 AND abs(c.amount - u.amount_mean) > :sigmas * u.amount_sd)
            OR (u.minutes_sd > 0 AND abs(c.minutes - u.minutes_mean) > :sigmas * u.minutes_sd)
         ORDER BY abs(c.amount - u.amount_mean) / nullif(u.amount_sd, 0) DESC NULLS LAST, c.id
         LIMIT :limit
    """,
}


async def sample(session: AsyncSession, request: schemas.SampleRequest) -> schemas.SampleResult:
    m0, m1 = month_bounds(request.month)
    year, month0 = divmod(m0.year * 12 + m0.month - 1 - HISTORY_MONTHS, 12)
    h0 = dt.date(year, month0 + 1, 1)
    seed = (request.seed or secrets.token_hex(8)) if request.method == "random" else None
    rows = (
        await session.execute(
            text(_PICKS[request.method]),
            {
                "county": request.county_code,
                "m0": m0,
                "m1": m1,
                "h0": h0,
                "institution": request.institution_id,
                "seed": seed,
                "share_bp": request.share_bp,
                "threshold": request.threshold_fen,
                "sigmas": request.deviation_sigmas,
                "min_history": MIN_HISTORY,
                "limit": request.limit,
            },
        )
    ).all()
    ids = [int(r[0]) for r in rows]
    if ids:
        await session.execute(
            text(
                "UPDATE settlement.service_records SET sampled_for_review = :method "
                "WHERE id = ANY(CAST(:ids AS bigint[]))"
            ),
            {"method": request.method, "ids": ids},
        )
    candidates = int(rows[0][1]) if rows else await _count(session, request, m0, m1)
    return schemas.SampleResult(
        county_code=request.county_code,
        month=m0,
        method=request.method,
        seed=seed,
        candidates=candidates,
        picked=len(ids),
        service_record_ids=ids,
    )


async def _count(session: AsyncSession, request: schemas.SampleRequest, m0: dt.date, m1: dt.date) -> int:
    return int(
        await session.scalar(
            text(f"SELECT count(*) FROM ({_CANDIDATES}) c"),
            {"county": request.county_code, "m0": m0, "m1": m1, "institution": request.institution_id},
        )
        or 0
    )
