from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_client import ApiClient
from ...models.get_client_response_400 import GetClientResponse400
from ...models.get_client_response_401 import GetClientResponse401
from ...models.get_client_response_403 import GetClientResponse403
from ...models.get_client_response_404 import GetClientResponse404
from ...models.get_client_response_422 import GetClientResponse422
from ...models.get_client_response_429 import GetClientResponse429
from ...models.get_client_response_500 import GetClientResponse500
from ...models.get_client_response_503 import GetClientResponse503
from ...types import Response


def _get_kwargs(
    client_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/api-clients/{client_id}".format(
            client_id=quote(str(client_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ApiClient
    | GetClientResponse400
    | GetClientResponse401
    | GetClientResponse403
    | GetClientResponse404
    | GetClientResponse422
    | GetClientResponse429
    | GetClientResponse500
    | GetClientResponse503
    | None
):
    if response.status_code == 200:
        response_200 = ApiClient.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetClientResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetClientResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetClientResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetClientResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = GetClientResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetClientResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetClientResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = GetClientResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ApiClient
    | GetClientResponse400
    | GetClientResponse401
    | GetClientResponse403
    | GetClientResponse404
    | GetClientResponse422
    | GetClientResponse429
    | GetClientResponse500
    | GetClientResponse503
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    client_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    ApiClient
    | GetClientResponse400
    | GetClientResponse401
    | GetClientResponse403
    | GetClientResponse404
    | GetClientResponse422
    | GetClientResponse429
    | GetClientResponse500
    | GetClientResponse503
]:
    """One API client

    Args:
        client_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiClient | GetClientResponse400 | GetClientResponse401 | GetClientResponse403 | GetClientResponse404 | GetClientResponse422 | GetClientResponse429 | GetClientResponse500 | GetClientResponse503]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    client_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    ApiClient
    | GetClientResponse400
    | GetClientResponse401
    | GetClientResponse403
    | GetClientResponse404
    | GetClientResponse422
    | GetClientResponse429
    | GetClientResponse500
    | GetClientResponse503
    | None
):
    """One API client

    Args:
        client_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiClient | GetClientResponse400 | GetClientResponse401 | GetClientResponse403 | GetClientResponse404 | GetClientResponse422 | GetClientResponse429 | GetClientResponse500 | GetClientResponse503
    """

    return sync_detailed(
        client_id=client_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    client_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    ApiClient
    | GetClientResponse400
    | GetClientResponse401
    | GetClientResponse403
    | GetClientResponse404
    | GetClientResponse422
    | GetClientResponse429
    | GetClientResponse500
    | GetClientResponse503
]:
    """One API client

    Args:
        client_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiClient | GetClientResponse400 | GetClientResponse401 | GetClientResponse403 | GetClientResponse404 | GetClientResponse422 | GetClientResponse429 | GetClientResponse500 | GetClientResponse503]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    ApiClient
    | GetClientResponse400
    | GetClientResponse401
    | GetClientResponse403
    | GetClientResponse404
    | GetClientResponse422
    | GetClientResponse429
    | GetClientResponse500
    | GetClientResponse503
    | None
):
    """One API client

    Args:
        client_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiClient | GetClientResponse400 | GetClientResponse401 | GetClientResponse403 | GetClientResponse404 | GetClientResponse422 | GetClientResponse429 | GetClientResponse500 | GetClientResponse503
    """

    return (
        await asyncio_detailed(
            client_id=client_id,
            client=client,
        )
    ).parsed
