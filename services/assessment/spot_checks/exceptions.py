"""The errors of spot checks, each with its status and stable code (``docs/codes.md``)."""

from __future__ import annotations

from shared.errors import Conflict, NotFound


class NothingToCheck(Conflict):
    """没有可抽查的结论: no conclusion in force to spot-check in the scope asked."""

    code = "NOTHING_TO_CHECK"


class SpotCheckNotFound(NotFound):
    """没有该抽查: no spot check with this id that the caller may see."""

    code = "SPOT_CHECK_NOT_FOUND"
