from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.service_record_batch_service_record_in import ServiceRecordBatchServiceRecordIn


T = TypeVar("T", bound="ServiceRecordBatch")


@_attrs_define
class ServiceRecordBatch:
    """Records as the institution keeps them; each is validated on its own, so good ones are kept.

    Attributes:
        records (list[ServiceRecordBatchServiceRecordIn]): each a `ServiceRecordIn`; one that does not fit is refused
            with its row errors, the others are kept
    """

    records: list[ServiceRecordBatchServiceRecordIn]

    def to_dict(self) -> dict[str, Any]:
        records = []
        for records_item_data in self.records:
            records_item = records_item_data.to_dict()
            records.append(records_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "records": records,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.service_record_batch_service_record_in import ServiceRecordBatchServiceRecordIn

        d = dict(src_dict)
        records = []
        _records = d.pop("records")
        for records_item_data in _records:
            records_item = ServiceRecordBatchServiceRecordIn.from_dict(records_item_data)

            records.append(records_item)

        service_record_batch = cls(
            records=records,
        )

        return service_record_batch
