"""What evaluation schemes answer when they refuse: each a status and a stable code."""

from __future__ import annotations

from shared.errors import Conflict, NotFound


class SchemeNotFound(NotFound):
    code = "SCHEME_NOT_FOUND"


class SchemeApproved(Conflict):
    """An approved version never changes: a change is a new version (``POST /evaluation-schemes``)."""

    code = "SCHEME_APPROVED"
