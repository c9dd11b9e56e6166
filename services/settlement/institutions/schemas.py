from __future__ import annotations

import datetime as dt
import uuid
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from services.settlement.bounds import Day
from services.settlement.models.base import CareMode
from services.settlement.models.institutions import CaregiverCategory
from shared.identifiers import IdNumber
from shared.patch import PatchModel

InstitutionKind = Literal["elderly_care", "medical", "home_care"]
OPAQUE_CODE = r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"


class InstitutionCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=OPAQUE_CODE, description="the institution's opaque code", examples=["WZ-LC-0001"])
    name: str = Field(min_length=1, max_length=200)
    county_code: str = Field(pattern=r"^[0-9]{6}$")
    kind: InstitutionKind
    beds: int = Field(default=0, ge=0, le=1_000_000)
    care_modes: list[CareMode] = Field(min_length=1, max_length=4)
    agreement_from: dt.date
    agreement_to: dt.date

    @model_validator(mode="after")
    def agreement_dates(self) -> InstitutionCreate:
        if self.agreement_to < self.agreement_from:
            raise ValueError("agreement_to is before agreement_from")
        return self


class InstitutionUpdate(PatchModel):
    """Every field optional; ``status`` moves the agreement: suspend (with dates), reinstate, or give
    notice of termination (the agreement ends three months after the notice). ``null`` clears a suspension or
    notice date, as long as the agreement's status does not need it."""

    clearable = frozenset({"suspended_from", "suspended_until", "termination_notice_on"})

    name: str | None = Field(default=None, min_length=1, max_length=200)
    beds: int | None = Field(default=None, ge=0, le=1_000_000)
    care_modes: list[CareMode] | None = Field(default=None, min_length=1, max_length=4)
    agreement_to: dt.date | None = None
    status: Literal["active", "suspended", "terminated"] | None = None
    suspended_from: Day | None = None
    suspended_until: Day | None = None
    termination_notice_on: Day | None = None

    @model_validator(mode="after")
    def suspension_dates(self) -> InstitutionUpdate:
        if self.suspended_from and self.suspended_until and self.suspended_until < self.suspended_from:
            raise ValueError("suspended_until is before suspended_from")
        return self


class Institution(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    name: str
    county_code: str
    kind: str
    beds: int
    care_modes: list[str]
    agreement_from: dt.date
    agreement_to: dt.date
    status: str
    suspended_from: dt.date | None
    suspended_until: dt.date | None
    termination_notice_on: dt.date | None
    terminated_on: dt.date | None


class InstitutionList(BaseModel):
    items: list[Institution]
    next_cursor: str | None = None


CATEGORY_DOC = (
    "who may care (S003 §二(六)): licensed_physician 执业医师, licensed_nurse 执业护士, "
    "rehabilitation_therapist 康复治疗师 (each with `licence_number`: cares on the licence), "
    "trained_care_worker (其他从业人员: needs a valid training certificate on the service date, "
    "matched on `id_number`), family_caregiver (家属护理: needs one when "
    "the rule set's `family_caregivers_need_training` says so). Default trained_care_worker."
)
LICENCE = Field(
    default=None,
    min_length=1,
    max_length=64,
    description="执业证书编号; required for the three licensed categories",
)


class CaregiverCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    code: str = Field(pattern=OPAQUE_CODE, description="the institution's staff code for this caregiver")
    real_name: str = Field(min_length=1, max_length=100)
    qualification: str = Field(min_length=1, max_length=200, examples=["养老护理员 四级"])
    qualified_from: dt.date
    qualified_until: dt.date
    category: CaregiverCategory = Field(
        default=CaregiverCategory.TRAINED_CARE_WORKER, description=CATEGORY_DOC
    )
    licence_number: str | None = LICENCE
    id_number: IdNumber | None = Field(
        default=None,
        description="居民身份证号, to match training certificates (a care worker without one is cut)",
    )


class CaregiverUpdate(PatchModel):
    """Complete or correct a caregiver: category, licence, ID number, qualification. ``null`` clears the
    licence number (refused while the category is a licensed one) and the ID number."""

    clearable = frozenset({"licence_number", "id_number"})

    real_name: str | None = Field(default=None, min_length=1, max_length=100)
    qualification: str | None = Field(default=None, min_length=1, max_length=200)
    qualified_from: dt.date | None = None
    qualified_until: dt.date | None = None
    category: CaregiverCategory | None = Field(default=None, description=CATEGORY_DOC)
    licence_number: str | None = LICENCE
    id_number: IdNumber | None = None


class Caregiver(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    institution_id: str
    code: str
    real_name: str
    qualification: str
    qualified_from: dt.date
    qualified_until: dt.date
    category: CaregiverCategory
    licence_number: str | None
    id_number: str | None = Field(
        description="whole on one caregiver's answer to the institution, its contractor and the bureau; "
        "masked in lists and to every other role"
    )


class CaregiverList(BaseModel):
    items: list[Caregiver]
    next_cursor: str | None = None


class ClientHome(BaseModel):
    """Where a client served at home lives, for the check-in distance check."""

    model_config = ConfigDict(extra="forbid", from_attributes=True)

    person_id: uuid.UUID
    latitude: float = Field(ge=-90, le=90)
    longitude: float = Field(ge=-180, le=180)
