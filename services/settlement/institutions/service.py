"""Contracted institutions, their agreements and status, caregivers and clients' homes. An institution
registered or changed is announced on settlement's feed (``contracts.settlement``), whole, in the same
transaction."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from contracts.settlement import InstitutionChanged
from services.settlement import models
from services.settlement.institutions import repository, schemas
from services.settlement.institutions.auth import acts_for_one_institution
from services.settlement.institutions.exceptions import (
    AgreementDatesOutOfOrder,
    CaregiverExists,
    CaregiverNotFound,
    ClientHomePersonMismatch,
    InstitutionExists,
    InstitutionTerminated,
    LicenceNumberRequired,
    QualificationDatesOutOfOrder,
    SuspensionDatesInvalid,
    TerminationNoticeMissing,
)
from services.settlement.models import LICENSED_CATEGORIES, InstitutionStatus, outbox
from services.settlement.reference.units import require_county
from shared import dates
from shared.errors import FieldError
from shared.pagination import PageParams
from shared.principal import Principal

NOTICE_MONTHS = 3


def add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


async def create(
    session: AsyncSession, principal: Principal, data: schemas.InstitutionCreate
) -> models.Institution:
    await require_county(session, principal, data.county_code, "body.county_code")
    if await repository.get_institution(session, data.id) is not None:
        raise InstitutionExists(f"institution {data.id} exists already")
    institution = models.Institution(**data.model_dump(), status=InstitutionStatus.ACTIVE)
    session.add(institution)
    await session.flush()
    outbox.publish(session, institution_changed(institution), aggregate_id=institution.id)
    return institution


async def update(
    session: AsyncSession, institution: models.Institution, data: schemas.InstitutionUpdate
) -> models.Institution:
    changes = data.model_dump(exclude_unset=True)
    status = changes.pop("status", None)
    for field, value in changes.items():
        setattr(institution, field, value)
    if institution.agreement_to < institution.agreement_from:
        raise AgreementDatesOutOfOrder("agreement_to is before agreement_from")
    if status == InstitutionStatus.SUSPENDED:
        if institution.status == InstitutionStatus.TERMINATED:
            raise InstitutionTerminated("a terminated agreement cannot be suspended")
        if data.suspended_from is None:
            raise SuspensionDatesInvalid("a suspension needs suspended_from")
        institution.status = InstitutionStatus.SUSPENDED
    elif status == InstitutionStatus.ACTIVE:
        if institution.status == InstitutionStatus.TERMINATED:
            raise InstitutionTerminated("a terminated agreement cannot be reinstated")
        institution.status = InstitutionStatus.ACTIVE
        if institution.suspended_from is not None and institution.suspended_until is None:
            institution.suspended_until = dates.today()
    elif status == InstitutionStatus.TERMINATED:
        notice = data.termination_notice_on or institution.termination_notice_on
        if notice is None:
            raise TerminationNoticeMissing("termination needs termination_notice_on")
        institution.status = InstitutionStatus.TERMINATED
        institution.termination_notice_on = notice
        institution.terminated_on = add_months(notice, NOTICE_MONTHS)
        institution.agreement_to = min(
            institution.agreement_to, institution.terminated_on - dt.timedelta(days=1)
        )
    _check_dates(institution)
    if session.is_modified(institution):
        outbox.publish(session, institution_changed(institution), aggregate_id=institution.id)
    await session.flush()
    return institution


def institution_changed(institution: models.Institution) -> InstitutionChanged:
    return InstitutionChanged(
        institution_id=institution.id,
        name=institution.name,
        county_code=institution.county_code,
        kind=institution.kind,
        care_modes=institution.care_modes,
        beds=institution.beds,
        status=institution.status,
        agreement_from=institution.agreement_from,
        agreement_to=institution.agreement_to,
        suspended_from=institution.suspended_from,
        suspended_until=institution.suspended_until,
        termination_notice_on=institution.termination_notice_on,
        terminated_on=institution.terminated_on,
    )


def _check_dates(institution: models.Institution) -> None:
    """What the agreement's status needs after a change (a date cleared with null included)."""
    if institution.status == InstitutionStatus.SUSPENDED and institution.suspended_from is None:
        raise SuspensionDatesInvalid(
            "a suspended agreement keeps its suspended_from",
            errors=[
                FieldError(field="body.suspended_from", code="REQUIRED", message="the suspension's start")
            ],
        )
    if (
        institution.suspended_from is not None
        and institution.suspended_until is not None
        and institution.suspended_until < institution.suspended_from
    ):
        raise SuspensionDatesInvalid("suspended_until is before suspended_from")
    if institution.status == InstitutionStatus.TERMINATED and institution.termination_notice_on is None:
        raise TerminationNoticeMissing(
            "a terminated agreement keeps its termination_notice_on",
            errors=[
                FieldError(field="body.termination_notice_on", code="REQUIRED", message="the notice date")
            ],
        )


