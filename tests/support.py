"""Valid identifiers for tests, made from the standards' own tables (independent of python-stdnum)."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_sequence = itertools.count(1)


def id_check_character(first17: str) -> str:
    """GB 11643-1999: ISO 7064 MOD 11-2."""
    return ID_CHECK[sum(int(d) * w for d, w in zip(first17, ID_WEIGHTS, strict=True)) % 11]


def uscc_check_character(first17: str) -> str:
    """GB 32100-2015: weighted sum over the 31-character alphabet, mod 31."""
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(first17, USCC_WEIGHTS, strict=True))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def id_number(
    birth: dt.date = dt.date(1950, 6, 1), *, address: str = "330302", sequence: int | None = None
) -> str:
    seq = next(_sequence) % 1000 if sequence is None else sequence
    first17 = f"{address}{birth:%Y%m%d}{seq:03d}"
    return first17 + id_check_character(first17)


def unique_id_number(birth: dt.date = dt.date(1950, 6, 1), address: str = "330302") -> str:
    """A valid number that differs from every other this process made (birth date varies too)."""
    n = next(_sequence)
    day = birth + dt.timedelta(days=n // 1000)
    first17 = f"{address}{day:%Y%m%d}{n % 1000:03d}"
    return first17 + id_check_character(first17)


def credit_code(body: str | None = None, region: str = "330302") -> str:
    middle = body or f"MA{next(_sequence):07d}"
    first17 = f"91{region}{middle}"
    return first17 + uscc_check_character(first17)


def resolved(document: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """A schema of the served OpenAPI document with its ``$ref`` followed (a problem response's schema is a
    shared component, ``services/gateway/openapi.py``'s ``share_problem_schemas``)."""
    while "$ref" in schema:
        schema = document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return schema
