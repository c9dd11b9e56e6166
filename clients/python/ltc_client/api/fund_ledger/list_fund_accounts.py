from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_list import AccountList
from ...models.list_fund_accounts_response_400 import ListFundAccountsResponse400
from ...models.list_fund_accounts_response_401 import ListFundAccountsResponse401
from ...models.list_fund_accounts_response_403 import ListFundAccountsResponse403
from ...models.list_fund_accounts_response_422 import ListFundAccountsResponse422
from ...models.list_fund_accounts_response_429 import ListFundAccountsResponse429
from ...models.list_fund_accounts_response_500 import ListFundAccountsResponse500
from ...models.list_fund_accounts_response_502 import ListFundAccountsResponse502
from ...models.list_fund_accounts_response_503 import ListFundAccountsResponse503
from ...models.list_fund_accounts_response_504 import ListFundAccountsResponse504
from ...types import UNSET, Response


def _get_kwargs(
    *,
    county_code: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["county_code"] = county_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/fund/accounts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AccountList
    | ListFundAccountsResponse400
    | ListFundAccountsResponse401
    | ListFundAccountsResponse403
    | ListFundAccountsResponse422
    | ListFundAccountsResponse429
    | ListFundAccountsResponse500
    | ListFundAccountsResponse502
    | ListFundAccountsResponse503
    | ListFundAccountsResponse504
    | None
):
    if response.status_code == 200:
        response_200 = AccountList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListFundAccountsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListFundAccountsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListFundAccountsResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = ListFundAccountsResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ListFundAccountsResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ListFundAccountsResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ListFundAccountsResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ListFundAccountsResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ListFundAccountsResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AccountList
    | ListFundAccountsResponse400
    | ListFundAccountsResponse401
    | ListFundAccountsResponse403
    | ListFundAccountsResponse422
    | ListFundAccountsResponse429
    | ListFundAccountsResponse500
    | ListFundAccountsResponse502
    | ListFundAccountsResponse503
    | ListFundAccountsResponse504
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
) -> Response[
    AccountList
    | ListFundAccountsResponse400
    | ListFundAccountsResponse401
    | ListFundAccountsResponse403
    | ListFundAccountsResponse422
    | ListFundAccountsResponse429
    | ListFundAccountsResponse500
    | ListFundAccountsResponse502
    | ListFundAccountsResponse503
    | ListFundAccountsResponse504
]:
    """Ledger balances of a county

    Args:
        county_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountList | ListFundAccountsResponse400 | ListFundAccountsResponse401 | ListFundAccountsResponse403 | ListFundAccountsResponse422 | ListFundAccountsResponse429 | ListFundAccountsResponse500 | ListFundAccountsResponse502 | ListFundAccountsResponse503 | ListFundAccountsResponse504]
    """

    kwargs = _get_kwargs(
        county_code=county_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    county_code: str,
) -> (
    AccountList
    | ListFundAccountsResponse400
    | ListFundAccountsResponse401
    | ListFundAccountsResponse403
    | ListFundAccountsResponse422
    | ListFundAccountsResponse429
    | ListFundAccountsResponse500
    | ListFundAccountsResponse502
    | ListFundAccountsResponse503
    | ListFundAccountsResponse504
    | None
):
    """Ledger balances of a county

    Args:
        county_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountList | ListFundAccountsResponse400 | ListFundAccountsResponse401 | ListFundAccountsResponse403 | ListFundAccountsResponse422 | ListFundAccountsResponse429 | ListFundAccountsResponse500 | ListFundAccountsResponse502 | ListFundAccountsResponse503 | ListFundAccountsResponse504
    """

    return sync_detailed(
        client=client,
        county_code=county_code,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    county_code: str,
) -> Response[
    AccountList
    | ListFundAccountsResponse400
    | ListFundAccountsResponse401
    | ListFundAccountsResponse403
    | ListFundAccountsResponse422
    | ListFundAccountsResponse429
    | ListFundAccountsResponse500
    | ListFundAccountsResponse502
    | ListFundAccountsResponse503
    | ListFundAccountsResponse504
]:
    """Ledger balances of a county

    Args:
        county_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountList | ListFundAccountsResponse400 | ListFundAccountsResponse401 | ListFundAccountsResponse403 | ListFundAccountsResponse422 | ListFundAccountsResponse429 | ListFundAccountsResponse500 | ListFundAccountsResponse502 | ListFundAccountsResponse503 | ListFundAccountsResponse504]
    """

    kwargs = _get_kwargs(
        county_code=county_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    county_code: str,
) -> (
    AccountList
    | ListFundAccountsResponse400
    | ListFundAccountsResponse401
    | ListFundAccountsResponse403
    | ListFundAccountsResponse422
    | ListFundAccountsResponse429
    | ListFundAccountsResponse500
    | ListFundAccountsResponse502
    | ListFundAccountsResponse503
    | ListFundAccountsResponse504
    | None
):
    """Ledger balances of a county

    Args:
        county_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountList | ListFundAccountsResponse400 | ListFundAccountsResponse401 | ListFundAccountsResponse403 | ListFundAccountsResponse422 | ListFundAccountsResponse429 | ListFundAccountsResponse500 | ListFundAccountsResponse502 | ListFundAccountsResponse503 | ListFundAccountsResponse504
    """

    return (
        await asyncio_detailed(
            client=client,
            county_code=county_code,
        )
    ).parsed
