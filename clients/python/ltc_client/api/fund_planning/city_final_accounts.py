from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.city_final_accounts import CityFinalAccounts
from ...models.city_final_accounts_response_400 import CityFinalAccountsResponse400
from ...models.city_final_accounts_response_401 import CityFinalAccountsResponse401
from ...models.city_final_accounts_response_403 import CityFinalAccountsResponse403
from ...models.city_final_accounts_response_422 import CityFinalAccountsResponse422
from ...models.city_final_accounts_response_429 import CityFinalAccountsResponse429
from ...models.city_final_accounts_response_500 import CityFinalAccountsResponse500
from ...models.city_final_accounts_response_502 import CityFinalAccountsResponse502
from ...models.city_final_accounts_response_503 import CityFinalAccountsResponse503
from ...models.city_final_accounts_response_504 import CityFinalAccountsResponse504
from ...types import Response


def _get_kwargs(
    year: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/city-final-accounts/{year}".format(
            year=quote(str(year), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CityFinalAccounts
    | CityFinalAccountsResponse400
    | CityFinalAccountsResponse401
    | CityFinalAccountsResponse403
    | CityFinalAccountsResponse422
    | CityFinalAccountsResponse429
    | CityFinalAccountsResponse500
    | CityFinalAccountsResponse502
    | CityFinalAccountsResponse503
    | CityFinalAccountsResponse504
    | None
):
    if response.status_code == 200:
        response_200 = CityFinalAccounts.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CityFinalAccountsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CityFinalAccountsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CityFinalAccountsResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = CityFinalAccountsResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = CityFinalAccountsResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = CityFinalAccountsResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = CityFinalAccountsResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = CityFinalAccountsResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = CityFinalAccountsResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CityFinalAccounts
    | CityFinalAccountsResponse400
    | CityFinalAccountsResponse401
    | CityFinalAccountsResponse403
    | CityFinalAccountsResponse422
    | CityFinalAccountsResponse429
    | CityFinalAccountsResponse500
    | CityFinalAccountsResponse502
    | CityFinalAccountsResponse503
    | CityFinalAccountsResponse504
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    year: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    CityFinalAccounts
    | CityFinalAccountsResponse400
    | CityFinalAccountsResponse401
    | CityFinalAccountsResponse403
    | CityFinalAccountsResponse422
    | CityFinalAccountsResponse429
    | CityFinalAccountsResponse500
    | CityFinalAccountsResponse502
    | CityFinalAccountsResponse503
    | CityFinalAccountsResponse504
]:
    """The city's final accounts of a year: the counties' sum, naming those still draft or missing

    Args:
        year (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CityFinalAccounts | CityFinalAccountsResponse400 | CityFinalAccountsResponse401 | CityFinalAccountsResponse403 | CityFinalAccountsResponse422 | CityFinalAccountsResponse429 | CityFinalAccountsResponse500 | CityFinalAccountsResponse502 | CityFinalAccountsResponse503 | CityFinalAccountsResponse504]
    """

    kwargs = _get_kwargs(
        year=year,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    year: int,
    *,
    client: AuthenticatedClient | Client,
) -> (
    CityFinalAccounts
    | CityFinalAccountsResponse400
    | CityFinalAccountsResponse401
    | CityFinalAccountsResponse403
    | CityFinalAccountsResponse422
    | CityFinalAccountsResponse429
    | CityFinalAccountsResponse500
    | CityFinalAccountsResponse502
    | CityFinalAccountsResponse503
    | CityFinalAccountsResponse504
    | None
):
    """The city's final accounts of a year: the counties' sum, naming those still draft or missing

    Args:
        year (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CityFinalAccounts | CityFinalAccountsResponse400 | CityFinalAccountsResponse401 | CityFinalAccountsResponse403 | CityFinalAccountsResponse422 | CityFinalAccountsResponse429 | CityFinalAccountsResponse500 | CityFinalAccountsResponse502 | CityFinalAccountsResponse503 | CityFinalAccountsResponse504
    """

    return sync_detailed(
        year=year,
        client=client,
    ).parsed


async def asyncio_detailed(
    year: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    CityFinalAccounts
    | CityFinalAccountsResponse400
    | CityFinalAccountsResponse401
    | CityFinalAccountsResponse403
    | CityFinalAccountsResponse422
    | CityFinalAccountsResponse429
    | CityFinalAccountsResponse500
    | CityFinalAccountsResponse502
    | CityFinalAccountsResponse503
    | CityFinalAccountsResponse504
]:
    """The city's final accounts of a year: the counties' sum, naming those still draft or missing

    Args:
        year (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CityFinalAccounts | CityFinalAccountsResponse400 | CityFinalAccountsResponse401 | CityFinalAccountsResponse403 | CityFinalAccountsResponse422 | CityFinalAccountsResponse429 | CityFinalAccountsResponse500 | CityFinalAccountsResponse502 | CityFinalAccountsResponse503 | CityFinalAccountsResponse504]
    """

    kwargs = _get_kwargs(
        year=year,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    year: int,
    *,
    client: AuthenticatedClient | Client,
) -> (
    CityFinalAccounts
    | CityFinalAccountsResponse400
    | CityFinalAccountsResponse401
    | CityFinalAccountsResponse403
    | CityFinalAccountsResponse422
    | CityFinalAccountsResponse429
    | CityFinalAccountsResponse500
    | CityFinalAccountsResponse502
    | CityFinalAccountsResponse503
    | CityFinalAccountsResponse504
    | None
):
    """The city's final accounts of a year: the counties' sum, naming those still draft or missing

    Args:
        year (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CityFinalAccounts | CityFinalAccountsResponse400 | CityFinalAccountsResponse401 | CityFinalAccountsResponse403 | CityFinalAccountsResponse422 | CityFinalAccountsResponse429 | CityFinalAccountsResponse500 | CityFinalAccountsResponse502 | CityFinalAccountsResponse503 | CityFinalAccountsResponse504
    """

    return (
        await asyncio_detailed(
            year=year,
            client=client,
        )
    ).parsed
