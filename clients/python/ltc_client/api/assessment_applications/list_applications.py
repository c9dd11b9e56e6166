from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.application_list import ApplicationList
from ...models.list_applications_response_400 import ListApplicationsResponse400
from ...models.list_applications_response_401 import ListApplicationsResponse401
from ...models.list_applications_response_403 import ListApplicationsResponse403
from ...models.list_applications_response_422 import ListApplicationsResponse422
from ...models.list_applications_response_429 import ListApplicationsResponse429
from ...models.list_applications_response_500 import ListApplicationsResponse500
from ...models.list_applications_response_502 import ListApplicationsResponse502
from ...models.list_applications_response_503 import ListApplicationsResponse503
from ...models.list_applications_response_504 import ListApplicationsResponse504
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: None | str | Unset = UNSET,
    county_code: None | str | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
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

    json_overdue: bool | None | Unset
    if isinstance(overdue, Unset):
        json_overdue = UNSET
    else:
        json_overdue = overdue
    params["overdue"] = json_overdue

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
        "url": "/api/v1/assessment-applications",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ApplicationList
    | ListApplicationsResponse400
    | ListApplicationsResponse401
    | ListApplicationsResponse403
    | ListApplicationsResponse422
    | ListApplicationsResponse429
    | ListApplicationsResponse500
    | ListApplicationsResponse502
    | ListApplicationsResponse503
    | ListApplicationsResponse504
    | None
):
    if response.status_code == 200:
        response_200 = ApplicationList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListApplicationsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListApplicationsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListApplicationsResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = ListApplicationsResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ListApplicationsResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ListApplicationsResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ListApplicationsResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ListApplicationsResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ListApplicationsResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ApplicationList
    | ListApplicationsResponse400
    | ListApplicationsResponse401
    | ListApplicationsResponse403
    | ListApplicationsResponse422
    | ListApplicationsResponse429
    | ListApplicationsResponse500
    | ListApplicationsResponse502
    | ListApplicationsResponse503
    | ListApplicationsResponse504
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
    overdue: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[
    ApplicationList
    | ListApplicationsResponse400
    | ListApplicationsResponse401
    | ListApplicationsResponse403
    | ListApplicationsResponse422
    | ListApplicationsResponse429
    | ListApplicationsResponse500
    | ListApplicationsResponse502
    | ListApplicationsResponse503
    | ListApplicationsResponse504
]:
    """Applications with deadlines and history

    Args:
        status (None | str | Unset):
        county_code (None | str | Unset):
        overdue (bool | None | Unset):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplicationList | ListApplicationsResponse400 | ListApplicationsResponse401 | ListApplicationsResponse403 | ListApplicationsResponse422 | ListApplicationsResponse429 | ListApplicationsResponse500 | ListApplicationsResponse502 | ListApplicationsResponse503 | ListApplicationsResponse504]
    """

    kwargs = _get_kwargs(
        status=status,
        county_code=county_code,
        overdue=overdue,
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
    overdue: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> (
    ApplicationList
    | ListApplicationsResponse400
    | ListApplicationsResponse401
    | ListApplicationsResponse403
    | ListApplicationsResponse422
    | ListApplicationsResponse429
    | ListApplicationsResponse500
    | ListApplicationsResponse502
    | ListApplicationsResponse503
    | ListApplicationsResponse504
    | None
):
    """Applications with deadlines and history

    Args:
        status (None | str | Unset):
        county_code (None | str | Unset):
        overdue (bool | None | Unset):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplicationList | ListApplicationsResponse400 | ListApplicationsResponse401 | ListApplicationsResponse403 | ListApplicationsResponse422 | ListApplicationsResponse429 | ListApplicationsResponse500 | ListApplicationsResponse502 | ListApplicationsResponse503 | ListApplicationsResponse504
    """

    return sync_detailed(
        client=client,
        status=status,
        county_code=county_code,
        overdue=overdue,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: None | str | Unset = UNSET,
    county_code: None | str | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[
    ApplicationList
    | ListApplicationsResponse400
    | ListApplicationsResponse401
    | ListApplicationsResponse403
    | ListApplicationsResponse422
    | ListApplicationsResponse429
    | ListApplicationsResponse500
    | ListApplicationsResponse502
    | ListApplicationsResponse503
    | ListApplicationsResponse504
]:
    """Applications with deadlines and history

    Args:
        status (None | str | Unset):
        county_code (None | str | Unset):
        overdue (bool | None | Unset):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplicationList | ListApplicationsResponse400 | ListApplicationsResponse401 | ListApplicationsResponse403 | ListApplicationsResponse422 | ListApplicationsResponse429 | ListApplicationsResponse500 | ListApplicationsResponse502 | ListApplicationsResponse503 | ListApplicationsResponse504]
    """

    kwargs = _get_kwargs(
        status=status,
        county_code=county_code,
        overdue=overdue,
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
    overdue: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> (
    ApplicationList
    | ListApplicationsResponse400
    | ListApplicationsResponse401
    | ListApplicationsResponse403
    | ListApplicationsResponse422
    | ListApplicationsResponse429
    | ListApplicationsResponse500
    | ListApplicationsResponse502
    | ListApplicationsResponse503
    | ListApplicationsResponse504
    | None
):
    """Applications with deadlines and history

    Args:
        status (None | str | Unset):
        county_code (None | str | Unset):
        overdue (bool | None | Unset):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplicationList | ListApplicationsResponse400 | ListApplicationsResponse401 | ListApplicationsResponse403 | ListApplicationsResponse422 | ListApplicationsResponse429 | ListApplicationsResponse500 | ListApplicationsResponse502 | ListApplicationsResponse503 | ListApplicationsResponse504
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            county_code=county_code,
            overdue=overdue,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
