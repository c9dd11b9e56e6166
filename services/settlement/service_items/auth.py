"""Who keeps the catalogue of service items and who reads it."""

from __future__ import annotations

from typing import Annotated

from shared.permissions import Role, capability, require
from shared.principal import Principal

# Institutions read the catalogue they claim by; health (卫健) and 人社 share S003 §二(六)'s duty for the
# service standards and the caregivers who perform them.
SERVICE_ITEMS_READ = capability(
    "settlement.service_items.read",
    "the catalogue of service items (护理服务项目目录): its versions and items",
    Role.ADMIN,
    Role.BUREAU,
    Role.CONTRACTOR,
    Role.INSTITUTION,
    Role.FINANCE,
    Role.HEALTH,
    Role.HUMAN_RESOURCES,
    Role.AUDIT,
)
ServiceItemsRead = Annotated[Principal, require(SERVICE_ITEMS_READ)]

SERVICE_ITEMS_WRITE = capability(
    "settlement.service_items.write",
    "draft and publish versions of the catalogue of service items",
    Role.BUREAU,
)
ServiceItemsWrite = Annotated[Principal, require(SERVICE_ITEMS_WRITE)]
