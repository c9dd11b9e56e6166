"""Contractor review of service records: sampling for review and bulk review decisions."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from services.settlement.deps import Idempotent
from services.settlement.reference.units import require_county
from services.settlement.reviews import schemas, service
from services.settlement.reviews.auth import RecordsReview
from shared.db import SessionDep

router = APIRouter(prefix="/api/v1", tags=["service record review"])


@router.post(
    "/service-records:review",
    response_model=schemas.ReviewResult,
    summary="First review (初审) or second review (复核) decisions, in bulk; reviewer and reasons stored",
    operation_id="review_service_records",
)
async def review(
    data: schemas.ReviewRequest, session: SessionDep, principal: RecordsReview, idempotent: Idempotent
) -> JSONResponse:
    async def produce() -> schemas.ReviewResult:
        return await service.review(session, principal, data)

    return await idempotent.respond(produce)


@router.post(
    "/service-records:sample",
    response_model=schemas.SampleResult,
    summary="Pick records for review: a random share, amounts above a threshold, or unusual ones",
    operation_id="sample_service_records",
)
async def sample(
    data: schemas.SampleRequest, session: SessionDep, principal: RecordsReview, idempotent: Idempotent
) -> JSONResponse:
    await require_county(session, principal, data.county_code, "body.county_code")

    async def produce() -> schemas.SampleResult:
        return await service.sample(session, data)

    return await idempotent.respond(produce)
