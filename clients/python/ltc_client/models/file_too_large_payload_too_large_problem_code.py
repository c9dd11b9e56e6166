from enum import StrEnum


class FileTooLargePayloadTooLargeProblemCode(StrEnum):
    FILE_TOO_LARGE = "FILE_TOO_LARGE"
    PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE"

    def __str__(self) -> str:
        return str(self.value)
