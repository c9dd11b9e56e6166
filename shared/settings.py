"""Configuration from the environment (prefix ``LTC_``), one object per process."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent
MIN_SECRET_LENGTH = 32
MAX_UPLOAD_BYTES = 4 * 1024**3  # a file upload (bulk import) route's own body limit


class Settings(BaseSettings):
    """Every variable a process of the platform reads. The README lists them."""

    model_config = SettingsConfigDict(env_prefix="LTC_", extra="ignore")

    database_url: str | None = Field(
        default=None,
        description="PostgreSQL URL; unset means the embedded server under data_dir",
    )
    data_dir: Path = Field(default=PROJECT_ROOT / ".ltc", description="embedded database and run files")
    internal_secret: SecretStr = Field(
        default=SecretStr(""),
        description="HMAC key shared by the gateway and the services for the signed principal header",
    )
    internal_secret_previous: SecretStr = Field(
        default=SecretStr(""),
        description="the secret before the current one, still accepted while a rotation rolls out",
    )
    signature_max_age_seconds: int = Field(default=30, ge=1)
    signature_replay_check: bool = Field(
        default=True,
        description="refuse a signature seen before; off only for a benchmark that replays one signed call",
    )

    host: str = "127.0.0.1"
    gateway_port: int = 8000
    enrollment_port: int = 8001
    assessment_port: int = 8002
    settlement_port: int = 8003
    oversight_port: int = 8004
    enrollment_url: str | None = None
    assessment_url: str | None = None
    settlement_url: str | None = None
    oversight_url: str | None = None

    workers: int = Field(
        default=1,
        ge=1,
        description="uvicorn worker processes per service (1 pays best on a small machine; README 'Workers')",
    )
    enrollment_workers: int | None = Field(default=None, ge=1, description="overrides workers for enrollment")
    assessment_workers: int | None = Field(default=None, ge=1, description="overrides workers for assessment")
    settlement_workers: int | None = Field(default=None, ge=1, description="overrides workers for settlement")
    oversight_workers: int | None = Field(default=None, ge=1, description="overrides workers for oversight")
    gateway_workers: int | None = Field(default=None, ge=1, description="overrides workers for the gateway")

    upstream_connect_timeout_seconds: float = 2.0
    upstream_read_timeout_seconds: float = 30.0
    upstream_upload_timeout_seconds: float = 600.0
    upstream_pool_size: int = 100

    db_pool_size: int = Field(
        default=10, ge=1, description="database connections a process keeps open (and never more, by default)"
    )
    db_max_overflow: int = Field(
        default=0,
        ge=0,
        description="connections opened beyond the pool for a burst and closed after it (0: the pool never "
        "churns; each one opened costs PostgreSQL a backend process)",
    )
    db_pool_timeout_seconds: float = Field(
        default=10.0, gt=0, description="how long a request waits for a free connection before a 503"
    )
    db_statement_timeout_ms: int = 60_000
    db_pool_pre_ping: bool = Field(
        default=False, description="test each pooled connection before use (one extra round trip)"
    )

    max_body_bytes: int = Field(
        default=8 * 1024 * 1024, ge=1024, description="largest request body outside the file-upload routes"
    )

    oversight_file_max_bytes: int = Field(
        default=20 * 1024 * 1024,
        ge=1024,
        le=1024**3,
        description="largest photo or document (JPEG, PNG, PDF) kept on an inspection or a case (413 above)",
    )

    feed_poll_seconds: float = Field(default=1.0, gt=0, description="how often an idle feed consumer polls")
    feed_max_attempts: int = Field(
        default=5, ge=1, description="failed attempts in a row before an event becomes a dead letter"
    )
    feed_stuck_after_failures: int = Field(
        default=3, ge=1, description="failed polls in a row before /readyz calls a consumer stuck"
    )
    feed_max_lag_events: int = Field(
        default=10_000, ge=0, description="events behind its producer before /readyz calls a consumer lagging"
    )
    feed_standby_retry_seconds: float = Field(
        default=2.0,
        gt=0,
        description="how often a standby process tries to take over a feed consumer another process runs",
    )
    feed_unhealthy_fails_readiness: bool = Field(
        default=False,
        description="a stopped, stuck or lagging consumer fails /readyz (503) instead of degrading it",
    )

    log_level: str = "INFO"
    log_json: bool = True

    api_key_cache_seconds: float = Field(default=5.0, ge=0)
    api_key_rotation_grace_seconds: int = Field(default=24 * 3600, ge=0)

    upload_spool_dir: Path | None = Field(
        default=None,
        description="where the gateway spools an upload to sign its digest (unset: the system's temp dir)",
    )
    upstream_health_timeout_seconds: float = Field(default=1.0, gt=0)
    upstream_health_cache_seconds: float = Field(default=2.0, ge=0)

    rate_limits_enabled: bool = True
    rate_limit_storage_url: str | None = Field(
        default=None,
        description="redis://host:port/db shared by every gateway replica; unset: each process counts alone",
    )
    rate_limit_key_prefix: str = "ltc-gateway"
    rate_limit_per_source: str = Field(
        default="300/second", description="calls under /api/ from one source address (limits notation)"
    )
    rate_limit_per_role: dict[str, str] = Field(
        default={
            "admin": "20/second",
            "bureau": "100/second",
            "contractor": "200/second",
            "institution": "100/second",
        },
        description="calls of one API client, by its role (limits notation, `;` between several)",
    )
    rate_limit_failed_keys: str = Field(
        default="10/minute;30/hour;100/day",
        description="bad API keys from one source address before it is locked out (growing lockout)",
    )

    console_lockout_threshold: int = Field(
        default=5, ge=1, description="failed console sign-ins in a row before a staff account is locked"
    )
    console_lockout_seconds: int = Field(
        default=15 * 60, ge=1, description="how long a staff account stays locked after those failures"
    )
    console_session_idle_seconds: int = Field(
        default=30 * 60, ge=60, description="a console session unused this long is signed out"
    )
    console_session_absolute_seconds: int = Field(
        default=12 * 3600, ge=60, description="a console session ends this long after sign-in, used or not"
    )
    console_secure_cookies: bool | None = Field(
        default=None,
        description="the console's cookies carry `Secure`: true/false; unset: when the request came over "
        "https or a proxy says so (`X-Forwarded-Proto: https`)",
    )

    @field_validator("internal_secret", "internal_secret_previous")
    @classmethod
    def long_enough(cls, value: SecretStr) -> SecretStr:
        if value.get_secret_value() and len(value.get_secret_value()) < MIN_SECRET_LENGTH:
            raise ValueError(f"must have at least {MIN_SECRET_LENGTH} characters (openssl rand -base64 48)")
        return value

    def verification_secrets(self) -> list[str]:
        """What a signature may be made with: the current secret, then the previous one."""
        return [self.internal_secret.get_secret_value(), self.internal_secret_previous.get_secret_value()]

    def workers_for(self, service: str) -> int:
        """Worker processes of ``service``: its own ``LTC_<SERVICE>_WORKERS``, else ``LTC_WORKERS``."""
        own: int | None = getattr(self, f"{service}_workers", None)
        return own if own is not None else self.workers

    def service_url(self, service: str) -> str:
        explicit: str | None = getattr(self, f"{service}_url")
        if explicit:
            return explicit.rstrip("/")
        port: int = getattr(self, f"{service}_port")
        return f"http://{self.host}:{port}"


class SettingsError(ValueError):
    """The environment gives a variable a value its setting refuses; raised at start-up, naming each one."""


S = TypeVar("S", bound=BaseSettings)


def load_settings(cls: type[S], **values: Any) -> S:
    """``cls`` from the environment (``values`` first), every ``LTC_*`` variable validated the same way: a
    value its setting refuses is a :class:`SettingsError` naming the variable (not the value: a secret?)."""
    try:
        return cls(**values)
    except ValidationError as exc:
        prefix = str(cls.model_config.get("env_prefix") or "")
        problems = [
            f"{(prefix + str(error['loc'][0])).upper() if error['loc'] else prefix + '*'}: {error['msg']}"
            for error in exc.errors()
        ]
        raise SettingsError("invalid configuration: " + "; ".join(problems)) from None


def get_settings() -> Settings:
    return load_settings(Settings)
