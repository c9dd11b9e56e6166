"""ORM models of the enrollment service (schema ``enrollment``)."""

from services.enrollment.models.base import Base, metadata, outbox, outbox_events
from services.enrollment.models.reference import ContributionPolicy, County, CountyInsuredTarget

__all__ = [
    "Base",
    "ContributionPolicy",
    "County",
    "CountyInsuredTarget",
    "metadata",
    "outbox",
    "outbox_events",
]
