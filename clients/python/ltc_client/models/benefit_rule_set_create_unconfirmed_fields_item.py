from enum import StrEnum


class BenefitRuleSetCreateUnconfirmedFieldsItem(StrEnum):
    CHECKIN_MAX_DISTANCE_M = "checkin_max_distance_m"
    FAMILY_CAREGIVERS_NEED_TRAINING = "family_caregivers_need_training"
    FAMILY_PERSONAL_CARE_MAX_BP = "family_personal_care_max_bp"
    QUALITY_DEPOSIT_BP = "quality_deposit_bp"
    REGULAR_TIMES_MIN_VISITS = "regular_times_min_visits"

    def __str__(self) -> str:
        return str(self.value)
