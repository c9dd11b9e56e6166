from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.certificate import Certificate
from ...models.get_certificate_response_400 import GetCertificateResponse400
from ...models.get_certificate_response_401 import GetCertificateResponse401
from ...models.get_certificate_response_403 import GetCertificateResponse403
from ...models.get_certificate_response_404 import GetCertificateResponse404
from ...models.get_certificate_response_422 import GetCertificateResponse422
from ...models.get_certificate_response_429 import GetCertificateResponse429
from ...models.get_certificate_response_500 import GetCertificateResponse500
from ...models.get_certificate_response_502 import GetCertificateResponse502
from ...models.get_certificate_response_503 import GetCertificateResponse503
from ...models.get_certificate_response_504 import GetCertificateResponse504
from ...types import Response


def _get_kwargs(
    certificate_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/training-certificates/{certificate_id}".format(
            certificate_id=quote(str(certificate_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Certificate
    | GetCertificateResponse400
    | GetCertificateResponse401
    | GetCertificateResponse403
    | GetCertificateResponse404
    | GetCertificateResponse422
    | GetCertificateResponse429
    | GetCertificateResponse500
    | GetCertificateResponse502
    | GetCertificateResponse503
    | GetCertificateResponse504
    | None
):
    if response.status_code == 200:
        response_200 = Certificate.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetCertificateResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetCertificateResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetCertificateResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetCertificateResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = GetCertificateResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetCertificateResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetCertificateResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = GetCertificateResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = GetCertificateResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = GetCertificateResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Certificate
    | GetCertificateResponse400
    | GetCertificateResponse401
    | GetCertificateResponse403
    | GetCertificateResponse404
    | GetCertificateResponse422
    | GetCertificateResponse429
    | GetCertificateResponse500
    | GetCertificateResponse502
    | GetCertificateResponse503
    | GetCertificateResponse504
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
) -> Response[
    Certificate
    | GetCertificateResponse400
    | GetCertificateResponse401
    | GetCertificateResponse403
    | GetCertificateResponse404
    | GetCertificateResponse422
    | GetCertificateResponse429
    | GetCertificateResponse500
    | GetCertificateResponse502
    | GetCertificateResponse503
    | GetCertificateResponse504
]:
    """One certificate (the holder's ID number whole to 人社 and the bureau)

    Args:
        certificate_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Certificate | GetCertificateResponse400 | GetCertificateResponse401 | GetCertificateResponse403 | GetCertificateResponse404 | GetCertificateResponse422 | GetCertificateResponse429 | GetCertificateResponse500 | GetCertificateResponse502 | GetCertificateResponse503 | GetCertificateResponse504]
    """

    kwargs = _get_kwargs(
        certificate_id=certificate_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    certificate_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    Certificate
    | GetCertificateResponse400
    | GetCertificateResponse401
    | GetCertificateResponse403
    | GetCertificateResponse404
    | GetCertificateResponse422
    | GetCertificateResponse429
    | GetCertificateResponse500
    | GetCertificateResponse502
    | GetCertificateResponse503
    | GetCertificateResponse504
    | None
):
    """One certificate (the holder's ID number whole to 人社 and the bureau)

    Args:
        certificate_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Certificate | GetCertificateResponse400 | GetCertificateResponse401 | GetCertificateResponse403 | GetCertificateResponse404 | GetCertificateResponse422 | GetCertificateResponse429 | GetCertificateResponse500 | GetCertificateResponse502 | GetCertificateResponse503 | GetCertificateResponse504
    """

    return sync_detailed(
        certificate_id=certificate_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    certificate_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    Certificate
    | GetCertificateResponse400
    | GetCertificateResponse401
    | GetCertificateResponse403
    | GetCertificateResponse404
    | GetCertificateResponse422
    | GetCertificateResponse429
    | GetCertificateResponse500
    | GetCertificateResponse502
    | GetCertificateResponse503
    | GetCertificateResponse504
]:
    """One certificate (the holder's ID number whole to 人社 and the bureau)

    Args:
        certificate_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Certificate | GetCertificateResponse400 | GetCertificateResponse401 | GetCertificateResponse403 | GetCertificateResponse404 | GetCertificateResponse422 | GetCertificateResponse429 | GetCertificateResponse500 | GetCertificateResponse502 | GetCertificateResponse503 | GetCertificateResponse504]
    """

    kwargs = _get_kwargs(
        certificate_id=certificate_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    certificate_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    Certificate
    | GetCertificateResponse400
    | GetCertificateResponse401
    | GetCertificateResponse403
    | GetCertificateResponse404
    | GetCertificateResponse422
    | GetCertificateResponse429
    | GetCertificateResponse500
    | GetCertificateResponse502
    | GetCertificateResponse503
    | GetCertificateResponse504
    | None
):
    """One certificate (the holder's ID number whole to 人社 and the bureau)

    Args:
        certificate_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Certificate | GetCertificateResponse400 | GetCertificateResponse401 | GetCertificateResponse403 | GetCertificateResponse404 | GetCertificateResponse422 | GetCertificateResponse429 | GetCertificateResponse500 | GetCertificateResponse502 | GetCertificateResponse503 | GetCertificateResponse504
    """

    return (
        await asyncio_detailed(
            certificate_id=certificate_id,
            client=client,
        )
    ).parsed
