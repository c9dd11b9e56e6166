"""The errors of the policy calculation (测算) and the dry runs, each with its status and stable code."""

from __future__ import annotations

from shared.errors import Conflict, NotFound, Unprocessable


class ProjectionNotFound(NotFound):
    """没有该测算: no projection with this id."""

    code = "PROJECTION_NOT_FOUND"


class ProjectionNotFinished(Conflict):
    """测算尚未完成: a projection is compared once it has succeeded."""

    code = "PROJECTION_NOT_FINISHED"


class ProjectionRuleSetUnknown(Unprocessable):
    """测算引用的待遇标准版本不存在: ``rule_set_version`` names no benefit rule set."""

    code = "PROJECTION_RULE_SET_UNKNOWN"
