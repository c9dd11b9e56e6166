from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_draw_response_400 import GetDrawResponse400
from ...models.get_draw_response_401 import GetDrawResponse401
from ...models.get_draw_response_403 import GetDrawResponse403
from ...models.get_draw_response_404 import GetDrawResponse404
from ...models.get_draw_response_422 import GetDrawResponse422
from ...models.get_draw_response_429 import GetDrawResponse429
from ...models.get_draw_response_500 import GetDrawResponse500
from ...models.get_draw_response_502 import GetDrawResponse502
from ...models.get_draw_response_503 import GetDrawResponse503
from ...models.get_draw_response_504 import GetDrawResponse504
from ...models.panel_draw import PanelDraw
from ...types import Response


def _get_kwargs(
    draw_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/panel-draws/{draw_id}".format(
            draw_id=quote(str(draw_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetDrawResponse400
    | GetDrawResponse401
    | GetDrawResponse403
    | GetDrawResponse404
    | GetDrawResponse422
    | GetDrawResponse429
    | GetDrawResponse500
    | GetDrawResponse502
    | GetDrawResponse503
    | GetDrawResponse504
    | PanelDraw
    | None
):
    if response.status_code == 200:
        response_200 = PanelDraw.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetDrawResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetDrawResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetDrawResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetDrawResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = GetDrawResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetDrawResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetDrawResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = GetDrawResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = GetDrawResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = GetDrawResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetDrawResponse400
    | GetDrawResponse401
    | GetDrawResponse403
    | GetDrawResponse404
    | GetDrawResponse422
    | GetDrawResponse429
    | GetDrawResponse500
    | GetDrawResponse502
    | GetDrawResponse503
    | GetDrawResponse504
    | PanelDraw
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    draw_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetDrawResponse400
    | GetDrawResponse401
    | GetDrawResponse403
    | GetDrawResponse404
    | GetDrawResponse422
    | GetDrawResponse429
    | GetDrawResponse500
    | GetDrawResponse502
    | GetDrawResponse503
    | GetDrawResponse504
    | PanelDraw
]:
    """A draw: seed, candidates, exclusions, replay

    Args:
        draw_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetDrawResponse400 | GetDrawResponse401 | GetDrawResponse403 | GetDrawResponse404 | GetDrawResponse422 | GetDrawResponse429 | GetDrawResponse500 | GetDrawResponse502 | GetDrawResponse503 | GetDrawResponse504 | PanelDraw]
    """

    kwargs = _get_kwargs(
        draw_id=draw_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    draw_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetDrawResponse400
    | GetDrawResponse401
    | GetDrawResponse403
    | GetDrawResponse404
    | GetDrawResponse422
    | GetDrawResponse429
    | GetDrawResponse500
    | GetDrawResponse502
    | GetDrawResponse503
    | GetDrawResponse504
    | PanelDraw
    | None
):
    """A draw: seed, candidates, exclusions, replay

    Args:
        draw_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetDrawResponse400 | GetDrawResponse401 | GetDrawResponse403 | GetDrawResponse404 | GetDrawResponse422 | GetDrawResponse429 | GetDrawResponse500 | GetDrawResponse502 | GetDrawResponse503 | GetDrawResponse504 | PanelDraw
    """

    return sync_detailed(
        draw_id=draw_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    draw_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetDrawResponse400
    | GetDrawResponse401
    | GetDrawResponse403
    | GetDrawResponse404
    | GetDrawResponse422
    | GetDrawResponse429
    | GetDrawResponse500
    | GetDrawResponse502
    | GetDrawResponse503
    | GetDrawResponse504
    | PanelDraw
]:
    """A draw: seed, candidates, exclusions, replay

    Args:
        draw_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetDrawResponse400 | GetDrawResponse401 | GetDrawResponse403 | GetDrawResponse404 | GetDrawResponse422 | GetDrawResponse429 | GetDrawResponse500 | GetDrawResponse502 | GetDrawResponse503 | GetDrawResponse504 | PanelDraw]
    """

    kwargs = _get_kwargs(
        draw_id=draw_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    draw_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetDrawResponse400
    | GetDrawResponse401
    | GetDrawResponse403
    | GetDrawResponse404
    | GetDrawResponse422
    | GetDrawResponse429
    | GetDrawResponse500
    | GetDrawResponse502
    | GetDrawResponse503
    | GetDrawResponse504
    | PanelDraw
    | None
):
    """A draw: seed, candidates, exclusions, replay

    Args:
        draw_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetDrawResponse400 | GetDrawResponse401 | GetDrawResponse403 | GetDrawResponse404 | GetDrawResponse422 | GetDrawResponse429 | GetDrawResponse500 | GetDrawResponse502 | GetDrawResponse503 | GetDrawResponse504 | PanelDraw
    """

    return (
        await asyncio_detailed(
            draw_id=draw_id,
            client=client,
        )
    ).parsed
