"""What the KPI endpoint answers when it refuses: each a status and a stable code."""

from __future__ import annotations

from shared.errors import Unprocessable


class KpiPeriodInverted(Unprocessable):
    """``period_to`` lies before ``period_from``."""

    code = "KPI_PERIOD_INVERTED"


class KpiInstitutionUnknown(Unprocessable):
    """No institution of this id in the counties asked for."""

    code = "KPI_INSTITUTION_UNKNOWN"


class KpiGroupUnsupported(Unprocessable):
    """A grouping this service does not answer, or a grouping asked together with one institution."""

    code = "KPI_GROUP_UNSUPPORTED"
