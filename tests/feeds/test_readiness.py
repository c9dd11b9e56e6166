"""A consumer that is stopped, stuck or lagging is seen from outside: ``/readyz`` says so (degraded, or 503
when so configured) and ``/metrics`` carries the numbers an alert needs."""

from __future__ import annotations

import uuid

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from contracts import enrollment
from services.enrollment.models import outbox_events as enrollment_events
from services.settlement.feeds.consumers import EnrollmentConsumer
from services.settlement.ledger import service as ledger
from services.settlement.models import InsuredPerson, consumer_cursors, feed_dead_letters
from shared.consumer import attach, consumer_options
from shared.dead_letters import discard, list_dead_letters
from tests.conftest import signed_service_client, test_settings
from tests.feeds.support import drain, publish, publish_raw, start_at_head

LUCHENG = "330302"
LABELS = '{consumer="settlement.enrollment",source="enrollment"}'


async def money_feed(
    app: FastAPI, service_apps: dict[str, FastAPI], sessionmaker: async_sessionmaker[AsyncSession]
) -> EnrollmentConsumer:
    """Settlement's reader of enrollment's feed as its lifespan makes it, from the feed's head on."""
    async with sessionmaker() as session:
        name = EnrollmentConsumer.name
        await start_at_head(session, consumer_cursors, name, "enrollment", enrollment_events)
        await session.commit()
    client = signed_service_client(service_apps["enrollment"], "settlement")
    consumer = EnrollmentConsumer(client, sessionmaker, **consumer_options(app))
    attach(app, [consumer])
    return consumer


def enrol(session: AsyncSession, person_id: uuid.UUID) -> None:
    payload = {**enrollment.PersonEnrolled.example, "person_id": str(person_id)}
    publish(session, enrollment.FEED, enrollment_events, "person.enrolled", str(person_id), LUCHENG, payload)


def contribution(amount: object) -> dict[str, object]:
    return {**enrollment.ContributionReceived.example, "payment_id": str(uuid.uuid4()), "amount_fen": amount}


async def readyz(app: FastAPI) -> httpx.Response:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://s.test") as client:
        return await client.get("/readyz")


async def metrics(app: FastAPI) -> str:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://s.test") as client:
        return (await client.get("/metrics")).text


class TestAStoppedMoneyFeedIsVisible:
    async def test_readyz_and_metrics_show_the_stop_and_a_discard_lets_the_feed_go_on(
        self,
        service_apps: dict[str, FastAPI],
        sessionmaker: async_sessionmaker[AsyncSession],
        session: AsyncSession,
    ) -> None:
        app = service_apps["settlement"]
        consumer = await money_feed(app, service_apps, sessionmaker)
        assert (await readyz(app)).json()["feeds"]["settlement.enrollment"]["state"] == "starting"
        person = uuid.uuid4()
        enrol(session, person)
        publish_raw(session, enrollment_events, "contribution.received", "p-1", LUCHENG, contribution("lots"))
        income = await ledger.balances(session, LUCHENG)
        publish(session, enrollment.FEED, enrollment_events, "contribution.received", "p-2", LUCHENG,
                contribution(5000))  # fmt: skip
        await session.commit()

        assert await drain(consumer) == 1, "the enrolment applies, the broken payment stops the feed"
        assert await session.get(InsuredPerson, person) is not None
        assert await ledger.balances(session, LUCHENG) == income, "no payment after the stop took effect"
        response = await readyz(app)
        assert response.status_code == 200
        body = response.json()
        assert body["status"] == "degraded"
        report = body["feeds"]["settlement.enrollment"]
        assert (report["state"], report["policy"], report["dead_letters_open"]) == ("stopped", "stop", 1)
        [letter] = await list_dead_letters(session, feed_dead_letters)
        assert report["stopped_at"]["dead_letter_id"] == letter["id"]
        assert "amount_fen" in letter["error"]
        assert f"dead letter {letter['id']}" in body["degraded"][0]
        exposed = await metrics(app)
        assert f"ltc_feed_stopped{LABELS} 1.0" in exposed
        assert f"ltc_feed_dead_letters_open{LABELS} 1.0" in exposed

        await discard(session, feed_dead_letters, consumer_cursors, letter["id"], by="ops", note="resent")
        await session.commit()
        assert await drain(consumer) == 1
        account = "income_contribution_individual"
        assert (await ledger.balances(session, LUCHENG))[account] - income.get(account, 0) == -5000
        body = (await readyz(app)).json()
        assert (body["status"], body["feeds"]["settlement.enrollment"]["state"]) == ("ready", "ok")
        assert f"ltc_feed_stopped{LABELS} 0.0" in await metrics(app)

    async def test_readiness_fails_instead_when_configured_so(
        self,
        database_url: str,
        service_apps: dict[str, FastAPI],
        sessionmaker: async_sessionmaker[AsyncSession],
        session: AsyncSession,
    ) -> None:
        from services.settlement.app import create_app

        app = create_app(test_settings(database_url, feed_unhealthy_fails_readiness=True))
        app.state.engine = service_apps["settlement"].state.engine
        app.state.sessionmaker = sessionmaker
        consumer = await money_feed(app, service_apps, sessionmaker)
        publish_raw(session, enrollment_events, "contribution.received", "p-1", LUCHENG, contribution(-1))
        await session.commit()
        assert await drain(consumer) == 0
        response = await readyz(app)
        assert response.status_code == 503
        assert response.headers["content-type"] == "application/problem+json"
        body = response.json()
        assert body["code"] == "NOT_READY"
        assert "settlement.enrollment stopped at event" in body["detail"]
        assert body["feeds"]["settlement.enrollment"]["state"] == "stopped"
