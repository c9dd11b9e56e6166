"""API key material. A key is ``ltc_<prefix>_<secret>``; the prefix is stored to find the key, the
SHA-256 digest of the whole key to check it. Keys carry 256 bits of randomness, so a fast digest suffices."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

KEY_SCHEME = "ltc"


@dataclass(frozen=True, slots=True)
class NewKey:
    plaintext: str
    prefix: str
    digest: bytes


def digest_of(key: str) -> bytes:
    return hashlib.sha256(key.encode()).digest()


def new_key() -> NewKey:
    prefix = secrets.token_hex(6)
    plaintext = f"{KEY_SCHEME}_{prefix}_{secrets.token_urlsafe(32)}"
    return NewKey(plaintext=plaintext, prefix=prefix, digest=digest_of(plaintext))


def prefix_of(key: str) -> str | None:
    scheme, _, rest = key.partition("_")
    prefix, sep, secret = rest.partition("_")
    if scheme != KEY_SCHEME or not sep or len(prefix) != 12 or not secret:
        return None
    return prefix


def matches(key: str, digest: bytes) -> bool:
    return hmac.compare_digest(digest_of(key), digest)
