"""The contribution policy of each year, as read (it is set and replaced by the contributions domain, whose
bills are made from it)."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from services.enrollment.contribution_policies import repository
from services.enrollment.contribution_policies.exceptions import PolicyNotFound
from services.enrollment.models import ContributionPolicy


async def list_policies(session: AsyncSession) -> list[ContributionPolicy]:
    return await repository.all_years(session)


async def get(session: AsyncSession, year: int, *, lock: bool = False) -> ContributionPolicy:
    """The year's policy (404 ``POLICY_NOT_FOUND``: none set for it)."""
    policy = await repository.get(session, year, lock=lock)
    if policy is None:
        raise PolicyNotFound(f"no contribution policy for {year}")
    return policy
