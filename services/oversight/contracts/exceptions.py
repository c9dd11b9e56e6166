"""What contracts answer when they refuse: each a status and a stable code."""

from __future__ import annotations

from shared.errors import Conflict, NotFound, Unprocessable


class ContractNotFound(NotFound):
    code = "CONTRACT_NOT_FOUND"


class ContractorUnknown(Unprocessable):
    """The body names a contractor the register does not have."""

    code = "CONTRACTOR_UNKNOWN"


class ContractStepNotAllowed(Conflict):
    """The step is not allowed in the contract's current status; the code names the status
    (``CONTRACT_IS_<STATUS>``, given when raised)."""


class ContractCountiesTaken(Conflict):
    """Another contract in force (or suspended) covers one of the lot's counties for an overlapping period."""

    code = "CONTRACT_COUNTIES_TAKEN"


class ContractNotFiled(Conflict):
    """A contract comes into force once filed with finance (合同报同级财政部门备案)."""

    code = "CONTRACT_NOT_FILED"


class ContractNotEnded(Conflict):
    """A contract expires once its period is over."""

    code = "CONTRACT_NOT_ENDED"


class ContractReasonRequired(Unprocessable):
    """Suspending or terminating a contract needs a reason."""

    code = "CONTRACT_REASON_REQUIRED"


class AcceptanceOutsideContract(Unprocessable):
    """An accepted period lies within the contract's period."""

    code = "ACCEPTANCE_OUTSIDE_CONTRACT"


class AcceptancePeriodTaken(Conflict):
    """A period of the contract is accepted once: this one overlaps one accepted before."""

    code = "ACCEPTANCE_PERIOD_TAKEN"


class EvaluationUnknown(Unprocessable):
    """The acceptance cites an evaluation there is none of."""

    code = "EVALUATION_UNKNOWN"


class EvaluationNotFinal(Conflict):
    """A cited evaluation is final (published, its objections decided)."""

    code = "EVALUATION_NOT_FINAL"


class EvaluationNotOfPeriod(Unprocessable):
    """A cited evaluation is of this contract and of the accepted period."""

    code = "EVALUATION_NOT_OF_PERIOD"


class WithholdingMismatch(Unprocessable):
    """With a final evaluation cited, the withholdings add up to the fee at risk × (1 − fee release)."""

    code = "ACCEPTANCE_WITHHOLDING_MISMATCH"


class ContractorBanned(Conflict):
    """A credit record (信用记录) decided on a case about the contractor is in force on the day the contract
    would come into force: S001 "三年之内不得参与政府购买服务". ``banned_until`` names its last day."""

    code = "CONTRACTOR_BANNED"
