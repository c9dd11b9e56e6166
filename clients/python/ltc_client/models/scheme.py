from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.scheme_period_kind import SchemePeriodKind
from ..models.scheme_status import SchemeStatus
from ..models.scheme_subject_kind import SchemeSubjectKind

if TYPE_CHECKING:
    from ..models.grade import Grade
    from ..models.indicator import Indicator
    from ..models.window import Window


T = TypeVar("T", bound="Scheme")


@_attrs_define
class Scheme:
    """
    Attributes:
        indicators (list[Indicator]):
        grades (list[Grade]):
        objection_window (Window):
        id (UUID):
        code (str):
        version (int):
        title (str):
        subject_kind (SchemeSubjectKind):
        period_kind (SchemePeriodKind):
        status (SchemeStatus):
        source (str):
        unconfirmed (list[str]): the items not confirmed (`indicators.<code>`, `grades.<grade>`, `objection_window`)
        created_by (str):
        created_at (datetime.datetime):
        approved_by (None | str):
        approved_at (datetime.datetime | None):
    """

    indicators: list[Indicator]
    grades: list[Grade]
    objection_window: Window
    id: UUID
    code: str
    version: int
    title: str
    subject_kind: SchemeSubjectKind
    period_kind: SchemePeriodKind
    status: SchemeStatus
    source: str
    unconfirmed: list[str]
    created_by: str
    created_at: datetime.datetime
    approved_by: None | str
    approved_at: datetime.datetime | None

    def to_dict(self) -> dict[str, Any]:
        indicators = []
        for indicators_item_data in self.indicators:
            indicators_item = indicators_item_data.to_dict()
            indicators.append(indicators_item)

        grades = []
        for grades_item_data in self.grades:
            grades_item = grades_item_data.to_dict()
            grades.append(grades_item)

        objection_window = self.objection_window.to_dict()

        id = str(self.id)

        code = self.code

        version = self.version

        title = self.title

        subject_kind = self.subject_kind.value

        period_kind = self.period_kind.value

        status = self.status.value

        source = self.source

        unconfirmed = self.unconfirmed

        created_by = self.created_by

        created_at = self.created_at.isoformat()

        approved_by: None | str
        approved_by = self.approved_by

        approved_at: None | str
        if isinstance(self.approved_at, datetime.datetime):
            approved_at = self.approved_at.isoformat()
        else:
            approved_at = self.approved_at

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "indicators": indicators,
                "grades": grades,
                "objection_window": objection_window,
                "id": id,
                "code": code,
                "version": version,
                "title": title,
                "subject_kind": subject_kind,
                "period_kind": period_kind,
                "status": status,
                "source": source,
                "unconfirmed": unconfirmed,
                "created_by": created_by,
                "created_at": created_at,
                "approved_by": approved_by,
                "approved_at": approved_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.grade import Grade
        from ..models.indicator import Indicator
        from ..models.window import Window

        d = dict(src_dict)
        indicators = []
        _indicators = d.pop("indicators")
        for indicators_item_data in _indicators:
            indicators_item = Indicator.from_dict(indicators_item_data)

            indicators.append(indicators_item)

        grades = []
        _grades = d.pop("grades")
        for grades_item_data in _grades:
            grades_item = Grade.from_dict(grades_item_data)

            grades.append(grades_item)

        objection_window = Window.from_dict(d.pop("objection_window"))

        id = UUID(d.pop("id"))

        code = d.pop("code")

        version = d.pop("version")

        title = d.pop("title")

        subject_kind = SchemeSubjectKind(d.pop("subject_kind"))

        period_kind = SchemePeriodKind(d.pop("period_kind"))

        status = SchemeStatus(d.pop("status"))

        source = d.pop("source")

        unconfirmed = cast(list[str], d.pop("unconfirmed"))

        created_by = d.pop("created_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_approved_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        approved_by = _parse_approved_by(d.pop("approved_by"))

        def _parse_approved_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                approved_at_type_0 = datetime.datetime.fromisoformat(data)

                return approved_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        approved_at = _parse_approved_at(d.pop("approved_at"))

        scheme = cls(
            indicators=indicators,
            grades=grades,
            objection_window=objection_window,
            id=id,
            code=code,
            version=version,
            title=title,
            subject_kind=subject_kind,
            period_kind=period_kind,
            status=status,
            source=source,
            unconfirmed=unconfirmed,
            created_by=created_by,
            created_at=created_at,
            approved_by=approved_by,
            approved_at=approved_at,
        )

        return scheme
