from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.complaint_list import ComplaintList
from ...models.list_complaints_response_400 import ListComplaintsResponse400
from ...models.list_complaints_response_401 import ListComplaintsResponse401
from ...models.list_complaints_response_403 import ListComplaintsResponse403
from ...models.list_complaints_response_422 import ListComplaintsResponse422
from ...models.list_complaints_response_429 import ListComplaintsResponse429
from ...models.list_complaints_response_500 import ListComplaintsResponse500
from ...models.list_complaints_response_502 import ListComplaintsResponse502
from ...models.list_complaints_response_503 import ListComplaintsResponse503
from ...models.list_complaints_response_504 import ListComplaintsResponse504
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: None | str | Unset = UNSET,
    county_code: None | str | Unset = UNSET,
    institution_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    else:
        json_status = status
    params["status"] = json_status

    json_county_code: None | str | Unset
    if isinstance(county_code, Unset):
        json_county_code = UNSET
    else:
        json_county_code = county_code
    params["county_code"] = json_county_code

    json_institution_id: None | str | Unset
    if isinstance(institution_id, Unset):
        json_institution_id = UNSET
    else:
        json_institution_id = institution_id
    params["institution_id"] = json_institution_id

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
        "url": "/api/v1/complaints",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ComplaintList
    | ListComplaintsResponse400
    | ListComplaintsResponse401
    | ListComplaintsResponse403
    | ListComplaintsResponse422
    | ListComplaintsResponse429
    | ListComplaintsResponse500
    | ListComplaintsResponse502
    | ListComplaintsResponse503
    | ListComplaintsResponse504
    | None
):
    if response.status_code == 200:
        response_200 = ComplaintList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListComplaintsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListComplaintsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListComplaintsResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = ListComplaintsResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ListComplaintsResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ListComplaintsResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ListComplaintsResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ListComplaintsResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ListComplaintsResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ComplaintList
    | ListComplaintsResponse400
    | ListComplaintsResponse401
    | ListComplaintsResponse403
    | ListComplaintsResponse422
    | ListComplaintsResponse429
    | ListComplaintsResponse500
    | ListComplaintsResponse502
    | ListComplaintsResponse503
    | ListComplaintsResponse504
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
    status: None | str | Unset = UNSET,
    county_code: None | str | Unset = UNSET,
    institution_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[
    ComplaintList
    | ListComplaintsResponse400
    | ListComplaintsResponse401
    | ListComplaintsResponse403
    | ListComplaintsResponse422
    | ListComplaintsResponse429
    | ListComplaintsResponse500
    | ListComplaintsResponse502
    | ListComplaintsResponse503
    | ListComplaintsResponse504
]:
    """Complaints (a contractor: its counties')

    Args:
        status (None | str | Unset):
        county_code (None | str | Unset):
        institution_id (None | str | Unset):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ComplaintList | ListComplaintsResponse400 | ListComplaintsResponse401 | ListComplaintsResponse403 | ListComplaintsResponse422 | ListComplaintsResponse429 | ListComplaintsResponse500 | ListComplaintsResponse502 | ListComplaintsResponse503 | ListComplaintsResponse504]
    """

    kwargs = _get_kwargs(
        status=status,
        county_code=county_code,
        institution_id=institution_id,
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
    status: None | str | Unset = UNSET,
    county_code: None | str | Unset = UNSET,
    institution_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> (
    ComplaintList
    | ListComplaintsResponse400
    | ListComplaintsResponse401
    | ListComplaintsResponse403
    | ListComplaintsResponse422
    | ListComplaintsResponse429
    | ListComplaintsResponse500
    | ListComplaintsResponse502
    | ListComplaintsResponse503
    | ListComplaintsResponse504
    | None
):
    """Complaints (a contractor: its counties')

    Args:
        status (None | str | Unset):
        county_code (None | str | Unset):
        institution_id (None | str | Unset):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ComplaintList | ListComplaintsResponse400 | ListComplaintsResponse401 | ListComplaintsResponse403 | ListComplaintsResponse422 | ListComplaintsResponse429 | ListComplaintsResponse500 | ListComplaintsResponse502 | ListComplaintsResponse503 | ListComplaintsResponse504
    """

    return sync_detailed(
        client=client,
        status=status,
        county_code=county_code,
        institution_id=institution_id,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: None | str | Unset = UNSET,
    county_code: None | str | Unset = UNSET,
    institution_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[
    ComplaintList
    | ListComplaintsResponse400
    | ListComplaintsResponse401
    | ListComplaintsResponse403
    | ListComplaintsResponse422
    | ListComplaintsResponse429
    | ListComplaintsResponse500
    | ListComplaintsResponse502
    | ListComplaintsResponse503
    | ListComplaintsResponse504
]:
    """Complaints (a contractor: its counties')

    Args:
        status (None | str | Unset):
        county_code (None | str | Unset):
        institution_id (None | str | Unset):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ComplaintList | ListComplaintsResponse400 | ListComplaintsResponse401 | ListComplaintsResponse403 | ListComplaintsResponse422 | ListComplaintsResponse429 | ListComplaintsResponse500 | ListComplaintsResponse502 | ListComplaintsResponse503 | ListComplaintsResponse504]
    """

    kwargs = _get_kwargs(
        status=status,
        county_code=county_code,
        institution_id=institution_id,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    status: None | str | Unset = UNSET,
    county_code: None | str | Unset = UNSET,
    institution_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> (
    ComplaintList
    | ListComplaintsResponse400
    | ListComplaintsResponse401
    | ListComplaintsResponse403
    | ListComplaintsResponse422
    | ListComplaintsResponse429
    | ListComplaintsResponse500
    | ListComplaintsResponse502
    | ListComplaintsResponse503
    | ListComplaintsResponse504
    | None
):
    """Complaints (a contractor: its counties')

    Args:
        status (None | str | Unset):
        county_code (None | str | Unset):
        institution_id (None | str | Unset):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ComplaintList | ListComplaintsResponse400 | ListComplaintsResponse401 | ListComplaintsResponse403 | ListComplaintsResponse422 | ListComplaintsResponse429 | ListComplaintsResponse500 | ListComplaintsResponse502 | ListComplaintsResponse503 | ListComplaintsResponse504
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            county_code=county_code,
            institution_id=institution_id,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
