"""One demo API client per operating role, and one read-only department (finance), for a local run. Keys are
kept in ``.ltc/demo-credentials.json`` and reused while they still authenticate, so ``make run`` twice in a
row prints the same keys. The contractor client is bound to the demo world's contractor once the world has
put its contract in force (``bind_contractor_client``), as every contractor client should be."""

from __future__ import annotations

import uuid
from collections.abc import Mapping

from sqlalchemy.ext.asyncio import AsyncSession

from services.gateway.api_clients import repository, service
from services.gateway.api_clients.schemas import ApiClientCreate
from services.gateway.contracts import repository as contracts_repository
from services.gateway.contracts import service as contracts
from services.gateway.models import ApiClient

DEMO_CONTRACTOR_COUNTIES = ["330302", "330381"]  # 鹿城区, 瑞安市
DEMO_INSTITUTION_ID = "DEMO-INST-0001"

DEMO_CLIENTS: dict[str, ApiClientCreate] = {
    "admin": ApiClientCreate(name="demo-admin", role="admin"),
    "bureau": ApiClientCreate(name="demo-bureau", role="bureau"),
    "contractor": ApiClientCreate(
        name="demo-contractor", role="contractor", county_codes=DEMO_CONTRACTOR_COUNTIES
    ),
    "institution": ApiClientCreate(
        name="demo-institution", role="institution", institution_id=DEMO_INSTITUTION_ID
    ),
    # one of the read-only departments (财政): the fund's views, the ledger, runs and clearings, no person
    "finance": ApiClientCreate(name="demo-finance", role="finance"),
}


async def ensure_demo_clients(
    session: AsyncSession, known_keys: Mapping[str, str], known_counties: set[str]
) -> dict[str, str]:
    """Create the demo clients that are missing; give a fresh key to any whose known key no longer works."""
    keys: dict[str, str] = {}
    for role, spec in DEMO_CLIENTS.items():
        client = await repository.get_client_by_name(session, spec.name)
        old = known_keys.get(role)
        if client is not None and old is not None:
            found = await service.authenticate(session, old)
            if found is not None and found[0].client_id == str(client.id):
                keys[role] = old
                continue
        if client is None:
            issued = await service.create_client(session, spec, known_counties)
        elif client.revoked_at is not None:
            client.name = f"{spec.name}-revoked-{client.id.hex[:8]}"
            await session.flush()
            issued = await service.create_client(session, spec, known_counties)
        else:
            issued = await service.rotate(session, client.id, grace_seconds=0)
        assert issued.key is not None, "a freshly issued key is always present"
        keys[role] = issued.key
    return keys


async def bind_contractor_client(session: AsyncSession, key: str, contractor_id: uuid.UUID) -> bool:
    """Bind the contractor client holding ``key`` to the contractor (the demo world's, once oversight has
    announced its contract in force over the client's counties to the gateway): its writes are then judged
    by the contract (``CONTRACT_NOT_IN_FORCE`` once it ends). True when it was bound now; 422
    ``CONTRACT_COUNTIES_NOT_COVERED`` when no contract in force covers its counties."""
    found = await service.authenticate(session, key)
    if found is None:
        raise LookupError("the demo contractor's key does not authenticate")
    client = await session.get(ApiClient, uuid.UUID(found[0].client_id))
    if client is None or client.role != "contractor":
        raise LookupError("the demo contractor's key is not a contractor client's")
    if client.contractor_id == contractor_id:
        return False
    await contracts.check_binding(session, contractor_id, client.county_codes)
    client.contractor_id = contractor_id
    await session.flush()
    await contracts_repository.announce_contractor_change(session, contractor_id)
    return True
