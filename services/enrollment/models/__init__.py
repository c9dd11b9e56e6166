"""ORM models of the enrollment service (schema ``enrollment``)."""

from services.enrollment.models.base import Base, idempotency_records, metadata, outbox, outbox_events
from services.enrollment.models.care import InstitutionClient, consumer_cursors, feed_dead_letters
from services.enrollment.models.contributions import CHANNELS, BillState, ContributionBill, Payment
from services.enrollment.models.imports import ImportJob, ImportRowError
from services.enrollment.models.persons import (
    CATEGORIES,
    STATUSES,
    Employer,
    Person,
    PersonCountyChange,
    PersonStatus,
    PersonStatusChange,
)
from services.enrollment.models.reference import ContributionPolicy, County, CountyInsuredTarget, CountyScheme

__all__ = [
    "CATEGORIES",
    "CHANNELS",
    "STATUSES",
    "Base",
    "BillState",
    "ContributionBill",
    "ContributionPolicy",
    "County",
    "CountyInsuredTarget",
    "CountyScheme",
    "Employer",
    "ImportJob",
    "ImportRowError",
    "InstitutionClient",
    "Payment",
    "Person",
    "PersonCountyChange",
    "PersonStatus",
    "PersonStatusChange",
    "consumer_cursors",
    "feed_dead_letters",
    "idempotency_records",
    "metadata",
    "outbox",
    "outbox_events",
]
