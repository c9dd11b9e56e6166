from enum import StrEnum


class TrainingCourseNotFoundProblemCode(StrEnum):
    TRAINING_COURSE_NOT_FOUND = "TRAINING_COURSE_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
