from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.certificate import Certificate


T = TypeVar("T", bound="BulkIssue")


@_attrs_define
class BulkIssue:
    """
    Attributes:
        session_id (UUID):
        issued (list[Certificate]): the certificates issued by this call (ID numbers masked)
        holding_already (int): holders who passed and hold a certificate of the session
    """

    session_id: UUID
    issued: list[Certificate]
    holding_already: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = str(self.session_id)

        issued = []
        for issued_item_data in self.issued:
            issued_item = issued_item_data.to_dict()
            issued.append(issued_item)

        holding_already = self.holding_already

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session_id": session_id,
                "issued": issued,
                "holding_already": holding_already,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.certificate import Certificate

        d = dict(src_dict)
        session_id = UUID(d.pop("session_id"))

        issued = []
        _issued = d.pop("issued")
        for issued_item_data in _issued:
            issued_item = Certificate.from_dict(issued_item_data)

            issued.append(issued_item)

        holding_already = d.pop("holding_already")

        bulk_issue = cls(
            session_id=session_id,
            issued=issued,
            holding_already=holding_already,
        )

        bulk_issue.additional_properties = d
        return bulk_issue

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
