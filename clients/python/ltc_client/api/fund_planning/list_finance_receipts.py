from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.finance_receipt_list import FinanceReceiptList
from ...models.list_finance_receipts_response_400 import ListFinanceReceiptsResponse400
from ...models.list_finance_receipts_response_401 import ListFinanceReceiptsResponse401
from ...models.list_finance_receipts_response_403 import ListFinanceReceiptsResponse403
from ...models.list_finance_receipts_response_422 import ListFinanceReceiptsResponse422
from ...models.list_finance_receipts_response_429 import ListFinanceReceiptsResponse429
from ...models.list_finance_receipts_response_500 import ListFinanceReceiptsResponse500
from ...models.list_finance_receipts_response_502 import ListFinanceReceiptsResponse502
from ...models.list_finance_receipts_response_503 import ListFinanceReceiptsResponse503
from ...models.list_finance_receipts_response_504 import ListFinanceReceiptsResponse504
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
        "url": "/api/v1/finance-receipts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    FinanceReceiptList
    | ListFinanceReceiptsResponse400
    | ListFinanceReceiptsResponse401
    | ListFinanceReceiptsResponse403
    | ListFinanceReceiptsResponse422
    | ListFinanceReceiptsResponse429
    | ListFinanceReceiptsResponse500
    | ListFinanceReceiptsResponse502
    | ListFinanceReceiptsResponse503
    | ListFinanceReceiptsResponse504
    | None
):
    if response.status_code == 200:
        response_200 = FinanceReceiptList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListFinanceReceiptsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListFinanceReceiptsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListFinanceReceiptsResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = ListFinanceReceiptsResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ListFinanceReceiptsResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ListFinanceReceiptsResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ListFinanceReceiptsResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ListFinanceReceiptsResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ListFinanceReceiptsResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    FinanceReceiptList
    | ListFinanceReceiptsResponse400
    | ListFinanceReceiptsResponse401
    | ListFinanceReceiptsResponse403
    | ListFinanceReceiptsResponse422
    | ListFinanceReceiptsResponse429
    | ListFinanceReceiptsResponse500
    | ListFinanceReceiptsResponse502
    | ListFinanceReceiptsResponse503
    | ListFinanceReceiptsResponse504
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
    FinanceReceiptList
    | ListFinanceReceiptsResponse400
    | ListFinanceReceiptsResponse401
    | ListFinanceReceiptsResponse403
    | ListFinanceReceiptsResponse422
    | ListFinanceReceiptsResponse429
    | ListFinanceReceiptsResponse500
    | ListFinanceReceiptsResponse502
    | ListFinanceReceiptsResponse503
    | ListFinanceReceiptsResponse504
]:
    """The county finance's receipts, newest first

    Args:
        county_code (None | str | Unset):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FinanceReceiptList | ListFinanceReceiptsResponse400 | ListFinanceReceiptsResponse401 | ListFinanceReceiptsResponse403 | ListFinanceReceiptsResponse422 | ListFinanceReceiptsResponse429 | ListFinanceReceiptsResponse500 | ListFinanceReceiptsResponse502 | ListFinanceReceiptsResponse503 | ListFinanceReceiptsResponse504]
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
    FinanceReceiptList
    | ListFinanceReceiptsResponse400
    | ListFinanceReceiptsResponse401
    | ListFinanceReceiptsResponse403
    | ListFinanceReceiptsResponse422
    | ListFinanceReceiptsResponse429
    | ListFinanceReceiptsResponse500
    | ListFinanceReceiptsResponse502
    | ListFinanceReceiptsResponse503
    | ListFinanceReceiptsResponse504
    | None
):
    """The county finance's receipts, newest first

    Args:
        county_code (None | str | Unset):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FinanceReceiptList | ListFinanceReceiptsResponse400 | ListFinanceReceiptsResponse401 | ListFinanceReceiptsResponse403 | ListFinanceReceiptsResponse422 | ListFinanceReceiptsResponse429 | ListFinanceReceiptsResponse500 | ListFinanceReceiptsResponse502 | ListFinanceReceiptsResponse503 | ListFinanceReceiptsResponse504
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
    FinanceReceiptList
    | ListFinanceReceiptsResponse400
    | ListFinanceReceiptsResponse401
    | ListFinanceReceiptsResponse403
    | ListFinanceReceiptsResponse422
    | ListFinanceReceiptsResponse429
    | ListFinanceReceiptsResponse500
    | ListFinanceReceiptsResponse502
    | ListFinanceReceiptsResponse503
    | ListFinanceReceiptsResponse504
]:
    """The county finance's receipts, newest first

    Args:
        county_code (None | str | Unset):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FinanceReceiptList | ListFinanceReceiptsResponse400 | ListFinanceReceiptsResponse401 | ListFinanceReceiptsResponse403 | ListFinanceReceiptsResponse422 | ListFinanceReceiptsResponse429 | ListFinanceReceiptsResponse500 | ListFinanceReceiptsResponse502 | ListFinanceReceiptsResponse503 | ListFinanceReceiptsResponse504]
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
    FinanceReceiptList
    | ListFinanceReceiptsResponse400
    | ListFinanceReceiptsResponse401
    | ListFinanceReceiptsResponse403
    | ListFinanceReceiptsResponse422
    | ListFinanceReceiptsResponse429
    | ListFinanceReceiptsResponse500
    | ListFinanceReceiptsResponse502
    | ListFinanceReceiptsResponse503
    | ListFinanceReceiptsResponse504
    | None
):
    """The county finance's receipts, newest first

    Args:
        county_code (None | str | Unset):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FinanceReceiptList | ListFinanceReceiptsResponse400 | ListFinanceReceiptsResponse401 | ListFinanceReceiptsResponse403 | ListFinanceReceiptsResponse422 | ListFinanceReceiptsResponse429 | ListFinanceReceiptsResponse500 | ListFinanceReceiptsResponse502 | ListFinanceReceiptsResponse503 | ListFinanceReceiptsResponse504
    """

    return (
        await asyncio_detailed(
            client=client,
            county_code=county_code,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
