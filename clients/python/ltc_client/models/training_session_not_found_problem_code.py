from enum import StrEnum


class TrainingSessionNotFoundProblemCode(StrEnum):
    TRAINING_SESSION_NOT_FOUND = "TRAINING_SESSION_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
