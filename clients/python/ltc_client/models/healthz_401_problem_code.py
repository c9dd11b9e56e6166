from enum import StrEnum


class Healthz401ProblemCode(StrEnum):
    SIGNATURE_EXPIRED = "SIGNATURE_EXPIRED"
    SIGNATURE_INVALID = "SIGNATURE_INVALID"
    SIGNATURE_MISSING = "SIGNATURE_MISSING"
    SIGNATURE_REPLAYED = "SIGNATURE_REPLAYED"

    def __str__(self) -> str:
        return str(self.value)
