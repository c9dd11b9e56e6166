from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.disability_level_origin import DisabilityLevelOrigin
from ..types import UNSET, Unset

T = TypeVar("T", bound="DisabilityLevel")


@_attrs_define
class DisabilityLevel:
    """
    Attributes:
        conclusion_id (UUID):
        application_id (None | UUID): null for a level migrated from the old system
        level (int):
        valid_from (datetime.date):
        valid_to (datetime.date):
        status (str):
        rule_set_version (str):
        ended_on (datetime.date | None | Unset):
        revoke_reason (None | str | Unset):
        origin (DisabilityLevelOrigin | Unset): assessed on the platform, or migrated from the old system by a level
            import Default: DisabilityLevelOrigin.ASSESSED.
        migration_ref (None | str | Unset): the old system's reference of a migrated level
        import_job_id (None | Unset | UUID): the level import that brought it in
    """

    conclusion_id: UUID
    application_id: None | UUID
    level: int
    valid_from: datetime.date
    valid_to: datetime.date
    status: str
    rule_set_version: str
    ended_on: datetime.date | None | Unset = UNSET
    revoke_reason: None | str | Unset = UNSET
    origin: DisabilityLevelOrigin | Unset = DisabilityLevelOrigin.ASSESSED
    migration_ref: None | str | Unset = UNSET
    import_job_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conclusion_id = str(self.conclusion_id)

        application_id: None | str
        if isinstance(self.application_id, UUID):
            application_id = str(self.application_id)
        else:
            application_id = self.application_id

        level = self.level

        valid_from = self.valid_from.isoformat()

        valid_to = self.valid_to.isoformat()

        status = self.status

        rule_set_version = self.rule_set_version

        ended_on: None | str | Unset
        if isinstance(self.ended_on, Unset):
            ended_on = UNSET
        elif isinstance(self.ended_on, datetime.date):
            ended_on = self.ended_on.isoformat()
        else:
            ended_on = self.ended_on

        revoke_reason: None | str | Unset
        if isinstance(self.revoke_reason, Unset):
            revoke_reason = UNSET
        else:
            revoke_reason = self.revoke_reason

        origin: str | Unset = UNSET
        if not isinstance(self.origin, Unset):
            origin = self.origin.value

        migration_ref: None | str | Unset
        if isinstance(self.migration_ref, Unset):
            migration_ref = UNSET
        else:
            migration_ref = self.migration_ref

        import_job_id: None | str | Unset
        if isinstance(self.import_job_id, Unset):
            import_job_id = UNSET
        elif isinstance(self.import_job_id, UUID):
            import_job_id = str(self.import_job_id)
        else:
            import_job_id = self.import_job_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conclusion_id": conclusion_id,
                "application_id": application_id,
                "level": level,
                "valid_from": valid_from,
                "valid_to": valid_to,
                "status": status,
                "rule_set_version": rule_set_version,
            }
        )
        if ended_on is not UNSET:
            field_dict["ended_on"] = ended_on
        if revoke_reason is not UNSET:
            field_dict["revoke_reason"] = revoke_reason
        if origin is not UNSET:
            field_dict["origin"] = origin
        if migration_ref is not UNSET:
            field_dict["migration_ref"] = migration_ref
        if import_job_id is not UNSET:
            field_dict["import_job_id"] = import_job_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        conclusion_id = UUID(d.pop("conclusion_id"))

        def _parse_application_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                application_id_type_0 = UUID(data)

                return application_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        application_id = _parse_application_id(d.pop("application_id"))

        level = d.pop("level")

        valid_from = datetime.date.fromisoformat(d.pop("valid_from"))

        valid_to = datetime.date.fromisoformat(d.pop("valid_to"))

        status = d.pop("status")

        rule_set_version = d.pop("rule_set_version")

        def _parse_ended_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_on_type_0 = datetime.date.fromisoformat(data)

                return ended_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        ended_on = _parse_ended_on(d.pop("ended_on", UNSET))

        def _parse_revoke_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        revoke_reason = _parse_revoke_reason(d.pop("revoke_reason", UNSET))

        _origin = d.pop("origin", UNSET)
        origin: DisabilityLevelOrigin | Unset
        if isinstance(_origin, Unset):
            origin = UNSET
        else:
            origin = DisabilityLevelOrigin(_origin)

        def _parse_migration_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        migration_ref = _parse_migration_ref(d.pop("migration_ref", UNSET))

        def _parse_import_job_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                import_job_id_type_0 = UUID(data)

                return import_job_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        import_job_id = _parse_import_job_id(d.pop("import_job_id", UNSET))

        disability_level = cls(
            conclusion_id=conclusion_id,
            application_id=application_id,
            level=level,
            valid_from=valid_from,
            valid_to=valid_to,
            status=status,
            rule_set_version=rule_set_version,
            ended_on=ended_on,
            revoke_reason=revoke_reason,
            origin=origin,
            migration_ref=migration_ref,
            import_job_id=import_job_id,
        )

        disability_level.additional_properties = d
        return disability_level

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
