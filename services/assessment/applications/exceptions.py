"""The errors of applications and their conclusions, each with its status and stable code
(``docs/codes.md``)."""

from __future__ import annotations

from shared.errors import Conflict, NotFound, ServiceUnavailable, Unprocessable


class ApplicationNotFound(NotFound):
    """没有该评估申请: no application with this id that the caller may see."""

    code = "APPLICATION_NOT_FOUND"


class AssessedPersonNotFound(NotFound):
    """没有该参保人: enrollment does not know the person, or the caller may not see them."""

    code = "PERSON_NOT_FOUND"


class ApplicationAlreadyOpen(Conflict):
    """已有未办结的申请: one open application per person at a time."""

    code = "APPLICATION_ALREADY_OPEN"


class ApplicationStepNotAllowed(Conflict):
    """当前状态不允许此操作: the step is not allowed in the application's status; the code names the status
    (``APPLICATION_IS_<STATUS>``, given when raised)."""


class ConclusionNotInForce(Conflict):
    """结论未生效: only a conclusion in force can be revoked; the code names its status
    (``CONCLUSION_IS_<STATUS>``, given when raised)."""


class EnrollmentUnavailable(ServiceUnavailable):
    """参保服务不可用: enrollment cannot say whether the person is covered; nothing was recorded."""

    code = "ENROLLMENT_UNAVAILABLE"


class SelfAssessmentInvalid(Unprocessable):
    """自评表不完整: the self-assessment (table B) is incomplete or names unknown activities."""

    code = "SELF_ASSESSMENT_INVALID"


class NotOnPanel(Conflict):
    """不是本轮评估专家: the expert is not on the current panel."""

    code = "NOT_ON_PANEL"


class ScoreItemsInvalid(Unprocessable):
    """评分项无效: the 17 items are incomplete or score points the scale does not allow."""

    code = "SCORE_ITEMS_INVALID"


class ScoreAlreadySubmitted(Conflict):
    """该专家本轮已评分: this expert has scored this round already."""

    code = "SCORE_ALREADY_SUBMITTED"


class NotEnoughConfirmingExperts(Unprocessable):
    """确认专家不足: a conclusion is confirmed by at least the rule set's number of panel experts."""

    code = "NOT_ENOUGH_CONFIRMING_EXPERTS"


class OverrideReasonRequired(Unprocessable):
    """变更等级须说明理由: a level other than the computed one needs a written reason."""

    code = "OVERRIDE_REASON_REQUIRED"


class PublicityNotEnded(Conflict):
    """公示期未满: the result is in publicity until the date named."""

    code = "PUBLICITY_NOT_ENDED"


class ObjectionNotAllowed(Conflict):
    """复评结论为终局: a re-assessment's result is final; no objection to it."""

    code = "OBJECTION_NOT_ALLOWED"


class ObjectionWindowClosed(Conflict):
    """异议期已过: the objection window closed on the date named."""

    code = "OBJECTION_WINDOW_CLOSED"


class EffectiveOnOutsideValidity(Unprocessable):
    """撤销日期不在有效期内: ``effective_on`` must lie within the conclusion's validity."""

    code = "EFFECTIVE_ON_OUTSIDE_VALIDITY"
