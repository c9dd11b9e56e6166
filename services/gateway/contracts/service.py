"""The rule of contract-bound contractor clients (S003 §二(七), issue 15): "A contractor's API clients belong
to the contractor; their counties must lie within a contract in force. After a contract ends, writes are
refused with a stable code and reads stay open for the handover."

The gateway learns contracts from oversight's feed (:mod:`services.gateway.contracts.consumer`). A client is
bound when an admin creates it with ``contractor_id``; a contractor client created without one (before this
rule, or by a deployment that does not bind yet) is not judged by it — ``GET /api-clients`` shows which.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Collection

from sqlalchemy.ext.asyncio import AsyncSession

from services.gateway.contracts import repository
from services.gateway.contracts.exceptions import ContractCountiesNotCovered
from shared.dates import today


async def uncovered_counties(
    session: AsyncSession, contractor_id: uuid.UUID, counties: Collection[str], on: dt.date | None = None
) -> list[str]:
    """The counties of ``counties`` that no contract of the contractor in force on ``on`` covers."""
    covered = await repository.in_force_counties(session, contractor_id, on or today())
    return sorted(set(counties) - covered)


async def check_binding(session: AsyncSession, contractor_id: uuid.UUID, counties: Collection[str]) -> None:
    """A new client of the contractor may only cover counties of its contracts in force today."""
    outside = await uncovered_counties(session, contractor_id, counties)
    if outside:
        raise ContractCountiesNotCovered(
            "the contractor has no contract in force over "
            + ", ".join(outside)
            + " (as oversight announced its contracts to the gateway)",
            counties=outside,
        )
