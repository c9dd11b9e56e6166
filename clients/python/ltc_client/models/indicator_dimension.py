from enum import StrEnum


class IndicatorDimension(StrEnum):
    EFFICIENCY = "efficiency"
    QUALITY = "quality"
    QUANTITY = "quantity"
    SATISFACTION = "satisfaction"

    def __str__(self) -> str:
        return str(self.value)
