"""What inspections answer when they refuse."""

from __future__ import annotations

from shared.errors import Conflict, NotFound, Unprocessable


class InspectionPlanNotFound(NotFound):
    code = "INSPECTION_PLAN_NOT_FOUND"


class InspectionNotFound(NotFound):
    code = "INSPECTION_NOT_FOUND"


class InspectionPlanUnknown(Unprocessable):
    """The visit names a plan that does not exist, is out of scope, or does not list the institution."""

    code = "INSPECTION_PLAN_UNKNOWN"


class VisitOutsidePlan(Unprocessable):
    """The visit's day lies outside its plan's period."""

    code = "VISIT_OUTSIDE_PLAN"


class RectificationNotPending(Conflict):
    """Only a visit whose rectification is pending is followed up (once)."""

    code = "RECTIFICATION_NOT_PENDING"
