from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.budget_list import BudgetList
from ...models.budget_status import BudgetStatus
from ...models.list_budgets_response_400 import ListBudgetsResponse400
from ...models.list_budgets_response_401 import ListBudgetsResponse401
from ...models.list_budgets_response_403 import ListBudgetsResponse403
from ...models.list_budgets_response_422 import ListBudgetsResponse422
from ...models.list_budgets_response_429 import ListBudgetsResponse429
from ...models.list_budgets_response_500 import ListBudgetsResponse500
from ...models.list_budgets_response_502 import ListBudgetsResponse502
from ...models.list_budgets_response_503 import ListBudgetsResponse503
from ...models.list_budgets_response_504 import ListBudgetsResponse504
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    county_code: None | str | Unset = UNSET,
    year: int | None | Unset = UNSET,
    status: BudgetStatus | None | Unset = UNSET,
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

    json_year: int | None | Unset
    if isinstance(year, Unset):
        json_year = UNSET
    else:
        json_year = year
    params["year"] = json_year

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, BudgetStatus):
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
        "url": "/api/v1/budgets",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BudgetList
    | ListBudgetsResponse400
    | ListBudgetsResponse401
    | ListBudgetsResponse403
    | ListBudgetsResponse422
    | ListBudgetsResponse429
    | ListBudgetsResponse500
    | ListBudgetsResponse502
    | ListBudgetsResponse503
    | ListBudgetsResponse504
    | None
):
    if response.status_code == 200:
        response_200 = BudgetList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListBudgetsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListBudgetsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListBudgetsResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = ListBudgetsResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ListBudgetsResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ListBudgetsResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ListBudgetsResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ListBudgetsResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ListBudgetsResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    BudgetList
    | ListBudgetsResponse400
    | ListBudgetsResponse401
    | ListBudgetsResponse403
    | ListBudgetsResponse422
    | ListBudgetsResponse429
    | ListBudgetsResponse500
    | ListBudgetsResponse502
    | ListBudgetsResponse503
    | ListBudgetsResponse504
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
    year: int | None | Unset = UNSET,
    status: BudgetStatus | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[
    BudgetList
    | ListBudgetsResponse400
    | ListBudgetsResponse401
    | ListBudgetsResponse403
    | ListBudgetsResponse422
    | ListBudgetsResponse429
    | ListBudgetsResponse500
    | ListBudgetsResponse502
    | ListBudgetsResponse503
    | ListBudgetsResponse504
]:
    """Budget versions, by county, year, status

    Args:
        county_code (None | str | Unset):
        year (int | None | Unset):
        status (BudgetStatus | None | Unset):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BudgetList | ListBudgetsResponse400 | ListBudgetsResponse401 | ListBudgetsResponse403 | ListBudgetsResponse422 | ListBudgetsResponse429 | ListBudgetsResponse500 | ListBudgetsResponse502 | ListBudgetsResponse503 | ListBudgetsResponse504]
    """

    kwargs = _get_kwargs(
        county_code=county_code,
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
    county_code: None | str | Unset = UNSET,
    year: int | None | Unset = UNSET,
    status: BudgetStatus | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> (
    BudgetList
    | ListBudgetsResponse400
    | ListBudgetsResponse401
    | ListBudgetsResponse403
    | ListBudgetsResponse422
    | ListBudgetsResponse429
    | ListBudgetsResponse500
    | ListBudgetsResponse502
    | ListBudgetsResponse503
    | ListBudgetsResponse504
    | None
):
    """Budget versions, by county, year, status

    Args:
        county_code (None | str | Unset):
        year (int | None | Unset):
        status (BudgetStatus | None | Unset):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BudgetList | ListBudgetsResponse400 | ListBudgetsResponse401 | ListBudgetsResponse403 | ListBudgetsResponse422 | ListBudgetsResponse429 | ListBudgetsResponse500 | ListBudgetsResponse502 | ListBudgetsResponse503 | ListBudgetsResponse504
    """

    return sync_detailed(
        client=client,
        county_code=county_code,
        year=year,
        status=status,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    county_code: None | str | Unset = UNSET,
    year: int | None | Unset = UNSET,
    status: BudgetStatus | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[
    BudgetList
    | ListBudgetsResponse400
    | ListBudgetsResponse401
    | ListBudgetsResponse403
    | ListBudgetsResponse422
    | ListBudgetsResponse429
    | ListBudgetsResponse500
    | ListBudgetsResponse502
    | ListBudgetsResponse503
    | ListBudgetsResponse504
]:
    """Budget versions, by county, year, status

    Args:
        county_code (None | str | Unset):
        year (int | None | Unset):
        status (BudgetStatus | None | Unset):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BudgetList | ListBudgetsResponse400 | ListBudgetsResponse401 | ListBudgetsResponse403 | ListBudgetsResponse422 | ListBudgetsResponse429 | ListBudgetsResponse500 | ListBudgetsResponse502 | ListBudgetsResponse503 | ListBudgetsResponse504]
    """

    kwargs = _get_kwargs(
        county_code=county_code,
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
    county_code: None | str | Unset = UNSET,
    year: int | None | Unset = UNSET,
    status: BudgetStatus | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> (
    BudgetList
    | ListBudgetsResponse400
    | ListBudgetsResponse401
    | ListBudgetsResponse403
    | ListBudgetsResponse422
    | ListBudgetsResponse429
    | ListBudgetsResponse500
    | ListBudgetsResponse502
    | ListBudgetsResponse503
    | ListBudgetsResponse504
    | None
):
    """Budget versions, by county, year, status

    Args:
        county_code (None | str | Unset):
        year (int | None | Unset):
        status (BudgetStatus | None | Unset):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BudgetList | ListBudgetsResponse400 | ListBudgetsResponse401 | ListBudgetsResponse403 | ListBudgetsResponse422 | ListBudgetsResponse429 | ListBudgetsResponse500 | ListBudgetsResponse502 | ListBudgetsResponse503 | ListBudgetsResponse504
    """

    return (
        await asyncio_detailed(
            client=client,
            county_code=county_code,
            year=year,
            status=status,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
