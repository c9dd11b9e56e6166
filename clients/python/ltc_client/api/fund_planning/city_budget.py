from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.city_budget import CityBudget
from ...models.city_budget_response_400 import CityBudgetResponse400
from ...models.city_budget_response_401 import CityBudgetResponse401
from ...models.city_budget_response_403 import CityBudgetResponse403
from ...models.city_budget_response_422 import CityBudgetResponse422
from ...models.city_budget_response_429 import CityBudgetResponse429
from ...models.city_budget_response_500 import CityBudgetResponse500
from ...models.city_budget_response_502 import CityBudgetResponse502
from ...models.city_budget_response_503 import CityBudgetResponse503
from ...models.city_budget_response_504 import CityBudgetResponse504
from ...types import Response


def _get_kwargs(
    year: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/city-budgets/{year}".format(
            year=quote(str(year), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CityBudget
    | CityBudgetResponse400
    | CityBudgetResponse401
    | CityBudgetResponse403
    | CityBudgetResponse422
    | CityBudgetResponse429
    | CityBudgetResponse500
    | CityBudgetResponse502
    | CityBudgetResponse503
    | CityBudgetResponse504
    | None
):
    if response.status_code == 200:
        response_200 = CityBudget.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CityBudgetResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CityBudgetResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CityBudgetResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = CityBudgetResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = CityBudgetResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = CityBudgetResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = CityBudgetResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = CityBudgetResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = CityBudgetResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CityBudget
    | CityBudgetResponse400
    | CityBudgetResponse401
    | CityBudgetResponse403
    | CityBudgetResponse422
    | CityBudgetResponse429
    | CityBudgetResponse500
    | CityBudgetResponse502
    | CityBudgetResponse503
    | CityBudgetResponse504
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
    CityBudget
    | CityBudgetResponse400
    | CityBudgetResponse401
    | CityBudgetResponse403
    | CityBudgetResponse422
    | CityBudgetResponse429
    | CityBudgetResponse500
    | CityBudgetResponse502
    | CityBudgetResponse503
    | CityBudgetResponse504
]:
    """The city's budget of a year: the sum of the counties' approved versions (全市统一编制)

    Args:
        year (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CityBudget | CityBudgetResponse400 | CityBudgetResponse401 | CityBudgetResponse403 | CityBudgetResponse422 | CityBudgetResponse429 | CityBudgetResponse500 | CityBudgetResponse502 | CityBudgetResponse503 | CityBudgetResponse504]
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
    CityBudget
    | CityBudgetResponse400
    | CityBudgetResponse401
    | CityBudgetResponse403
    | CityBudgetResponse422
    | CityBudgetResponse429
    | CityBudgetResponse500
    | CityBudgetResponse502
    | CityBudgetResponse503
    | CityBudgetResponse504
    | None
):
    """The city's budget of a year: the sum of the counties' approved versions (全市统一编制)

    Args:
        year (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CityBudget | CityBudgetResponse400 | CityBudgetResponse401 | CityBudgetResponse403 | CityBudgetResponse422 | CityBudgetResponse429 | CityBudgetResponse500 | CityBudgetResponse502 | CityBudgetResponse503 | CityBudgetResponse504
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
    CityBudget
    | CityBudgetResponse400
    | CityBudgetResponse401
    | CityBudgetResponse403
    | CityBudgetResponse422
    | CityBudgetResponse429
    | CityBudgetResponse500
    | CityBudgetResponse502
    | CityBudgetResponse503
    | CityBudgetResponse504
]:
    """The city's budget of a year: the sum of the counties' approved versions (全市统一编制)

    Args:
        year (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CityBudget | CityBudgetResponse400 | CityBudgetResponse401 | CityBudgetResponse403 | CityBudgetResponse422 | CityBudgetResponse429 | CityBudgetResponse500 | CityBudgetResponse502 | CityBudgetResponse503 | CityBudgetResponse504]
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
    CityBudget
    | CityBudgetResponse400
    | CityBudgetResponse401
    | CityBudgetResponse403
    | CityBudgetResponse422
    | CityBudgetResponse429
    | CityBudgetResponse500
    | CityBudgetResponse502
    | CityBudgetResponse503
    | CityBudgetResponse504
    | None
):
    """The city's budget of a year: the sum of the counties' approved versions (全市统一编制)

    Args:
        year (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CityBudget | CityBudgetResponse400 | CityBudgetResponse401 | CityBudgetResponse403 | CityBudgetResponse422 | CityBudgetResponse429 | CityBudgetResponse500 | CityBudgetResponse502 | CityBudgetResponse503 | CityBudgetResponse504
    """

    return (
        await asyncio_detailed(
            year=year,
            client=client,
        )
    ).parsed
