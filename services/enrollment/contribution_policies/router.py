"""The contribution policy of each year over HTTP, as read (set and replaced: `contributions/router.py`)."""

from __future__ import annotations

from fastapi import APIRouter

from services.enrollment.contribution_policies import service
from services.enrollment.contribution_policies.auth import PoliciesRead
from services.enrollment.contribution_policies.schemas import ContributionPolicy, ContributionPolicyList
from shared.db import SessionDep

router = APIRouter(prefix="/api/v1", tags=["contribution policy"])


@router.get(
    "/contribution-policies",
    response_model=ContributionPolicyList,
    summary="Contribution policy of every year",
)
async def list_policies(session: SessionDep, principal: PoliciesRead) -> ContributionPolicyList:
    rows = await service.list_policies(session)
    return ContributionPolicyList(
        items=[ContributionPolicy.model_validate(r, from_attributes=True) for r in rows]
    )


@router.get(
    "/contribution-policies/{year}",
    response_model=ContributionPolicy,
    summary="Contribution policy of one year",
)
async def get_policy(year: int, session: SessionDep, principal: PoliciesRead) -> ContributionPolicy:
    return ContributionPolicy.model_validate(await service.get(session, year), from_attributes=True)
