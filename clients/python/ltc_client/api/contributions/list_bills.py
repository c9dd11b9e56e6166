from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bill_list import BillList
from ...models.list_bills_response_400 import ListBillsResponse400
from ...models.list_bills_response_401 import ListBillsResponse401
from ...models.list_bills_response_403 import ListBillsResponse403
from ...models.list_bills_response_422 import ListBillsResponse422
from ...models.list_bills_response_429 import ListBillsResponse429
from ...models.list_bills_response_500 import ListBillsResponse500
from ...models.list_bills_response_502 import ListBillsResponse502
from ...models.list_bills_response_503 import ListBillsResponse503
from ...models.list_bills_response_504 import ListBillsResponse504
from ...models.list_bills_status_type_0 import ListBillsStatusType0
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    person_id: None | Unset | UUID = UNSET,
    year: int | None | Unset = UNSET,
    status: ListBillsStatusType0 | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_person_id: None | str | Unset
    if isinstance(person_id, Unset):
        json_person_id = UNSET
    elif isinstance(person_id, UUID):
        json_person_id = str(person_id)
    else:
        json_person_id = person_id
    params["person_id"] = json_person_id

    json_year: int | None | Unset
    if isinstance(year, Unset):
        json_year = UNSET
    else:
        json_year = year
    params["year"] = json_year

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, ListBillsStatusType0):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

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
        "url": "/api/v1/contribution-bills",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BillList
    | ListBillsResponse400
    | ListBillsResponse401
    | ListBillsResponse403
    | ListBillsResponse422
    | ListBillsResponse429
    | ListBillsResponse500
    | ListBillsResponse502
    | ListBillsResponse503
    | ListBillsResponse504
    | None
):
    if response.status_code == 200:
        response_200 = BillList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListBillsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListBillsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListBillsResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = ListBillsResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ListBillsResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ListBillsResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ListBillsResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ListBillsResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ListBillsResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    BillList
    | ListBillsResponse400
    | ListBillsResponse401
    | ListBillsResponse403
    | ListBillsResponse422
    | ListBillsResponse429
    | ListBillsResponse500
    | ListBillsResponse502
    | ListBillsResponse503
    | ListBillsResponse504
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
    person_id: None | Unset | UUID = UNSET,
    year: int | None | Unset = UNSET,
    status: ListBillsStatusType0 | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[
    BillList
    | ListBillsResponse400
    | ListBillsResponse401
    | ListBillsResponse403
    | ListBillsResponse422
    | ListBillsResponse429
    | ListBillsResponse500
    | ListBillsResponse502
    | ListBillsResponse503
    | ListBillsResponse504
]:
    """Bills with both halves, paid or not

    Args:
        person_id (None | Unset | UUID):
        year (int | None | Unset):
        status (ListBillsStatusType0 | None | Unset):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillList | ListBillsResponse400 | ListBillsResponse401 | ListBillsResponse403 | ListBillsResponse422 | ListBillsResponse429 | ListBillsResponse500 | ListBillsResponse502 | ListBillsResponse503 | ListBillsResponse504]
    """

    kwargs = _get_kwargs(
        person_id=person_id,
        year=year,
        status=status,
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
    person_id: None | Unset | UUID = UNSET,
    year: int | None | Unset = UNSET,
    status: ListBillsStatusType0 | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> (
    BillList
    | ListBillsResponse400
    | ListBillsResponse401
    | ListBillsResponse403
    | ListBillsResponse422
    | ListBillsResponse429
    | ListBillsResponse500
    | ListBillsResponse502
    | ListBillsResponse503
    | ListBillsResponse504
    | None
):
    """Bills with both halves, paid or not

    Args:
        person_id (None | Unset | UUID):
        year (int | None | Unset):
        status (ListBillsStatusType0 | None | Unset):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillList | ListBillsResponse400 | ListBillsResponse401 | ListBillsResponse403 | ListBillsResponse422 | ListBillsResponse429 | ListBillsResponse500 | ListBillsResponse502 | ListBillsResponse503 | ListBillsResponse504
    """

    return sync_detailed(
        client=client,
        person_id=person_id,
        year=year,
        status=status,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    person_id: None | Unset | UUID = UNSET,
    year: int | None | Unset = UNSET,
    status: ListBillsStatusType0 | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[
    BillList
    | ListBillsResponse400
    | ListBillsResponse401
    | ListBillsResponse403
    | ListBillsResponse422
    | ListBillsResponse429
    | ListBillsResponse500
    | ListBillsResponse502
    | ListBillsResponse503
    | ListBillsResponse504
]:
    """Bills with both halves, paid or not

    Args:
        person_id (None | Unset | UUID):
        year (int | None | Unset):
        status (ListBillsStatusType0 | None | Unset):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillList | ListBillsResponse400 | ListBillsResponse401 | ListBillsResponse403 | ListBillsResponse422 | ListBillsResponse429 | ListBillsResponse500 | ListBillsResponse502 | ListBillsResponse503 | ListBillsResponse504]
    """

    kwargs = _get_kwargs(
        person_id=person_id,
        year=year,
        status=status,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    person_id: None | Unset | UUID = UNSET,
    year: int | None | Unset = UNSET,
    status: ListBillsStatusType0 | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> (
    BillList
    | ListBillsResponse400
    | ListBillsResponse401
    | ListBillsResponse403
    | ListBillsResponse422
    | ListBillsResponse429
    | ListBillsResponse500
    | ListBillsResponse502
    | ListBillsResponse503
    | ListBillsResponse504
    | None
):
    """Bills with both halves, paid or not

    Args:
        person_id (None | Unset | UUID):
        year (int | None | Unset):
        status (ListBillsStatusType0 | None | Unset):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillList | ListBillsResponse400 | ListBillsResponse401 | ListBillsResponse403 | ListBillsResponse422 | ListBillsResponse429 | ListBillsResponse500 | ListBillsResponse502 | ListBillsResponse503 | ListBillsResponse504
    """

    return (
        await asyncio_detailed(
            client=client,
            person_id=person_id,
            year=year,
            status=status,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
