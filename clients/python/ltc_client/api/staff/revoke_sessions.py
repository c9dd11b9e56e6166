from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.revoke_sessions_response_400 import RevokeSessionsResponse400
from ...models.revoke_sessions_response_401 import RevokeSessionsResponse401
from ...models.revoke_sessions_response_403 import RevokeSessionsResponse403
from ...models.revoke_sessions_response_404 import RevokeSessionsResponse404
from ...models.revoke_sessions_response_409 import RevokeSessionsResponse409
from ...models.revoke_sessions_response_413 import RevokeSessionsResponse413
from ...models.revoke_sessions_response_422 import RevokeSessionsResponse422
from ...models.revoke_sessions_response_429 import RevokeSessionsResponse429
from ...models.revoke_sessions_response_500 import RevokeSessionsResponse500
from ...models.revoke_sessions_response_503 import RevokeSessionsResponse503
from ...models.sessions_revoked import SessionsRevoked
from ...types import Response


def _get_kwargs(
    staff_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/staff/{staff_id}/sessions:revoke".format(
            staff_id=quote(str(staff_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    RevokeSessionsResponse400
    | RevokeSessionsResponse401
    | RevokeSessionsResponse403
    | RevokeSessionsResponse404
    | RevokeSessionsResponse409
    | RevokeSessionsResponse413
    | RevokeSessionsResponse422
    | RevokeSessionsResponse429
    | RevokeSessionsResponse500
    | RevokeSessionsResponse503
    | SessionsRevoked
    | None
):
    if response.status_code == 200:
        response_200 = SessionsRevoked.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = RevokeSessionsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = RevokeSessionsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = RevokeSessionsResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = RevokeSessionsResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = RevokeSessionsResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = RevokeSessionsResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = RevokeSessionsResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = RevokeSessionsResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = RevokeSessionsResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = RevokeSessionsResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    RevokeSessionsResponse400
    | RevokeSessionsResponse401
    | RevokeSessionsResponse403
    | RevokeSessionsResponse404
    | RevokeSessionsResponse409
    | RevokeSessionsResponse413
    | RevokeSessionsResponse422
    | RevokeSessionsResponse429
    | RevokeSessionsResponse500
    | RevokeSessionsResponse503
    | SessionsRevoked
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    staff_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    RevokeSessionsResponse400
    | RevokeSessionsResponse401
    | RevokeSessionsResponse403
    | RevokeSessionsResponse404
    | RevokeSessionsResponse409
    | RevokeSessionsResponse413
    | RevokeSessionsResponse422
    | RevokeSessionsResponse429
    | RevokeSessionsResponse500
    | RevokeSessionsResponse503
    | SessionsRevoked
]:
    """Sign the account out everywhere

    Args:
        staff_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RevokeSessionsResponse400 | RevokeSessionsResponse401 | RevokeSessionsResponse403 | RevokeSessionsResponse404 | RevokeSessionsResponse409 | RevokeSessionsResponse413 | RevokeSessionsResponse422 | RevokeSessionsResponse429 | RevokeSessionsResponse500 | RevokeSessionsResponse503 | SessionsRevoked]
    """

    kwargs = _get_kwargs(
        staff_id=staff_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    staff_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    RevokeSessionsResponse400
    | RevokeSessionsResponse401
    | RevokeSessionsResponse403
    | RevokeSessionsResponse404
    | RevokeSessionsResponse409
    | RevokeSessionsResponse413
    | RevokeSessionsResponse422
    | RevokeSessionsResponse429
    | RevokeSessionsResponse500
    | RevokeSessionsResponse503
    | SessionsRevoked
    | None
):
    """Sign the account out everywhere

    Args:
        staff_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RevokeSessionsResponse400 | RevokeSessionsResponse401 | RevokeSessionsResponse403 | RevokeSessionsResponse404 | RevokeSessionsResponse409 | RevokeSessionsResponse413 | RevokeSessionsResponse422 | RevokeSessionsResponse429 | RevokeSessionsResponse500 | RevokeSessionsResponse503 | SessionsRevoked
    """

    return sync_detailed(
        staff_id=staff_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    staff_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    RevokeSessionsResponse400
    | RevokeSessionsResponse401
    | RevokeSessionsResponse403
    | RevokeSessionsResponse404
    | RevokeSessionsResponse409
    | RevokeSessionsResponse413
    | RevokeSessionsResponse422
    | RevokeSessionsResponse429
    | RevokeSessionsResponse500
    | RevokeSessionsResponse503
    | SessionsRevoked
]:
    """Sign the account out everywhere

    Args:
        staff_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RevokeSessionsResponse400 | RevokeSessionsResponse401 | RevokeSessionsResponse403 | RevokeSessionsResponse404 | RevokeSessionsResponse409 | RevokeSessionsResponse413 | RevokeSessionsResponse422 | RevokeSessionsResponse429 | RevokeSessionsResponse500 | RevokeSessionsResponse503 | SessionsRevoked]
    """

    kwargs = _get_kwargs(
        staff_id=staff_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    staff_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    RevokeSessionsResponse400
    | RevokeSessionsResponse401
    | RevokeSessionsResponse403
    | RevokeSessionsResponse404
    | RevokeSessionsResponse409
    | RevokeSessionsResponse413
    | RevokeSessionsResponse422
    | RevokeSessionsResponse429
    | RevokeSessionsResponse500
    | RevokeSessionsResponse503
    | SessionsRevoked
    | None
):
    """Sign the account out everywhere

    Args:
        staff_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RevokeSessionsResponse400 | RevokeSessionsResponse401 | RevokeSessionsResponse403 | RevokeSessionsResponse404 | RevokeSessionsResponse409 | RevokeSessionsResponse413 | RevokeSessionsResponse422 | RevokeSessionsResponse429 | RevokeSessionsResponse500 | RevokeSessionsResponse503 | SessionsRevoked
    """

    return (
        await asyncio_detailed(
            staff_id=staff_id,
            client=client,
        )
    ).parsed
