from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Contribution")


@_attrs_define
class Contribution:
    """The contribution per insured person and year and its split, for one county or city-wide.

    Attributes:
        county_code (None | str | Unset): left out: city-wide (every county without a row of its own)
        employer_fen (int | Unset): amount in fen, ≥ 0 Default: 0.
        individual_fen (int | Unset): amount in fen, ≥ 0 Default: 0.
        fiscal_subsidy_fen (int | Unset): amount in fen, ≥ 0 Default: 0.
    """

    county_code: None | str | Unset = UNSET
    employer_fen: int | Unset = 0
    individual_fen: int | Unset = 0
    fiscal_subsidy_fen: int | Unset = 0

    def to_dict(self) -> dict[str, Any]:
        county_code: None | str | Unset
        if isinstance(self.county_code, Unset):
            county_code = UNSET
        else:
            county_code = self.county_code

        employer_fen = self.employer_fen

        individual_fen = self.individual_fen

        fiscal_subsidy_fen = self.fiscal_subsidy_fen

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if county_code is not UNSET:
            field_dict["county_code"] = county_code
        if employer_fen is not UNSET:
            field_dict["employer_fen"] = employer_fen
        if individual_fen is not UNSET:
            field_dict["individual_fen"] = individual_fen
        if fiscal_subsidy_fen is not UNSET:
            field_dict["fiscal_subsidy_fen"] = fiscal_subsidy_fen

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_county_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        county_code = _parse_county_code(d.pop("county_code", UNSET))

        employer_fen = d.pop("employer_fen", UNSET)

        individual_fen = d.pop("individual_fen", UNSET)

        fiscal_subsidy_fen = d.pop("fiscal_subsidy_fen", UNSET)

        contribution = cls(
            county_code=county_code,
            employer_fen=employer_fen,
            individual_fen=individual_fen,
            fiscal_subsidy_fen=fiscal_subsidy_fen,
        )

        return contribution
