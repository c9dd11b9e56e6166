"""Resident ID numbers and credit codes, checked against independent implementations of the standards."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

from shared.identifiers import (
    CreditCode,
    IdentifierError,
    IdNumber,
    Sex,
    mask_id_number,
    mask_id_numbers_in_text,
    parse_credit_code,
    parse_id_number,
)
from tests.support import ID_CHECK, USCC_ALPHABET, id_check_character, uscc_check_character


@st.composite
def valid_id_numbers(draw: st.DrawFn) -> str:
    address = draw(st.sampled_from(["330302", "330321", "330381", "110105", "330327"]))
    birth = draw(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2024, 12, 31)))
    sequence = draw(st.integers(min_value=0, max_value=999))
    first17 = f"{address}{birth:%Y%m%d}{sequence:03d}"
    return first17 + id_check_character(first17)


@st.composite
def valid_credit_codes(draw: st.DrawFn) -> str:
    registry = draw(st.sampled_from(["11", "12", "51", "91", "92", "93"]))
    region = draw(st.sampled_from(["330302", "330381", "110105"]))
    body = draw(st.text(alphabet="0123456789ABCDEFGHJKLMNPQRTUWXY", min_size=9, max_size=9))
    first17 = registry + region + body
    return first17 + uscc_check_character(first17)


class TestResidentIdNumber:
    def test_accepts_the_examples_of_the_domain(self) -> None:
        assert parse_id_number("11010519491231002X").birth_date == dt.date(1949, 12, 31)
        person = parse_id_number("330302194503150013")
        assert person.birth_date == dt.date(1945, 3, 15)
        assert person.sex is Sex.MALE

    @given(valid_id_numbers())
    def test_every_valid_number_is_accepted_with_its_birth_date_and_sex(self, number: str) -> None:
        person = parse_id_number(number)
        assert person.number == number
        assert person.birth_date == dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
        assert person.sex is (Sex.MALE if int(number[16]) % 2 else Sex.FEMALE)

    @given(valid_id_numbers(), st.sampled_from(ID_CHECK))
    def test_a_wrong_check_character_is_refused(self, number: str, other: str) -> None:
        if other == number[-1]:
            return
        with pytest.raises(IdentifierError) as caught:
            parse_id_number(number[:-1] + other)
        assert caught.value.code == "ID_NUMBER_CHECKSUM"

    @given(valid_id_numbers(), st.integers(min_value=0, max_value=16), st.integers(min_value=1, max_value=9))
    def test_a_changed_digit_is_never_accepted_silently(self, number: str, position: int, delta: int) -> None:
        digit = (int(number[position]) + delta) % 10
        corrupted = number[:position] + str(digit) + number[position + 1 :]
        with pytest.raises(IdentifierError) as caught:
            parse_id_number(corrupted)
        assert caught.value.code in {"ID_NUMBER_CHECKSUM", "ID_NUMBER_BIRTH_DATE"}

    def test_lower_case_x_is_normalised(self) -> None:
        assert parse_id_number("11010519491231002x").number == "11010519491231002X"

    @pytest.mark.parametrize("birth", ["19490230", "19491301", "20230229", "00000000"])
    def test_an_impossible_birth_date_is_refused(self, birth: str) -> None:
        first17 = f"330302{birth}001"
        with pytest.raises(IdentifierError) as caught:
            parse_id_number(first17 + id_check_character(first17))
        assert caught.value.code == "ID_NUMBER_BIRTH_DATE"

    def test_a_birth_date_in_the_future_is_refused(self) -> None:
        first17 = "330302" + f"{dt.date.today().year + 1}0101" + "001"
        with pytest.raises(IdentifierError) as caught:
            parse_id_number(first17 + id_check_character(first17))
        assert caught.value.code == "ID_NUMBER_BIRTH_DATE"

    @pytest.mark.parametrize(
        ("value", "code"),
        [
            ("33030219450315001", "ID_NUMBER_LENGTH"),
            ("330302450315001", "ID_NUMBER_LENGTH"),
            ("3303021945031500X3", "ID_NUMBER_FORMAT"),
            ("33030219450315A013", "ID_NUMBER_FORMAT"),
        ],
    )
    def test_malformed_numbers_name_the_rule_they_break(self, value: str, code: str) -> None:
        with pytest.raises(IdentifierError) as caught:
            parse_id_number(value)
        assert caught.value.code == code
        assert caught.value.errors
        assert caught.value.errors[0].field == "id_number"

    def test_masking_keeps_four_characters_at_each_end(self) -> None:
        assert mask_id_number("330302194503150013") == "3303**********0013"
        line = "lookup id_number=330302194503150013 and 11010519491231002x done"
        assert (
            mask_id_numbers_in_text(line) == "lookup id_number=3303**********0013 and 1101**********002x done"
        )

    def test_pydantic_field_reports_the_code(self) -> None:
        class Person(BaseModel):
            id_number: IdNumber

        assert Person(id_number=" 11010519491231002x ").id_number == "11010519491231002X"
        with pytest.raises(ValidationError) as caught:
            Person(id_number="330302194503150014")
        assert caught.value.errors()[0]["type"] == "ID_NUMBER_CHECKSUM"


class TestUnifiedSocialCreditCode:
    def test_accepts_a_real_shaped_code(self) -> None:
        first17 = "91330302MA2A00000"
        code = first17 + uscc_check_character(first17)
        assert parse_credit_code(code.lower()) == code

    @given(valid_credit_codes())
    def test_every_valid_code_is_accepted(self, code: str) -> None:
        assert parse_credit_code(code) == code

    @given(valid_credit_codes(), st.sampled_from(USCC_ALPHABET))
    def test_a_wrong_check_character_is_refused(self, code: str, other: str) -> None:
        if other == code[-1]:
            return
        with pytest.raises(IdentifierError) as caught:
            parse_credit_code(code[:-1] + other)
        assert caught.value.code == "CREDIT_CODE_CHECKSUM"

    @pytest.mark.parametrize(
        ("value", "code"),
        [("91330302MA2A0000", "CREDIT_CODE_LENGTH"), ("91330302MA2A0000I0", "CREDIT_CODE_FORMAT")],
    )
    def test_malformed_codes_name_the_rule_they_break(self, value: str, code: str) -> None:
        with pytest.raises(IdentifierError) as caught:
            parse_credit_code(value)
        assert caught.value.code == code

    def test_pydantic_field_reports_the_code(self) -> None:
        class Employer(BaseModel):
            credit_code: CreditCode

        first17 = "91330302MA2A00000"
        bad = first17 + USCC_ALPHABET[(USCC_ALPHABET.index(uscc_check_character(first17)) + 1) % 31]
        with pytest.raises(ValidationError) as caught:
            Employer(credit_code=bad)
        assert caught.value.errors()[0]["type"] == "CREDIT_CODE_CHECKSUM"


def test_log_lines_mask_id_numbers_even_when_encoded_or_nested() -> None:
    from shared.logging import _mask_personal_data

    number = "330302194503150013"
    event = {
        "path": f"/api/v1/persons:lookup?id_number=11010519491231002X%2C{number}",
        "nested": {"ids": [number, "plain"]},
        "event": f"lookup for {number}",
    }
    masked = _mask_personal_data(None, "info", event)
    assert number not in str(masked)
    assert "11010519491231002X" not in str(masked)
    assert masked["nested"]["ids"][1] == "plain"
