from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_projection_response_400 import GetProjectionResponse400
from ...models.get_projection_response_401 import GetProjectionResponse401
from ...models.get_projection_response_403 import GetProjectionResponse403
from ...models.get_projection_response_404 import GetProjectionResponse404
from ...models.get_projection_response_422 import GetProjectionResponse422
from ...models.get_projection_response_429 import GetProjectionResponse429
from ...models.get_projection_response_500 import GetProjectionResponse500
from ...models.get_projection_response_502 import GetProjectionResponse502
from ...models.get_projection_response_503 import GetProjectionResponse503
from ...models.get_projection_response_504 import GetProjectionResponse504
from ...models.projection import Projection
from ...types import Response


def _get_kwargs(
    projection_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/projections/{projection_id}".format(
            projection_id=quote(str(projection_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetProjectionResponse400
    | GetProjectionResponse401
    | GetProjectionResponse403
    | GetProjectionResponse404
    | GetProjectionResponse422
    | GetProjectionResponse429
    | GetProjectionResponse500
    | GetProjectionResponse502
    | GetProjectionResponse503
    | GetProjectionResponse504
    | Projection
    | None
):
    if response.status_code == 200:
        response_200 = Projection.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetProjectionResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetProjectionResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetProjectionResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetProjectionResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = GetProjectionResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetProjectionResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetProjectionResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = GetProjectionResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = GetProjectionResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = GetProjectionResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetProjectionResponse400
    | GetProjectionResponse401
    | GetProjectionResponse403
    | GetProjectionResponse404
    | GetProjectionResponse422
    | GetProjectionResponse429
    | GetProjectionResponse500
    | GetProjectionResponse502
    | GetProjectionResponse503
    | GetProjectionResponse504
    | Projection
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    projection_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetProjectionResponse400
    | GetProjectionResponse401
    | GetProjectionResponse403
    | GetProjectionResponse404
    | GetProjectionResponse422
    | GetProjectionResponse429
    | GetProjectionResponse500
    | GetProjectionResponse502
    | GetProjectionResponse503
    | GetProjectionResponse504
    | Projection
]:
    """One projection: its inputs, status and progress, its outputs once done

    Args:
        projection_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetProjectionResponse400 | GetProjectionResponse401 | GetProjectionResponse403 | GetProjectionResponse404 | GetProjectionResponse422 | GetProjectionResponse429 | GetProjectionResponse500 | GetProjectionResponse502 | GetProjectionResponse503 | GetProjectionResponse504 | Projection]
    """

    kwargs = _get_kwargs(
        projection_id=projection_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    projection_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetProjectionResponse400
    | GetProjectionResponse401
    | GetProjectionResponse403
    | GetProjectionResponse404
    | GetProjectionResponse422
    | GetProjectionResponse429
    | GetProjectionResponse500
    | GetProjectionResponse502
    | GetProjectionResponse503
    | GetProjectionResponse504
    | Projection
    | None
):
    """One projection: its inputs, status and progress, its outputs once done

    Args:
        projection_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetProjectionResponse400 | GetProjectionResponse401 | GetProjectionResponse403 | GetProjectionResponse404 | GetProjectionResponse422 | GetProjectionResponse429 | GetProjectionResponse500 | GetProjectionResponse502 | GetProjectionResponse503 | GetProjectionResponse504 | Projection
    """

    return sync_detailed(
        projection_id=projection_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    projection_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetProjectionResponse400
    | GetProjectionResponse401
    | GetProjectionResponse403
    | GetProjectionResponse404
    | GetProjectionResponse422
    | GetProjectionResponse429
    | GetProjectionResponse500
    | GetProjectionResponse502
    | GetProjectionResponse503
    | GetProjectionResponse504
    | Projection
]:
    """One projection: its inputs, status and progress, its outputs once done

    Args:
        projection_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetProjectionResponse400 | GetProjectionResponse401 | GetProjectionResponse403 | GetProjectionResponse404 | GetProjectionResponse422 | GetProjectionResponse429 | GetProjectionResponse500 | GetProjectionResponse502 | GetProjectionResponse503 | GetProjectionResponse504 | Projection]
    """

    kwargs = _get_kwargs(
        projection_id=projection_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    projection_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetProjectionResponse400
    | GetProjectionResponse401
    | GetProjectionResponse403
    | GetProjectionResponse404
    | GetProjectionResponse422
    | GetProjectionResponse429
    | GetProjectionResponse500
    | GetProjectionResponse502
    | GetProjectionResponse503
    | GetProjectionResponse504
    | Projection
    | None
):
    """One projection: its inputs, status and progress, its outputs once done

    Args:
        projection_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetProjectionResponse400 | GetProjectionResponse401 | GetProjectionResponse403 | GetProjectionResponse404 | GetProjectionResponse422 | GetProjectionResponse429 | GetProjectionResponse500 | GetProjectionResponse502 | GetProjectionResponse503 | GetProjectionResponse504 | Projection
    """

    return (
        await asyncio_detailed(
            projection_id=projection_id,
            client=client,
        )
    ).parsed
