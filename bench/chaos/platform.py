"""The platform a chaos seed runs on: the real service apps in-process, on a real database of its own whose
transactions commit, with the feed consumers driven by hand.

A migrated template database with the reference data (as ``make run`` loads it) is made once per process;
each seed runs on a fresh copy of it (``CREATE DATABASE … TEMPLATE``), so a seed's outcome depends on its
number only. The apps are reached directly (signed as the gateway signs), not through the gateway: the
faults here are the services' and the feeds', and the gateway's own behaviour is tested on its own.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import asyncpg
import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bench.chaos.faults import ChaosSession, FlakyFeed
from services.assessment.app import create_app as create_assessment
from services.enrollment.app import create_app as create_enrollment
from services.enrollment.feeds import AssessmentConsumer as EnrollmentAssessmentConsumer
from services.launcher import load_reference_data
from services.settlement.app import create_app as create_settlement
from services.settlement.feeds.consumers import AssessmentConsumer, EnrollmentConsumer
from shared import migrations
from shared.app import internal_client
from shared.consumer import FeedConsumer
from shared.db import create_engine, sync_url
from shared.embedded_db import drop_database, ensure_database, with_database
from shared.feed_health import FeedLimits, FeedMetrics
from shared.principal import Principal, SignedPrincipalAuth, service_principal
from shared.settings import Settings

SECRET = "chaos-internal-secret-at-least-32-characters"
HOSTS = {s: f"http://{s}.chaos" for s in ("enrollment", "assessment", "settlement")}
SERVICES = ("enrollment", "assessment", "settlement", "oversight")  # migrated into the template
ASSESSMENT_TODAY = dt.date(2026, 3, 2)  # a Monday in a year the working calendar knows
CONSUMERS: dict[str, tuple[type[FeedConsumer], str]] = {
    EnrollmentConsumer.name: (EnrollmentConsumer, "settlement"),
    AssessmentConsumer.name: (AssessmentConsumer, "settlement"),
    EnrollmentAssessmentConsumer.name: (EnrollmentAssessmentConsumer, "enrollment"),
}
MAX_ATTEMPTS = 3
_databases = itertools.count(1)


def chaos_settings(database_url: str) -> Settings:
    return Settings(
        database_url=database_url,
        internal_secret=SECRET,
        enrollment_url=HOSTS["enrollment"],
        assessment_url=HOSTS["assessment"],
        settlement_url=HOSTS["settlement"],
        log_json=False,
        log_level="CRITICAL",
        db_pool_size=20,
        db_max_overflow=20,
    )


class Template:
    """The migrated database with reference data that every seed copies."""

    def __init__(self, server_url: str, tag: str) -> None:
        self.server_url = server_url
        self.tag = tag
        self.url = with_database(server_url, f"ltc_chaos_template_{tag}")

    async def create(self) -> None:
        await ensure_database(self.url, recreate=True)
        for service in SERVICES:
            await asyncio.to_thread(migrations.upgrade, service, self.url)
        await load_reference_data(self.url, chaos_settings(self.url), demo=False)

    async def copy(self) -> str:
        """A fresh database copied from the template."""
        url = with_database(self.server_url, f"ltc_chaos_{self.tag}_{next(_databases)}")
        name = url.rsplit("/", 1)[-1].split("?")[0]
        admin = await asyncpg.connect(sync_url(with_database(self.server_url, "postgres")))
        try:
            await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            template = self.url.rsplit("/", 1)[-1].split("?")[0]
            await admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        finally:
            await admin.close()
        return url

    async def drop(self) -> None:
        await drop_database(self.url)


def signed_client(
    app: FastAPI, principal: Principal, base_url: str = "http://service.chaos"
) -> httpx.AsyncClient:
    """A client of one app calling as ``principal``, signed as the gateway signs."""
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app),
        base_url=base_url,
        auth=SignedPrincipalAuth(lambda: SECRET, principal),
        timeout=120,
    )


@dataclass
class Platform:
    """The three service apps on one database, and their feed consumers (polled by hand)."""

    database_url: str
    batch_size: int = 50
    engine: AsyncEngine = field(init=False)
    apps: dict[str, FastAPI] = field(init=False)
    feeds: dict[str, FlakyFeed] = field(init=False)
    consumers: dict[str, FeedConsumer] = field(init=False)
    metrics: dict[str, FeedMetrics] = field(init=False)
    restarts: int = 0
    _clients: list[httpx.AsyncClient] = field(default_factory=list)

    def __post_init__(self) -> None:
        settings = chaos_settings(self.database_url)
        self.settings = settings
        self.engine = create_engine(settings, self.database_url, "ltc-chaos")
        factories: dict[str, Callable[[Settings], FastAPI]] = {
            "enrollment": create_enrollment,
            "assessment": create_assessment,
            "settlement": create_settlement,
        }
        self.apps = {}
        for service, factory in factories.items():
            app = factory(settings)
            app.state.engine = self.engine
            app.state.sessionmaker = self.sessions(service)
            self.apps[service] = app
        coverage = internal_client(
            settings, "assessment", "enrollment", transport=httpx.ASGITransport(app=self.apps["enrollment"])
        )
        self._clients.append(coverage)
        self.apps["assessment"].state.enrollment_client = coverage
        self.apps["assessment"].state.today = ASSESSMENT_TODAY
        self.feeds = {}
        self.metrics = {}
        self.consumers = {}
        for name, (consumer_cls, _) in CONSUMERS.items():
            self.feeds[name] = FlakyFeed(httpx.ASGITransport(app=self.apps[consumer_cls.source]))
            self.metrics[name] = FeedMetrics(_registry())
            self.consumers[name] = self._consumer(name)

    def sessions(self, service: str) -> async_sessionmaker[AsyncSession]:
        return async_sessionmaker(
            self.engine, class_=ChaosSession, expire_on_commit=False, autoflush=False, service=service
        )

    def _consumer(self, name: str) -> FeedConsumer:
        consumer_cls, service = CONSUMERS[name]
        client = httpx.AsyncClient(
            transport=self.feeds[name],
            base_url=HOSTS[consumer_cls.source],
            auth=SignedPrincipalAuth(lambda: SECRET, service_principal(service)),
            timeout=120,
        )
        self._clients.append(client)
        return consumer_cls(
            client,
            self.sessions(service),
            batch_size=self.batch_size,
            limits=FeedLimits(max_attempts=MAX_ATTEMPTS),
            metrics=self.metrics[name],
        )

    def restart(self, name: str) -> FeedConsumer:
        """The consumer's process starts again: a new instance, nothing remembered but its database."""
        self.restarts += 1
        self.consumers[name] = self._consumer(name)
        return self.consumers[name]

    def client(self, service: str, principal: Principal) -> httpx.AsyncClient:
        client = signed_client(self.apps[service], principal, HOSTS[service])
        self._clients.append(client)
        return client

    async def close(self) -> None:
        for client in self._clients:
            await client.aclose()
        await self.engine.dispose()


def _registry() -> Any:
    from prometheus_client import CollectorRegistry

    return CollectorRegistry()
