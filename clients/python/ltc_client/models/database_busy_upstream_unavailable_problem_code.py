from enum import StrEnum


class DatabaseBusyUpstreamUnavailableProblemCode(StrEnum):
    DATABASE_BUSY = "DATABASE_BUSY"
    UPSTREAM_UNAVAILABLE = "UPSTREAM_UNAVAILABLE"

    def __str__(self) -> str:
        return str(self.value)
