from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_plans_response_400 import ListPlansResponse400
from ...models.list_plans_response_401 import ListPlansResponse401
from ...models.list_plans_response_403 import ListPlansResponse403
from ...models.list_plans_response_422 import ListPlansResponse422
from ...models.list_plans_response_429 import ListPlansResponse429
from ...models.list_plans_response_500 import ListPlansResponse500
from ...models.list_plans_response_502 import ListPlansResponse502
from ...models.list_plans_response_503 import ListPlansResponse503
from ...models.list_plans_response_504 import ListPlansResponse504
from ...models.plan_list import PlanList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    county_code: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_county_code: None | str | Unset
    if isinstance(county_code, Unset):
        json_county_code = UNSET
    else:
        json_county_code = county_code
    params["county_code"] = json_county_code

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
        "url": "/api/v1/inspection-plans",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ListPlansResponse400
    | ListPlansResponse401
    | ListPlansResponse403
    | ListPlansResponse422
    | ListPlansResponse429
    | ListPlansResponse500
    | ListPlansResponse502
    | ListPlansResponse503
    | ListPlansResponse504
    | PlanList
    | None
):
    if response.status_code == 200:
        response_200 = PlanList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListPlansResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListPlansResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListPlansResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = ListPlansResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ListPlansResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ListPlansResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ListPlansResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ListPlansResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ListPlansResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListPlansResponse400
    | ListPlansResponse401
    | ListPlansResponse403
    | ListPlansResponse422
    | ListPlansResponse429
    | ListPlansResponse500
    | ListPlansResponse502
    | ListPlansResponse503
    | ListPlansResponse504
    | PlanList
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
    county_code: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[
    ListPlansResponse400
    | ListPlansResponse401
    | ListPlansResponse403
    | ListPlansResponse422
    | ListPlansResponse429
    | ListPlansResponse500
    | ListPlansResponse502
    | ListPlansResponse503
    | ListPlansResponse504
    | PlanList
]:
    """Inspection plans with what was visited

    Args:
        county_code (None | str | Unset):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListPlansResponse400 | ListPlansResponse401 | ListPlansResponse403 | ListPlansResponse422 | ListPlansResponse429 | ListPlansResponse500 | ListPlansResponse502 | ListPlansResponse503 | ListPlansResponse504 | PlanList]
    """

    kwargs = _get_kwargs(
        county_code=county_code,
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
    county_code: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> (
    ListPlansResponse400
    | ListPlansResponse401
    | ListPlansResponse403
    | ListPlansResponse422
    | ListPlansResponse429
    | ListPlansResponse500
    | ListPlansResponse502
    | ListPlansResponse503
    | ListPlansResponse504
    | PlanList
    | None
):
    """Inspection plans with what was visited

    Args:
        county_code (None | str | Unset):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListPlansResponse400 | ListPlansResponse401 | ListPlansResponse403 | ListPlansResponse422 | ListPlansResponse429 | ListPlansResponse500 | ListPlansResponse502 | ListPlansResponse503 | ListPlansResponse504 | PlanList
    """

    return sync_detailed(
        client=client,
        county_code=county_code,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    county_code: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[
    ListPlansResponse400
    | ListPlansResponse401
    | ListPlansResponse403
    | ListPlansResponse422
    | ListPlansResponse429
    | ListPlansResponse500
    | ListPlansResponse502
    | ListPlansResponse503
    | ListPlansResponse504
    | PlanList
]:
    """Inspection plans with what was visited

    Args:
        county_code (None | str | Unset):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListPlansResponse400 | ListPlansResponse401 | ListPlansResponse403 | ListPlansResponse422 | ListPlansResponse429 | ListPlansResponse500 | ListPlansResponse502 | ListPlansResponse503 | ListPlansResponse504 | PlanList]
    """

    kwargs = _get_kwargs(
        county_code=county_code,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    county_code: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> (
    ListPlansResponse400
    | ListPlansResponse401
    | ListPlansResponse403
    | ListPlansResponse422
    | ListPlansResponse429
    | ListPlansResponse500
    | ListPlansResponse502
    | ListPlansResponse503
    | ListPlansResponse504
    | PlanList
    | None
):
    """Inspection plans with what was visited

    Args:
        county_code (None | str | Unset):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListPlansResponse400 | ListPlansResponse401 | ListPlansResponse403 | ListPlansResponse422 | ListPlansResponse429 | ListPlansResponse500 | ListPlansResponse502 | ListPlansResponse503 | ListPlansResponse504 | PlanList
    """

    return (
        await asyncio_detailed(
            client=client,
            county_code=county_code,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
