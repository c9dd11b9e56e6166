"""The errors of fund budgets, each with its status and stable code (``docs/codes.md``)."""

from __future__ import annotations

from shared.errors import Conflict, NotFound, Unprocessable


class BudgetNotFound(NotFound):
    """没有该预算: no budget with this id that you may see."""

    code = "BUDGET_NOT_FOUND"


class BudgetInTheWorks(Conflict):
    """已有在编预算: the county's budget for the year already has a version drafted or submitted
    (``budget_id`` names it); change that one."""

    code = "BUDGET_IN_THE_WORKS"


class BudgetNotDraft(Conflict):
    """预算已提交或已批准: only a draft's lines and assumptions change."""

    code = "BUDGET_NOT_DRAFT"


class BudgetTransitionNotAllowed(Conflict):
    """预算状态不可如此变更: draft → submitted → approved, or submitted back to draft; nothing else."""

    code = "BUDGET_TRANSITION_NOT_ALLOWED"


class BudgetAdjustmentReason(Unprocessable):
    """预算调整须说明理由: a version after an approved one is an adjustment (预算调整), with its reason."""

    code = "BUDGET_ADJUSTMENT_REASON_REQUIRED"


class BudgetApprovalReference(Unprocessable):
    """批准须有财政批复文号: an approval records the finance department's approval reference."""

    code = "BUDGET_APPROVAL_REFERENCE_REQUIRED"
