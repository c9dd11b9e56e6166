"""Persons and their coverage asked about in bulk by another service (``/internal/``, services only):
assessment's import of levels migrated from the old system names persons by platform id or ID number, a
thousand at a time, and needs each one's county and whether they are covered."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field

from services.enrollment.persons import repository, service
from services.enrollment.persons.auth import PERSONS_RESOLVE
from shared.db import ReadDep
from shared.errors import NotFound
from shared.identifiers import normalize_id_number
from shared.permissions import require
from shared.principal import service_principal

MAX_PERSONS = 1000

router = APIRouter(tags=["internal"], include_in_schema=False, dependencies=[require(PERSONS_RESOLVE)])


class ResolveRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    on: dt.date
    persons: Annotated[list[str], Field(max_length=MAX_PERSONS)]


class Resolved(BaseModel):
    person: str = Field(description="as asked: a platform person id or an ID number")
    person_id: uuid.UUID | None = None
    county_code: str | None = None
    covered: bool = False
    reason: str | None = Field(None, description="PERSON_NOT_FOUND, or why not covered on the date")


class ResolveAnswer(BaseModel):
    items: list[Resolved]


@router.post("/internal/persons:resolve", response_model=ResolveAnswer)
async def resolve(data: ResolveRequest, connection: ReadDep) -> ResolveAnswer:
    asking = service_principal("enrollment")
    out = []
    for key in data.persons:
        person_id = _uuid(key)
        if person_id is None:
            person_id = await repository.id_of(connection, normalize_id_number(key))
        if person_id is None:
            out.append(Resolved(person=key, reason="PERSON_NOT_FOUND"))
            continue
        try:
            answer = await service.coverage(connection, asking, person_id, data.on)
        except NotFound:
            out.append(Resolved(person=key, reason="PERSON_NOT_FOUND"))
            continue
        out.append(
            Resolved(
                person=key,
                person_id=person_id,
                county_code=answer.county_code,
                covered=answer.covered,
                reason=answer.reason,
            )
        )
    return ResolveAnswer(items=out)


def _uuid(key: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(key)
    except ValueError:
        return None
