from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.withholding import Withholding


T = TypeVar("T", bound="AcceptanceCreate")


@_attrs_define
class AcceptanceCreate:
    """
    Attributes:
        period_start (datetime.date):
        period_end (datetime.date):
        fee_payable_fen (int): the fee for the period before withholding
        withholdings (list[Withholding] | Unset):
        note (None | str | Unset):
        evaluation_id (None | Unset | UUID): the contract's final evaluation (绩效评价) of this period: the withholdings
            must then add up to the fee at risk × (1 − the grade's fee release share)
    """

    period_start: datetime.date
    period_end: datetime.date
    fee_payable_fen: int
    withholdings: list[Withholding] | Unset = UNSET
    note: None | str | Unset = UNSET
    evaluation_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        period_start = self.period_start.isoformat()

        period_end = self.period_end.isoformat()

        fee_payable_fen = self.fee_payable_fen

        withholdings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.withholdings, Unset):
            withholdings = []
            for withholdings_item_data in self.withholdings:
                withholdings_item = withholdings_item_data.to_dict()
                withholdings.append(withholdings_item)

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        evaluation_id: None | str | Unset
        if isinstance(self.evaluation_id, Unset):
            evaluation_id = UNSET
        elif isinstance(self.evaluation_id, UUID):
            evaluation_id = str(self.evaluation_id)
        else:
            evaluation_id = self.evaluation_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "period_start": period_start,
                "period_end": period_end,
                "fee_payable_fen": fee_payable_fen,
            }
        )
        if withholdings is not UNSET:
            field_dict["withholdings"] = withholdings
        if note is not UNSET:
            field_dict["note"] = note
        if evaluation_id is not UNSET:
            field_dict["evaluation_id"] = evaluation_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.withholding import Withholding

        d = dict(src_dict)
        period_start = datetime.date.fromisoformat(d.pop("period_start"))

        period_end = datetime.date.fromisoformat(d.pop("period_end"))

        fee_payable_fen = d.pop("fee_payable_fen")

        _withholdings = d.pop("withholdings", UNSET)
        withholdings: list[Withholding] | Unset = UNSET
        if _withholdings is not UNSET:
            withholdings = []
            for withholdings_item_data in _withholdings:
                withholdings_item = Withholding.from_dict(withholdings_item_data)

                withholdings.append(withholdings_item)

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

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

        acceptance_create = cls(
            period_start=period_start,
            period_end=period_end,
            fee_payable_fen=fee_payable_fen,
            withholdings=withholdings,
            note=note,
            evaluation_id=evaluation_id,
        )

        return acceptance_create
