from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy import select

from services.enrollment import models
from services.enrollment.contribution_policies.auth import PoliciesRead
from services.enrollment.contribution_policies.schemas import ContributionPolicy, ContributionPolicyList
from shared.db import SessionDep
from shared.errors import NotFound

router = APIRouter(prefix="/api/v1/contribution-policies", tags=["contribution policy"])


@router.get("", response_model=ContributionPolicyList, summary="Contribution policy of every year")
async def list_policies(session: SessionDep, principal: PoliciesRead) -> ContributionPolicyList:
    rows = (
        await session.scalars(select(models.ContributionPolicy).order_by(models.ContributionPolicy.year))
    ).all()
    return ContributionPolicyList(
        items=[ContributionPolicy.model_validate(r, from_attributes=True) for r in rows]
    )


@router.get("/{year}", response_model=ContributionPolicy, summary="Contribution policy of one year")
async def get_policy(year: int, session: SessionDep, principal: PoliciesRead) -> ContributionPolicy:
    row = await session.get(models.ContributionPolicy, year)
    if row is None:
        raise NotFound(f"no contribution policy for {year}", code="POLICY_NOT_FOUND")
    return ContributionPolicy.model_validate(row, from_attributes=True)
