from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_staff_response_400 import ListStaffResponse400
from ...models.list_staff_response_401 import ListStaffResponse401
from ...models.list_staff_response_403 import ListStaffResponse403
from ...models.list_staff_response_422 import ListStaffResponse422
from ...models.list_staff_response_429 import ListStaffResponse429
from ...models.list_staff_response_500 import ListStaffResponse500
from ...models.list_staff_response_503 import ListStaffResponse503
from ...models.staff_list import StaffList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/staff",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ListStaffResponse400
    | ListStaffResponse401
    | ListStaffResponse403
    | ListStaffResponse422
    | ListStaffResponse429
    | ListStaffResponse500
    | ListStaffResponse503
    | StaffList
    | None
):
    if response.status_code == 200:
        response_200 = StaffList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListStaffResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListStaffResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListStaffResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = ListStaffResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ListStaffResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ListStaffResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ListStaffResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListStaffResponse400
    | ListStaffResponse401
    | ListStaffResponse403
    | ListStaffResponse422
    | ListStaffResponse429
    | ListStaffResponse500
    | ListStaffResponse503
    | StaffList
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
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[
    ListStaffResponse400
    | ListStaffResponse401
    | ListStaffResponse403
    | ListStaffResponse422
    | ListStaffResponse429
    | ListStaffResponse500
    | ListStaffResponse503
    | StaffList
]:
    """Staff accounts you manage

    Args:
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListStaffResponse400 | ListStaffResponse401 | ListStaffResponse403 | ListStaffResponse422 | ListStaffResponse429 | ListStaffResponse500 | ListStaffResponse503 | StaffList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> (
    ListStaffResponse400
    | ListStaffResponse401
    | ListStaffResponse403
    | ListStaffResponse422
    | ListStaffResponse429
    | ListStaffResponse500
    | ListStaffResponse503
    | StaffList
    | None
):
    """Staff accounts you manage

    Args:
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListStaffResponse400 | ListStaffResponse401 | ListStaffResponse403 | ListStaffResponse422 | ListStaffResponse429 | ListStaffResponse500 | ListStaffResponse503 | StaffList
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[
    ListStaffResponse400
    | ListStaffResponse401
    | ListStaffResponse403
    | ListStaffResponse422
    | ListStaffResponse429
    | ListStaffResponse500
    | ListStaffResponse503
    | StaffList
]:
    """Staff accounts you manage

    Args:
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListStaffResponse400 | ListStaffResponse401 | ListStaffResponse403 | ListStaffResponse422 | ListStaffResponse429 | ListStaffResponse500 | ListStaffResponse503 | StaffList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> (
    ListStaffResponse400
    | ListStaffResponse401
    | ListStaffResponse403
    | ListStaffResponse422
    | ListStaffResponse429
    | ListStaffResponse500
    | ListStaffResponse503
    | StaffList
    | None
):
    """Staff accounts you manage

    Args:
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListStaffResponse400 | ListStaffResponse401 | ListStaffResponse403 | ListStaffResponse422 | ListStaffResponse429 | ListStaffResponse500 | ListStaffResponse503 | StaffList
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
