from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

CountyCode = Annotated[str, StringConstraints(pattern=r"^[0-9]{6}$")]
ClientRole = Literal[
    "admin",
    "bureau",
    "contractor",
    "institution",
    # the city's other departments and the third-party evaluator: read only, city-wide, no scope fields
    "finance",
    "civil_affairs",
    "health",
    "human_resources",
    "tax",
    "audit",
    "disabled_persons_federation",
    "insurance_regulator",
    "evaluator",
]
"""Every role but ``service`` (shared.principal.Role): the roles an API client may have."""


class ApiClientCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
    role: ClientRole
    county_codes: list[CountyCode] = Field(
        default_factory=list, description="required for a contractor: the counties it operates"
    )
    institution_id: Annotated[str, StringConstraints(min_length=1, max_length=64)] | None = Field(
        default=None, description="required for an institution: its own institution id"
    )
    contractor_id: uuid.UUID | None = Field(
        default=None,
        description="a contractor client: the contractor (oversight's id) it belongs to. Its counties must "
        "lie within that contractor's contracts in force, and once none covers them its writes are refused "
        "(`CONTRACT_NOT_IN_FORCE`) while reads stay open",
    )

    @model_validator(mode="after")
    def scope_fits_role(self) -> ApiClientCreate:
        if self.role == "contractor" and not self.county_codes:
            raise ValueError("a contractor client needs at least one county code")
        if self.role != "contractor" and self.county_codes:
            raise ValueError("only contractor clients are scoped to counties")
        if self.role == "institution" and not self.institution_id:
            raise ValueError("an institution client needs institution_id")
        if self.role != "institution" and self.institution_id:
            raise ValueError("only institution clients carry institution_id")
        if self.role != "contractor" and self.contractor_id is not None:
            raise ValueError("only contractor clients belong to a contractor")
        self.county_codes = sorted(set(self.county_codes))
        return self


class ApiClient(BaseModel):
    id: uuid.UUID
    name: str
    role: ClientRole
    county_codes: list[str]
    institution_id: str | None
    contractor_id: uuid.UUID | None = Field(
        description="the contractor a contractor client belongs to; null when it is not bound to one"
    )
    created_at: dt.datetime
    revoked_at: dt.datetime | None
    active_key_prefixes: list[str] = Field(description="prefixes of keys that still authenticate")


class IssuedKey(BaseModel):
    client: ApiClient
    key: str | None = Field(
        description="the API key; shown this once, only its digest is stored — null when the answer is an "
        "idempotent replay (header `Idempotent-Replayed: true`)"
    )
    key_prefix: str
    previous_keys_valid_until: dt.datetime | None = Field(
        default=None, description="on rotation: when the keys before this one stop working"
    )


class RotateRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    grace_seconds: int | None = Field(
        default=None, ge=0, le=30 * 24 * 3600, description="how long the old key keeps working"
    )


class ApiClientList(BaseModel):
    items: list[ApiClient]
    next_cursor: str | None = None
