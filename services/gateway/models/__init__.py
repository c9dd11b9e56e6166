"""ORM models of the gateway (schema ``gateway``): API clients, their hashed keys, the audit log, the
contractors' service contracts as oversight announces them (``contract.changed``), and the console's staff
accounts with their sessions."""

from __future__ import annotations

import datetime as dt
import uuid
from enum import StrEnum

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Identity,
    Index,
    Integer,
    LargeBinary,
    SmallInteger,
    String,
    Text,
    Uuid,
    func,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from shared.consumer import cursor_table
from shared.db import schema_metadata
from shared.dead_letters import dead_letter_table
from shared.idempotency import idempotency_table
from shared.principal import Role

SCHEMA = "gateway"
metadata = schema_metadata(SCHEMA)


class Base(DeclarativeBase):
    metadata = metadata


idempotency_records = idempotency_table(metadata)
consumer_cursors = cursor_table(metadata)
feed_dead_letters = dead_letter_table(metadata)


_CLIENT_ROLES = ", ".join(f"'{role.value}'" for role in Role if role is not Role.SERVICE)


class ApiClient(Base):
    """A client system with one role and its scope (counties for a contractor, one institution)."""

    __tablename__ = "api_clients"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    name: Mapped[str] = mapped_column(Text, nullable=False, unique=True)
    role: Mapped[str] = mapped_column(Text, nullable=False)
    county_codes: Mapped[list[str]] = mapped_column(ARRAY(String(6)), nullable=False, server_default="{}")
    institution_id: Mapped[str | None] = mapped_column(Text, nullable=True)
    contractor_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True, index=True)
    """The contractor (商保经办机构, oversight's id) a contractor client belongs to: its writes need a
    contract in force over its counties. Null for other roles and for contractor clients not bound to one."""
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)

    keys: Mapped[list[ApiKey]] = relationship(back_populates="client", lazy="raise")

    __table_args__ = (
        CheckConstraint(f"role IN ({_CLIENT_ROLES})", name="role_known"),
        CheckConstraint(
            "(role = 'contractor') = (cardinality(county_codes) > 0)", name="contractor_has_counties"
        ),
        CheckConstraint(
            "(role = 'institution') = (institution_id IS NOT NULL)", name="institution_has_institution"
        ),
        CheckConstraint("contractor_id IS NULL OR role = 'contractor'", name="contractor_id_for_contractor"),
    )


class Contract(Base):
    """A contractor's service contract as oversight last announced it (``contract.changed``, whole state):
    what the gateway needs to tell whether a contractor client's counties lie within a contract in force."""

    __tablename__ = "contracts"

    contract_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    contractor_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False, index=True)
    lot: Mapped[str] = mapped_column(Text, nullable=False)
    county_codes: Mapped[list[str]] = mapped_column(ARRAY(String(6)), nullable=False)
    starts_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    ends_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    status: Mapped[str] = mapped_column(Text, nullable=False)
    effective_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    seq: Mapped[int] = mapped_column(BigInteger, nullable=False)
    """The feed position of the event this state came from: an older one never overwrites it."""


class ApiKey(Base):
    """One key of a client. Only its SHA-256 digest is stored; the prefix finds it."""

    __tablename__ = "api_keys"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("api_clients.id"), nullable=False, index=True)
    prefix: Mapped[str] = mapped_column(String(16), nullable=False, unique=True)
    digest: Mapped[bytes] = mapped_column(LargeBinary(32), nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )
    expires_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)

    client: Mapped[ApiClient] = relationship(back_populates="keys", lazy="raise")


class AuditOutcome(StrEnum):
    """How a call ended for its client: below 400, 4xx, 5xx."""

    SUCCESS = "success"
    REJECTED = "rejected"
    FAILED = "failed"


