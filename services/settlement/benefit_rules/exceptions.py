"""The errors of benefit rules: each a class carrying its HTTP status (from its base) and its stable code."""

from __future__ import annotations

from shared.errors import Conflict, NotFound


class BenefitRuleSetNotFound(NotFound):
    """没有该版本的待遇标准: no benefit-rule version with this name."""

    code = "RULE_SET_NOT_FOUND"


class BenefitRuleSetExists(Conflict):
    """A benefit-rule version with this name exists already."""

    code = "RULE_SET_EXISTS"


class BenefitRuleSetDateTaken(Conflict):
    """Another benefit-rule version starts on the same date."""

    code = "RULE_SET_DATE_TAKEN"


class BenefitRuleSetPublished(Conflict):
    """该版本已发布: the version is published already; publishing is once, and a published version's rules
    are not changed (publish a new version)."""

    code = "RULE_SET_ALREADY_PUBLISHED"
