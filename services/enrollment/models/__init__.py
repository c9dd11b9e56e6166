"""ORM models of the enrollment service (schema ``enrollment``)."""

from services.enrollment.models.base import Base, idempotency_records, metadata, outbox, outbox_events
from services.enrollment.models.reference import ContributionPolicy, County, CountyInsuredTarget

__all__ = [
    "Base",
    "ContributionPolicy",
    "County",
    "CountyInsuredTarget",
    "idempotency_records",
    "metadata",
    "outbox",
    "outbox_events",
]
