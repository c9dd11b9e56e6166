from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.settlement_import_job_status import SettlementImportJobStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.services_settlement_records_schemas_row_error import (
        ServicesSettlementRecordsSchemasRowError,
    )


T = TypeVar("T", bound="SettlementImportJob")


@_attrs_define
class SettlementImportJob:
    """
    Attributes:
        id (UUID):
        institution_id (str):
        source (str):
        status (SettlementImportJobStatus): `refused`: not one record was stored or had been received before — every
            record was refused (see `errors`); the batch answers 422 `RECORDS_REFUSED` then
        rows_total (int):
        rows_accepted (int):
        rows_already_received (int): record_ids received before: a resend changes nothing
        rows_rejected (int):
        created_at (datetime.datetime):
        finished_at (datetime.datetime | None):
        errors (list[ServicesSettlementRecordsSchemasRowError] | Unset): the first 1000 row errors
    """

    id: UUID
    institution_id: str
    source: str
    status: SettlementImportJobStatus
    rows_total: int
    rows_accepted: int
    rows_already_received: int
    rows_rejected: int
    created_at: datetime.datetime
    finished_at: datetime.datetime | None
    errors: list[ServicesSettlementRecordsSchemasRowError] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        institution_id = self.institution_id

        source = self.source

        status = self.status.value

        rows_total = self.rows_total

        rows_accepted = self.rows_accepted

        rows_already_received = self.rows_already_received

        rows_rejected = self.rows_rejected

        created_at = self.created_at.isoformat()

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "institution_id": institution_id,
                "source": source,
                "status": status,
                "rows_total": rows_total,
                "rows_accepted": rows_accepted,
                "rows_already_received": rows_already_received,
                "rows_rejected": rows_rejected,
                "created_at": created_at,
                "finished_at": finished_at,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.services_settlement_records_schemas_row_error import (
            ServicesSettlementRecordsSchemasRowError,
        )

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        institution_id = d.pop("institution_id")

        source = d.pop("source")

        status = SettlementImportJobStatus(d.pop("status"))

        rows_total = d.pop("rows_total")

        rows_accepted = d.pop("rows_accepted")

        rows_already_received = d.pop("rows_already_received")

        rows_rejected = d.pop("rows_rejected")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_finished_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        finished_at = _parse_finished_at(d.pop("finished_at"))

        _errors = d.pop("errors", UNSET)
        errors: list[ServicesSettlementRecordsSchemasRowError] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = ServicesSettlementRecordsSchemasRowError.from_dict(errors_item_data)

                errors.append(errors_item)

        settlement_import_job = cls(
            id=id,
            institution_id=institution_id,
            source=source,
            status=status,
            rows_total=rows_total,
            rows_accepted=rows_accepted,
            rows_already_received=rows_already_received,
            rows_rejected=rows_rejected,
            created_at=created_at,
            finished_at=finished_at,
            errors=errors,
        )

        settlement_import_job.additional_properties = d
        return settlement_import_job

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
