"""Who may open, investigate, state, decide and read cases, and read or change the rules of supervision;
the one object-scope predicate of an institution's supervision objects (cases, visits, complaints)."""

from __future__ import annotations

from typing import Annotated

from sqlalchemy import ColumnElement, and_, false, true
from sqlalchemy.orm import InstrumentedAttribute

from shared.permissions import Role, capability, require
from shared.principal import Principal

CASES_READ = capability(
    "oversight.cases.read",
    "cases of suspected violations with evidence, statements, decision, sanctions and recovery orders "
    "(a contractor: its counties'; an institution: its own)",
    Role.ADMIN,
    Role.BUREAU,
    Role.CONTRACTOR,
    Role.INSTITUTION,
    Role.AUDIT,  # reads what the bureau reads
    Role.FINANCE,  # 财政: money recovered to the fund
)
CasesRead = Annotated[Principal, require(CASES_READ)]

CASES_WRITE = capability(
    "oversight.cases.write",
    "open a case on an institution, add evidence, start the investigation, close it",
    Role.BUREAU,
    Role.CONTRACTOR,  # in its counties, on the bureau's behalf
)
CasesWrite = Annotated[Principal, require(CASES_WRITE)]

CASES_STATE = capability(
    "oversight.cases.state",
    "the institution's statement (陈述申辩) on its own case",
    Role.INSTITUTION,
)
CasesState = Annotated[Principal, require(CASES_STATE)]

CASES_DECIDE = capability(
    "oversight.cases.decide",
    "decide a case: sanctions (warning, rectification, suspension, termination, credit record, referral) and "
    "money ordered recovered (追回); lift a sanction",
    Role.BUREAU,
)
CasesDecide = Annotated[Principal, require(CASES_DECIDE)]

RULES_READ = capability(
    "oversight.rules.read",
    "the rules of supervision (deadlines, ban periods), each version flagged confirmed or not, with its "
    "source",
    Role.ADMIN,
    Role.BUREAU,
    Role.CONTRACTOR,
    Role.INSTITUTION,
    Role.AUDIT,
)
RulesRead = Annotated[Principal, require(RULES_READ)]

RULES_WRITE = capability(
    "oversight.rules.write",
    "set a rule of supervision (a new version)",
    Role.BUREAU,
)
RulesWrite = Annotated[Principal, require(RULES_WRITE)]


def sees_institution_object(
    principal: Principal,
    county: InstrumentedAttribute[str],
    institution: InstrumentedAttribute[str] | InstrumentedAttribute[str | None],
) -> ColumnElement[bool]:
    """A case, visit or complaint about an institution: a contractor sees those of its counties, an
    institution its own, the city-wide roles all."""
    if principal.role is Role.INSTITUTION:
        return false() if principal.institution_id is None else institution == principal.institution_id
    if principal.role is Role.CONTRACTOR:
        return principal.in_counties(county)
    return true()


def sees_case(
    principal: Principal,
    subject: InstrumentedAttribute[str],
    county: InstrumentedAttribute[str],
    institution: InstrumentedAttribute[str | None],
) -> ColumnElement[bool]:
    """A case about an institution as :func:`sees_institution_object`; a case about a contractor
    (商保经办机构) is the city-wide roles' only: a contractor's client carries counties, not the
    contractor it may be, and the supervised does not read the supervision of itself or of a competitor in
    its counties."""
    about_institution = sees_institution_object(principal, county, institution)
    if principal.role is Role.CONTRACTOR:
        return and_(about_institution, subject == "institution")
    return about_institution


def may_name_contracts(principal: Principal) -> bool:
    """Who may open a case on a contractor: the bureau (a contractor client may not; to it every contract is
    unknown here)."""
    return principal.role is Role.BUREAU
