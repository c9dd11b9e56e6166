from enum import StrEnum


class ServiceItemInUnconfirmedFieldsItem(StrEnum):
    CAREGIVER_CATEGORIES = "caregiver_categories"
    CARE_MODES = "care_modes"
    ITEM_CLASS = "item_class"
    MAX_PER_MONTH = "max_per_month"
    MIN_MINUTES = "min_minutes"
    NAME = "name"
    PERSONAL_CARE = "personal_care"

    def __str__(self) -> str:
        return str(self.value)
