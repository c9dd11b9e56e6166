from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MigratedLevel")


@_attrs_define
class MigratedLevel:
    """
    Attributes:
        conclusion_id (UUID):
        person_id (str):
        county_code (str):
        level (int):
        valid_from (datetime.date):
        valid_to (datetime.date):
        status (str):
        rule_set_version (str):
        care_institution_id (None | str):
        migration_ref (str): the old system's reference
        import_job_id (UUID):
        imported_by (str):
        imported_at (datetime.datetime):
        origin (Literal['migrated'] | Unset):  Default: 'migrated'.
    """

    conclusion_id: UUID
    person_id: str
    county_code: str
    level: int
    valid_from: datetime.date
    valid_to: datetime.date
    status: str
    rule_set_version: str
    care_institution_id: None | str
    migration_ref: str
    import_job_id: UUID
    imported_by: str
    imported_at: datetime.datetime
    origin: Literal["migrated"] | Unset = "migrated"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conclusion_id = str(self.conclusion_id)

        person_id = self.person_id

        county_code = self.county_code

        level = self.level

        valid_from = self.valid_from.isoformat()

        valid_to = self.valid_to.isoformat()

        status = self.status

        rule_set_version = self.rule_set_version

        care_institution_id: None | str
        care_institution_id = self.care_institution_id

        migration_ref = self.migration_ref

        import_job_id = str(self.import_job_id)

        imported_by = self.imported_by

        imported_at = self.imported_at.isoformat()

        origin = self.origin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conclusion_id": conclusion_id,
                "person_id": person_id,
                "county_code": county_code,
                "level": level,
                "valid_from": valid_from,
                "valid_to": valid_to,
                "status": status,
                "rule_set_version": rule_set_version,
                "care_institution_id": care_institution_id,
                "migration_ref": migration_ref,
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
        conclusion_id = UUID(d.pop("conclusion_id"))

        person_id = d.pop("person_id")

        county_code = d.pop("county_code")

        level = d.pop("level")

        valid_from = datetime.date.fromisoformat(d.pop("valid_from"))

        valid_to = datetime.date.fromisoformat(d.pop("valid_to"))

        status = d.pop("status")

        rule_set_version = d.pop("rule_set_version")

        def _parse_care_institution_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        care_institution_id = _parse_care_institution_id(d.pop("care_institution_id"))

        migration_ref = d.pop("migration_ref")

        import_job_id = UUID(d.pop("import_job_id"))

        imported_by = d.pop("imported_by")

        imported_at = datetime.datetime.fromisoformat(d.pop("imported_at"))

        origin = cast(Literal["migrated"] | Unset, d.pop("origin", UNSET))
        if origin != "migrated" and not isinstance(origin, Unset):
            raise ValueError(f"origin must match const 'migrated', got '{origin}'")

        migrated_level = cls(
            conclusion_id=conclusion_id,
            person_id=person_id,
            county_code=county_code,
            level=level,
            valid_from=valid_from,
            valid_to=valid_to,
            status=status,
            rule_set_version=rule_set_version,
            care_institution_id=care_institution_id,
            migration_ref=migration_ref,
            import_job_id=import_job_id,
            imported_by=imported_by,
            imported_at=imported_at,
            origin=origin,
        )

        migrated_level.additional_properties = d
        return migrated_level

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
