from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.issued_key import IssuedKey
from ...models.rotate_key_response_400 import RotateKeyResponse400
from ...models.rotate_key_response_401 import RotateKeyResponse401
from ...models.rotate_key_response_403 import RotateKeyResponse403
from ...models.rotate_key_response_404 import RotateKeyResponse404
from ...models.rotate_key_response_409 import RotateKeyResponse409
from ...models.rotate_key_response_413 import RotateKeyResponse413
from ...models.rotate_key_response_422 import RotateKeyResponse422
from ...models.rotate_key_response_429 import RotateKeyResponse429
from ...models.rotate_key_response_500 import RotateKeyResponse500
from ...models.rotate_key_response_503 import RotateKeyResponse503
from ...models.rotate_request import RotateRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    client_id: UUID,
    *,
    body: None | RotateRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/api-clients/{client_id}/rotate".format(
            client_id=quote(str(client_id), safe=""),
        ),
    }

    if isinstance(body, RotateRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    IssuedKey
    | RotateKeyResponse400
    | RotateKeyResponse401
    | RotateKeyResponse403
    | RotateKeyResponse404
    | RotateKeyResponse409
    | RotateKeyResponse413
    | RotateKeyResponse422
    | RotateKeyResponse429
    | RotateKeyResponse500
    | RotateKeyResponse503
    | None
):
    if response.status_code == 200:
        response_200 = IssuedKey.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = RotateKeyResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = RotateKeyResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = RotateKeyResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = RotateKeyResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = RotateKeyResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = RotateKeyResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = RotateKeyResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = RotateKeyResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = RotateKeyResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = RotateKeyResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    IssuedKey
    | RotateKeyResponse400
    | RotateKeyResponse401
    | RotateKeyResponse403
    | RotateKeyResponse404
    | RotateKeyResponse409
    | RotateKeyResponse413
    | RotateKeyResponse422
    | RotateKeyResponse429
    | RotateKeyResponse500
    | RotateKeyResponse503
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
    body: None | RotateRequest | Unset = UNSET,
) -> Response[
    IssuedKey
    | RotateKeyResponse400
    | RotateKeyResponse401
    | RotateKeyResponse403
    | RotateKeyResponse404
    | RotateKeyResponse409
    | RotateKeyResponse413
    | RotateKeyResponse422
    | RotateKeyResponse429
    | RotateKeyResponse500
    | RotateKeyResponse503
]:
    """Issue a new key; the old one lapses

     The keys before the new one keep working for `grace_seconds` (default: the configured grace).

    Args:
        client_id (UUID):
        body (None | RotateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IssuedKey | RotateKeyResponse400 | RotateKeyResponse401 | RotateKeyResponse403 | RotateKeyResponse404 | RotateKeyResponse409 | RotateKeyResponse413 | RotateKeyResponse422 | RotateKeyResponse429 | RotateKeyResponse500 | RotateKeyResponse503]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    client_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: None | RotateRequest | Unset = UNSET,
) -> (
    IssuedKey
    | RotateKeyResponse400
    | RotateKeyResponse401
    | RotateKeyResponse403
    | RotateKeyResponse404
    | RotateKeyResponse409
    | RotateKeyResponse413
    | RotateKeyResponse422
    | RotateKeyResponse429
    | RotateKeyResponse500
    | RotateKeyResponse503
    | None
):
    """Issue a new key; the old one lapses

     The keys before the new one keep working for `grace_seconds` (default: the configured grace).

    Args:
        client_id (UUID):
        body (None | RotateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IssuedKey | RotateKeyResponse400 | RotateKeyResponse401 | RotateKeyResponse403 | RotateKeyResponse404 | RotateKeyResponse409 | RotateKeyResponse413 | RotateKeyResponse422 | RotateKeyResponse429 | RotateKeyResponse500 | RotateKeyResponse503
    """

    return sync_detailed(
        client_id=client_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    client_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: None | RotateRequest | Unset = UNSET,
) -> Response[
    IssuedKey
    | RotateKeyResponse400
    | RotateKeyResponse401
    | RotateKeyResponse403
    | RotateKeyResponse404
    | RotateKeyResponse409
    | RotateKeyResponse413
    | RotateKeyResponse422
    | RotateKeyResponse429
    | RotateKeyResponse500
    | RotateKeyResponse503
]:
    """Issue a new key; the old one lapses

     The keys before the new one keep working for `grace_seconds` (default: the configured grace).

    Args:
        client_id (UUID):
        body (None | RotateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IssuedKey | RotateKeyResponse400 | RotateKeyResponse401 | RotateKeyResponse403 | RotateKeyResponse404 | RotateKeyResponse409 | RotateKeyResponse413 | RotateKeyResponse422 | RotateKeyResponse429 | RotateKeyResponse500 | RotateKeyResponse503]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: None | RotateRequest | Unset = UNSET,
) -> (
    IssuedKey
    | RotateKeyResponse400
    | RotateKeyResponse401
    | RotateKeyResponse403
    | RotateKeyResponse404
    | RotateKeyResponse409
    | RotateKeyResponse413
    | RotateKeyResponse422
    | RotateKeyResponse429
    | RotateKeyResponse500
    | RotateKeyResponse503
    | None
):
    """Issue a new key; the old one lapses

     The keys before the new one keep working for `grace_seconds` (default: the configured grace).

    Args:
        client_id (UUID):
        body (None | RotateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IssuedKey | RotateKeyResponse400 | RotateKeyResponse401 | RotateKeyResponse403 | RotateKeyResponse404 | RotateKeyResponse409 | RotateKeyResponse413 | RotateKeyResponse422 | RotateKeyResponse429 | RotateKeyResponse500 | RotateKeyResponse503
    """

    return (
        await asyncio_detailed(
            client_id=client_id,
            client=client,
            body=body,
        )
    ).parsed
