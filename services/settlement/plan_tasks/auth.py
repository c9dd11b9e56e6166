"""Who keeps the plan's task list and supervision rounds, and who reads them."""

from __future__ import annotations

from typing import Annotated

from shared.permissions import Role, capability, require
from shared.principal import Principal

PLAN_TASKS_WRITE = capability(
    "settlement.plan_tasks.write",
    "keep the plan's task list (清单): add tasks, mark them done with evidence, verify or reopen them "
    "(闭环); record supervision rounds and their findings",
    Role.BUREAU,
)
PlanTasksWrite = Annotated[Principal, require(PLAN_TASKS_WRITE)]

PLAN_TASKS_READ = capability(
    "settlement.plan_tasks.read",
    "the plan's tasks (city-wide ones and a contractor's counties'), overdue ones, supervision rounds",
    Role.ADMIN,
    Role.BUREAU,
    Role.CONTRACTOR,
    Role.FINANCE,
    Role.CIVIL_AFFAIRS,
    Role.HEALTH,
    Role.HUMAN_RESOURCES,
    Role.AUDIT,
)
PlanTasksRead = Annotated[Principal, require(PLAN_TASKS_READ)]
