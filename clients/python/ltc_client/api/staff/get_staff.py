from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_staff_response_400 import GetStaffResponse400
from ...models.get_staff_response_401 import GetStaffResponse401
from ...models.get_staff_response_403 import GetStaffResponse403
from ...models.get_staff_response_404 import GetStaffResponse404
from ...models.get_staff_response_422 import GetStaffResponse422
from ...models.get_staff_response_429 import GetStaffResponse429
from ...models.get_staff_response_500 import GetStaffResponse500
from ...models.get_staff_response_503 import GetStaffResponse503
from ...models.staff import Staff
from ...types import Response


def _get_kwargs(
    staff_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/staff/{staff_id}".format(
            staff_id=quote(str(staff_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetStaffResponse400
    | GetStaffResponse401
    | GetStaffResponse403
    | GetStaffResponse404
    | GetStaffResponse422
    | GetStaffResponse429
    | GetStaffResponse500
    | GetStaffResponse503
    | Staff
    | None
):
    if response.status_code == 200:
        response_200 = Staff.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetStaffResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetStaffResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetStaffResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetStaffResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = GetStaffResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetStaffResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetStaffResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = GetStaffResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetStaffResponse400
    | GetStaffResponse401
    | GetStaffResponse403
    | GetStaffResponse404
    | GetStaffResponse422
    | GetStaffResponse429
    | GetStaffResponse500
    | GetStaffResponse503
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
    GetStaffResponse400
    | GetStaffResponse401
    | GetStaffResponse403
    | GetStaffResponse404
    | GetStaffResponse422
    | GetStaffResponse429
    | GetStaffResponse500
    | GetStaffResponse503
    | Staff
]:
    """One staff account

    Args:
        staff_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetStaffResponse400 | GetStaffResponse401 | GetStaffResponse403 | GetStaffResponse404 | GetStaffResponse422 | GetStaffResponse429 | GetStaffResponse500 | GetStaffResponse503 | Staff]
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
    GetStaffResponse400
    | GetStaffResponse401
    | GetStaffResponse403
    | GetStaffResponse404
    | GetStaffResponse422
    | GetStaffResponse429
    | GetStaffResponse500
    | GetStaffResponse503
    | Staff
    | None
):
    """One staff account

    Args:
        staff_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetStaffResponse400 | GetStaffResponse401 | GetStaffResponse403 | GetStaffResponse404 | GetStaffResponse422 | GetStaffResponse429 | GetStaffResponse500 | GetStaffResponse503 | Staff
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
    GetStaffResponse400
    | GetStaffResponse401
    | GetStaffResponse403
    | GetStaffResponse404
    | GetStaffResponse422
    | GetStaffResponse429
    | GetStaffResponse500
    | GetStaffResponse503
    | Staff
]:
    """One staff account

    Args:
        staff_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetStaffResponse400 | GetStaffResponse401 | GetStaffResponse403 | GetStaffResponse404 | GetStaffResponse422 | GetStaffResponse429 | GetStaffResponse500 | GetStaffResponse503 | Staff]
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
    GetStaffResponse400
    | GetStaffResponse401
    | GetStaffResponse403
    | GetStaffResponse404
    | GetStaffResponse422
    | GetStaffResponse429
    | GetStaffResponse500
    | GetStaffResponse503
    | Staff
    | None
):
    """One staff account

    Args:
        staff_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetStaffResponse400 | GetStaffResponse401 | GetStaffResponse403 | GetStaffResponse404 | GetStaffResponse422 | GetStaffResponse429 | GetStaffResponse500 | GetStaffResponse503 | Staff
    """

    return (
        await asyncio_detailed(
            staff_id=staff_id,
            client=client,
        )
    ).parsed
