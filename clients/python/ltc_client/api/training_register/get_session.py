from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_session_response_400 import GetSessionResponse400
from ...models.get_session_response_401 import GetSessionResponse401
from ...models.get_session_response_403 import GetSessionResponse403
from ...models.get_session_response_404 import GetSessionResponse404
from ...models.get_session_response_422 import GetSessionResponse422
from ...models.get_session_response_429 import GetSessionResponse429
from ...models.get_session_response_500 import GetSessionResponse500
from ...models.get_session_response_502 import GetSessionResponse502
from ...models.get_session_response_503 import GetSessionResponse503
from ...models.get_session_response_504 import GetSessionResponse504
from ...models.session import Session
from ...types import Response


def _get_kwargs(
    session_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/training-sessions/{session_id}".format(
            session_id=quote(str(session_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetSessionResponse400
    | GetSessionResponse401
    | GetSessionResponse403
    | GetSessionResponse404
    | GetSessionResponse422
    | GetSessionResponse429
    | GetSessionResponse500
    | GetSessionResponse502
    | GetSessionResponse503
    | GetSessionResponse504
    | Session
    | None
):
    if response.status_code == 200:
        response_200 = Session.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetSessionResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetSessionResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetSessionResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetSessionResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = GetSessionResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetSessionResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetSessionResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = GetSessionResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = GetSessionResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = GetSessionResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetSessionResponse400
    | GetSessionResponse401
    | GetSessionResponse403
    | GetSessionResponse404
    | GetSessionResponse422
    | GetSessionResponse429
    | GetSessionResponse500
    | GetSessionResponse502
    | GetSessionResponse503
    | GetSessionResponse504
    | Session
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    session_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetSessionResponse400
    | GetSessionResponse401
    | GetSessionResponse403
    | GetSessionResponse404
    | GetSessionResponse422
    | GetSessionResponse429
    | GetSessionResponse500
    | GetSessionResponse502
    | GetSessionResponse503
    | GetSessionResponse504
    | Session
]:
    """One exam session

    Args:
        session_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetSessionResponse400 | GetSessionResponse401 | GetSessionResponse403 | GetSessionResponse404 | GetSessionResponse422 | GetSessionResponse429 | GetSessionResponse500 | GetSessionResponse502 | GetSessionResponse503 | GetSessionResponse504 | Session]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetSessionResponse400
    | GetSessionResponse401
    | GetSessionResponse403
    | GetSessionResponse404
    | GetSessionResponse422
    | GetSessionResponse429
    | GetSessionResponse500
    | GetSessionResponse502
    | GetSessionResponse503
    | GetSessionResponse504
    | Session
    | None
):
    """One exam session

    Args:
        session_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetSessionResponse400 | GetSessionResponse401 | GetSessionResponse403 | GetSessionResponse404 | GetSessionResponse422 | GetSessionResponse429 | GetSessionResponse500 | GetSessionResponse502 | GetSessionResponse503 | GetSessionResponse504 | Session
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    session_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetSessionResponse400
    | GetSessionResponse401
    | GetSessionResponse403
    | GetSessionResponse404
    | GetSessionResponse422
    | GetSessionResponse429
    | GetSessionResponse500
    | GetSessionResponse502
    | GetSessionResponse503
    | GetSessionResponse504
    | Session
]:
    """One exam session

    Args:
        session_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetSessionResponse400 | GetSessionResponse401 | GetSessionResponse403 | GetSessionResponse404 | GetSessionResponse422 | GetSessionResponse429 | GetSessionResponse500 | GetSessionResponse502 | GetSessionResponse503 | GetSessionResponse504 | Session]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetSessionResponse400
    | GetSessionResponse401
    | GetSessionResponse403
    | GetSessionResponse404
    | GetSessionResponse422
    | GetSessionResponse429
    | GetSessionResponse500
    | GetSessionResponse502
    | GetSessionResponse503
    | GetSessionResponse504
    | Session
    | None
):
    """One exam session

    Args:
        session_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetSessionResponse400 | GetSessionResponse401 | GetSessionResponse403 | GetSessionResponse404 | GetSessionResponse422 | GetSessionResponse429 | GetSessionResponse500 | GetSessionResponse502 | GetSessionResponse503 | GetSessionResponse504 | Session
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
        )
    ).parsed
