"""Who may manage API clients and their keys: the platform's administrators."""

from __future__ import annotations

from typing import Annotated

from services.gateway.auth import authenticated
from shared.permissions import Role, capability, require
from shared.principal import Principal

API_CLIENTS_MANAGE = capability(
    "gateway.api_clients.manage",
    "create, read, rotate and revoke API clients and their keys",
    Role.ADMIN,
)
ApiClientsManage = Annotated[Principal, require(API_CLIENTS_MANAGE, authenticated)]
