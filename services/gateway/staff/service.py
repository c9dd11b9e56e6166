"""The rules of staff accounts: who may hold which scope, passwords (argon2id) and their rules, the lockout
after repeated failures, the TOTP second factor (bureau and admin), and server-side sessions with idle and
absolute expiry, revocable one by one or all at once ("sign out everywhere")."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
import uuid
from collections.abc import Collection
from dataclasses import dataclass
from enum import StrEnum

import pyotp
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.ext.asyncio import AsyncSession

from services.gateway.contracts import service as contracts
from services.gateway.models import StaffSession, StaffUser
from services.gateway.staff import repository
from services.gateway.staff.auth import manages
from services.gateway.staff.exceptions import (
    SecondFactorNotForRole,
    StaffDisabled,
    StaffNotFound,
    StaffRoleNotGrantable,
    StaffUsernameTaken,
)
from services.gateway.staff.schemas import SecondFactorEnrolment, StaffCreate
from services.gateway.staff.schemas import Staff as StaffOut
from shared.errors import FieldError, Unprocessable
from shared.pagination import PageParams
from shared.principal import Principal, Role
from shared.settings import Settings

_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters (RFC 9106)
_DUMMY_HASH = _hasher.hash("a password nobody has: equal work for an unknown username")
SECOND_FACTOR_ROLES = frozenset({Role.BUREAU, Role.ADMIN})
MIN_PASSWORD_LENGTH = 12
TOTP_ISSUER = "LTC 长护险平台"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def describe(user: StaffUser) -> StaffOut:
    return StaffOut(
        id=user.id,
        username=user.username,
        display_name=user.display_name,
        role=user.role,
        county_codes=list(user.county_codes),
        institution_id=user.institution_id,
        contractor_id=user.contractor_id,
        staff_admin=user.staff_admin,
        second_factor=user.totp_secret is not None,
        locked_until=user.locked_until if user.locked_until and user.locked_until > _now() else None,
        created_at=user.created_at,
        created_by=user.created_by,
        disabled_at=user.disabled_at,
    )


def password_problems(password: str, username: str) -> list[str]:
    """The password rules: length, at least two kinds of character, not the username inside."""
    problems = []
    if len(password) < MIN_PASSWORD_LENGTH:
        problems.append(f"at least {MIN_PASSWORD_LENGTH} characters")
    kinds = sum((
        any(c.isalpha() for c in password),
        any(c.isdigit() for c in password),
        any(not c.isalnum() for c in password),
    ))  # fmt: skip
    if kinds < 2:
        problems.append("at least two kinds of character (letters, digits, other)")
    if username and username.lower() in password.lower():
        problems.append("must not contain the username")
    return problems


def _check_password(password: str, username: str, field: str = "body.password") -> None:
    problems = password_problems(password, username)
    if problems:
        message = "the password needs " + "; ".join(problems)
        raise Unprocessable(
            message, errors=[FieldError(field=field, code="PASSWORD_TOO_WEAK", message=message)]
        )


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def password_matches(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


async def _managed(session: AsyncSession, principal: Principal, staff_id: uuid.UUID) -> StaffUser:
    """An account the principal manages, locked for the change; another's answers exactly as unknown."""
    user = await repository.get_user(session, staff_id, lock=True)
    if user is None or not manages(principal, user.role, list(user.county_codes)):
        raise StaffNotFound(f"no staff account {staff_id}")
    return user


async def create(
    session: AsyncSession,
    principal: Principal,
    data: StaffCreate,
    known_counties: Collection[str],
    created_by: str,
) -> StaffOut:
    if principal.role is Role.CONTRACTOR and data.role != "contractor":
        raise StaffRoleNotGrantable("a contractor creates only its own contractor staff")
    principal.require_counties(data.county_codes, known=known_counties, field="body.county_codes")
    if data.contractor_id is not None:
        await contracts.check_binding(session, data.contractor_id, data.county_codes)
    _check_password(data.password, data.username)
    if await repository.get_by_username(session, data.username) is not None:
        raise StaffUsernameTaken(f"an account named {data.username!r} exists")
    user = StaffUser(
        id=uuid.uuid4(),
        username=data.username,
        display_name=data.display_name,
        role=data.role,
        county_codes=data.county_codes,
        institution_id=data.institution_id,
        contractor_id=data.contractor_id,
        staff_admin=data.staff_admin,
        password_hash=hash_password(data.password),
        failed_attempts=0,
        created_at=_now(),
        created_by=created_by,
    )
    session.add(user)
    await session.flush()
    return describe(user)


