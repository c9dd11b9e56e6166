from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from services.gateway.api_clients.schemas import ClientRole, CountyCode

Username = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^[a-z0-9][a-z0-9._-]{2,63}$")]
Password = Annotated[str, StringConstraints(min_length=1, max_length=128)]


class StaffCreate(BaseModel):
    """A person's account: a role and a scope exactly like an API client's (``ApiClientCreate``)."""

    model_config = ConfigDict(extra="forbid")

    username: Username = Field(description="lower-case letters, digits, `.`, `_`, `-`; 3–64 characters")
    display_name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]
    role: ClientRole
    county_codes: list[CountyCode] = Field(default_factory=list, description="required for a contractor")
    institution_id: Annotated[str, StringConstraints(min_length=1, max_length=64)] | None = Field(
        default=None, description="required for an institution: its own institution id"
    )
    contractor_id: uuid.UUID | None = Field(
        default=None, description="a contractor's staff: the contractor (oversight's id) it works for"
    )
    staff_admin: bool = Field(
        default=False, description="a contractor's staff administrator: manages the contractor's staff"
    )
    password: Password = Field(
        description="the first password: at least 12 characters, of at least two kinds (letters, digits, "
        "other), not containing the username (422 `PASSWORD_TOO_WEAK`)"
    )

    @model_validator(mode="after")
    def scope_fits_role(self) -> StaffCreate:
        if self.role == "contractor" and not self.county_codes:
            raise ValueError("a contractor's staff needs at least one county code")
        if self.role != "contractor" and self.county_codes:
            raise ValueError("only a contractor's staff is scoped to counties")
        if self.role == "institution" and not self.institution_id:
            raise ValueError("an institution's staff needs institution_id")
        if self.role != "institution" and self.institution_id:
            raise ValueError("only an institution's staff carries institution_id")
        if self.role != "contractor" and (self.contractor_id is not None or self.staff_admin):
            raise ValueError("only a contractor's staff belongs to a contractor or administers its staff")
        self.county_codes = sorted(set(self.county_codes))
        return self


class Staff(BaseModel):
    id: uuid.UUID
    username: str
    display_name: str
    role: ClientRole
    county_codes: list[str]
    institution_id: str | None
    contractor_id: uuid.UUID | None
    staff_admin: bool
    second_factor: bool = Field(description="a TOTP second factor is enrolled")
    locked_until: dt.datetime | None = Field(description="locked after repeated failed sign-ins until then")
    created_at: dt.datetime
    created_by: str
    disabled_at: dt.datetime | None


class StaffList(BaseModel):
    items: list[Staff]
    next_cursor: str | None = None


class PasswordSet(BaseModel):
    model_config = ConfigDict(extra="forbid")

    password: Password = Field(description="the new password (the same rules); clears a lockout")


class SecondFactorEnrolment(BaseModel):
    staff: Staff
    secret: str = Field(description="the TOTP secret (base32), shown this once")
    provisioning_uri: str = Field(description="`otpauth://` URI for an authenticator app (a QR code)")


class SessionsRevoked(BaseModel):
    staff_id: uuid.UUID
    revoked: int = Field(description="sessions signed out")
