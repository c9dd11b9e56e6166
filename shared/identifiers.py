"""Resident ID numbers (GB 11643-1999) and unified social credit codes (GB 32100-2015).

The checks themselves are ``python-stdnum``'s (``stdnum.cn.ric``, ``stdnum.cn.uscc``); this module maps their
outcomes to our stable error codes, gives the facts carried in an ID number (birth date, sex), masks numbers
for lists and logs, and offers Pydantic types so a bad number is a 422 naming the field and the code.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated

from pydantic import AfterValidator, BeforeValidator
from pydantic_core import PydanticCustomError
from stdnum import exceptions as stdnum_errors
from stdnum.cn import ric, uscc

from shared import dates
from shared.errors import FieldError, Unprocessable

ID_NUMBER_LENGTH = 18
CREDIT_CODE_LENGTH = 18
_ID_SHAPE = re.compile(r"^\d{17}[\dX]$")
_ID_IN_TEXT = re.compile(r"(?<![0-9A-Za-z])(\d{4})\d{10}(\d{3}[\dXx])(?![0-9A-Za-z])")


# How each fault of an ID number is worded, for a single call and a file's row alike (the imports render the
# same templates in SQL, ``shared.row_checks``): ``{length}`` the number's length, ``{birth_digits}`` its
# characters 7–14.
ID_NUMBER_MESSAGES: dict[str, str] = {
    "ID_NUMBER_LENGTH": "an ID number has 18 characters, this one has {length}",
    "ID_NUMBER_FORMAT": "17 digits followed by a digit or X expected",
    "ID_NUMBER_CHECKSUM": "the check character does not match the first 17 digits",
    "ID_NUMBER_BIRTH_DATE": "{birth_digits} is not a possible birth date",
}


def id_number_message(code: str, number: str) -> str:
    return ID_NUMBER_MESSAGES[code].format(length=len(number), birth_digits=number[6:14])


class Sex(StrEnum):
    MALE = "male"
    FEMALE = "female"


@dataclass(frozen=True, slots=True)
class ResidentId:
    number: str
    birth_date: dt.date
    sex: Sex

    @property
    def masked(self) -> str:
        return mask_id_number(self.number)


class IdentifierError(Unprocessable):
    """A malformed identifier; ``code`` says which rule it broke."""

    def __init__(self, code: str, message: str, field: str) -> None:
        super().__init__(message, code=code, errors=[FieldError(field=field, code=code, message=message)])
        self.message = message


def normalize_id_number(value: str) -> str:
    return value.strip().upper()


def parse_id_number(value: str, field: str = "id_number") -> ResidentId:
    """Validate an 18-character resident ID number; lower-case ``x`` is accepted as ``X``.

    The check character and the birth date are checked with ``stdnum.cn.ric``; the address code is not
    checked against today's divisions, because numbers keep the code of the place and time of birth.

    Codes: ``ID_NUMBER_LENGTH``, ``ID_NUMBER_FORMAT``, ``ID_NUMBER_BIRTH_DATE``, ``ID_NUMBER_CHECKSUM``.
    """
    number = normalize_id_number(value)

    def message(code: str) -> str:
        return id_number_message(code, number)

    # each code spelled at its raise, so the code catalogue's scan (shared/codescan.py) sees it
    if len(number) != ID_NUMBER_LENGTH:
        raise IdentifierError("ID_NUMBER_LENGTH", message("ID_NUMBER_LENGTH"), field)
    if not _ID_SHAPE.match(number):
        raise IdentifierError("ID_NUMBER_FORMAT", message("ID_NUMBER_FORMAT"), field)
    if number[-1] != ric.calc_check_digit(number):
        raise IdentifierError("ID_NUMBER_CHECKSUM", message("ID_NUMBER_CHECKSUM"), field)
    try:
        birth = ric.get_birth_date(number)
    except stdnum_errors.ValidationError:
        raise IdentifierError("ID_NUMBER_BIRTH_DATE", message("ID_NUMBER_BIRTH_DATE"), field) from None
    if birth > dates.today():  # not possible either: a birth date in the future
        raise IdentifierError("ID_NUMBER_BIRTH_DATE", message("ID_NUMBER_BIRTH_DATE"), field)
    sex = Sex.MALE if int(number[16]) % 2 == 1 else Sex.FEMALE
    return ResidentId(number=number, birth_date=birth, sex=sex)


def parse_credit_code(value: str, field: str = "credit_code") -> str:
    """Validate an 18-character unified social credit code.

    Codes: ``CREDIT_CODE_LENGTH``, ``CREDIT_CODE_FORMAT``, ``CREDIT_CODE_CHECKSUM``.
    """
    code = value.strip().upper()
    if len(code) != CREDIT_CODE_LENGTH:
        raise IdentifierError(
            "CREDIT_CODE_LENGTH", f"a credit code has 18 characters, this one has {len(code)}", field
        )
    try:
        uscc.validate(code)
    except stdnum_errors.InvalidChecksum:
        raise IdentifierError(
            "CREDIT_CODE_CHECKSUM", "the check character does not match the first 17 characters", field
        ) from None
    except stdnum_errors.ValidationError:
        raise IdentifierError(
            "CREDIT_CODE_FORMAT", "not a unified social credit code (GB 32100-2015)", field
        ) from None
    return code


def mask_id_number(number: str) -> str:
    """``330302194503150013`` → ``3303**********0013``: enough to recognise, not enough to misuse."""
    if len(number) != ID_NUMBER_LENGTH:
        return "*" * len(number)
    return f"{number[:4]}{'*' * 10}{number[-4:]}"


def mask_id_numbers_in_text(text: str) -> str:
    """Mask every ID-number-shaped token in free text (log lines, query strings)."""
    return _ID_IN_TEXT.sub(lambda m: f"{m.group(1)}{'*' * 10}{m.group(2)}", text)


def _pydantic_id_number(value: str) -> str:
    try:
        return parse_id_number(value).number
    except IdentifierError as exc:
        raise PydanticCustomError(exc.code, exc.message) from None


def _pydantic_credit_code(value: str) -> str:
    try:
        return parse_credit_code(value)
    except IdentifierError as exc:
        raise PydanticCustomError(exc.code, exc.message) from None


def _require_str(value: object) -> object:
    return value.strip() if isinstance(value, str) else value


IdNumber = Annotated[str, BeforeValidator(_require_str), AfterValidator(_pydantic_id_number)]
CreditCode = Annotated[str, BeforeValidator(_require_str), AfterValidator(_pydantic_credit_code)]
