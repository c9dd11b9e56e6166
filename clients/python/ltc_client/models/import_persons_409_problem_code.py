from enum import StrEnum


class ImportPersons409ProblemCode(StrEnum):
    ALREADY_EXISTS = "ALREADY_EXISTS"
    CONFLICT = "CONFLICT"
    IMPORT_CONCURRENT_ENROLMENT = "IMPORT_CONCURRENT_ENROLMENT"
    IMPORT_CONCURRENT_PAYMENT = "IMPORT_CONCURRENT_PAYMENT"

    def __str__(self) -> str:
        return str(self.value)
