from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OpeningBalance")


@_attrs_define
class OpeningBalance:
    """
    Attributes:
        reference (str): the old system's reference
        county_code (str):
        account (str):
        balance_fen (int):
        as_of (datetime.date):
        transaction_id (int): the ledger transaction that posted it (kind opening_balance)
        import_job_id (UUID):
        imported_by (str):
        imported_at (datetime.datetime):
        origin (Literal['migrated'] | Unset):  Default: 'migrated'.
    """

    reference: str
    county_code: str
    account: str
    balance_fen: int
    as_of: datetime.date
    transaction_id: int
    import_job_id: UUID
    imported_by: str
    imported_at: datetime.datetime
    origin: Literal["migrated"] | Unset = "migrated"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reference = self.reference

        county_code = self.county_code

        account = self.account

        balance_fen = self.balance_fen

        as_of = self.as_of.isoformat()

        transaction_id = self.transaction_id

        import_job_id = str(self.import_job_id)

        imported_by = self.imported_by

        imported_at = self.imported_at.isoformat()

        origin = self.origin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reference": reference,
                "county_code": county_code,
                "account": account,
                "balance_fen": balance_fen,
                "as_of": as_of,
                "transaction_id": transaction_id,
                "import_job_id": import_job_id,
                "imported_by": imported_by,
                "imported_at": imported_at,
            }
        )
        if origin is not UNSET:
            field_dict["origin"] = origin

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        reference = d.pop("reference")

        county_code = d.pop("county_code")

        account = d.pop("account")

        balance_fen = d.pop("balance_fen")

        as_of = datetime.date.fromisoformat(d.pop("as_of"))

        transaction_id = d.pop("transaction_id")

        import_job_id = UUID(d.pop("import_job_id"))

        imported_by = d.pop("imported_by")

        imported_at = datetime.datetime.fromisoformat(d.pop("imported_at"))

        origin = cast(Literal["migrated"] | Unset, d.pop("origin", UNSET))
        if origin != "migrated" and not isinstance(origin, Unset):
            raise ValueError(f"origin must match const 'migrated', got '{origin}'")

        opening_balance = cls(
            reference=reference,
            county_code=county_code,
            account=account,
            balance_fen=balance_fen,
            as_of=as_of,
            transaction_id=transaction_id,
            import_job_id=import_job_id,
            imported_by=imported_by,
            imported_at=imported_at,
            origin=origin,
        )

        opening_balance.additional_properties = d
        return opening_balance

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
