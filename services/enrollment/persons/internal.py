"""Persons and their coverage asked about in bulk by another service (``/internal/``, services only):
assessment's import of levels migrated from the old system names persons by platform id or ID number, a
thousand at a time, and needs each one's county and whether they are covered."""

from __future__ import annotations

from fastapi import APIRouter

from services.enrollment.persons import service
from services.enrollment.persons.auth import PERSONS_RESOLVE
from services.enrollment.persons.schemas import ResolveAnswer, ResolveRequest
from shared.db import ReadDep
from shared.permissions import require

router = APIRouter(
    prefix="/internal", tags=["internal"], include_in_schema=False, dependencies=[require(PERSONS_RESOLVE)]
)


@router.post("/persons:resolve", response_model=ResolveAnswer)
async def resolve(data: ResolveRequest, connection: ReadDep) -> ResolveAnswer:
    return ResolveAnswer(items=await service.resolve(connection, data.persons, data.on))
