"""The KPI report's shape is the contract's (``contracts.kpis``): producer and consumer share it."""

from __future__ import annotations

from contracts.kpis import EnrollmentKpi, Indicator, KpiGroupedReport, KpiReport

__all__ = ["EnrollmentKpi", "Indicator", "KpiGroupedReport", "KpiReport"]
