"""SQL of the contracts the gateway mirrors from oversight's ``contract.changed``."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession

from contracts.oversight import ContractChanged
from services.gateway.api_clients.repository import CHANGES_CHANNEL
from services.gateway.models import Contract

IN_FORCE = "in_force"


async def mirror(session: AsyncSession, seq: int, p: ContractChanged) -> None:
    """The contract's whole state; an event older than the one the row came from changes nothing."""
    values = {
        "contract_id": p.contract_id,
        "contractor_id": p.contractor_id,
        "lot": p.lot,
        "county_codes": list(p.county_codes),
        "starts_on": p.starts_on,
        "ends_on": p.ends_on,
        "status": p.status,
        "effective_on": p.effective_on,
        "seq": seq,
    }
    stmt = pg_insert(Contract).values(values)
    await session.execute(
        stmt.on_conflict_do_update(
            index_elements=[Contract.contract_id],
            set_={k: stmt.excluded[k] for k in values if k != "contract_id"},
            where=Contract.seq < stmt.excluded.seq,
        )
    )


async def in_force_counties(session: AsyncSession, contractor_id: uuid.UUID, on: dt.date) -> set[str]:
    """The counties of the contractor's contracts in force on ``on`` (status in force and within the
    period: a contract past its end date counts as ended even before oversight marks it expired)."""
    rows = await session.scalars(
        text(
            "SELECT DISTINCT unnest(county_codes) FROM gateway.contracts"
            " WHERE contractor_id = :contractor_id AND status = :in_force"
            " AND starts_on <= :on AND ends_on >= :on"
        ),
        {"contractor_id": contractor_id, "in_force": IN_FORCE, "on": on},
    )
    return set(rows.all())


async def announce_contractor_change(session: AsyncSession, contractor_id: uuid.UUID) -> None:
    """Every gateway process drops the cached keys of the contractor's clients once this commits."""
    await session.execute(
        text(
            "SELECT count(pg_notify(:channel, id::text)) FROM gateway.api_clients"
            " WHERE contractor_id = :contractor_id"
        ),
        {"channel": CHANGES_CHANNEL, "contractor_id": contractor_id},
    )
