"""ORM models of the assessment service (schema ``assessment``)."""

from services.assessment.models.applications import (
    OPEN_STATUSES,
    Application,
    ApplicationTransition,
    Conclusion,
    LevelImport,
    LevelImportError,
    Objection,
    PanelAssignment,
    PanelDraw,
    Score,
    SpotCheck,
)
from services.assessment.models.base import SCHEMA, Base, idempotency_records, metadata, outbox, outbox_events
from services.assessment.models.experts import Expert, ExpertStatusChange
from services.assessment.models.reference import (
    AccountingUnit,
    CalendarDay,
    CalendarYear,
    RuleSet,
    RuleSetBand,
    RuleSetLevel,
)

__all__ = [
    "OPEN_STATUSES",
    "SCHEMA",
    "AccountingUnit",
    "Application",
    "ApplicationTransition",
    "Base",
    "CalendarDay",
    "CalendarYear",
    "Conclusion",
    "Expert",
    "ExpertStatusChange",
    "LevelImport",
    "LevelImportError",
    "Objection",
    "PanelAssignment",
    "PanelDraw",
    "RuleSet",
    "RuleSetBand",
    "RuleSetLevel",
    "Score",
    "SpotCheck",
    "idempotency_records",
    "metadata",
    "outbox",
    "outbox_events",
]
