from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_staff_response_400 import CreateStaffResponse400
from ...models.create_staff_response_401 import CreateStaffResponse401
from ...models.create_staff_response_403 import CreateStaffResponse403
from ...models.create_staff_response_409 import CreateStaffResponse409
from ...models.create_staff_response_413 import CreateStaffResponse413
from ...models.create_staff_response_422 import CreateStaffResponse422
from ...models.create_staff_response_429 import CreateStaffResponse429
from ...models.create_staff_response_500 import CreateStaffResponse500
from ...models.create_staff_response_503 import CreateStaffResponse503
from ...models.staff import Staff
from ...models.staff_create import StaffCreate
from ...types import Response


def _get_kwargs(
    *,
    body: StaffCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/staff",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateStaffResponse400
    | CreateStaffResponse401
    | CreateStaffResponse403
    | CreateStaffResponse409
    | CreateStaffResponse413
    | CreateStaffResponse422
    | CreateStaffResponse429
    | CreateStaffResponse500
    | CreateStaffResponse503
    | Staff
    | None
):
    if response.status_code == 201:
        response_201 = Staff.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = CreateStaffResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateStaffResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CreateStaffResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = CreateStaffResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = CreateStaffResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = CreateStaffResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = CreateStaffResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = CreateStaffResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = CreateStaffResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateStaffResponse400
    | CreateStaffResponse401
    | CreateStaffResponse403
    | CreateStaffResponse409
    | CreateStaffResponse413
    | CreateStaffResponse422
    | CreateStaffResponse429
    | CreateStaffResponse500
    | CreateStaffResponse503
    | Staff
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StaffCreate,
) -> Response[
    CreateStaffResponse400
    | CreateStaffResponse401
    | CreateStaffResponse403
    | CreateStaffResponse409
    | CreateStaffResponse413
    | CreateStaffResponse422
    | CreateStaffResponse429
    | CreateStaffResponse500
    | CreateStaffResponse503
    | Staff
]:
    """Create a console staff account

     The account signs in to the console with this username and password; its role and scope are those
    an API client of the same role would have.

    Args:
        body (StaffCreate): A person's account: a role and a scope exactly like an API client's
            (``ApiClientCreate``).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateStaffResponse400 | CreateStaffResponse401 | CreateStaffResponse403 | CreateStaffResponse409 | CreateStaffResponse413 | CreateStaffResponse422 | CreateStaffResponse429 | CreateStaffResponse500 | CreateStaffResponse503 | Staff]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: StaffCreate,
) -> (
    CreateStaffResponse400
    | CreateStaffResponse401
    | CreateStaffResponse403
    | CreateStaffResponse409
    | CreateStaffResponse413
    | CreateStaffResponse422
    | CreateStaffResponse429
    | CreateStaffResponse500
    | CreateStaffResponse503
    | Staff
    | None
):
    """Create a console staff account

     The account signs in to the console with this username and password; its role and scope are those
    an API client of the same role would have.

    Args:
        body (StaffCreate): A person's account: a role and a scope exactly like an API client's
            (``ApiClientCreate``).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateStaffResponse400 | CreateStaffResponse401 | CreateStaffResponse403 | CreateStaffResponse409 | CreateStaffResponse413 | CreateStaffResponse422 | CreateStaffResponse429 | CreateStaffResponse500 | CreateStaffResponse503 | Staff
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StaffCreate,
) -> Response[
    CreateStaffResponse400
    | CreateStaffResponse401
    | CreateStaffResponse403
    | CreateStaffResponse409
    | CreateStaffResponse413
    | CreateStaffResponse422
    | CreateStaffResponse429
    | CreateStaffResponse500
    | CreateStaffResponse503
    | Staff
]:
    """Create a console staff account

     The account signs in to the console with this username and password; its role and scope are those
    an API client of the same role would have.

    Args:
        body (StaffCreate): A person's account: a role and a scope exactly like an API client's
            (``ApiClientCreate``).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateStaffResponse400 | CreateStaffResponse401 | CreateStaffResponse403 | CreateStaffResponse409 | CreateStaffResponse413 | CreateStaffResponse422 | CreateStaffResponse429 | CreateStaffResponse500 | CreateStaffResponse503 | Staff]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: StaffCreate,
) -> (
    CreateStaffResponse400
    | CreateStaffResponse401
    | CreateStaffResponse403
    | CreateStaffResponse409
    | CreateStaffResponse413
    | CreateStaffResponse422
    | CreateStaffResponse429
    | CreateStaffResponse500
    | CreateStaffResponse503
    | Staff
    | None
):
    """Create a console staff account

     The account signs in to the console with this username and password; its role and scope are those
    an API client of the same role would have.

    Args:
        body (StaffCreate): A person's account: a role and a scope exactly like an API client's
            (``ApiClientCreate``).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateStaffResponse400 | CreateStaffResponse401 | CreateStaffResponse403 | CreateStaffResponse409 | CreateStaffResponse413 | CreateStaffResponse422 | CreateStaffResponse429 | CreateStaffResponse500 | CreateStaffResponse503 | Staff
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
