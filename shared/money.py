"""Money is an integer number of fen (分). Never a float, anywhere.

Helpers convert exact decimal yuan strings, format for people, and split an amount by shares without
losing or inventing a fen (largest remainder).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import Annotated

from pydantic import Field, StrictInt

from shared.errors import Unprocessable

FEN_PER_YUAN = 100
_AMOUNT = re.compile(r"^-?[0-9]{1,13}(\.[0-9]{1,2})?$", re.ASCII)
_PRECISE = re.compile(r"^-?[0-9]{1,13}\.[0-9]{3,}$", re.ASCII)

MAX_FEN = 10**12  # 100 亿元: beyond any single claim, cap, payment or subsidy; sums stay far from 2**63

Fen = Annotated[StrictInt, Field(ge=-MAX_FEN, le=MAX_FEN, description="amount in fen (1 yuan = 100 fen)")]
NonNegativeFen = Annotated[StrictInt, Field(ge=0, le=MAX_FEN, description="amount in fen, ≥ 0")]
PositiveFen = Annotated[StrictInt, Field(gt=0, le=MAX_FEN, description="amount in fen, > 0")]


def yuan_to_fen(yuan: str | int | Decimal) -> int:
    """``"100"`` → 10000, ``"12.34"`` → 1234. More than two decimals is an error, not a rounding."""
    text = str(yuan).strip()
    if _PRECISE.match(text):
        raise Unprocessable(f"{yuan!r} has fractions of a fen", code="AMOUNT_PRECISION")
    if not _AMOUNT.match(text):
        raise Unprocessable(f"{yuan!r} is not an amount in yuan", code="AMOUNT_FORMAT")
    return int(Decimal(text) * FEN_PER_YUAN)


def fen_to_yuan(fen: int) -> str:
    """10000 → ``"100.00"``; for display and CSV exports."""
    sign = "-" if fen < 0 else ""
    whole, part = divmod(abs(fen), FEN_PER_YUAN)
    return f"{sign}{whole}.{part:02d}"


def share_of(fen: int, basis_points: int) -> int:
    """``basis_points``/10000 of an amount, rounded half up to the fen."""
    return int((Decimal(fen) * basis_points / 10_000).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def split_by_weights(fen: int, weights: Sequence[int]) -> list[int]:
    """Split ``fen`` in proportion to ``weights``; the parts always add up to ``fen`` exactly."""
    if not weights or any(w < 0 for w in weights) or sum(weights) == 0:
        raise ValueError("weights must be non-negative with a positive sum")
    total = sum(weights)
    exact = [fen * w for w in weights]
    parts = [e // total for e in exact]
    remainder = fen - sum(parts)
    order = sorted(range(len(weights)), key=lambda i: (-(exact[i] % total), i))
    for i in order[:remainder]:
        parts[i] += 1
    return parts
