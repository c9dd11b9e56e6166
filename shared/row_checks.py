"""Checks of a bulk upload's rows, evaluated set-based in SQL.

Every check is evaluated once per row into an array of codes (NULL where the row passed it); a row failed
when any code is set, and its error lines come from unnesting that array beside the checks' fields and
messages — so only failed rows cost anything after the first pass. Each service writes the error lines
into its own table; this module makes the SQL pieces.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class RowCheck:
    """``code`` is SQL over the checked row: NULL when the row passes, the error code when it does not."""

    field: str
    code: str
    message: str

    @classmethod
    def when(cls, field: str, code: str, failed: str, message: str) -> RowCheck:
        """A check with one code, failing where the SQL condition ``failed`` is true (NULL passes)."""
        return cls(field, f"CASE WHEN {failed} THEN '{code}' END", message)


def codes_array(checks: Sequence[RowCheck]) -> str:
    """The row's codes, one per check, in the order of ``checks``."""
    return "ARRAY[" + ", ".join(f"({c.code})" for c in checks) + "]::text[]"


def failed(codes: str = "codes") -> str:
    """True when any check of the row failed."""
    return f"num_nonnulls(VARIADIC {codes}) > 0"


def unnest_codes(codes: str = "codes", alias: str = "x") -> str:
    """A FROM item: one row per check, ``{alias}(code, field, message, n)``; bind ``check_params``."""
    return (
        f"unnest({codes}, cast(:check_fields AS text[]), cast(:check_messages AS text[])) "
        f"WITH ORDINALITY AS {alias}(code, field, message, n)"
    )


def check_params(checks: Sequence[RowCheck]) -> dict[str, list[str]]:
    return {"check_fields": [c.field for c in checks], "check_messages": [c.message for c in checks]}
