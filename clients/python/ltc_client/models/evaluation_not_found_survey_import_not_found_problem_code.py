from enum import StrEnum


class EvaluationNotFoundSurveyImportNotFoundProblemCode(StrEnum):
    EVALUATION_NOT_FOUND = "EVALUATION_NOT_FOUND"
    SURVEY_IMPORT_NOT_FOUND = "SURVEY_IMPORT_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
