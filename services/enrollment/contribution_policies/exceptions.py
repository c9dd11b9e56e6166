"""The errors of the contribution policy of a year."""

from __future__ import annotations

from shared.errors import NotFound


class PolicyNotFound(NotFound):
    """没有该年度的缴费政策: no contribution policy for the year."""

    code = "POLICY_NOT_FOUND"
