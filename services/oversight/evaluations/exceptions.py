"""What evaluations answer when they refuse: each a status and a stable code."""

from __future__ import annotations

from shared.errors import Conflict, Forbidden, NotFound, ServiceUnavailable, Unprocessable


class EvaluationNotFound(NotFound):
    code = "EVALUATION_NOT_FOUND"


class SurveyImportNotFound(NotFound):
    code = "SURVEY_IMPORT_NOT_FOUND"


class SchemeUnknown(Unprocessable):
    """The body names a scheme version there is none of."""

    code = "SCHEME_UNKNOWN"


class SchemeNotApproved(Conflict):
    """Evaluations are made under an approved version only."""

    code = "SCHEME_NOT_APPROVED"


class SubjectMismatch(Unprocessable):
    """The subject does not fit the scheme (its kind) or lacks what its kind needs (a contract, counties)."""

    code = "EVALUATION_SUBJECT_INVALID"


class EvaluationExists(Conflict):
    """The subject is evaluated under this scheme for this period already (``evaluation_id`` names it)."""

    code = "EVALUATION_EXISTS"


class EvaluationStepNotAllowed(Conflict):
    """The step is not allowed in the evaluation's status (``EVALUATION_IS_<STATUS>``, given when raised)."""


class IndicatorUnknown(Unprocessable):
    code = "INDICATOR_UNKNOWN"


class IndicatorSourceMismatch(Unprocessable):
    """The indicator is not scored that way (a manual score for a computed indicator…)."""

    code = "INDICATOR_SOURCE_MISMATCH"


class IndicatorNotAssigned(Forbidden):
    """An evaluator scores only the indicators assigned to it."""

    code = "INDICATOR_NOT_ASSIGNED"


class EvaluationIncomplete(Conflict):
    """An indicator has no score yet (``missing`` names them)."""

    code = "EVALUATION_INCOMPLETE"


class KpiUnavailable(ServiceUnavailable):
    """A service could not answer its KPI report (``service`` names it); nothing was recorded."""

    code = "KPI_SOURCE_UNAVAILABLE"


class KpiNotReported(Conflict):
    """A service's report lacks an indicator the scheme computes (``kpi_codes`` names them)."""

    code = "KPI_NOT_REPORTED"


class ObjectionWindowClosed(Conflict):
    code = "OBJECTION_WINDOW_CLOSED"


class ObjectionWindowOpen(Conflict):
    """A published evaluation is final once its objection window has passed without an objection."""

    code = "OBJECTION_WINDOW_OPEN"


class KpiQueryRefused(Conflict):
    """A service refused the KPI query for this subject (``service``, its ``upstream_code``: an
    institution settlement does not know…); nothing was recorded."""

    code = "KPI_QUERY_REFUSED"
