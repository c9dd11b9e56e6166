"""Who may make, score, publish and read evaluations, and who may object to them."""

from __future__ import annotations

from typing import Annotated

from shared.permissions import Role, capability, require
from shared.principal import READ_ONLY_ROLES, Principal

EVALUATIONS_READ = capability(
    "oversight.evaluations.read",
    "performance evaluations: the bureau and audit all; a contractor those of its counties, an institution "
    "its own, an evaluator those assigned to it; published ones (评价结果向社会公布) every role",
    Role.ADMIN,
    Role.BUREAU,
    Role.CONTRACTOR,
    Role.INSTITUTION,
    *sorted(READ_ONLY_ROLES),
)
EvaluationsRead = Annotated[Principal, require(EVALUATIONS_READ)]

EVALUATIONS_WRITE = capability(
    "oversight.evaluations.write",
    "make evaluations, fetch their KPIs, assign third-party indicators, import surveys, score, publish, "
    "decide objections and make them final",
    Role.BUREAU,
)
EvaluationsWrite = Annotated[Principal, require(EVALUATIONS_WRITE)]

EVALUATIONS_SCORE = capability(
    "oversight.evaluations.score",
    "score an indicator: the bureau its manual ones, an evaluator (第三方) the third-party ones "
    "assigned to it",
    Role.BUREAU,
    Role.EVALUATOR,
)
EvaluationsScore = Annotated[Principal, require(EVALUATIONS_SCORE)]

EVALUATIONS_OBJECT = capability(
    "oversight.evaluations.object",
    "object to a published evaluation of oneself within the objection window (异议)",
    Role.CONTRACTOR,
    Role.INSTITUTION,
)
EvaluationsObject = Annotated[Principal, require(EVALUATIONS_OBJECT)]
