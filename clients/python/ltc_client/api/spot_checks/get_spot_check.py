from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_spot_check_response_400 import GetSpotCheckResponse400
from ...models.get_spot_check_response_401 import GetSpotCheckResponse401
from ...models.get_spot_check_response_403 import GetSpotCheckResponse403
from ...models.get_spot_check_response_404 import GetSpotCheckResponse404
from ...models.get_spot_check_response_422 import GetSpotCheckResponse422
from ...models.get_spot_check_response_429 import GetSpotCheckResponse429
from ...models.get_spot_check_response_500 import GetSpotCheckResponse500
from ...models.get_spot_check_response_502 import GetSpotCheckResponse502
from ...models.get_spot_check_response_503 import GetSpotCheckResponse503
from ...models.get_spot_check_response_504 import GetSpotCheckResponse504
from ...models.spot_check import SpotCheck
from ...types import Response


def _get_kwargs(
    spot_check_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/spot-checks/{spot_check_id}".format(
            spot_check_id=quote(str(spot_check_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetSpotCheckResponse400
    | GetSpotCheckResponse401
    | GetSpotCheckResponse403
    | GetSpotCheckResponse404
    | GetSpotCheckResponse422
    | GetSpotCheckResponse429
    | GetSpotCheckResponse500
    | GetSpotCheckResponse502
    | GetSpotCheckResponse503
    | GetSpotCheckResponse504
    | SpotCheck
    | None
):
    if response.status_code == 200:
        response_200 = SpotCheck.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetSpotCheckResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetSpotCheckResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetSpotCheckResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetSpotCheckResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = GetSpotCheckResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetSpotCheckResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetSpotCheckResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = GetSpotCheckResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = GetSpotCheckResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = GetSpotCheckResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetSpotCheckResponse400
    | GetSpotCheckResponse401
    | GetSpotCheckResponse403
    | GetSpotCheckResponse404
    | GetSpotCheckResponse422
    | GetSpotCheckResponse429
    | GetSpotCheckResponse500
    | GetSpotCheckResponse502
    | GetSpotCheckResponse503
    | GetSpotCheckResponse504
    | SpotCheck
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    spot_check_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetSpotCheckResponse400
    | GetSpotCheckResponse401
    | GetSpotCheckResponse403
    | GetSpotCheckResponse404
    | GetSpotCheckResponse422
    | GetSpotCheckResponse429
    | GetSpotCheckResponse500
    | GetSpotCheckResponse502
    | GetSpotCheckResponse503
    | GetSpotCheckResponse504
    | SpotCheck
]:
    """A spot check and its findings

    Args:
        spot_check_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetSpotCheckResponse400 | GetSpotCheckResponse401 | GetSpotCheckResponse403 | GetSpotCheckResponse404 | GetSpotCheckResponse422 | GetSpotCheckResponse429 | GetSpotCheckResponse500 | GetSpotCheckResponse502 | GetSpotCheckResponse503 | GetSpotCheckResponse504 | SpotCheck]
    """

    kwargs = _get_kwargs(
        spot_check_id=spot_check_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    spot_check_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetSpotCheckResponse400
    | GetSpotCheckResponse401
    | GetSpotCheckResponse403
    | GetSpotCheckResponse404
    | GetSpotCheckResponse422
    | GetSpotCheckResponse429
    | GetSpotCheckResponse500
    | GetSpotCheckResponse502
    | GetSpotCheckResponse503
    | GetSpotCheckResponse504
    | SpotCheck
    | None
):
    """A spot check and its findings

    Args:
        spot_check_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetSpotCheckResponse400 | GetSpotCheckResponse401 | GetSpotCheckResponse403 | GetSpotCheckResponse404 | GetSpotCheckResponse422 | GetSpotCheckResponse429 | GetSpotCheckResponse500 | GetSpotCheckResponse502 | GetSpotCheckResponse503 | GetSpotCheckResponse504 | SpotCheck
    """

    return sync_detailed(
        spot_check_id=spot_check_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    spot_check_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetSpotCheckResponse400
    | GetSpotCheckResponse401
    | GetSpotCheckResponse403
    | GetSpotCheckResponse404
    | GetSpotCheckResponse422
    | GetSpotCheckResponse429
    | GetSpotCheckResponse500
    | GetSpotCheckResponse502
    | GetSpotCheckResponse503
    | GetSpotCheckResponse504
    | SpotCheck
]:
    """A spot check and its findings

    Args:
        spot_check_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetSpotCheckResponse400 | GetSpotCheckResponse401 | GetSpotCheckResponse403 | GetSpotCheckResponse404 | GetSpotCheckResponse422 | GetSpotCheckResponse429 | GetSpotCheckResponse500 | GetSpotCheckResponse502 | GetSpotCheckResponse503 | GetSpotCheckResponse504 | SpotCheck]
    """

    kwargs = _get_kwargs(
        spot_check_id=spot_check_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    spot_check_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetSpotCheckResponse400
    | GetSpotCheckResponse401
    | GetSpotCheckResponse403
    | GetSpotCheckResponse404
    | GetSpotCheckResponse422
    | GetSpotCheckResponse429
    | GetSpotCheckResponse500
    | GetSpotCheckResponse502
    | GetSpotCheckResponse503
    | GetSpotCheckResponse504
    | SpotCheck
    | None
):
    """A spot check and its findings

    Args:
        spot_check_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetSpotCheckResponse400 | GetSpotCheckResponse401 | GetSpotCheckResponse403 | GetSpotCheckResponse404 | GetSpotCheckResponse422 | GetSpotCheckResponse429 | GetSpotCheckResponse500 | GetSpotCheckResponse502 | GetSpotCheckResponse503 | GetSpotCheckResponse504 | SpotCheck
    """

    return (
        await asyncio_detailed(
            spot_check_id=spot_check_id,
            client=client,
        )
    ).parsed
