"""The errors of bills, payments and the writing of a year's policy. A payment dated after today is the
persons' ``DateInFuture`` (``DATE_IN_FUTURE``: one code for an enrolment's date and a payment's); a year
without a policy on its own path is ``contribution_policies``' ``PolicyNotFound``."""

from __future__ import annotations

from shared.errors import Conflict, NotFound, Unprocessable


class PolicyExists(Conflict):
    """该年度缴费政策已存在: the year's policy exists; replace it with PUT."""

    code = "POLICY_EXISTS"


class PolicyInUse(Conflict):
    """已按该政策生成账单: bills of the year were made from the policy; its billing fields can no longer
    change."""

    code = "POLICY_IN_USE"


class PolicyDatesOutsideYear(Unprocessable):
    """政策日期不在该年度内: ``effective_from`` and ``due_on`` fall in the policy's year."""

    code = "POLICY_DATES_OUTSIDE_YEAR"


class PolicyMissing(Unprocessable):
    """生成账单前须有该年度缴费政策: a bill run needs the year's policy first."""

    code = "POLICY_MISSING"


class BillNotFound(NotFound):
    """没有该账单: no bill by this id (or ID number and year) in the caller's counties."""

    code = "BILL_NOT_FOUND"


class ChannelNotAllowed(Unprocessable):
    """缴费渠道不允许: a channel the year's policy does not allow for the payer (``allowed_channels``)."""

    code = "CHANNEL_NOT_ALLOWED"


class PaymentRefConflict(Conflict):
    """缴费流水号已被另一笔缴费使用: the reference was recorded for another payment (``payment_id`` when the
    caller may see it)."""

    code = "PAYMENT_REF_CONFLICT"


class FamilyPayerIsPerson(Unprocessable):
    """家庭共济须由他人账户缴纳: a family-account payment comes from another person's account."""

    code = "FAMILY_PAYER_IS_PERSON"
