"""Settlement's configuration: the platform's :class:`~shared.settings.Settings` and settlement's own
``LTC_SETTLEMENT_*`` variables, validated together when the app starts. Benefit amounts, the quality-deposit
share and the thresholds of the checks are rule data (``benefit_rule_sets``), not configuration."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from pydantic import Field

from shared.settings import Settings, load_settings


class SettlementConfig(Settings):
    """Every variable a settlement process reads (``LTC_*``, its own ones ``LTC_SETTLEMENT_*``)."""

    settlement_import_chunk_rows: int = Field(
        default=20_000, ge=100, description="rows per COPY into staging (LTC_SETTLEMENT_IMPORT_CHUNK_ROWS)"
    )


def settlement_config(settings: Settings | None = None) -> SettlementConfig:
    """The settlement configuration of a process: from the environment, or completing ``settings`` (the
    platform's, as a test builds them) with settlement's own variables; a refused value is a
    ``SettingsError`` naming the variable, at start-up."""
    if isinstance(settings, SettlementConfig):
        return settings
    if settings is None:
        return load_settings(SettlementConfig)
    return load_settings(SettlementConfig, **settings.model_dump())


def app_config(request: Request) -> SettlementConfig:
    """The configuration the app was started with (validated then)."""
    config = request.app.state.settings
    assert isinstance(config, SettlementConfig)
    return config


ConfigDep = Annotated[SettlementConfig, Depends(app_config)]
