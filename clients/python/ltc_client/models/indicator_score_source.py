from enum import StrEnum


class IndicatorScoreSource(StrEnum):
    COMPUTED = "computed"
    MANUAL = "manual"
    SURVEY = "survey"
    THIRD_PARTY = "third_party"

    def __str__(self) -> str:
        return str(self.value)
