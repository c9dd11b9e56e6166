from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_recovery_response_400 import GetRecoveryResponse400
from ...models.get_recovery_response_401 import GetRecoveryResponse401
from ...models.get_recovery_response_403 import GetRecoveryResponse403
from ...models.get_recovery_response_404 import GetRecoveryResponse404
from ...models.get_recovery_response_422 import GetRecoveryResponse422
from ...models.get_recovery_response_429 import GetRecoveryResponse429
from ...models.get_recovery_response_500 import GetRecoveryResponse500
from ...models.get_recovery_response_502 import GetRecoveryResponse502
from ...models.get_recovery_response_503 import GetRecoveryResponse503
from ...models.get_recovery_response_504 import GetRecoveryResponse504
from ...models.recovery_detail import RecoveryDetail
from ...types import Response


def _get_kwargs(
    id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/recoveries/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetRecoveryResponse400
    | GetRecoveryResponse401
    | GetRecoveryResponse403
    | GetRecoveryResponse404
    | GetRecoveryResponse422
    | GetRecoveryResponse429
    | GetRecoveryResponse500
    | GetRecoveryResponse502
    | GetRecoveryResponse503
    | GetRecoveryResponse504
    | RecoveryDetail
    | None
):
    if response.status_code == 200:
        response_200 = RecoveryDetail.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetRecoveryResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetRecoveryResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetRecoveryResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetRecoveryResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = GetRecoveryResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetRecoveryResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetRecoveryResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = GetRecoveryResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = GetRecoveryResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = GetRecoveryResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetRecoveryResponse400
    | GetRecoveryResponse401
    | GetRecoveryResponse403
    | GetRecoveryResponse404
    | GetRecoveryResponse422
    | GetRecoveryResponse429
    | GetRecoveryResponse500
    | GetRecoveryResponse502
    | GetRecoveryResponse503
    | GetRecoveryResponse504
    | RecoveryDetail
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetRecoveryResponse400
    | GetRecoveryResponse401
    | GetRecoveryResponse403
    | GetRecoveryResponse404
    | GetRecoveryResponse422
    | GetRecoveryResponse429
    | GetRecoveryResponse500
    | GetRecoveryResponse502
    | GetRecoveryResponse503
    | GetRecoveryResponse504
    | RecoveryDetail
]:
    """A recovery with its movements and ledger transactions

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetRecoveryResponse400 | GetRecoveryResponse401 | GetRecoveryResponse403 | GetRecoveryResponse404 | GetRecoveryResponse422 | GetRecoveryResponse429 | GetRecoveryResponse500 | GetRecoveryResponse502 | GetRecoveryResponse503 | GetRecoveryResponse504 | RecoveryDetail]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetRecoveryResponse400
    | GetRecoveryResponse401
    | GetRecoveryResponse403
    | GetRecoveryResponse404
    | GetRecoveryResponse422
    | GetRecoveryResponse429
    | GetRecoveryResponse500
    | GetRecoveryResponse502
    | GetRecoveryResponse503
    | GetRecoveryResponse504
    | RecoveryDetail
    | None
):
    """A recovery with its movements and ledger transactions

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetRecoveryResponse400 | GetRecoveryResponse401 | GetRecoveryResponse403 | GetRecoveryResponse404 | GetRecoveryResponse422 | GetRecoveryResponse429 | GetRecoveryResponse500 | GetRecoveryResponse502 | GetRecoveryResponse503 | GetRecoveryResponse504 | RecoveryDetail
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetRecoveryResponse400
    | GetRecoveryResponse401
    | GetRecoveryResponse403
    | GetRecoveryResponse404
    | GetRecoveryResponse422
    | GetRecoveryResponse429
    | GetRecoveryResponse500
    | GetRecoveryResponse502
    | GetRecoveryResponse503
    | GetRecoveryResponse504
    | RecoveryDetail
]:
    """A recovery with its movements and ledger transactions

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetRecoveryResponse400 | GetRecoveryResponse401 | GetRecoveryResponse403 | GetRecoveryResponse404 | GetRecoveryResponse422 | GetRecoveryResponse429 | GetRecoveryResponse500 | GetRecoveryResponse502 | GetRecoveryResponse503 | GetRecoveryResponse504 | RecoveryDetail]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetRecoveryResponse400
    | GetRecoveryResponse401
    | GetRecoveryResponse403
    | GetRecoveryResponse404
    | GetRecoveryResponse422
    | GetRecoveryResponse429
    | GetRecoveryResponse500
    | GetRecoveryResponse502
    | GetRecoveryResponse503
    | GetRecoveryResponse504
    | RecoveryDetail
    | None
):
    """A recovery with its movements and ledger transactions

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetRecoveryResponse400 | GetRecoveryResponse401 | GetRecoveryResponse403 | GetRecoveryResponse404 | GetRecoveryResponse422 | GetRecoveryResponse429 | GetRecoveryResponse500 | GetRecoveryResponse502 | GetRecoveryResponse503 | GetRecoveryResponse504 | RecoveryDetail
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
