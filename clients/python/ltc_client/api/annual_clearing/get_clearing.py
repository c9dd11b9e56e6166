from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.clearing import Clearing
from ...models.get_clearing_response_400 import GetClearingResponse400
from ...models.get_clearing_response_401 import GetClearingResponse401
from ...models.get_clearing_response_403 import GetClearingResponse403
from ...models.get_clearing_response_404 import GetClearingResponse404
from ...models.get_clearing_response_422 import GetClearingResponse422
from ...models.get_clearing_response_429 import GetClearingResponse429
from ...models.get_clearing_response_500 import GetClearingResponse500
from ...models.get_clearing_response_502 import GetClearingResponse502
from ...models.get_clearing_response_503 import GetClearingResponse503
from ...models.get_clearing_response_504 import GetClearingResponse504
from ...types import Response


def _get_kwargs(
    clearing_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/annual-clearings/{clearing_id}".format(
            clearing_id=quote(str(clearing_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Clearing
    | GetClearingResponse400
    | GetClearingResponse401
    | GetClearingResponse403
    | GetClearingResponse404
    | GetClearingResponse422
    | GetClearingResponse429
    | GetClearingResponse500
    | GetClearingResponse502
    | GetClearingResponse503
    | GetClearingResponse504
    | None
):
    if response.status_code == 200:
        response_200 = Clearing.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetClearingResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetClearingResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetClearingResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetClearingResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = GetClearingResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetClearingResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetClearingResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = GetClearingResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = GetClearingResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = GetClearingResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Clearing
    | GetClearingResponse400
    | GetClearingResponse401
    | GetClearingResponse403
    | GetClearingResponse404
    | GetClearingResponse422
    | GetClearingResponse429
    | GetClearingResponse500
    | GetClearingResponse502
    | GetClearingResponse503
    | GetClearingResponse504
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    clearing_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    Clearing
    | GetClearingResponse400
    | GetClearingResponse401
    | GetClearingResponse403
    | GetClearingResponse404
    | GetClearingResponse422
    | GetClearingResponse429
    | GetClearingResponse500
    | GetClearingResponse502
    | GetClearingResponse503
    | GetClearingResponse504
]:
    """A clearing

    Args:
        clearing_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Clearing | GetClearingResponse400 | GetClearingResponse401 | GetClearingResponse403 | GetClearingResponse404 | GetClearingResponse422 | GetClearingResponse429 | GetClearingResponse500 | GetClearingResponse502 | GetClearingResponse503 | GetClearingResponse504]
    """

    kwargs = _get_kwargs(
        clearing_id=clearing_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    clearing_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    Clearing
    | GetClearingResponse400
    | GetClearingResponse401
    | GetClearingResponse403
    | GetClearingResponse404
    | GetClearingResponse422
    | GetClearingResponse429
    | GetClearingResponse500
    | GetClearingResponse502
    | GetClearingResponse503
    | GetClearingResponse504
    | None
):
    """A clearing

    Args:
        clearing_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Clearing | GetClearingResponse400 | GetClearingResponse401 | GetClearingResponse403 | GetClearingResponse404 | GetClearingResponse422 | GetClearingResponse429 | GetClearingResponse500 | GetClearingResponse502 | GetClearingResponse503 | GetClearingResponse504
    """

    return sync_detailed(
        clearing_id=clearing_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    clearing_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    Clearing
    | GetClearingResponse400
    | GetClearingResponse401
    | GetClearingResponse403
    | GetClearingResponse404
    | GetClearingResponse422
    | GetClearingResponse429
    | GetClearingResponse500
    | GetClearingResponse502
    | GetClearingResponse503
    | GetClearingResponse504
]:
    """A clearing

    Args:
        clearing_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Clearing | GetClearingResponse400 | GetClearingResponse401 | GetClearingResponse403 | GetClearingResponse404 | GetClearingResponse422 | GetClearingResponse429 | GetClearingResponse500 | GetClearingResponse502 | GetClearingResponse503 | GetClearingResponse504]
    """

    kwargs = _get_kwargs(
        clearing_id=clearing_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    clearing_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    Clearing
    | GetClearingResponse400
    | GetClearingResponse401
    | GetClearingResponse403
    | GetClearingResponse404
    | GetClearingResponse422
    | GetClearingResponse429
    | GetClearingResponse500
    | GetClearingResponse502
    | GetClearingResponse503
    | GetClearingResponse504
    | None
):
    """A clearing

    Args:
        clearing_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Clearing | GetClearingResponse400 | GetClearingResponse401 | GetClearingResponse403 | GetClearingResponse404 | GetClearingResponse422 | GetClearingResponse429 | GetClearingResponse500 | GetClearingResponse502 | GetClearingResponse503 | GetClearingResponse504
    """

    return (
        await asyncio_detailed(
            clearing_id=clearing_id,
            client=client,
        )
    ).parsed
