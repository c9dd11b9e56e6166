from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.disable_staff_response_400 import DisableStaffResponse400
from ...models.disable_staff_response_401 import DisableStaffResponse401
from ...models.disable_staff_response_403 import DisableStaffResponse403
from ...models.disable_staff_response_404 import DisableStaffResponse404
from ...models.disable_staff_response_409 import DisableStaffResponse409
from ...models.disable_staff_response_413 import DisableStaffResponse413
from ...models.disable_staff_response_422 import DisableStaffResponse422
from ...models.disable_staff_response_429 import DisableStaffResponse429
from ...models.disable_staff_response_500 import DisableStaffResponse500
from ...models.disable_staff_response_503 import DisableStaffResponse503
from ...models.staff import Staff
from ...types import Response


def _get_kwargs(
    staff_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/staff/{staff_id}/disable".format(
            staff_id=quote(str(staff_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DisableStaffResponse400
    | DisableStaffResponse401
    | DisableStaffResponse403
    | DisableStaffResponse404
    | DisableStaffResponse409
    | DisableStaffResponse413
    | DisableStaffResponse422
    | DisableStaffResponse429
    | DisableStaffResponse500
    | DisableStaffResponse503
    | Staff
    | None
):
    if response.status_code == 200:
        response_200 = Staff.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DisableStaffResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = DisableStaffResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = DisableStaffResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = DisableStaffResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = DisableStaffResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = DisableStaffResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = DisableStaffResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = DisableStaffResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = DisableStaffResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = DisableStaffResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DisableStaffResponse400
    | DisableStaffResponse401
    | DisableStaffResponse403
    | DisableStaffResponse404
    | DisableStaffResponse409
    | DisableStaffResponse413
    | DisableStaffResponse422
    | DisableStaffResponse429
    | DisableStaffResponse500
    | DisableStaffResponse503
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
) -> Response[
    DisableStaffResponse400
    | DisableStaffResponse401
    | DisableStaffResponse403
    | DisableStaffResponse404
    | DisableStaffResponse409
    | DisableStaffResponse413
    | DisableStaffResponse422
    | DisableStaffResponse429
    | DisableStaffResponse500
    | DisableStaffResponse503
    | Staff
]:
    """Disable an account; signs it out

    Args:
        staff_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DisableStaffResponse400 | DisableStaffResponse401 | DisableStaffResponse403 | DisableStaffResponse404 | DisableStaffResponse409 | DisableStaffResponse413 | DisableStaffResponse422 | DisableStaffResponse429 | DisableStaffResponse500 | DisableStaffResponse503 | Staff]
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
    DisableStaffResponse400
    | DisableStaffResponse401
    | DisableStaffResponse403
    | DisableStaffResponse404
    | DisableStaffResponse409
    | DisableStaffResponse413
    | DisableStaffResponse422
    | DisableStaffResponse429
    | DisableStaffResponse500
    | DisableStaffResponse503
    | Staff
    | None
):
    """Disable an account; signs it out

    Args:
        staff_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DisableStaffResponse400 | DisableStaffResponse401 | DisableStaffResponse403 | DisableStaffResponse404 | DisableStaffResponse409 | DisableStaffResponse413 | DisableStaffResponse422 | DisableStaffResponse429 | DisableStaffResponse500 | DisableStaffResponse503 | Staff
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
    DisableStaffResponse400
    | DisableStaffResponse401
    | DisableStaffResponse403
    | DisableStaffResponse404
    | DisableStaffResponse409
    | DisableStaffResponse413
    | DisableStaffResponse422
    | DisableStaffResponse429
    | DisableStaffResponse500
    | DisableStaffResponse503
    | Staff
]:
    """Disable an account; signs it out

    Args:
        staff_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DisableStaffResponse400 | DisableStaffResponse401 | DisableStaffResponse403 | DisableStaffResponse404 | DisableStaffResponse409 | DisableStaffResponse413 | DisableStaffResponse422 | DisableStaffResponse429 | DisableStaffResponse500 | DisableStaffResponse503 | Staff]
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
    DisableStaffResponse400
    | DisableStaffResponse401
    | DisableStaffResponse403
    | DisableStaffResponse404
    | DisableStaffResponse409
    | DisableStaffResponse413
    | DisableStaffResponse422
    | DisableStaffResponse429
    | DisableStaffResponse500
    | DisableStaffResponse503
    | Staff
    | None
):
    """Disable an account; signs it out

    Args:
        staff_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DisableStaffResponse400 | DisableStaffResponse401 | DisableStaffResponse403 | DisableStaffResponse404 | DisableStaffResponse409 | DisableStaffResponse413 | DisableStaffResponse422 | DisableStaffResponse429 | DisableStaffResponse500 | DisableStaffResponse503 | Staff
    """

    return (
        await asyncio_detailed(
            staff_id=staff_id,
            client=client,
        )
    ).parsed
