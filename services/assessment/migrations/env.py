"""Alembic environment of the assessment service."""

from services.assessment.models import metadata
from shared.migrations import run_env

run_env(metadata)
