from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shared.errors import Unprocessable
from shared.money import fen_to_yuan, share_of, split_by_weights, yuan_to_fen


class TestMoneyInFen:
    @pytest.mark.parametrize(
        ("yuan", "fen"), [("100", 10_000), ("12.34", 1_234), ("0.01", 1), ("-5.5", -550)]
    )
    def test_yuan_strings_convert_exactly(self, yuan: str, fen: int) -> None:
        assert yuan_to_fen(yuan) == fen

    def test_fractions_of_a_fen_are_an_error_not_a_rounding(self) -> None:
        with pytest.raises(Unprocessable) as caught:
            yuan_to_fen("1.005")
        assert caught.value.code == "AMOUNT_PRECISION"

    @pytest.mark.parametrize(
        "junk", ["ten", "Infinity", "NaN", "sNaN", "1_000", "１２", "1e400", "", "1.", ".5"]
    )
    def test_anything_but_plain_decimal_yuan_is_an_error(self, junk: str) -> None:
        with pytest.raises(Unprocessable) as caught:
            yuan_to_fen(junk)
        assert caught.value.code == "AMOUNT_FORMAT"

    @given(st.integers(min_value=-(10**12), max_value=10**12))
    def test_formatting_round_trips(self, fen: int) -> None:
        assert yuan_to_fen(fen_to_yuan(fen)) == fen

    def test_half_of_one_hundred_yuan_is_fifty(self) -> None:
        assert share_of(10_000, 5_000) == 5_000
        assert share_of(1, 5_000) == 1  # half up

    @given(
        st.integers(min_value=0, max_value=10**12),
        st.lists(st.integers(min_value=0, max_value=10_000), min_size=1, max_size=20).filter(
            lambda w: sum(w) > 0
        ),
    )
    def test_a_split_never_loses_or_invents_a_fen(self, fen: int, weights: list[int]) -> None:
        parts = split_by_weights(fen, weights)
        assert sum(parts) == fen
        assert all(p >= 0 for p in parts)
        total = sum(weights)
        for part, weight in zip(parts, weights, strict=True):
            assert abs(part - fen * weight / total) < 1


def test_amounts_beyond_a_hundred_billion_yuan_are_refused() -> None:
    from pydantic import BaseModel, ValidationError

    from shared.money import MAX_FEN, PositiveFen

    class Payment(BaseModel):
        amount_fen: PositiveFen

    assert Payment(amount_fen=MAX_FEN).amount_fen == MAX_FEN
    with pytest.raises(ValidationError):
        Payment(amount_fen=MAX_FEN + 1)
    with pytest.raises(ValidationError):
        Payment.model_validate({"amount_fen": "100"})  # money is an integer, never a string or a float
