from enum import StrEnum


class StaffRole(StrEnum):
    ADMIN = "admin"
    AUDIT = "audit"
    BUREAU = "bureau"
    CIVIL_AFFAIRS = "civil_affairs"
    CONTRACTOR = "contractor"
    DISABLED_PERSONS_FEDERATION = "disabled_persons_federation"
    EVALUATOR = "evaluator"
    FINANCE = "finance"
    HEALTH = "health"
    HUMAN_RESOURCES = "human_resources"
    INSTITUTION = "institution"
    INSURANCE_REGULATOR = "insurance_regulator"
    TAX = "tax"

    def __str__(self) -> str:
        return str(self.value)
