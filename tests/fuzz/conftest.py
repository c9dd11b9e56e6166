"""The whole platform in-process for the fuzz: the gateway in front of the three real service apps, assessment
asking the real enrollment app about coverage, assessment's reference data loaded, and everything inside the
test's rolled-back transaction (``tests/conftest.py``), so fuzzed writes never reach another test."""

from __future__ import annotations

import pytest
from fastapi import FastAPI

from tests.assessment.conftest import assessment_app, assessment_reference  # noqa: F401


@pytest.fixture
def platform(assessment_app: FastAPI, gateway_app: FastAPI) -> FastAPI:  # noqa: F811
    """The gateway app, with assessment's coverage calls answered by the in-process enrollment app and its
    date pinned (``tests/assessment/conftest.py``)."""
    return gateway_app
