"""The errors of reviews: each a class with its HTTP status (from its base) and its stable code. An unknown
record is disputes' ``ServiceRecordNotFound`` (``RECORD_NOT_FOUND``)."""

from __future__ import annotations

from shared.errors import Conflict


class ReviewRecordSettled(Conflict):
    """The records named are settled; their review is final (the institution may dispute)."""

    code = "RECORD_SETTLED"


class SecondReviewDone(Conflict):
    """The records named have their second review (复核) already."""

    code = "SECOND_REVIEW_DONE"


class FirstReviewMissing(Conflict):
    """A second review needs a first review (初审) of each record."""

    code = "FIRST_REVIEW_MISSING"


class SameReviewer(Conflict):
    """The second review is by another person than the first."""

    code = "SAME_REVIEWER"
