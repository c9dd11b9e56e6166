from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.draw_panel_response_400 import DrawPanelResponse400
from ...models.draw_panel_response_401 import DrawPanelResponse401
from ...models.draw_panel_response_403 import DrawPanelResponse403
from ...models.draw_panel_response_404 import DrawPanelResponse404
from ...models.draw_panel_response_409 import DrawPanelResponse409
from ...models.draw_panel_response_413 import DrawPanelResponse413
from ...models.draw_panel_response_422 import DrawPanelResponse422
from ...models.draw_panel_response_429 import DrawPanelResponse429
from ...models.draw_panel_response_500 import DrawPanelResponse500
from ...models.draw_panel_response_502 import DrawPanelResponse502
from ...models.draw_panel_response_503 import DrawPanelResponse503
from ...models.draw_panel_response_504 import DrawPanelResponse504
from ...models.panel_draw import PanelDraw
from ...models.panel_draw_create import PanelDrawCreate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    application_id: UUID,
    *,
    body: None | PanelDrawCreate | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/assessment-applications/{application_id}/panel-draws".format(
            application_id=quote(str(application_id), safe=""),
        ),
    }

    if isinstance(body, PanelDrawCreate):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DrawPanelResponse400
    | DrawPanelResponse401
    | DrawPanelResponse403
    | DrawPanelResponse404
    | DrawPanelResponse409
    | DrawPanelResponse413
    | DrawPanelResponse422
    | DrawPanelResponse429
    | DrawPanelResponse500
    | DrawPanelResponse502
    | DrawPanelResponse503
    | DrawPanelResponse504
    | PanelDraw
    | None
):
    if response.status_code == 201:
        response_201 = PanelDraw.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = DrawPanelResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = DrawPanelResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = DrawPanelResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = DrawPanelResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = DrawPanelResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = DrawPanelResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = DrawPanelResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = DrawPanelResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = DrawPanelResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = DrawPanelResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = DrawPanelResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = DrawPanelResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DrawPanelResponse400
    | DrawPanelResponse401
    | DrawPanelResponse403
    | DrawPanelResponse404
    | DrawPanelResponse409
    | DrawPanelResponse413
    | DrawPanelResponse422
    | DrawPanelResponse429
    | DrawPanelResponse500
    | DrawPanelResponse502
    | DrawPanelResponse503
    | DrawPanelResponse504
    | PanelDraw
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    application_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: None | PanelDrawCreate | Unset = UNSET,
) -> Response[
    DrawPanelResponse400
    | DrawPanelResponse401
    | DrawPanelResponse403
    | DrawPanelResponse404
    | DrawPanelResponse409
    | DrawPanelResponse413
    | DrawPanelResponse422
    | DrawPanelResponse429
    | DrawPanelResponse500
    | DrawPanelResponse502
    | DrawPanelResponse503
    | DrawPanelResponse504
    | PanelDraw
]:
    """Draw the panel at random, with recusal and balanced workload

     A re-draw needs ``reason`` and ``replaces_draw_id``; the earlier draw stays visible.
    Not enough eligible experts → 409 ``PANEL_UNAVAILABLE`` with the shortfall.

    Args:
        application_id (UUID):
        body (None | PanelDrawCreate | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DrawPanelResponse400 | DrawPanelResponse401 | DrawPanelResponse403 | DrawPanelResponse404 | DrawPanelResponse409 | DrawPanelResponse413 | DrawPanelResponse422 | DrawPanelResponse429 | DrawPanelResponse500 | DrawPanelResponse502 | DrawPanelResponse503 | DrawPanelResponse504 | PanelDraw]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    application_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: None | PanelDrawCreate | Unset = UNSET,
) -> (
    DrawPanelResponse400
    | DrawPanelResponse401
    | DrawPanelResponse403
    | DrawPanelResponse404
    | DrawPanelResponse409
    | DrawPanelResponse413
    | DrawPanelResponse422
    | DrawPanelResponse429
    | DrawPanelResponse500
    | DrawPanelResponse502
    | DrawPanelResponse503
    | DrawPanelResponse504
    | PanelDraw
    | None
):
    """Draw the panel at random, with recusal and balanced workload

     A re-draw needs ``reason`` and ``replaces_draw_id``; the earlier draw stays visible.
    Not enough eligible experts → 409 ``PANEL_UNAVAILABLE`` with the shortfall.

    Args:
        application_id (UUID):
        body (None | PanelDrawCreate | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DrawPanelResponse400 | DrawPanelResponse401 | DrawPanelResponse403 | DrawPanelResponse404 | DrawPanelResponse409 | DrawPanelResponse413 | DrawPanelResponse422 | DrawPanelResponse429 | DrawPanelResponse500 | DrawPanelResponse502 | DrawPanelResponse503 | DrawPanelResponse504 | PanelDraw
    """

    return sync_detailed(
        application_id=application_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    application_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: None | PanelDrawCreate | Unset = UNSET,
) -> Response[
    DrawPanelResponse400
    | DrawPanelResponse401
    | DrawPanelResponse403
    | DrawPanelResponse404
    | DrawPanelResponse409
    | DrawPanelResponse413
    | DrawPanelResponse422
    | DrawPanelResponse429
    | DrawPanelResponse500
    | DrawPanelResponse502
    | DrawPanelResponse503
    | DrawPanelResponse504
    | PanelDraw
]:
    """Draw the panel at random, with recusal and balanced workload

     A re-draw needs ``reason`` and ``replaces_draw_id``; the earlier draw stays visible.
    Not enough eligible experts → 409 ``PANEL_UNAVAILABLE`` with the shortfall.

    Args:
        application_id (UUID):
        body (None | PanelDrawCreate | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DrawPanelResponse400 | DrawPanelResponse401 | DrawPanelResponse403 | DrawPanelResponse404 | DrawPanelResponse409 | DrawPanelResponse413 | DrawPanelResponse422 | DrawPanelResponse429 | DrawPanelResponse500 | DrawPanelResponse502 | DrawPanelResponse503 | DrawPanelResponse504 | PanelDraw]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    application_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: None | PanelDrawCreate | Unset = UNSET,
) -> (
    DrawPanelResponse400
    | DrawPanelResponse401
    | DrawPanelResponse403
    | DrawPanelResponse404
    | DrawPanelResponse409
    | DrawPanelResponse413
    | DrawPanelResponse422
    | DrawPanelResponse429
    | DrawPanelResponse500
    | DrawPanelResponse502
    | DrawPanelResponse503
    | DrawPanelResponse504
    | PanelDraw
    | None
):
    """Draw the panel at random, with recusal and balanced workload

     A re-draw needs ``reason`` and ``replaces_draw_id``; the earlier draw stays visible.
    Not enough eligible experts → 409 ``PANEL_UNAVAILABLE`` with the shortfall.

    Args:
        application_id (UUID):
        body (None | PanelDrawCreate | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DrawPanelResponse400 | DrawPanelResponse401 | DrawPanelResponse403 | DrawPanelResponse404 | DrawPanelResponse409 | DrawPanelResponse413 | DrawPanelResponse422 | DrawPanelResponse429 | DrawPanelResponse500 | DrawPanelResponse502 | DrawPanelResponse503 | DrawPanelResponse504 | PanelDraw
    """

    return (
        await asyncio_detailed(
            application_id=application_id,
            client=client,
            body=body,
        )
    ).parsed
