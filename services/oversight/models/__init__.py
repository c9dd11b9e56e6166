"""ORM models of the oversight service (schema ``oversight``)."""

from services.oversight.models.base import (
    SCHEMA,
    Base,
    consumer_cursors,
    feed_dead_letters,
    idempotency_records,
    metadata,
    outbox,
    outbox_events,
)
from services.oversight.models.contractors import Contractor
from services.oversight.models.contracts import (
    LIVE_STATUSES,
    Contract,
    ContractAcceptance,
    ContractStatus,
    ContractStatusChange,
    FeeBasis,
    ProcurementMethod,
)
from services.oversight.models.evaluations import (
    Dimension,
    Evaluation,
    EvaluationAssignment,
    EvaluationScheme,
    EvaluationStatus,
    IndicatorSource,
    PeriodKind,
    SchemeStatus,
    SubjectKind,
    SurveyImport,
    SurveyImportError,
    SurveyResponse,
)
from services.oversight.models.reference import AccountingUnit

__all__ = [
    "LIVE_STATUSES",
    "SCHEMA",
    "AccountingUnit",
    "Base",
    "Contract",
    "ContractAcceptance",
    "ContractStatus",
    "ContractStatusChange",
    "Contractor",
    "Dimension",
    "Evaluation",
    "EvaluationAssignment",
    "EvaluationScheme",
    "EvaluationStatus",
    "FeeBasis",
    "IndicatorSource",
    "PeriodKind",
    "ProcurementMethod",
    "SchemeStatus",
    "SubjectKind",
    "SurveyImport",
    "SurveyImportError",
    "SurveyResponse",
    "consumer_cursors",
    "feed_dead_letters",
    "idempotency_records",
    "metadata",
    "outbox",
    "outbox_events",
]
