"""Checks of a bulk upload's rows, evaluated set-based in SQL.

Every check is evaluated once per row into an array of codes (NULL where the row passed it); a row failed
when any code is set, and its error lines come from unnesting that array beside the checks' fields and
messages — so only failed rows cost anything after the first pass. Each service writes the error lines
into its own table; this module makes the SQL pieces.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from dataclasses import field as dataclass_field


@dataclass(frozen=True)
class RowCheck:
    """``code`` is SQL over the checked row: NULL when the row passes, the error code when it does not.

    ``message`` says what the field needs; ``messages`` says, per code, what was wrong — worded as the
    single-call API words the same fault (take the template from where that call takes it). A template may
    name ``{value}`` (the field's value), ``{length}`` (its length), ``{birth_digits}`` (its characters
    7–14, of an ID number) and ``{existing_id}`` (the row's ``existing_id``); :func:`message_sql` fills them.
    """

    field: str
    code: str
    message: str
    messages: Mapping[str, str] = dataclass_field(default_factory=dict)

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


def check_params(checks: Sequence[RowCheck]) -> dict[str, list[str] | str]:
    """Bind for :func:`unnest_codes` and :func:`message_sql`."""
    by_code = {f"{c.field}/{code}": text for c in checks for code, text in c.messages.items()}
    return {
        "check_fields": [c.field for c in checks],
        "check_messages": [c.message for c in checks],
        "code_messages": json.dumps(by_code, ensure_ascii=False),
    }


def message_sql(row: str, alias: str = "x") -> str:
    """The message of a failed check of the row ``row`` (a table alias; one of :func:`unnest_codes`'s rows
    ``alias``): the code's own template filled from the row, else the check's message."""
    value = f"(to_jsonb({row}) ->> {alias}.field)"
    template = (
        f"coalesce(cast(:code_messages AS jsonb) ->> ({alias}.field || '/' || {alias}.code), {alias}.message)"
    )
    filled = template
    for name, sql in (
        ("value", f"coalesce({value}, '')"),
        ("length", f"coalesce(length({value}), 0)::text"),
        ("birth_digits", f"coalesce(substr({value}, 7, 8), '')"),
        ("existing_id", f"coalesce(to_jsonb({row}) ->> 'existing_id', '')"),
    ):
        filled = f"replace({filled}, '{{{name}}}', {sql})"
    return filled
