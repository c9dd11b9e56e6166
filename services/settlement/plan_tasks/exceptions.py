"""The errors of the plan's tasks and supervision rounds (``docs/codes.md``)."""

from __future__ import annotations

from shared.errors import Conflict, NotFound, Unprocessable


class PlanTaskNotFound(NotFound):
    """没有该任务: no task with this id that you may see."""

    code = "PLAN_TASK_NOT_FOUND"


class PlanTaskCodeTaken(Conflict):
    """任务编号已存在: a task with this code exists (``task_id``)."""

    code = "PLAN_TASK_CODE_TAKEN"


class PlanTaskTransition(Conflict):
    """任务状态不可如此变更: open/reopened → done → verified or reopened; nothing else."""

    code = "PLAN_TASK_TRANSITION_NOT_ALLOWED"


class PlanTaskEvidenceRequired(Unprocessable):
    """完成须有佐证材料: a task is marked done with its evidence; reopened with a reason."""

    code = "PLAN_TASK_EVIDENCE_REQUIRED"


class SupervisionRoundNotFound(NotFound):
    """没有该督查记录: no supervision round with this id that you may see."""

    code = "SUPERVISION_ROUND_NOT_FOUND"


class SupervisionTaskUnknown(Unprocessable):
    """督查发现关联的任务不存在: a finding names a task that does not exist (``task_ids``)."""

    code = "SUPERVISION_TASK_UNKNOWN"
