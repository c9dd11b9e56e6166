"""Fault-injection tests run on databases of their own whose transactions commit: a template migrated once
per worker (with the reference data ``make run`` loads), copied afresh for each test
(``bench.chaos.platform``)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bench.chaos.platform import Platform, Template
from shared.embedded_db import drop_database
from shared.principal import Principal, Role

LUCHENG, RUIAN = "330302", "330381"


@pytest.fixture(scope="session")
async def chaos_template(server_url: str, run_tag: str) -> AsyncIterator[Template]:
    template = Template(server_url, run_tag)
    await template.create()
    yield template
    await template.drop()


@pytest.fixture
async def platform(chaos_template: Template) -> AsyncIterator[Platform]:
    """The three service apps on a fresh copy of the template; consumers read one event per page."""
    url = await chaos_template.copy()
    platform = Platform(url, batch_size=1)
    yield platform
    await platform.close()
    await drop_database(url)


@pytest.fixture
def contractor() -> Principal:
    return Principal(
        client_id="chaos-test-contractor",
        name="contractor",
        role=Role.CONTRACTOR,
        county_codes=[LUCHENG, RUIAN],
    )


@pytest.fixture
def bureau() -> Principal:
    return Principal(client_id="chaos-test-bureau", name="bureau", role=Role.BUREAU)
