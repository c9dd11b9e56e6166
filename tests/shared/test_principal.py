"""The signed principal header: only the gateway's (or a service's) fresh signature gets through."""

from __future__ import annotations

import time

import pytest

from shared.principal import (
    DIGEST_HEADER,
    NONCE_HEADER,
    PRINCIPAL_HEADER,
    Principal,
    ReplayGuard,
    Role,
    SignatureError,
    content_digest,
    encode_principal,
    signed_headers,
    verify,
)

SECRET = "s3cret"
CONTRACTOR = Principal(client_id="c1", name="insurer", role=Role.CONTRACTOR, county_codes=["330302"])


def _verify(headers: dict[str, str], **kw: object) -> Principal:
    args: dict[str, object] = {
        "secrets": [SECRET],
        "headers": headers,
        "method": "GET",
        "path": "/api/v1/persons",
        "query": "county_code=330302",
        "max_age_seconds": 30,
    }
    args.update(kw)
    return verify(**args)  # type: ignore[arg-type]


class TestSignedPrincipal:
    def test_a_fresh_signature_yields_the_principal(self) -> None:
        headers = signed_headers(SECRET, CONTRACTOR, "GET", "/api/v1/persons", "county_code=330302")
        assert _verify(headers) == CONTRACTOR

    def test_missing_headers_are_refused(self) -> None:
        with pytest.raises(SignatureError) as caught:
            _verify({})
        assert caught.value.code == "SIGNATURE_MISSING"

    def test_a_stale_signature_is_refused(self) -> None:
        headers = signed_headers(
            SECRET, CONTRACTOR, "GET", "/api/v1/persons", "county_code=330302", now=time.time() - 31
        )
        with pytest.raises(SignatureError) as caught:
            _verify(headers)
        assert caught.value.code == "SIGNATURE_EXPIRED"

    def test_a_widened_scope_breaks_the_signature(self) -> None:
        headers = signed_headers(SECRET, CONTRACTOR, "GET", "/api/v1/persons", "county_code=330302")
        wider = CONTRACTOR.model_copy(update={"county_codes": ["330302", "330381"]})
        headers[PRINCIPAL_HEADER] = encode_principal(wider)
        with pytest.raises(SignatureError) as caught:
            _verify(headers)
        assert caught.value.code == "SIGNATURE_INVALID"

    @pytest.mark.parametrize(
        "changed",
        [
            {"method": "POST"},
            {"path": "/api/v1/persons/1"},
            {"query": "county_code=330381"},
            {"secrets": ["other"]},
        ],
    )
    def test_a_signature_is_good_for_one_call_only(self, changed: dict[str, str]) -> None:
        headers = signed_headers(SECRET, CONTRACTOR, "GET", "/api/v1/persons", "county_code=330302")
        with pytest.raises(SignatureError) as caught:
            _verify(headers, **changed)
        assert caught.value.code == "SIGNATURE_INVALID"

    @pytest.mark.parametrize(
        "changed", [{DIGEST_HEADER: content_digest(b"another body")}, {NONCE_HEADER: "another-nonce"}]
    )
    def test_the_signature_covers_the_body_digest_and_the_nonce(self, changed: dict[str, str]) -> None:
        headers = signed_headers(SECRET, CONTRACTOR, "GET", "/api/v1/persons", "county_code=330302")
        with pytest.raises(SignatureError) as caught:
            _verify({**headers, **changed})
        assert caught.value.code == "SIGNATURE_INVALID"

    def test_two_signatures_of_the_same_call_differ(self) -> None:
        first, second = (
            signed_headers(SECRET, CONTRACTOR, "GET", "/api/v1/persons", "county_code=330302", now=1e9)
            for _ in range(2)
        )
        assert first["x-ltc-signature"] != second["x-ltc-signature"]

    def test_a_replay_guard_forgets_a_signature_once_it_has_expired(self) -> None:
        guard = ReplayGuard(max_age_seconds=30)
        assert guard.first_use("sig-1", "1000", now=1000)
        assert not guard.first_use("sig-1", "1000", now=1029)
        assert guard.first_use("sig-2", "1100", now=1100)
        assert "sig-1" not in guard._until

    def test_the_previous_secret_is_accepted_during_a_rotation(self) -> None:
        headers = signed_headers("old-secret", CONTRACTOR, "GET", "/api/v1/persons", "county_code=330302")
        assert _verify(headers, secrets=[SECRET, "old-secret"]) == CONTRACTOR
        with pytest.raises(SignatureError):
            _verify(headers, secrets=[SECRET, ""])

    def test_scope_rules(self) -> None:
        assert CONTRACTOR.sees_county("330302")
        assert not CONTRACTOR.sees_county("330381")
        bureau = Principal(client_id="b", name="bureau", role=Role.BUREAU)
        assert bureau.sees_county("330381")
        assert bureau.county_filter() is None
        institution = Principal(client_id="i", name="inst", role=Role.INSTITUTION, institution_id="I1")
        assert not institution.sees_county("330302")

    def test_one_county_filter_for_every_query(self) -> None:
        from sqlalchemy import column, select, table

        rows = table("rows", column("county_code"))
        limited = str(select(rows).where(CONTRACTOR.in_counties(rows.c.county_code)))
        assert "county_code IN" in limited
        bureau = Principal(client_id="b", name="bureau", role=Role.BUREAU)
        assert str(select(rows).where(bureau.in_counties(rows.c.county_code))).endswith("WHERE true")


def test_a_short_internal_secret_is_refused_at_start() -> None:
    from pydantic import ValidationError

    from shared.settings import Settings

    with pytest.raises(ValidationError, match="at least 32 characters"):
        Settings(internal_secret="short")