async def list_staff(
    session: AsyncSession, principal: Principal, params: PageParams
) -> tuple[list[StaffOut], str | None]:
    within = None if principal.role is Role.ADMIN else list(principal.county_codes)
    rows, cursor = await repository.page(session, params, within)
    return [describe(u) for u in rows], cursor


async def get(session: AsyncSession, principal: Principal, staff_id: uuid.UUID) -> StaffOut:
    user = await repository.get_user(session, staff_id)
    if user is None or not manages(principal, user.role, list(user.county_codes)):
        raise StaffNotFound(f"no staff account {staff_id}")
    return describe(user)


async def disable(session: AsyncSession, principal: Principal, staff_id: uuid.UUID) -> StaffOut:
    """Disable the account and sign it out everywhere, now. Disabling twice is harmless."""
    user = await _managed(session, principal, staff_id)
    if user.disabled_at is None:
        now = _now()
        user.disabled_at = now
        await repository.revoke_sessions(session, user.id, now)
        await session.flush()
    return describe(user)


async def enable(session: AsyncSession, principal: Principal, staff_id: uuid.UUID) -> StaffOut:
    user = await _managed(session, principal, staff_id)
    user.disabled_at = None
    await session.flush()
    return describe(user)


async def set_password(
    session: AsyncSession, principal: Principal, staff_id: uuid.UUID, password: str
) -> StaffOut:
    """A new password clears a lockout and signs the account out everywhere."""
    user = await _managed(session, principal, staff_id)
    _check_password(password, user.username)
    user.password_hash = hash_password(password)
    user.failed_attempts = 0
    user.locked_until = None
    await repository.revoke_sessions(session, user.id, _now())
    await session.flush()
    return describe(user)


async def enrol_second_factor(
    session: AsyncSession, principal: Principal, staff_id: uuid.UUID
) -> SecondFactorEnrolment:
    """A new TOTP secret (RFC 6238, 30 s, 6 digits) for a bureau or admin account, shown once; from the next
    sign-in the code is asked after the password."""
    user = await _managed(session, principal, staff_id)
    if user.role not in SECOND_FACTOR_ROLES:
        raise SecondFactorNotForRole("the second factor is for bureau and admin accounts")
    if user.disabled_at is not None:
        raise StaffDisabled("the account is disabled")
    secret = pyotp.random_base32()
    user.totp_secret = secret
    await session.flush()
    uri = pyotp.TOTP(secret).provisioning_uri(name=user.username, issuer_name=TOTP_ISSUER)
    return SecondFactorEnrolment(staff=describe(user), secret=secret, provisioning_uri=uri)


async def revoke_all_sessions(session: AsyncSession, principal: Principal, staff_id: uuid.UUID) -> int:
    user = await _managed(session, principal, staff_id)
    return await repository.revoke_sessions(session, user.id, _now())


# --- signing in -------------------------------------------------------------------------------------------


class SignInOutcome(StrEnum):
    SIGNED_IN = "signed_in"
    SECOND_FACTOR = "second_factor"  # the password was right; the TOTP code comes next
    INVALID = "invalid"
    LOCKED = "locked"


@dataclass(frozen=True)
class SignIn:
    outcome: SignInOutcome
    user: StaffUser | None = None
    token: str | None = None
    """The session cookie's value (only its digest is stored)."""
    locked_until: dt.datetime | None = None


def token_digest(token: str) -> bytes:
    return hashlib.sha256(token.encode()).digest()


def _fail(user: StaffUser, settings: Settings, now: dt.datetime) -> SignIn:
    """One more failure in a row; at the threshold the account locks for the configured time."""
    user.failed_attempts += 1
    if user.failed_attempts >= settings.console_lockout_threshold:
        user.failed_attempts = 0
        user.locked_until = now + dt.timedelta(seconds=settings.console_lockout_seconds)
        return SignIn(SignInOutcome.LOCKED, user, locked_until=user.locked_until)
    return SignIn(SignInOutcome.INVALID, user)


