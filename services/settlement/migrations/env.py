"""Alembic environment of the settlement service."""

from services.settlement.models import metadata
from shared.migrations import run_env

run_env(metadata)
