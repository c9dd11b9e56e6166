"""Who may keep and read the files of supervision: those who may write or read their parent (a visit, a case),
in the parent's scope; an institution reads the files of its own visits and, of its own cases, only the
files of its statements (陈述申辩), which only it uploads."""

from __future__ import annotations

from sqlalchemy import ColumnElement, true

from services.oversight.models import FilePurpose, SupervisionFile
from shared.principal import Principal, Role


def sees_case_file(principal: Principal) -> ColumnElement[bool]:
    """Of a case it may read: an institution its statements' files, every other reader all."""
    if principal.role is Role.INSTITUTION:
        return SupervisionFile.purpose == FilePurpose.STATEMENT.value
    return true()
