"""What cases, sanctions and the rules answer when they refuse: each a status and a stable code."""

from __future__ import annotations

from shared.errors import Conflict, NotFound, Unprocessable


class CaseNotFound(NotFound):
    code = "CASE_NOT_FOUND"


class SanctionNotFound(NotFound):
    code = "SANCTION_NOT_FOUND"


class RuleNotFound(NotFound):
    code = "OVERSIGHT_RULE_NOT_FOUND"


class InstitutionUnknown(Unprocessable):
    """The body names an institution oversight does not know (settlement has not announced it) or one
    outside the caller's counties."""

    code = "INSTITUTION_UNKNOWN"


class CaseContractUnknown(Unprocessable):
    """A case on a contractor names a contract that does not exist, or the caller may not name one (only the
    bureau opens cases on contractors)."""

    code = "CASE_CONTRACT_UNKNOWN"


class RecoveryNotForContractor(Unprocessable):
    """A decision on a contractor's case orders money recovered: recovery is from institutions."""

    code = "RECOVERY_NOT_FOR_CONTRACTOR"


class CaseSourceUnknown(Unprocessable):
    """The case's source names an inspection or complaint that does not exist, is out of scope, or concerns
    another institution."""

    code = "CASE_SOURCE_UNKNOWN"


class CaseStepNotAllowed(Conflict):
    """The step is not allowed in the case's status: ``CASE_IS_<STATUS>``, given when raised."""


class SanctionLifted(Conflict):
    code = "SANCTION_LIFTED"


class SanctionLiftBeforeEffect(Unprocessable):
    code = "SANCTION_LIFT_BEFORE_EFFECT"
