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
from services.oversight.models.cases import (
    Case,
    CaseEntry,
    CaseStatus,
    CaseStatusChange,
    Recovery,
    RecoveryStatus,
    Sanction,
    SanctionKind,
    SanctionStatus,
)
from services.oversight.models.complaints import Complaint, ComplaintEvent, ComplaintStatus, ComplaintStep
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
from services.oversight.models.inspections import Inspection, InspectionPlan, RectificationStatus
from services.oversight.models.reference import AccountingUnit
from services.oversight.models.supervision import InstitutionMirror, OversightRule

__all__ = [
    "LIVE_STATUSES",
    "SCHEMA",
    "AccountingUnit",
    "Base",
    "Case",
    "CaseEntry",
    "CaseStatus",
    "CaseStatusChange",
    "Complaint",
    "ComplaintEvent",
    "ComplaintStatus",
    "ComplaintStep",
    "Contract",
    "ContractAcceptance",
    "ContractStatus",
    "ContractStatusChange",
    "Contractor",
    "FeeBasis",
    "Inspection",
    "InspectionPlan",
    "InstitutionMirror",
    "OversightRule",
    "ProcurementMethod",
    "Recovery",
    "RecoveryStatus",
    "RectificationStatus",
    "Sanction",
    "SanctionKind",
    "SanctionStatus",
    "consumer_cursors",
    "feed_dead_letters",
    "idempotency_records",
    "metadata",
    "outbox",
    "outbox_events",
]
