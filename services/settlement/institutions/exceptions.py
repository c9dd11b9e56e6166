"""The errors of institutions: each a class carrying its HTTP status (from its base) and its stable code."""

from __future__ import annotations

from shared.errors import Conflict, NotFound, Unprocessable


class InstitutionNotFound(NotFound):
    """没有该定点护理服务机构: no care institution with this id that the caller may see."""

    code = "INSTITUTION_NOT_FOUND"


class InstitutionExists(Conflict):
    """An institution with this id exists already."""

    code = "INSTITUTION_EXISTS"


class InstitutionTerminated(Conflict):
    """A terminated agreement (协议) cannot be suspended or reinstated."""

    code = "INSTITUTION_TERMINATED"


class AgreementDatesOutOfOrder(Unprocessable):
    """``agreement_to`` is before ``agreement_from``."""

    code = "AGREEMENT_DATES"


class SuspensionDatesInvalid(Unprocessable):
    """A suspension needs ``suspended_from`` (and an end after it, if any)."""

    code = "SUSPENSION_DATES"


class TerminationNoticeMissing(Unprocessable):
    """A termination needs ``termination_notice_on``."""

    code = "TERMINATION_NOTICE"


class CaregiverExists(Conflict):
    """A caregiver (护理人员) with this code is registered at the institution already."""

    code = "CAREGIVER_EXISTS"


class QualificationDatesOutOfOrder(Unprocessable):
    """``qualified_until`` is before ``qualified_from``."""

    code = "QUALIFICATION_DATES"


class ClientHomePersonMismatch(Unprocessable):
    """``person_id`` in the body differs from the one in the path."""

    code = "PERSON_MISMATCH"


class CaregiverNotFound(NotFound):
    """No caregiver with this id at the institution."""

    code = "CAREGIVER_NOT_FOUND"


class LicenceNumberRequired(Unprocessable):
    """A licensed physician, licensed nurse or rehabilitation therapist cares on a licence: its number is
    required."""

    code = "LICENCE_NUMBER_REQUIRED"
