from enum import StrEnum


class BulletinTargetUnknownProblemCode(StrEnum):
    BULLETIN_TARGET_UNKNOWN = "BULLETIN_TARGET_UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)
