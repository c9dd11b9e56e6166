from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.evaluation_create_subject_kind import EvaluationCreateSubjectKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="EvaluationCreate")


@_attrs_define
class EvaluationCreate:
    """
    Attributes:
        scheme_id (UUID): an approved scheme version
        subject_kind (EvaluationCreateSubjectKind):
        period_from (datetime.date):
        period_to (datetime.date):
        subject_id (None | str | Unset): settlement's institution code or the expert's id; a contractor's is its
            contract's
        contract_id (None | Unset | UUID): for a contractor: the contract evaluated
        county_codes (list[str] | None | Unset): an institution's or expert's county
    """

    scheme_id: UUID
    subject_kind: EvaluationCreateSubjectKind
    period_from: datetime.date
    period_to: datetime.date
    subject_id: None | str | Unset = UNSET
    contract_id: None | Unset | UUID = UNSET
    county_codes: list[str] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        scheme_id = str(self.scheme_id)

        subject_kind = self.subject_kind.value

        period_from = self.period_from.isoformat()

        period_to = self.period_to.isoformat()

        subject_id: None | str | Unset
        if isinstance(self.subject_id, Unset):
            subject_id = UNSET
        else:
            subject_id = self.subject_id

        contract_id: None | str | Unset
        if isinstance(self.contract_id, Unset):
            contract_id = UNSET
        elif isinstance(self.contract_id, UUID):
            contract_id = str(self.contract_id)
        else:
            contract_id = self.contract_id

        county_codes: list[str] | None | Unset
        if isinstance(self.county_codes, Unset):
            county_codes = UNSET
        elif isinstance(self.county_codes, list):
            county_codes = self.county_codes

        else:
            county_codes = self.county_codes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "scheme_id": scheme_id,
                "subject_kind": subject_kind,
                "period_from": period_from,
                "period_to": period_to,
            }
        )
        if subject_id is not UNSET:
            field_dict["subject_id"] = subject_id
        if contract_id is not UNSET:
            field_dict["contract_id"] = contract_id
        if county_codes is not UNSET:
            field_dict["county_codes"] = county_codes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        scheme_id = UUID(d.pop("scheme_id"))

        subject_kind = EvaluationCreateSubjectKind(d.pop("subject_kind"))

        period_from = datetime.date.fromisoformat(d.pop("period_from"))

        period_to = datetime.date.fromisoformat(d.pop("period_to"))

        def _parse_subject_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject_id = _parse_subject_id(d.pop("subject_id", UNSET))

        def _parse_contract_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                contract_id_type_0 = UUID(data)

                return contract_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        contract_id = _parse_contract_id(d.pop("contract_id", UNSET))

        def _parse_county_codes(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                county_codes_type_0 = cast(list[str], data)

                return county_codes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        county_codes = _parse_county_codes(d.pop("county_codes", UNSET))

        evaluation_create = cls(
            scheme_id=scheme_id,
            subject_kind=subject_kind,
            period_from=period_from,
            period_to=period_to,
            subject_id=subject_id,
            contract_id=contract_id,
            county_codes=county_codes,
        )

        return evaluation_create
