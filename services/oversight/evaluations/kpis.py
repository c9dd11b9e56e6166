"""Where computed indicators come from: a registry of KPI providers, ``service name → fetch``.

A computed indicator names its KPI as ``<service>.<code>`` (``settlement.payout_lag_days``); an evaluation
asks each service it needs once, for the subject's counties and period (and the institution, for an
institution's evaluation), and keeps the report it got as evidence. The providers:

- ``enrollment``, ``assessment``, ``settlement``: ``GET /internal/kpis?county_code=…(repeated)&period_from=
  &period_to=[&institution_id=]`` on the service, signed as oversight (``shared.app.internal_client``),
  answering a KPI report ``{service, county_codes, period_from, period_to, institution_id, indicators:
  [{code, numerator, denominator | null, unit: ratio|fen|days|count, description}]}``;
- ``oversight``: what oversight itself holds, read in its own transaction — today the acceptances of
  fulfilment (``acceptances``, ``fee_withheld_share``). Inspections, cases, recoveries and complaints add
  their indicators here: write an ``async def (context, query) -> report`` and register it under its name
  in :data:`PROVIDERS` (or add codes to :func:`oversight_kpis`).

A measured value: a ratio in basis points (numerator × 10000 / denominator), days as the mean
(numerator / denominator) when a denominator is given, counts and fen as the numerator; a ratio or a mean
over nothing (denominator 0) has no value and earns no points. A scheme's ``kpi_code`` must be one of
:func:`known_kpi_codes` (``KPI_CODE_UNKNOWN``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import httpx
from pydantic import BaseModel, ValidationError
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from contracts import kpis as contract
from services.oversight.evaluations.exceptions import KpiQueryRefused, KpiUnavailable

Unit = Literal["ratio", "fen", "days", "count"]
HTTP_SERVICES = contract.KPI_SERVICES
OVERSIGHT_KPIS = {
    "acceptances": "periods of contract fulfilment accepted (履约检查验收)",
    "fee_withheld_share": "share of the accepted fee withheld for shortcomings",
}


def known_kpi_codes() -> set[str]:
    """Every ``<service>.<code>`` a computed indicator may name: the services' catalogue and oversight's."""
    return {f"{service}.{code}" for service, codes in contract.CATALOGUE.items() for code in codes} | {
        f"oversight.{code}" for code in OVERSIGHT_KPIS
    }


class KpiIndicator(BaseModel):
    """``contracts.kpis.Indicator``, for every provider (oversight's own too)."""

    code: str
    numerator: int
    denominator: int | None = None
    unit: Unit
    description: str = ""


class KpiReport(BaseModel):
    """``contracts.kpis.KpiReport`` with any provider's name (the services answer that contract)."""

    service: str
    county_codes: list[str]
    period_from: dt.date
    period_to: dt.date
    institution_id: str | None = None
    indicators: list[KpiIndicator]


@dataclass(frozen=True)
class KpiQuery:
    county_codes: list[str]
    period_from: dt.date
    period_to: dt.date
    institution_id: str | None = None


@dataclass
class KpiContext:
    session: AsyncSession
    clients: Mapping[str, httpx.AsyncClient] = field(default_factory=dict)


Provider = Callable[[KpiContext, KpiQuery], Awaitable[KpiReport]]


Params = list[tuple[str, str | int | float | bool | None]]


async def _get(context: KpiContext, service: str, params: Params) -> Any:
    """One signed call to a service's KPI endpoint: its JSON, or the refusal / unavailability as ours."""
    client = context.clients.get(service)
    if client is None:
        raise KpiUnavailable(f"no client for {service}'s KPI report", service=service)
    try:
        response = await client.get(contract.KPI_PATH, params=params)
    except httpx.HTTPError as exc:
        raise KpiUnavailable(f"{service} did not answer its KPI report: {exc}", service=service) from exc
    if response.status_code in (404, 422):
        try:
            body = response.json()
        except ValueError:
            body = {}
        raise KpiQueryRefused(
            f"{service} refused the KPI query: {body.get('detail', response.status_code)}",
            service=service,
            upstream_code=body.get("code"),
        )
    if response.status_code != 200:
        raise KpiUnavailable(
            f"{service} answered its KPI report with {response.status_code}", service=service
        )
    try:
        return response.json()
    except ValueError as exc:
        raise KpiUnavailable(f"{service}'s KPI report is not JSON: {exc}", service=service) from exc


def _params(county_codes: list[str], period_from: dt.date, period_to: dt.date) -> Params:
    params: Params = [("county_code", c) for c in county_codes]
    return [*params, ("period_from", period_from.isoformat()), ("period_to", period_to.isoformat())]


def http_provider(service: str) -> Provider:
    async def fetch(context: KpiContext, query: KpiQuery) -> KpiReport:
        params = _params(query.county_codes, query.period_from, query.period_to)
        if query.institution_id is not None:
            params.append(("institution_id", query.institution_id))
        body = await _get(context, service, params)
        try:
            answered = contract.KpiReport.model_validate(body)
            return KpiReport.model_validate(answered.model_dump())
        except ValidationError as exc:
            raise KpiUnavailable(f"{service}'s KPI report is not one: {exc}", service=service) from exc

    return fetch


@dataclass(frozen=True)
class KpiGroupQuery:
    """Every group's figures in one call: counties asked, the period, and how to group them."""

    county_codes: list[str]
    period_from: dt.date
    period_to: dt.date
    group_by: contract.GroupBy


GroupedProvider = Callable[[KpiContext, KpiGroupQuery], Awaitable[list[KpiReport]]]


def http_grouped_provider(service: str) -> GroupedProvider:
    async def fetch(context: KpiContext, query: KpiGroupQuery) -> list[KpiReport]:
        params = _params(query.county_codes, query.period_from, query.period_to)
        body = await _get(context, service, [*params, ("group_by", query.group_by)])
        try:
            answered = contract.KpiGroupedReport.model_validate(body)
            return [KpiReport.model_validate(r.model_dump()) for r in answered.reports]
        except ValidationError as exc:
            raise KpiUnavailable(
                f"{service}'s grouped KPI report is not one: {exc}", service=service
            ) from exc

    return fetch


GROUPED_PROVIDERS: dict[str, GroupedProvider] = {
    service: http_grouped_provider(service) for service in HTTP_SERVICES
}
"""The providers that answer every group in one call (``group_by``); the others are asked per subject."""

GROUPINGS: dict[str, set[contract.GroupBy]] = {
    "enrollment": {"county"},
    "assessment": {"county"},
    "settlement": {"county", "institution"},
}
"""What each grouped provider groups by."""


async def oversight_kpis(context: KpiContext, query: KpiQuery) -> KpiReport:
    """Oversight's own indicators over what it holds today: the periods of fulfilment accepted in the
    period for contracts covering the counties, and the share of their fee withheld."""
    row = (
        await context.session.execute(
            text(
                """
                SELECT count(*) AS accepted, coalesce(sum(a.fee_payable_fen), 0) AS payable,
                       coalesce(sum(a.withheld_fen), 0) AS withheld
                FROM oversight.contract_acceptances a
                JOIN oversight.contracts c ON c.id = a.contract_id
                WHERE c.county_codes && cast(:counties AS text[])
                  AND a.period_start >= :period_from AND a.period_end <= :period_to
                """
            ),
            {"counties": query.county_codes, "period_from": query.period_from, "period_to": query.period_to},
        )
    ).one()
    return KpiReport(
        service="oversight",
        county_codes=query.county_codes,
        period_from=query.period_from,
        period_to=query.period_to,
        institution_id=query.institution_id,
        indicators=[
            KpiIndicator(
                code="acceptances",
                numerator=int(row.accepted),
                unit="count",
                description=OVERSIGHT_KPIS["acceptances"],
            ),
            KpiIndicator(
                code="fee_withheld_share",
                numerator=int(row.withheld),
                denominator=int(row.payable),
                unit="ratio",
                description=OVERSIGHT_KPIS["fee_withheld_share"],
            ),
        ],
    )


PROVIDERS: dict[str, Provider] = {
    **{service: http_provider(service) for service in HTTP_SERVICES},
    "oversight": oversight_kpis,
}


def measured(indicator: KpiIndicator) -> int | None:
    """The value bands are applied to (see the module's docstring)."""
    if indicator.unit == "ratio":
        if not indicator.denominator:
            return None
        return (indicator.numerator * 10000 + indicator.denominator // 2) // indicator.denominator
    if indicator.unit == "days" and indicator.denominator is not None:
        if indicator.denominator == 0:
            return None
        return (indicator.numerator + indicator.denominator // 2) // indicator.denominator
    return indicator.numerator


def report_json(report: KpiReport) -> dict[str, Any]:
    return report.model_dump(mode="json")
