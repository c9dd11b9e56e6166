"""The oversight service's feed: the life of each service contract (服务合同) between the bureau and a
contractor (商保经办机构).

No consumer reads it yet; the gateway (a contractor client's counties within a contract in force) and
settlement (the contractor's fee) are meant to.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Any, ClassVar, Literal

from pydantic import Field

from contracts.base import EventPayload, FeedContract

County = Annotated[str, Field(pattern=r"^\d{6}$", description="an accounting county (one of the 13 units)")]
ContractStatus = Literal["draft", "in_force", "suspended", "expired", "terminated"]


class ContractChanged(EventPayload):
    """A contract was created, changed while a draft, or moved to another status (``status``, with the
    ``previous_status`` and the ``reason``). The payload is the contract's state after the change."""

    event_type: ClassVar[str] = "contract.changed"
    aggregate_type: ClassVar[str] = "contract"
    example: ClassVar[dict[str, Any]] = {
        "contract_id": "0194f3c0-0000-7000-8000-000000000001",
        "contractor_id": "0194f3c1-0000-7000-8000-000000000001",
        "contractor_credit_code": "91330300MA2XXXXX0X",
        "lot": "第一标段",
        "county_codes": ["330302", "330303", "330304"],
        "starts_on": "2026-07-01",
        "ends_on": "2029-06-30",
        "status": "in_force",
        "previous_status": "draft",
        "effective_on": "2026-07-01",
        "reason": None,
    }

    contract_id: uuid.UUID
    contractor_id: uuid.UUID
    contractor_credit_code: str
    lot: str = Field(description="the lot (标段) the contract was awarded for")
    county_codes: list[County] = Field(description="the lot's counties")
    starts_on: dt.date
    ends_on: dt.date
    status: ContractStatus
    previous_status: ContractStatus | None = Field(description="null when the contract was created")
    effective_on: dt.date = Field(description="the day the status holds from")
    reason: str | None = Field(description="why it was suspended, terminated…; null when none is needed")


FEED = FeedContract(producer="oversight", consumers={}, events=[ContractChanged], description=__doc__ or "")
