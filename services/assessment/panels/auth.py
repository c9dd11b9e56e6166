"""Who may draw assessment panels and read the draws."""

from __future__ import annotations

from typing import Annotated

from shared.permissions import Role, capability, require
from shared.principal import Principal

PANELS_READ = capability(
    "assessment.panels.read",
    "panel draws: seed, candidates, exclusions",
    Role.ADMIN,
    Role.BUREAU,
    Role.CONTRACTOR,
    Role.AUDIT,
)
PanelsRead = Annotated[Principal, require(PANELS_READ)]

PANELS_DRAW = capability(
    "assessment.panels.draw",
    "draw or re-draw an application's panel",
    Role.CONTRACTOR,
)
PanelsDraw = Annotated[Principal, require(PANELS_DRAW)]
