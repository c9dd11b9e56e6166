from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.certificate import Certificate
from ...models.oversight_revocation_create import OversightRevocationCreate
from ...models.revoke_certificate_response_400 import RevokeCertificateResponse400
from ...models.revoke_certificate_response_401 import RevokeCertificateResponse401
from ...models.revoke_certificate_response_403 import RevokeCertificateResponse403
from ...models.revoke_certificate_response_404 import RevokeCertificateResponse404
from ...models.revoke_certificate_response_409 import RevokeCertificateResponse409
from ...models.revoke_certificate_response_413 import RevokeCertificateResponse413
from ...models.revoke_certificate_response_422 import RevokeCertificateResponse422
from ...models.revoke_certificate_response_429 import RevokeCertificateResponse429
from ...models.revoke_certificate_response_500 import RevokeCertificateResponse500
from ...models.revoke_certificate_response_502 import RevokeCertificateResponse502
from ...models.revoke_certificate_response_503 import RevokeCertificateResponse503
from ...models.revoke_certificate_response_504 import RevokeCertificateResponse504
from ...types import Response


def _get_kwargs(
    certificate_id: UUID,
    *,
    body: OversightRevocationCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/training-certificates/{certificate_id}/revocations".format(
            certificate_id=quote(str(certificate_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Certificate
    | RevokeCertificateResponse400
    | RevokeCertificateResponse401
    | RevokeCertificateResponse403
    | RevokeCertificateResponse404
    | RevokeCertificateResponse409
    | RevokeCertificateResponse413
    | RevokeCertificateResponse422
    | RevokeCertificateResponse429
    | RevokeCertificateResponse500
    | RevokeCertificateResponse502
    | RevokeCertificateResponse503
    | RevokeCertificateResponse504
    | None
):
    if response.status_code == 201:
        response_201 = Certificate.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = RevokeCertificateResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = RevokeCertificateResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = RevokeCertificateResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = RevokeCertificateResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = RevokeCertificateResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = RevokeCertificateResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = RevokeCertificateResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = RevokeCertificateResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = RevokeCertificateResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = RevokeCertificateResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = RevokeCertificateResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = RevokeCertificateResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Certificate
    | RevokeCertificateResponse400
    | RevokeCertificateResponse401
    | RevokeCertificateResponse403
    | RevokeCertificateResponse404
    | RevokeCertificateResponse409
    | RevokeCertificateResponse413
    | RevokeCertificateResponse422
    | RevokeCertificateResponse429
    | RevokeCertificateResponse500
    | RevokeCertificateResponse502
    | RevokeCertificateResponse503
    | RevokeCertificateResponse504
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    certificate_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: OversightRevocationCreate,
) -> Response[
    Certificate
    | RevokeCertificateResponse400
    | RevokeCertificateResponse401
    | RevokeCertificateResponse403
    | RevokeCertificateResponse404
    | RevokeCertificateResponse409
    | RevokeCertificateResponse413
    | RevokeCertificateResponse422
    | RevokeCertificateResponse429
    | RevokeCertificateResponse500
    | RevokeCertificateResponse502
    | RevokeCertificateResponse503
    | RevokeCertificateResponse504
]:
    """Revoke a certificate, or end it early, from a day

     It holds until the day before ``effective_on`` (default today); announced on the feed
    (``training.passed``, status revoked, ``valid_until`` the last day it held). 409
    ``CERTIFICATE_REVOKED``.

    Args:
        certificate_id (UUID):
        body (OversightRevocationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Certificate | RevokeCertificateResponse400 | RevokeCertificateResponse401 | RevokeCertificateResponse403 | RevokeCertificateResponse404 | RevokeCertificateResponse409 | RevokeCertificateResponse413 | RevokeCertificateResponse422 | RevokeCertificateResponse429 | RevokeCertificateResponse500 | RevokeCertificateResponse502 | RevokeCertificateResponse503 | RevokeCertificateResponse504]
    """

    kwargs = _get_kwargs(
        certificate_id=certificate_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    certificate_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: OversightRevocationCreate,
) -> (
    Certificate
    | RevokeCertificateResponse400
    | RevokeCertificateResponse401
    | RevokeCertificateResponse403
    | RevokeCertificateResponse404
    | RevokeCertificateResponse409
    | RevokeCertificateResponse413
    | RevokeCertificateResponse422
    | RevokeCertificateResponse429
    | RevokeCertificateResponse500
    | RevokeCertificateResponse502
    | RevokeCertificateResponse503
    | RevokeCertificateResponse504
    | None
):
    """Revoke a certificate, or end it early, from a day

     It holds until the day before ``effective_on`` (default today); announced on the feed
    (``training.passed``, status revoked, ``valid_until`` the last day it held). 409
    ``CERTIFICATE_REVOKED``.

    Args:
        certificate_id (UUID):
        body (OversightRevocationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Certificate | RevokeCertificateResponse400 | RevokeCertificateResponse401 | RevokeCertificateResponse403 | RevokeCertificateResponse404 | RevokeCertificateResponse409 | RevokeCertificateResponse413 | RevokeCertificateResponse422 | RevokeCertificateResponse429 | RevokeCertificateResponse500 | RevokeCertificateResponse502 | RevokeCertificateResponse503 | RevokeCertificateResponse504
    """

    return sync_detailed(
        certificate_id=certificate_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    certificate_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: OversightRevocationCreate,
) -> Response[
    Certificate
    | RevokeCertificateResponse400
    | RevokeCertificateResponse401
    | RevokeCertificateResponse403
    | RevokeCertificateResponse404
    | RevokeCertificateResponse409
    | RevokeCertificateResponse413
    | RevokeCertificateResponse422
    | RevokeCertificateResponse429
    | RevokeCertificateResponse500
    | RevokeCertificateResponse502
    | RevokeCertificateResponse503
    | RevokeCertificateResponse504
]:
    """Revoke a certificate, or end it early, from a day

     It holds until the day before ``effective_on`` (default today); announced on the feed
    (``training.passed``, status revoked, ``valid_until`` the last day it held). 409
    ``CERTIFICATE_REVOKED``.

    Args:
        certificate_id (UUID):
        body (OversightRevocationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Certificate | RevokeCertificateResponse400 | RevokeCertificateResponse401 | RevokeCertificateResponse403 | RevokeCertificateResponse404 | RevokeCertificateResponse409 | RevokeCertificateResponse413 | RevokeCertificateResponse422 | RevokeCertificateResponse429 | RevokeCertificateResponse500 | RevokeCertificateResponse502 | RevokeCertificateResponse503 | RevokeCertificateResponse504]
    """

    kwargs = _get_kwargs(
        certificate_id=certificate_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    certificate_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: OversightRevocationCreate,
) -> (
    Certificate
    | RevokeCertificateResponse400
    | RevokeCertificateResponse401
    | RevokeCertificateResponse403
    | RevokeCertificateResponse404
    | RevokeCertificateResponse409
    | RevokeCertificateResponse413
    | RevokeCertificateResponse422
    | RevokeCertificateResponse429
    | RevokeCertificateResponse500
    | RevokeCertificateResponse502
    | RevokeCertificateResponse503
    | RevokeCertificateResponse504
    | None
):
    """Revoke a certificate, or end it early, from a day

     It holds until the day before ``effective_on`` (default today); announced on the feed
    (``training.passed``, status revoked, ``valid_until`` the last day it held). 409
    ``CERTIFICATE_REVOKED``.

    Args:
        certificate_id (UUID):
        body (OversightRevocationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Certificate | RevokeCertificateResponse400 | RevokeCertificateResponse401 | RevokeCertificateResponse403 | RevokeCertificateResponse404 | RevokeCertificateResponse409 | RevokeCertificateResponse413 | RevokeCertificateResponse422 | RevokeCertificateResponse429 | RevokeCertificateResponse500 | RevokeCertificateResponse502 | RevokeCertificateResponse503 | RevokeCertificateResponse504
    """

    return (
        await asyncio_detailed(
            certificate_id=certificate_id,
            client=client,
            body=body,
        )
    ).parsed
