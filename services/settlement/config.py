"""Settlement's own configuration (prefix ``LTC_SETTLEMENT_``): thresholds of the checks and the share of
each payment withheld as a quality deposit. Benefit amounts are rule data, not configuration."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class SettlementConfig(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="LTC_SETTLEMENT_", extra="ignore")

    checkin_max_distance_m: int = Field(default=500, ge=0, description="check-in farther from home is cut")
    quality_deposit_bp: int = Field(default=500, ge=0, le=10_000, description="withheld share, basis points")
    coverage_requires_contribution: bool = Field(
        default=True, description="coverage needs a contribution received for the service year"
    )
    regular_times_min_visits: int = Field(
        default=15, ge=2, description="this many visits in a month all at one start time are flagged"
    )
    import_chunk_rows: int = Field(default=20_000, ge=100, description="rows per COPY into staging")


def get_config() -> SettlementConfig:
    return SettlementConfig()
