"""The errors of panel draws, each with its status and stable code (``docs/codes.md``)."""

from __future__ import annotations

from shared.errors import Conflict, NotFound, Unprocessable


class RedrawReasonRequired(Unprocessable):
    """重新抽取须说明理由: drawing the panel again needs a reason."""

    code = "REDRAW_REASON_REQUIRED"


class DrawNotCurrent(Conflict):
    """不是当前抽取: a re-draw names a draw that is not the current one."""

    code = "DRAW_NOT_CURRENT"


class ScoresAlreadySubmitted(Conflict):
    """已有评分: scores are in; the panel can no longer change."""

    code = "SCORES_ALREADY_SUBMITTED"


class PanelUnavailable(Conflict):
    """可抽专家不足: too few eligible experts for the panel (the detail says how many short)."""

    code = "PANEL_UNAVAILABLE"


class PanelDrawNotFound(NotFound):
    """没有该抽取记录: no panel draw with this id that the caller may see."""

    code = "PANEL_DRAW_NOT_FOUND"
