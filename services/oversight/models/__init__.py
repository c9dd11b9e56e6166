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
from services.oversight.models.reference import AccountingUnit
from services.oversight.models.training import (
    CertificateStatus,
    TrainingCertificate,
    TrainingCourse,
    TrainingResult,
    TrainingResultImport,
    TrainingResultImportError,
    TrainingSession,
)

__all__ = [
    "LIVE_STATUSES",
    "SCHEMA",
    "AccountingUnit",
    "Base",
    "CertificateStatus",
    "Contract",
    "ContractAcceptance",
    "ContractStatus",
    "ContractStatusChange",
    "Contractor",
    "FeeBasis",
    "ProcurementMethod",
    "TrainingCertificate",
    "TrainingCourse",
    "TrainingResult",
    "TrainingResultImport",
    "TrainingResultImportError",
    "TrainingSession",
    "consumer_cursors",
    "feed_dead_letters",
    "idempotency_records",
    "metadata",
    "outbox",
    "outbox_events",
]
