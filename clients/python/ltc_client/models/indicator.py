from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.indicator_dimension import IndicatorDimension
from ..models.indicator_source import IndicatorSource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.oversight_band import OversightBand


T = TypeVar("T", bound="Indicator")


@_attrs_define
class Indicator:
    """
    Attributes:
        rule_source (str): where the values come from
        code (str):
        name (str):
        dimension (IndicatorDimension):
        source (IndicatorSource): computed (a service's KPI), manual (the bureau), survey (beneficiaries' file),
            third_party (an assigned evaluator)
        weight_bp (int): the indicators' weights add up to 10000
        confirmed (bool | Unset): false: no source fixes these values yet Default: False.
        kpi_code (None | str | Unset): for a computed indicator: `<service>.<indicator code>` of the KPI reports
        bands (list[OversightBand] | Unset): value → points (computed and survey indicators)
    """

    rule_source: str
    code: str
    name: str
    dimension: IndicatorDimension
    source: IndicatorSource
    weight_bp: int
    confirmed: bool | Unset = False
    kpi_code: None | str | Unset = UNSET
    bands: list[OversightBand] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        rule_source = self.rule_source

        code = self.code

        name = self.name

        dimension = self.dimension.value

        source = self.source.value

        weight_bp = self.weight_bp

        confirmed = self.confirmed

        kpi_code: None | str | Unset
        if isinstance(self.kpi_code, Unset):
            kpi_code = UNSET
        else:
            kpi_code = self.kpi_code

        bands: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bands, Unset):
            bands = []
            for bands_item_data in self.bands:
                bands_item = bands_item_data.to_dict()
                bands.append(bands_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "rule_source": rule_source,
                "code": code,
                "name": name,
                "dimension": dimension,
                "source": source,
                "weight_bp": weight_bp,
            }
        )
        if confirmed is not UNSET:
            field_dict["confirmed"] = confirmed
        if kpi_code is not UNSET:
            field_dict["kpi_code"] = kpi_code
        if bands is not UNSET:
            field_dict["bands"] = bands

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.oversight_band import OversightBand

        d = dict(src_dict)
        rule_source = d.pop("rule_source")

        code = d.pop("code")

        name = d.pop("name")

        dimension = IndicatorDimension(d.pop("dimension"))

        source = IndicatorSource(d.pop("source"))

        weight_bp = d.pop("weight_bp")

        confirmed = d.pop("confirmed", UNSET)

        def _parse_kpi_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        kpi_code = _parse_kpi_code(d.pop("kpi_code", UNSET))

        _bands = d.pop("bands", UNSET)
        bands: list[OversightBand] | Unset = UNSET
        if _bands is not UNSET:
            bands = []
            for bands_item_data in _bands:
                bands_item = OversightBand.from_dict(bands_item_data)

                bands.append(bands_item)

        indicator = cls(
            rule_source=rule_source,
            code=code,
            name=name,
            dimension=dimension,
            source=source,
            weight_bp=weight_bp,
            confirmed=confirmed,
            kpi_code=kpi_code,
            bands=bands,
        )

        return indicator
