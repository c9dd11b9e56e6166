"""Contractor review of service records: sampling for review, and first / second review decisions.

A rejected record (the later stage wins) is cut as ``REVIEW_REJECTED`` by the checks of the next check or
settlement run. Settled records are frozen: their review cannot change (an institution disputes instead).
A review holds its records' (county, month) locks shared, so a check or settlement of the month waits for
it (and sees the decision), or runs first (and the review of a record it settled is refused).
"""

from __future__ import annotations

import datetime as dt
import secrets

from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement.disputes.exceptions import ServiceRecordNotFound
from services.settlement.models import ReviewDecision
from services.settlement.records.checks import lock_month, month_bounds
from services.settlement.reviews import repository, schemas
from services.settlement.reviews.exceptions import (
    FirstReviewMissing,
    ReviewRecordSettled,
    SameReviewer,
    SecondReviewDone,
)
from shared.principal import Principal

HISTORY_MONTHS = 3
MIN_HISTORY = 30


async def review(
    session: AsyncSession, principal: Principal, request: schemas.ReviewRequest
) -> schemas.ReviewResult:
    ids = [d.service_record_id for d in request.decisions]
    for county_code, first_day in await repository.months_of(session, ids):
        # a check or settlement of these months waits, or is waited for
        await lock_month(session, county_code, first_day, shared=True)
    rows = await repository.records_for_update(session, ids)
    visible = {r.id: r for r in rows if principal.sees_county(r.county_code)}
    missing = [i for i in ids if i not in visible]
    if missing:
        raise ServiceRecordNotFound(f"no service records {missing[:20]}", record_ids=missing[:100])
    settled = await repository.settled_among(session, list(visible))
    if settled:
        raise ReviewRecordSettled(
            f"records {settled[:20]} are settled; their review is final (the institution may dispute)",
            record_ids=settled[:100],
        )
    if request.stage == "first":
        done = [r.id for r in rows if r.second_review is not None]
        if done:
            raise SecondReviewDone(f"records {done[:20]} have their second review already")
    else:
        unreviewed = [r.id for r in rows if r.first_review is None]
        if unreviewed:
            raise FirstReviewMissing(f"records {unreviewed[:20]} have no first review yet")
        same = [r.id for r in rows if r.first_reviewer == request.reviewer]
        if same:
            raise SameReviewer(
                f"{request.reviewer} did the first review of {same[:20]}; "
                "a second review needs another person"
            )
    await repository.apply_decisions(
        session,
        request.stage,
        request.reviewer,
        ids,
        [d.decision for d in request.decisions],
        [d.reason for d in request.decisions],
    )
    rejected = sum(ReviewDecision(d.decision) is ReviewDecision.REJECTED for d in request.decisions)
    return schemas.ReviewResult(
        stage=request.stage,
        reviewer=request.reviewer,
        approved=len(ids) - rejected,
        rejected=rejected,
    )


async def sample(session: AsyncSession, request: schemas.SampleRequest) -> schemas.SampleResult:
    m0, m1 = month_bounds(request.month)
    year, month0 = divmod(m0.year * 12 + m0.month - 1 - HISTORY_MONTHS, 12)
    h0 = dt.date(year, month0 + 1, 1)
    seed = (request.seed or secrets.token_hex(8)) if request.method == "random" else None
    rows = await repository.pick(
        session,
        request.method,
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
    ids = [record_id for record_id, _ in rows]
    if ids:
        await repository.mark_sampled(session, request.method, ids)
    candidates = (
        rows[0][1]
        if rows
        else await repository.count_candidates(session, request.county_code, m0, m1, request.institution_id)
    )
    return schemas.SampleResult(
        county_code=request.county_code,
        month=m0,
        method=request.method,
        seed=seed,
        candidates=candidates,
        picked=len(ids),
        service_record_ids=ids,
    )
