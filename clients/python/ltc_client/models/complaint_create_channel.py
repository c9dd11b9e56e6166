from enum import StrEnum


class ComplaintCreateChannel(StrEnum):
    HOTLINE_12345 = "hotline_12345"
    LETTER = "letter"
    ONLINE = "online"
    PHONE = "phone"
    VISIT = "visit"

    def __str__(self) -> str:
        return str(self.value)
