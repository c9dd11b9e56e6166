from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Forfeiture")


@_attrs_define
class Forfeiture:
    """A quality deposit kept by the fund: it must cite a final evaluation of the institution (its grade's
    ``deposit_release_bp`` bounds what may be kept) or a case that decided a sanction on it, as oversight
    published them; ``reason`` says why in words.

        Attributes:
            institution_id (str):
            amount_fen (int): amount in fen, > 0
            reason (str):
            evaluation_id (None | Unset | UUID): a final evaluation of the institution
            case_id (None | Unset | UUID): a case with a sanction on the institution
    """

    institution_id: str
    amount_fen: int
    reason: str
    evaluation_id: None | Unset | UUID = UNSET
    case_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        institution_id = self.institution_id

        amount_fen = self.amount_fen

        reason = self.reason

        evaluation_id: None | str | Unset
        if isinstance(self.evaluation_id, Unset):
            evaluation_id = UNSET
        elif isinstance(self.evaluation_id, UUID):
            evaluation_id = str(self.evaluation_id)
        else:
            evaluation_id = self.evaluation_id

        case_id: None | str | Unset
        if isinstance(self.case_id, Unset):
            case_id = UNSET
        elif isinstance(self.case_id, UUID):
            case_id = str(self.case_id)
        else:
            case_id = self.case_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "institution_id": institution_id,
                "amount_fen": amount_fen,
                "reason": reason,
            }
        )
        if evaluation_id is not UNSET:
            field_dict["evaluation_id"] = evaluation_id
        if case_id is not UNSET:
            field_dict["case_id"] = case_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        institution_id = d.pop("institution_id")

        amount_fen = d.pop("amount_fen")

        reason = d.pop("reason")

        def _parse_evaluation_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                evaluation_id_type_0 = UUID(data)

                return evaluation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        evaluation_id = _parse_evaluation_id(d.pop("evaluation_id", UNSET))

        def _parse_case_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                case_id_type_0 = UUID(data)

                return case_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        case_id = _parse_case_id(d.pop("case_id", UNSET))

        forfeiture = cls(
            institution_id=institution_id,
            amount_fen=amount_fen,
            reason=reason,
            evaluation_id=evaluation_id,
            case_id=case_id,
        )

        return forfeiture
