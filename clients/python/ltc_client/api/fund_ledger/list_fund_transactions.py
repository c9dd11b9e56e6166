from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_fund_transactions_response_400 import ListFundTransactionsResponse400
from ...models.list_fund_transactions_response_401 import ListFundTransactionsResponse401
from ...models.list_fund_transactions_response_403 import ListFundTransactionsResponse403
from ...models.list_fund_transactions_response_422 import ListFundTransactionsResponse422
from ...models.list_fund_transactions_response_429 import ListFundTransactionsResponse429
from ...models.list_fund_transactions_response_500 import ListFundTransactionsResponse500
from ...models.list_fund_transactions_response_502 import ListFundTransactionsResponse502
from ...models.list_fund_transactions_response_503 import ListFundTransactionsResponse503
from ...models.list_fund_transactions_response_504 import ListFundTransactionsResponse504
from ...models.transaction_list import TransactionList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    county_code: str,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["county_code"] = county_code

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
        "url": "/api/v1/fund/transactions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ListFundTransactionsResponse400
    | ListFundTransactionsResponse401
    | ListFundTransactionsResponse403
    | ListFundTransactionsResponse422
    | ListFundTransactionsResponse429
    | ListFundTransactionsResponse500
    | ListFundTransactionsResponse502
    | ListFundTransactionsResponse503
    | ListFundTransactionsResponse504
    | TransactionList
    | None
):
    if response.status_code == 200:
        response_200 = TransactionList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListFundTransactionsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListFundTransactionsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListFundTransactionsResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = ListFundTransactionsResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ListFundTransactionsResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ListFundTransactionsResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ListFundTransactionsResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ListFundTransactionsResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ListFundTransactionsResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListFundTransactionsResponse400
    | ListFundTransactionsResponse401
    | ListFundTransactionsResponse403
    | ListFundTransactionsResponse422
    | ListFundTransactionsResponse429
    | ListFundTransactionsResponse500
    | ListFundTransactionsResponse502
    | ListFundTransactionsResponse503
    | ListFundTransactionsResponse504
    | TransactionList
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
    county_code: str,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[
    ListFundTransactionsResponse400
    | ListFundTransactionsResponse401
    | ListFundTransactionsResponse403
    | ListFundTransactionsResponse422
    | ListFundTransactionsResponse429
    | ListFundTransactionsResponse500
    | ListFundTransactionsResponse502
    | ListFundTransactionsResponse503
    | ListFundTransactionsResponse504
    | TransactionList
]:
    """Ledger entries, newest first

    Args:
        county_code (str):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListFundTransactionsResponse400 | ListFundTransactionsResponse401 | ListFundTransactionsResponse403 | ListFundTransactionsResponse422 | ListFundTransactionsResponse429 | ListFundTransactionsResponse500 | ListFundTransactionsResponse502 | ListFundTransactionsResponse503 | ListFundTransactionsResponse504 | TransactionList]
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
    county_code: str,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> (
    ListFundTransactionsResponse400
    | ListFundTransactionsResponse401
    | ListFundTransactionsResponse403
    | ListFundTransactionsResponse422
    | ListFundTransactionsResponse429
    | ListFundTransactionsResponse500
    | ListFundTransactionsResponse502
    | ListFundTransactionsResponse503
    | ListFundTransactionsResponse504
    | TransactionList
    | None
):
    """Ledger entries, newest first

    Args:
        county_code (str):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListFundTransactionsResponse400 | ListFundTransactionsResponse401 | ListFundTransactionsResponse403 | ListFundTransactionsResponse422 | ListFundTransactionsResponse429 | ListFundTransactionsResponse500 | ListFundTransactionsResponse502 | ListFundTransactionsResponse503 | ListFundTransactionsResponse504 | TransactionList
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
    county_code: str,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[
    ListFundTransactionsResponse400
    | ListFundTransactionsResponse401
    | ListFundTransactionsResponse403
    | ListFundTransactionsResponse422
    | ListFundTransactionsResponse429
    | ListFundTransactionsResponse500
    | ListFundTransactionsResponse502
    | ListFundTransactionsResponse503
    | ListFundTransactionsResponse504
    | TransactionList
]:
    """Ledger entries, newest first

    Args:
        county_code (str):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListFundTransactionsResponse400 | ListFundTransactionsResponse401 | ListFundTransactionsResponse403 | ListFundTransactionsResponse422 | ListFundTransactionsResponse429 | ListFundTransactionsResponse500 | ListFundTransactionsResponse502 | ListFundTransactionsResponse503 | ListFundTransactionsResponse504 | TransactionList]
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
    county_code: str,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> (
    ListFundTransactionsResponse400
    | ListFundTransactionsResponse401
    | ListFundTransactionsResponse403
    | ListFundTransactionsResponse422
    | ListFundTransactionsResponse429
    | ListFundTransactionsResponse500
    | ListFundTransactionsResponse502
    | ListFundTransactionsResponse503
    | ListFundTransactionsResponse504
    | TransactionList
    | None
):
    """Ledger entries, newest first

    Args:
        county_code (str):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListFundTransactionsResponse400 | ListFundTransactionsResponse401 | ListFundTransactionsResponse403 | ListFundTransactionsResponse422 | ListFundTransactionsResponse429 | ListFundTransactionsResponse500 | ListFundTransactionsResponse502 | ListFundTransactionsResponse503 | ListFundTransactionsResponse504 | TransactionList
    """

    return (
        await asyncio_detailed(
            client=client,
            county_code=county_code,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
