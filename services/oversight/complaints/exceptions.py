"""What complaints answer when they refuse."""

from __future__ import annotations

from shared.errors import Conflict, NotFound, Unprocessable


class ComplaintNotFound(NotFound):
    code = "COMPLAINT_NOT_FOUND"


class ComplaintStepNotAllowed(Conflict):
    """The step is not allowed in the complaint's status: ``COMPLAINT_IS_<STATUS>``, given when raised."""


class ComplaintNotOverdue(Conflict):
    """督办 presses a complaint whose current step is past its deadline."""

    code = "COMPLAINT_NOT_OVERDUE"


class AssigneeNotCovering(Unprocessable):
    """A complaint is assigned to a contractor holding a contract in force over its county."""

    code = "ASSIGNEE_NOT_COVERING"
