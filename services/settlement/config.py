"""Settlement's own configuration (prefix ``LTC_SETTLEMENT_``). Benefit amounts, the quality-deposit share
and the thresholds of the checks are rule data (``benefit_rule_sets``), not configuration."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class SettlementConfig(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="LTC_SETTLEMENT_", extra="ignore")

    import_chunk_rows: int = Field(default=20_000, ge=100, description="rows per COPY into staging")


def get_config() -> SettlementConfig:
    return SettlementConfig()
