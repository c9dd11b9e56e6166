from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.withholding import Withholding


T = TypeVar("T", bound="Acceptance")


@_attrs_define
class Acceptance:
    """
    Attributes:
        id (UUID):
        contract_id (UUID):
        period_start (datetime.date):
        period_end (datetime.date):
        fee_payable_fen (int):
        withheld_fen (int):
        fee_released_fen (int): fee_payable_fen − withheld_fen
        withholdings (list[Withholding]):
        accepted_on (datetime.date):
        accepted_by (str):
        note (None | str):
        evaluation_id (None | UUID): the final evaluation the withholding follows
    """

    id: UUID
    contract_id: UUID
    period_start: datetime.date
    period_end: datetime.date
    fee_payable_fen: int
    withheld_fen: int
    fee_released_fen: int
    withholdings: list[Withholding]
    accepted_on: datetime.date
    accepted_by: str
    note: None | str
    evaluation_id: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        contract_id = str(self.contract_id)

        period_start = self.period_start.isoformat()

        period_end = self.period_end.isoformat()

        fee_payable_fen = self.fee_payable_fen

        withheld_fen = self.withheld_fen

        fee_released_fen = self.fee_released_fen

        withholdings = []
        for withholdings_item_data in self.withholdings:
            withholdings_item = withholdings_item_data.to_dict()
            withholdings.append(withholdings_item)

        accepted_on = self.accepted_on.isoformat()

        accepted_by = self.accepted_by

        note: None | str
        note = self.note

        evaluation_id: None | str
        if isinstance(self.evaluation_id, UUID):
            evaluation_id = str(self.evaluation_id)
        else:
            evaluation_id = self.evaluation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "contract_id": contract_id,
                "period_start": period_start,
                "period_end": period_end,
                "fee_payable_fen": fee_payable_fen,
                "withheld_fen": withheld_fen,
                "fee_released_fen": fee_released_fen,
                "withholdings": withholdings,
                "accepted_on": accepted_on,
                "accepted_by": accepted_by,
                "note": note,
                "evaluation_id": evaluation_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.withholding import Withholding

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        contract_id = UUID(d.pop("contract_id"))

        period_start = datetime.date.fromisoformat(d.pop("period_start"))

        period_end = datetime.date.fromisoformat(d.pop("period_end"))

        fee_payable_fen = d.pop("fee_payable_fen")

        withheld_fen = d.pop("withheld_fen")

        fee_released_fen = d.pop("fee_released_fen")

        withholdings = []
        _withholdings = d.pop("withholdings")
        for withholdings_item_data in _withholdings:
            withholdings_item = Withholding.from_dict(withholdings_item_data)

            withholdings.append(withholdings_item)

        accepted_on = datetime.date.fromisoformat(d.pop("accepted_on"))

        accepted_by = d.pop("accepted_by")

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        def _parse_evaluation_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                evaluation_id_type_0 = UUID(data)

                return evaluation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        evaluation_id = _parse_evaluation_id(d.pop("evaluation_id"))

        acceptance = cls(
            id=id,
            contract_id=contract_id,
            period_start=period_start,
            period_end=period_end,
            fee_payable_fen=fee_payable_fen,
            withheld_fen=withheld_fen,
            fee_released_fen=fee_released_fen,
            withholdings=withholdings,
            accepted_on=accepted_on,
            accepted_by=accepted_by,
            note=note,
            evaluation_id=evaluation_id,
        )

        acceptance.additional_properties = d
        return acceptance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
