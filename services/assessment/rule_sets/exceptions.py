"""The errors of rule sets, each with its status and stable code (``docs/codes.md``)."""

from __future__ import annotations

from shared.errors import Conflict, NotFound, Unprocessable


class RuleSetInvalid(Unprocessable):
    """规则集无效: the document breaks the scale's rules (``errors`` lists each problem)."""

    code = "RULE_SET_INVALID"


class RuleSetExists(Conflict):
    """规则集版本已存在: a version is never changed once stored."""

    code = "RULE_SET_EXISTS"


class ScaleRuleSetNotFound(NotFound):
    """没有该版本的规则集: no scale rule set with this version."""

    code = "RULE_SET_NOT_FOUND"


class RuleSetPublished(Conflict):
    """规则集已发布: the version is published already."""

    code = "RULE_SET_PUBLISHED"


class NoRuleSetPublished(Conflict):
    """尚无已发布的规则集: nothing to assess under until a version is published."""

    code = "NO_RULE_SET_PUBLISHED"
