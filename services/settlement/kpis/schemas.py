"""The KPI report's shape is the contract's (``contracts.kpis``): producer and consumer share it."""

from __future__ import annotations

from contracts.kpis import Indicator, KpiGroupedReport, KpiReport, SettlementKpi

__all__ = ["Indicator", "KpiGroupedReport", "KpiReport", "SettlementKpi"]
