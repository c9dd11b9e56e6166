"""The errors of insured persons: each a class carrying its status and stable code (``docs/codes.md``)."""

from __future__ import annotations

from shared.errors import Conflict, NotFound, Unprocessable


class InsuredPersonNotFound(NotFound):
    """没有该参保人: no insured person with this id or ID number that the caller may see."""

    code = "PERSON_NOT_FOUND"


class PersonExists(Conflict):
    """该身份证号已参保: the ID number is enrolled already (``existing_id`` names the person)."""

    code = "PERSON_EXISTS"


class PersonExistsElsewhere(Conflict):
    """该身份证号已在其他统筹区参保: enrolled in a county the caller does not serve."""

    code = "PERSON_EXISTS_ELSEWHERE"


class DateInFuture(Unprocessable):
    """日期晚于今天: an enrolment or payment date after today (Asia/Shanghai)."""

    code = "DATE_IN_FUTURE"


class DateTooFar(Unprocessable):
    """日期超过一年以后: a status change or transfer more than a year ahead."""

    code = "DATE_TOO_FAR"


class EmployerRequired(Unprocessable):
    """在职职工须有用人单位: an employee is enrolled with an employer."""

    code = "EMPLOYER_REQUIRED"


class EmployerUnknown(Unprocessable):
    """用人单位未登记: the employer named by credit code is not registered."""

    code = "EMPLOYER_UNKNOWN"


class PersonDeceased(Conflict):
    """参保人已死亡: nothing follows a death."""

    code = "PERSON_DECEASED"


class StatusDateBeforeLast(Conflict):
    """变更日期早于上次变更: a status change cannot predate the last one (``last_effective_on``)."""

    code = "STATUS_DATE_BEFORE_LAST"


class StatusUnchanged(Conflict):
    """状态未变: the person has this status already."""

    code = "STATUS_UNCHANGED"


class CountyUnchanged(Conflict):
    """统筹区未变: the person belongs to the county already."""

    code = "COUNTY_UNCHANGED"


class TransferDateBeforeLast(Conflict):
    """转移日期早于参保或上次转移: a transfer before enrolment or the last transfer (``earliest``)."""

    code = "TRANSFER_DATE_BEFORE_LAST"