async def list_institutions(
    session: AsyncSession, principal: Principal, params: PageParams
) -> tuple[list[models.Institution], str | None]:
    own_only = acts_for_one_institution(principal)
    return await repository.institutions_page(session, principal, params, own_only=own_only)


async def add_caregiver(
    session: AsyncSession, institution: models.Institution, data: schemas.CaregiverCreate
) -> models.Caregiver:
    if data.qualified_until < data.qualified_from:
        raise QualificationDatesOutOfOrder("qualified_until is before qualified_from")
    _check_licence(data.category, data.licence_number)
    if await repository.caregiver_registered(session, institution.id, data.code):
        raise CaregiverExists(f"caregiver {data.code} is registered already")
    caregiver = models.Caregiver(institution_id=institution.id, **data.model_dump())
    session.add(caregiver)
    await session.flush()
    return caregiver


def _check_licence(category: str, licence_number: str | None) -> None:
    """The three licensed categories care on their licence (S003 §二(六)): its number is required."""
    if category in LICENSED_CATEGORIES and licence_number is None:
        raise LicenceNumberRequired(
            f"a {category} cares on a licence: send licence_number",
            errors=[
                FieldError(
                    field="body.licence_number",
                    code="REQUIRED",
                    message=f"the licence number (执业证书编号) of a {category}",
                )
            ],
        )


async def get_caregiver(
    session: AsyncSession, institution: models.Institution, caregiver_id: uuid.UUID, *, lock: bool = False
) -> models.Caregiver:
    caregiver = await repository.get_caregiver(session, institution.id, caregiver_id, lock=lock)
    if caregiver is None:
        raise CaregiverNotFound(f"no caregiver {caregiver_id} at institution {institution.id}")
    return caregiver


async def update_caregiver(
    session: AsyncSession,
    institution: models.Institution,
    caregiver_id: uuid.UUID,
    data: schemas.CaregiverUpdate,
) -> models.Caregiver:
    """Complete or correct a caregiver (a migrated one gets its licence and ID number here). Records
    already checked keep their results until their month is checked again."""
    caregiver = await get_caregiver(session, institution, caregiver_id, lock=True)
    for field, value in data.model_dump(exclude_unset=True).items():
        setattr(caregiver, field, value)
    if caregiver.qualified_until < caregiver.qualified_from:
        raise QualificationDatesOutOfOrder("qualified_until is before qualified_from")
    _check_licence(caregiver.category, caregiver.licence_number)
    await session.flush()
    return caregiver


async def list_caregivers(
    session: AsyncSession, institution: models.Institution, params: PageParams
) -> tuple[list[models.Caregiver], str | None]:
    return await repository.caregivers_page(session, institution.id, params)


async def set_client_home(
    session: AsyncSession, institution: models.Institution, person_id: uuid.UUID, data: schemas.ClientHome
) -> schemas.ClientHome:
    if data.person_id != person_id:
        raise ClientHomePersonMismatch("person_id in the body differs from the path")
    await repository.upsert_client_home(
        session, institution.id, data.person_id, data.latitude, data.longitude
    )
    return data
