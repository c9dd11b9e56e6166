"""Who may read enrollment's KPIs: other services only (oversight's evaluations)."""

from __future__ import annotations

from typing import Annotated

from shared.permissions import Role, capability, require
from shared.principal import Principal

KPIS_READ = capability(
    "enrollment.kpis.read",
    "enrollment's raw indicators over counties and a period (/internal/kpis)",
    Role.SERVICE,
)
KpisRead = Annotated[Principal, require(KPIS_READ)]