class AuditEvent(Base):
    """One mutating call: who, what, when, outcome, request id. Rows are never updated or deleted.

    Unauthenticated and refused attempts are rows too (security events: status 401, 403 or 429), with the
    source address and, for a bad key, its public prefix. ``request_id`` is the gateway's own id of the call;
    ``client_request_id`` the one the client sent, if any. ``object_id`` is what the call touched (the
    created object's id, else the identifier in the path); ``code`` the problem code of a refusal.
    """

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(BigInteger, Identity(always=True), primary_key=True)
    occurred_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )
    client_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    client_name: Mapped[str | None] = mapped_column(Text, nullable=True)
    role: Mapped[str | None] = mapped_column(Text, nullable=True)
    method: Mapped[str] = mapped_column(String(8), nullable=False)
    path: Mapped[str] = mapped_column(Text, nullable=False)
    status: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    outcome: Mapped[str] = mapped_column(Text, nullable=False)
    request_id: Mapped[str] = mapped_column(Text, nullable=False)
    service: Mapped[str] = mapped_column(Text, nullable=False)
    client_request_id: Mapped[str | None] = mapped_column(Text, nullable=True)
    source_address: Mapped[str | None] = mapped_column(Text, nullable=True)
    key_prefix: Mapped[str | None] = mapped_column(Text, nullable=True)
    object_id: Mapped[str | None] = mapped_column(Text, nullable=True)
    code: Mapped[str | None] = mapped_column(Text, nullable=True)
    staff_user_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    """The person who acted through the console (``staff_users``); their name is ``client_name``."""

    __table_args__ = (
        CheckConstraint(f"outcome IN {tuple(o.value for o in AuditOutcome)!r}", name="outcome_known"),
        Index(None, "client_id", "id"),
        Index(None, "request_id"),
    )


class StaffUser(Base):
    """A person who signs in to the console (人员账户): a role and a scope exactly like an API client's.

    ``staff_admin`` marks a contractor's own administrator (管理本机构人员), who creates and disables the
    contractor's staff within its counties; the platform's admins manage everyone. ``totp_secret`` is set
    once a second factor is enrolled (bureau and admin only). ``failed_attempts`` and ``locked_until`` are
    the lockout after repeated failures."""

    __tablename__ = "staff_users"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    username: Mapped[str] = mapped_column(Text, nullable=False, unique=True)
    display_name: Mapped[str] = mapped_column(Text, nullable=False)
    role: Mapped[str] = mapped_column(Text, nullable=False)
    county_codes: Mapped[list[str]] = mapped_column(ARRAY(String(6)), nullable=False, server_default="{}")
    institution_id: Mapped[str | None] = mapped_column(Text, nullable=True)
    contractor_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    staff_admin: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")
    password_hash: Mapped[str] = mapped_column(Text, nullable=False)
    totp_secret: Mapped[str | None] = mapped_column(Text, nullable=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )
    created_by: Mapped[str] = mapped_column(Text, nullable=False)
    disabled_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)

    __table_args__ = (
        CheckConstraint(f"role IN ({_CLIENT_ROLES})", name="role_known"),
        CheckConstraint(
            "(role = 'contractor') = (cardinality(county_codes) > 0)", name="contractor_has_counties"
        ),
        CheckConstraint(
            "(role = 'institution') = (institution_id IS NOT NULL)", name="institution_has_institution"
        ),
        CheckConstraint("contractor_id IS NULL OR role = 'contractor'", name="contractor_id_for_contractor"),
        CheckConstraint("NOT staff_admin OR role = 'contractor'", name="staff_admin_for_contractor"),
        CheckConstraint("totp_secret IS NULL OR role IN ('bureau', 'admin')", name="totp_for_bureau_admin"),
    )


class StaffSession(Base):
    """A signed-in browser (会话): only the SHA-256 of the cookie's token is kept. ``csrf_token`` is the
    synchronizer token every form of the session carries. ``second_factor_pending`` until the TOTP code is
    given. Revoked by sign-out, "sign out everywhere", or the account being disabled."""

    __tablename__ = "staff_sessions"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    staff_user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff_users.id"), nullable=False, index=True)
    token_digest: Mapped[bytes] = mapped_column(LargeBinary(32), nullable=False, unique=True)
    csrf_token: Mapped[str] = mapped_column(Text, nullable=False)
    second_factor_pending: Mapped[bool] = mapped_column(Boolean, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    last_seen_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    """The absolute expiry; the idle one is ``last_seen_at`` plus the configured idle time."""
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    source_address: Mapped[str | None] = mapped_column(Text, nullable=True)
