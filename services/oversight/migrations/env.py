"""Alembic environment of the oversight service."""

from services.oversight.models import metadata
from shared.migrations import run_env

run_env(metadata)
