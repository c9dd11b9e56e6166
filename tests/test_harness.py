"""The suite's own harness: what one test builds is let go when it ends, so that a worker's heap — and the
time Python's collector spends walking it — does not grow with every test it has run."""

from __future__ import annotations

import gc
import weakref

import pytest

from services.gateway.app import create_app as create_gateway
from tests.conftest import _FASTAPI_CALLABLE_CACHES, test_settings


def test_an_app_a_test_builds_is_let_go_once_fastapis_caches_are_forgotten() -> None:
    assert _FASTAPI_CALLABLE_CACHES, "FastAPI no longer has the caches the harness forgets: look again"
    app = weakref.ref(create_gateway(test_settings("postgresql://nobody@/nothing")))
    gc.collect()
    assert app() is not None, "FastAPI's caches hold the gateway's own endpoints, and through them the app"
    for cached in _FASTAPI_CALLABLE_CACHES:
        cached.cache_clear()
    gc.collect()
    assert app() is None


@pytest.mark.xdist_group("harness")
def test_a_test_of_a_group_is_scheduled_with_its_group(request: pytest.FixtureRequest) -> None:
    """``make test`` keeps an ``xdist_group`` (the real processes, the browser, the client generators) on one
    worker: they share one launcher there and do not crowd the two cores at once. pytest-xdist tells the
    scheduler by the group's suffix on the node id; pytest 9.2 made that suffix vanish without a word."""
    if not getattr(request.config.option, "loadgroup", False):  # what xdist sets on its workers
        pytest.skip("not run with --dist loadgroup")
    assert request.node.nodeid.endswith("@harness")