async def sign_in(
    session: AsyncSession, username: str, password: str, settings: Settings, source: str | None
) -> SignIn:
    """Check a password. The account row is locked while its failures are counted, so concurrent guesses
    cannot pass the threshold unseen. The caller commits whatever the outcome (the count must stay)."""
    now = _now()
    user = await repository.get_by_username(session, username.strip().lower(), lock=True)
    if user is None:
        password_matches(_DUMMY_HASH, password)  # the same work as for a real account
        return SignIn(SignInOutcome.INVALID)
    if user.locked_until is not None and user.locked_until > now:
        return SignIn(SignInOutcome.LOCKED, user, locked_until=user.locked_until)
    if not password_matches(user.password_hash, password) or user.disabled_at is not None:
        return _fail(user, settings, now)
    user.failed_attempts = 0
    user.locked_until = None
    pending = user.totp_secret is not None
    token = secrets.token_urlsafe(32)
    repository.add_session(
        session,
        StaffSession(
            id=uuid.uuid4(),
            staff_user_id=user.id,
            token_digest=token_digest(token),
            csrf_token=secrets.token_urlsafe(32),
            second_factor_pending=pending,
            created_at=now,
            last_seen_at=now,
            expires_at=now + dt.timedelta(seconds=settings.console_session_absolute_seconds),
            source_address=source,
        ),
    )
    await session.flush()
    return SignIn(SignInOutcome.SECOND_FACTOR if pending else SignInOutcome.SIGNED_IN, user, token)


@dataclass(frozen=True)
class LiveSession:
    row: StaffSession
    user: StaffUser


async def session_of(session: AsyncSession, token: str | None, settings: Settings) -> LiveSession | None:
    """The live session a cookie names: not revoked, within its absolute and idle expiry, its account
    enabled. Its last use is moved on (at most once a minute, to spare writes)."""
    if not token:
        return None
    found = await repository.find_session(session, token_digest(token))
    if found is None:
        return None
    row, user = found
    now = _now()
    idle = dt.timedelta(seconds=settings.console_session_idle_seconds)
    if row.revoked_at is not None or now >= row.expires_at or now >= row.last_seen_at + idle:
        return None
    if user.disabled_at is not None:
        return None
    if now - row.last_seen_at > dt.timedelta(seconds=60):
        await repository.touch_session(session, row.id, now)
    return LiveSession(row, user)


async def second_factor(
    session: AsyncSession, live: LiveSession, code: str, settings: Settings
) -> SignInOutcome:
    """The TOTP code after the password (one step of 30 s either way is allowed for clock drift). Wrong
    codes count towards the lockout like wrong passwords; at the lock the session is revoked."""
    user = await repository.get_user(session, live.user.id, lock=True)
    assert user is not None
    now = _now()
    if user.locked_until is not None and user.locked_until > now:
        await repository.revoke_sessions(session, user.id, now, only=live.row.id)
        return SignInOutcome.LOCKED
    secret = user.totp_secret
    if secret is not None and pyotp.TOTP(secret).verify(code.strip(), valid_window=1):
        user.failed_attempts = 0
        live.row.second_factor_pending = False
        await session.flush()
        return SignInOutcome.SIGNED_IN
    outcome = _fail(user, settings, now)
    if outcome.outcome is SignInOutcome.LOCKED:
        await repository.revoke_sessions(session, user.id, now, only=live.row.id)
    await session.flush()
    return outcome.outcome


async def sign_out(session: AsyncSession, live: LiveSession) -> None:
    await repository.revoke_sessions(session, live.user.id, _now(), only=live.row.id)


async def sign_out_everywhere(session: AsyncSession, live: LiveSession) -> int:
    return await repository.revoke_sessions(session, live.user.id, _now())


# --- a person's own account (the console's "my account") ----------------------------------------------------


class OwnChange(StrEnum):
    DONE = "done"
    WRONG_PASSWORD = "wrong_password"
    """The current password (asked before any change to the account itself) was wrong."""
    WRONG_CODE = "wrong_code"
    LOCKED = "locked"
    """That wrong password or code was one too many: the account is locked and this session is over."""


