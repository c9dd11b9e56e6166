"""Who may import disability levels from the old system and read what was migrated."""

from __future__ import annotations

from typing import Annotated

from shared.permissions import Role, capability, require
from shared.principal import Principal

LEVELS_MIGRATE = capability(
    "assessment.levels.migrate",
    "import disability levels in force from the old system (one file for the whole city)",
    Role.BUREAU,
)
LevelsMigrate = Annotated[Principal, require(LEVELS_MIGRATE)]

LEVEL_IMPORTS_READ = capability(
    "assessment.levels.imports.read",
    "level imports with their row errors",
    Role.ADMIN,
    Role.BUREAU,
    Role.AUDIT,
)
LevelImportsRead = Annotated[Principal, require(LEVEL_IMPORTS_READ)]

MIGRATED_LEVELS_READ = capability(
    "assessment.levels.migrated.read",
    "the levels migrated from the old system, with their reference and import (a contractor: its counties')",
    Role.ADMIN,
    Role.BUREAU,
    Role.CONTRACTOR,
    Role.CIVIL_AFFAIRS,
    Role.HEALTH,
    Role.AUDIT,
    Role.DISABLED_PERSONS_FEDERATION,
)
MigratedLevelsRead = Annotated[Principal, require(MIGRATED_LEVELS_READ)]
