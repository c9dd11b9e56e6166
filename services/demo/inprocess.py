"""The platform in one process, for loading the demo world: the gateway in front of the three real service
apps (each call authenticated, signed, audited and answered by the services' own routes), every session in
one database transaction that the caller commits at the end (the world is there whole or not at all), and
the real feed consumers run until they reach their producers' heads.

The assessment service's date can be pinned (``app.state.today``), which is how the demo's July 2022 panel,
publicity and service happen on their dates."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from shared.app import internal_client
from shared.consumer import FeedConsumer, consumer_options
from shared.settings import Settings

HOSTS = {s: f"http://{s}.demo" for s in ("enrollment", "assessment", "settlement", "oversight")}


def in_process_settings(settings: Settings, secret: str) -> Settings:
    """The same settings, the services reached in-process and no rate limit (one caller, many calls)."""
    from pydantic import SecretStr

    return settings.model_copy(
        update={
            "internal_secret": SecretStr(secret),
            "enrollment_url": HOSTS["enrollment"],
            "assessment_url": HOSTS["assessment"],
            "settlement_url": HOSTS["settlement"],
            "oversight_url": HOSTS["oversight"],
            "rate_limits_enabled": False,
            "log_level": "WARNING",
        }
    )


@dataclass
class InProcess:
    gateway: httpx.AsyncClient
    apps: dict[str, FastAPI]
    consumers: list[FeedConsumer]
    sessionmaker: async_sessionmaker[AsyncSession]

    def set_assessment_today(self, day: dt.date | None) -> None:
        self.apps["assessment"].state.today = day

    async def bind_contractor(self, key: str, contractor_id: str) -> None:
        """Bind the contractor client holding ``key`` to the contractor (the gateway's own step, as an
        admin's new client with ``contractor_id`` takes it): its writes are judged by the contract."""
        from services.gateway.reference.demo_clients import bind_contractor_client

        async with self.sessionmaker() as session, session.begin():
            await bind_contractor_client(session, key, uuid.UUID(contractor_id))

    async def catch_up_feeds(self) -> int:
        """Poll every consumer until none moves; how many events they passed."""
        passed = 0
        while moved := sum([await c.poll_once() for c in self.consumers]):
            passed += moved
        return passed


@asynccontextmanager
async def platform(
    settings: Settings, engine: AsyncEngine, sessionmaker: async_sessionmaker[AsyncSession]
) -> AsyncIterator[InProcess]:
    from services.assessment.app import create_app as create_assessment
    from services.enrollment.app import create_app as create_enrollment
    from services.enrollment.feeds import AssessmentConsumer as EnrollmentReadsAssessment
    from services.gateway.app import attach_state
    from services.gateway.app import create_app as create_gateway
    from services.gateway.contracts.consumer import OversightContractsConsumer
    from services.gateway.transports import HttpxTransport
    from services.oversight.app import create_app as create_oversight
    from services.settlement.app import create_app as create_settlement
    from services.settlement.feeds.consumers import AssessmentConsumer, EnrollmentConsumer

    apps: dict[str, FastAPI] = {
        "enrollment": create_enrollment(settings),
        "assessment": create_assessment(settings),
        "settlement": create_settlement(settings),
        "oversight": create_oversight(settings),
    }
    for app in apps.values():
        app.state.engine = engine
        app.state.sessionmaker = sessionmaker

    def to(caller: str, target: str) -> httpx.AsyncClient:
        return internal_client(settings, caller, target, transport=httpx.ASGITransport(app=apps[target]))

    clients = {
        "assessment→enrollment": to("assessment", "enrollment"),
        "settlement→enrollment": to("settlement", "enrollment"),
        "settlement→assessment": to("settlement", "assessment"),
        "enrollment→assessment": to("enrollment", "assessment"),
        "gateway→oversight": to("gateway", "oversight"),
    }
    apps["assessment"].state.enrollment_client = clients["assessment→enrollment"]
    consumers: list[FeedConsumer] = [
        EnrollmentConsumer(
            clients["settlement→enrollment"], sessionmaker, **consumer_options(apps["settlement"])
        ),
        AssessmentConsumer(
            clients["settlement→assessment"], sessionmaker, **consumer_options(apps["settlement"])
        ),
        EnrollmentReadsAssessment(
            clients["enrollment→assessment"], sessionmaker, **consumer_options(apps["enrollment"])
        ),
        # the contracts oversight announces, so that the demo contractor's client can be bound to its own
        OversightContractsConsumer(clients["gateway→oversight"], sessionmaker),
    ]
    gateway_app = create_gateway(settings)
    upstream = HttpxTransport(
        httpx.AsyncClient(mounts={f"all://{s}.demo": httpx.ASGITransport(app=app) for s, app in apps.items()})
    )
    try:
        attach_state(gateway_app, engine, sessionmaker, upstream)
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=gateway_app), base_url="http://gateway.demo"
        ) as gateway:
            yield InProcess(gateway, apps, consumers, sessionmaker)
    finally:
        await upstream.aclose()
        for client in clients.values():
            await client.aclose()
