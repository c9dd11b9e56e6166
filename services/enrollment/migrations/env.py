"""Alembic environment of the enrollment service."""

from services.enrollment.models import metadata
from shared.migrations import run_env

run_env(metadata)