async def _own_account_checked(
    session: AsyncSession, live: LiveSession, password: str, settings: Settings
) -> tuple[StaffUser, OwnChange]:
    """The account locked for the change, and whether the person proved it is them by its current password.
    A wrong password counts towards the lockout exactly as at sign-in (a stolen open session cannot be used
    to guess it); at the lock this session ends."""
    user = await repository.get_user(session, live.user.id, lock=True)
    assert user is not None
    now = _now()
    if user.locked_until is not None and user.locked_until > now:
        await repository.revoke_sessions(session, user.id, now, only=live.row.id)
        return user, OwnChange.LOCKED
    if password_matches(user.password_hash, password):
        user.failed_attempts = 0
        return user, OwnChange.DONE
    if _fail(user, settings, now).outcome is SignInOutcome.LOCKED:
        await repository.revoke_sessions(session, user.id, now, only=live.row.id)
        return user, OwnChange.LOCKED
    return user, OwnChange.WRONG_PASSWORD


async def change_own_password(
    session: AsyncSession, live: LiveSession, current: str, new: str, settings: Settings
) -> OwnChange:
    """A person changes their own password: the current one first, the new one by the same rules as an
    admin's (``PASSWORD_TOO_WEAK``, raised before anything changes) and not the current one again. Every
    other session of the account is signed out; this one stays."""
    user, outcome = await _own_account_checked(session, live, current, settings)
    if outcome is OwnChange.DONE:
        _check_password(new, user.username, field="body.new_password")
        if password_matches(user.password_hash, new):
            message = "the new password must differ from the current one"
            raise Unprocessable(
                message,
                errors=[FieldError(field="body.new_password", code="PASSWORD_UNCHANGED", message=message)],
            )
        user.password_hash = hash_password(new)
        await repository.revoke_sessions(session, user.id, _now(), keep=live.row.id)
    await session.flush()
    return outcome


def provisioning_uri(secret: str, username: str) -> str | None:
    """The ``otpauth://`` URI an authenticator app reads (as a QR code); None for a string that is no
    base32 secret."""
    try:
        return pyotp.TOTP(secret).provisioning_uri(name=username, issuer_name=TOTP_ISSUER)
    except (ValueError, TypeError):
        return None


def new_second_factor_secret(user: StaffUser) -> tuple[str, str]:
    """A fresh TOTP secret and its ``otpauth://`` URI for an authenticator app. Nothing is stored until the
    person proves with a code that their app holds it (:func:`confirm_own_second_factor`)."""
    if user.role not in SECOND_FACTOR_ROLES:
        raise SecondFactorNotForRole("the second factor is for bureau and admin accounts")
    secret = pyotp.random_base32()
    return secret, pyotp.TOTP(secret).provisioning_uri(name=user.username, issuer_name=TOTP_ISSUER)


async def confirm_own_second_factor(
    session: AsyncSession, live: LiveSession, password: str, secret: str, code: str, settings: Settings
) -> OwnChange:
    """Turn on (or replace) one's own second factor: the current password, and a code from the app for the
    new secret (so a mistyped secret never locks the person out). From the next sign-in the code is asked."""
    if live.user.role not in SECOND_FACTOR_ROLES:
        raise SecondFactorNotForRole("the second factor is for bureau and admin accounts")
    user, outcome = await _own_account_checked(session, live, password, settings)
    if outcome is OwnChange.DONE:
        try:
            valid = pyotp.TOTP(secret).verify(code.strip(), valid_window=1)
        except (ValueError, TypeError):  # not a base32 secret (a tampered form)
            valid = False
        if valid:
            user.totp_secret = secret
        else:
            outcome = OwnChange.WRONG_CODE
    await session.flush()
    return outcome


async def remove_own_second_factor(
    session: AsyncSession, live: LiveSession, password: str, settings: Settings
) -> OwnChange:
    """Turn one's own second factor off (it is optional), with the current password."""
    user, outcome = await _own_account_checked(session, live, password, settings)
    if outcome is OwnChange.DONE:
        user.totp_secret = None
    await session.flush()
    return outcome
