"""Who reads the quarterly bulletin (数据通报) and who keeps its targets.

S003 publishes the bulletin to the counties ("做好季度工作调度，加强数据通报"): the bureau and the
agencies whose duty is the fund (finance) or its audit read all of it; a contractor, the county's
agent, reads its counties' rows with their rank among the 13 and the city's totals, never another
county's figures."""

from __future__ import annotations

from typing import Annotated

from shared.permissions import Role, capability, require
from shared.principal import Principal

BULLETINS_READ = capability(
    "settlement.bulletins.read",
    "the quarterly data bulletin (数据通报) per county and city with the counties' ranking, and its targets "
    "(a contractor: its counties' rows and rank, the city's totals)",
    Role.ADMIN,
    Role.BUREAU,
    Role.CONTRACTOR,
    Role.FINANCE,
    Role.AUDIT,
)
BulletinsRead = Annotated[Principal, require(BULLETINS_READ)]

BULLETIN_TARGETS_WRITE = capability(
    "settlement.bulletin_targets.write",
    "a new version of a bulletin target (the city's insured target, annex 1 item 6's institutions per "
    "county) with its reason, flagged confirmed or not",
    Role.BUREAU,
)
BulletinTargetsWrite = Annotated[Principal, require(BULLETIN_TARGETS_WRITE)]
