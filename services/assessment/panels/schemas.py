from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class PanelDrawCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: str | None = Field(default=None, description="required for a re-draw")
    replaces_draw_id: uuid.UUID | None = Field(
        default=None, description="required for a re-draw: the current draw"
    )


class Replay(BaseModel):
    panel: list[str]
    matches: bool


class PanelDraw(BaseModel):
    id: uuid.UUID
    application_id: uuid.UUID
    round: int
    algorithm: str
    seed: str
    panel_size: int
    candidates: list[dict[str, Any]]
    exclusions: list[dict[str, Any]]
    panel: list[str]
    current: bool
    replaces_draw_id: uuid.UUID | None
    reason: str | None
    drawn_on: dt.date
    drawn_by: str
    drawn_at: dt.datetime
    replay: Replay
