"""Who may read the audit log."""

from __future__ import annotations

from typing import Annotated

from services.gateway.auth import authenticated
from shared.permissions import Role, capability, require
from shared.principal import Principal

AUDIT_READ = capability(
    "gateway.audit.read",
    "the append-only log of mutating calls",
    Role.ADMIN,
    Role.BUREAU,
    Role.AUDIT,
)
AuditRead = Annotated[Principal, require(AUDIT_READ, authenticated)]
