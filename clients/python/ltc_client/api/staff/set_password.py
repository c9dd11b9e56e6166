from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.password_set import PasswordSet
from ...models.set_password_response_400 import SetPasswordResponse400
from ...models.set_password_response_401 import SetPasswordResponse401
from ...models.set_password_response_403 import SetPasswordResponse403
from ...models.set_password_response_404 import SetPasswordResponse404
from ...models.set_password_response_409 import SetPasswordResponse409
from ...models.set_password_response_413 import SetPasswordResponse413
from ...models.set_password_response_422 import SetPasswordResponse422
from ...models.set_password_response_429 import SetPasswordResponse429
from ...models.set_password_response_500 import SetPasswordResponse500
from ...models.set_password_response_503 import SetPasswordResponse503
from ...models.staff import Staff
from ...types import Response


def _get_kwargs(
    staff_id: UUID,
    *,
    body: PasswordSet,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/staff/{staff_id}/password".format(
            staff_id=quote(str(staff_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    SetPasswordResponse400
    | SetPasswordResponse401
    | SetPasswordResponse403
    | SetPasswordResponse404
    | SetPasswordResponse409
    | SetPasswordResponse413
    | SetPasswordResponse422
    | SetPasswordResponse429
    | SetPasswordResponse500
    | SetPasswordResponse503
    | Staff
    | None
):
    if response.status_code == 200:
        response_200 = Staff.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = SetPasswordResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = SetPasswordResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = SetPasswordResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = SetPasswordResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = SetPasswordResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = SetPasswordResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = SetPasswordResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = SetPasswordResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = SetPasswordResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = SetPasswordResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    SetPasswordResponse400
    | SetPasswordResponse401
    | SetPasswordResponse403
    | SetPasswordResponse404
    | SetPasswordResponse409
    | SetPasswordResponse413
    | SetPasswordResponse422
    | SetPasswordResponse429
    | SetPasswordResponse500
    | SetPasswordResponse503
    | Staff
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
    body: PasswordSet,
) -> Response[
    SetPasswordResponse400
    | SetPasswordResponse401
    | SetPasswordResponse403
    | SetPasswordResponse404
    | SetPasswordResponse409
    | SetPasswordResponse413
    | SetPasswordResponse422
    | SetPasswordResponse429
    | SetPasswordResponse500
    | SetPasswordResponse503
    | Staff
]:
    """Set a new password; clears a lockout and signs the account out everywhere

    Args:
        staff_id (UUID):
        body (PasswordSet):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SetPasswordResponse400 | SetPasswordResponse401 | SetPasswordResponse403 | SetPasswordResponse404 | SetPasswordResponse409 | SetPasswordResponse413 | SetPasswordResponse422 | SetPasswordResponse429 | SetPasswordResponse500 | SetPasswordResponse503 | Staff]
    """

    kwargs = _get_kwargs(
        staff_id=staff_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    staff_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: PasswordSet,
) -> (
    SetPasswordResponse400
    | SetPasswordResponse401
    | SetPasswordResponse403
    | SetPasswordResponse404
    | SetPasswordResponse409
    | SetPasswordResponse413
    | SetPasswordResponse422
    | SetPasswordResponse429
    | SetPasswordResponse500
    | SetPasswordResponse503
    | Staff
    | None
):
    """Set a new password; clears a lockout and signs the account out everywhere

    Args:
        staff_id (UUID):
        body (PasswordSet):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SetPasswordResponse400 | SetPasswordResponse401 | SetPasswordResponse403 | SetPasswordResponse404 | SetPasswordResponse409 | SetPasswordResponse413 | SetPasswordResponse422 | SetPasswordResponse429 | SetPasswordResponse500 | SetPasswordResponse503 | Staff
    """

    return sync_detailed(
        staff_id=staff_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    staff_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: PasswordSet,
) -> Response[
    SetPasswordResponse400
    | SetPasswordResponse401
    | SetPasswordResponse403
    | SetPasswordResponse404
    | SetPasswordResponse409
    | SetPasswordResponse413
    | SetPasswordResponse422
    | SetPasswordResponse429
    | SetPasswordResponse500
    | SetPasswordResponse503
    | Staff
]:
    """Set a new password; clears a lockout and signs the account out everywhere

    Args:
        staff_id (UUID):
        body (PasswordSet):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SetPasswordResponse400 | SetPasswordResponse401 | SetPasswordResponse403 | SetPasswordResponse404 | SetPasswordResponse409 | SetPasswordResponse413 | SetPasswordResponse422 | SetPasswordResponse429 | SetPasswordResponse500 | SetPasswordResponse503 | Staff]
    """

    kwargs = _get_kwargs(
        staff_id=staff_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    staff_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: PasswordSet,
) -> (
    SetPasswordResponse400
    | SetPasswordResponse401
    | SetPasswordResponse403
    | SetPasswordResponse404
    | SetPasswordResponse409
    | SetPasswordResponse413
    | SetPasswordResponse422
    | SetPasswordResponse429
    | SetPasswordResponse500
    | SetPasswordResponse503
    | Staff
    | None
):
    """Set a new password; clears a lockout and signs the account out everywhere

    Args:
        staff_id (UUID):
        body (PasswordSet):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SetPasswordResponse400 | SetPasswordResponse401 | SetPasswordResponse403 | SetPasswordResponse404 | SetPasswordResponse409 | SetPasswordResponse413 | SetPasswordResponse422 | SetPasswordResponse429 | SetPasswordResponse500 | SetPasswordResponse503 | Staff
    """

    return (
        await asyncio_detailed(
            staff_id=staff_id,
            client=client,
            body=body,
        )
    ).parsed
