from enum import StrEnum


class PanelDrawNotFoundProblemCode(StrEnum):
    PANEL_DRAW_NOT_FOUND = "PANEL_DRAW_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
