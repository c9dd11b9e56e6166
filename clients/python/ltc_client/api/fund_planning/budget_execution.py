from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.budget_execution import BudgetExecution
from ...models.budget_execution_response_400 import BudgetExecutionResponse400
from ...models.budget_execution_response_401 import BudgetExecutionResponse401
from ...models.budget_execution_response_403 import BudgetExecutionResponse403
from ...models.budget_execution_response_422 import BudgetExecutionResponse422
from ...models.budget_execution_response_429 import BudgetExecutionResponse429
from ...models.budget_execution_response_500 import BudgetExecutionResponse500
from ...models.budget_execution_response_502 import BudgetExecutionResponse502
from ...models.budget_execution_response_503 import BudgetExecutionResponse503
from ...models.budget_execution_response_504 import BudgetExecutionResponse504
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    month: str,
    county_code: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["month"] = month

    json_county_code: None | str | Unset
    if isinstance(county_code, Unset):
        json_county_code = UNSET
    else:
        json_county_code = county_code
    params["county_code"] = json_county_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/budget-execution",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BudgetExecution
    | BudgetExecutionResponse400
    | BudgetExecutionResponse401
    | BudgetExecutionResponse403
    | BudgetExecutionResponse422
    | BudgetExecutionResponse429
    | BudgetExecutionResponse500
    | BudgetExecutionResponse502
    | BudgetExecutionResponse503
    | BudgetExecutionResponse504
    | None
):
    if response.status_code == 200:
        response_200 = BudgetExecution.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BudgetExecutionResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = BudgetExecutionResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = BudgetExecutionResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = BudgetExecutionResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = BudgetExecutionResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = BudgetExecutionResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = BudgetExecutionResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = BudgetExecutionResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = BudgetExecutionResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    BudgetExecution
    | BudgetExecutionResponse400
    | BudgetExecutionResponse401
    | BudgetExecutionResponse403
    | BudgetExecutionResponse422
    | BudgetExecutionResponse429
    | BudgetExecutionResponse500
    | BudgetExecutionResponse502
    | BudgetExecutionResponse503
    | BudgetExecutionResponse504
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
    month: str,
    county_code: None | str | Unset = UNSET,
) -> Response[
    BudgetExecution
    | BudgetExecutionResponse400
    | BudgetExecutionResponse401
    | BudgetExecutionResponse403
    | BudgetExecutionResponse422
    | BudgetExecutionResponse429
    | BudgetExecutionResponse500
    | BudgetExecutionResponse502
    | BudgetExecutionResponse503
    | BudgetExecutionResponse504
]:
    """Budget execution to a month's end per county and city; Accept: text/csv for a file

    Args:
        month (str): a month as YYYY-MM; any day of it (YYYY-MM-DD) is taken as that month too
        county_code (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BudgetExecution | BudgetExecutionResponse400 | BudgetExecutionResponse401 | BudgetExecutionResponse403 | BudgetExecutionResponse422 | BudgetExecutionResponse429 | BudgetExecutionResponse500 | BudgetExecutionResponse502 | BudgetExecutionResponse503 | BudgetExecutionResponse504]
    """

    kwargs = _get_kwargs(
        month=month,
        county_code=county_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    month: str,
    county_code: None | str | Unset = UNSET,
) -> (
    BudgetExecution
    | BudgetExecutionResponse400
    | BudgetExecutionResponse401
    | BudgetExecutionResponse403
    | BudgetExecutionResponse422
    | BudgetExecutionResponse429
    | BudgetExecutionResponse500
    | BudgetExecutionResponse502
    | BudgetExecutionResponse503
    | BudgetExecutionResponse504
    | None
):
    """Budget execution to a month's end per county and city; Accept: text/csv for a file

    Args:
        month (str): a month as YYYY-MM; any day of it (YYYY-MM-DD) is taken as that month too
        county_code (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BudgetExecution | BudgetExecutionResponse400 | BudgetExecutionResponse401 | BudgetExecutionResponse403 | BudgetExecutionResponse422 | BudgetExecutionResponse429 | BudgetExecutionResponse500 | BudgetExecutionResponse502 | BudgetExecutionResponse503 | BudgetExecutionResponse504
    """

    return sync_detailed(
        client=client,
        month=month,
        county_code=county_code,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    month: str,
    county_code: None | str | Unset = UNSET,
) -> Response[
    BudgetExecution
    | BudgetExecutionResponse400
    | BudgetExecutionResponse401
    | BudgetExecutionResponse403
    | BudgetExecutionResponse422
    | BudgetExecutionResponse429
    | BudgetExecutionResponse500
    | BudgetExecutionResponse502
    | BudgetExecutionResponse503
    | BudgetExecutionResponse504
]:
    """Budget execution to a month's end per county and city; Accept: text/csv for a file

    Args:
        month (str): a month as YYYY-MM; any day of it (YYYY-MM-DD) is taken as that month too
        county_code (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BudgetExecution | BudgetExecutionResponse400 | BudgetExecutionResponse401 | BudgetExecutionResponse403 | BudgetExecutionResponse422 | BudgetExecutionResponse429 | BudgetExecutionResponse500 | BudgetExecutionResponse502 | BudgetExecutionResponse503 | BudgetExecutionResponse504]
    """

    kwargs = _get_kwargs(
        month=month,
        county_code=county_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    month: str,
    county_code: None | str | Unset = UNSET,
) -> (
    BudgetExecution
    | BudgetExecutionResponse400
    | BudgetExecutionResponse401
    | BudgetExecutionResponse403
    | BudgetExecutionResponse422
    | BudgetExecutionResponse429
    | BudgetExecutionResponse500
    | BudgetExecutionResponse502
    | BudgetExecutionResponse503
    | BudgetExecutionResponse504
    | None
):
    """Budget execution to a month's end per county and city; Accept: text/csv for a file

    Args:
        month (str): a month as YYYY-MM; any day of it (YYYY-MM-DD) is taken as that month too
        county_code (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BudgetExecution | BudgetExecutionResponse400 | BudgetExecutionResponse401 | BudgetExecutionResponse403 | BudgetExecutionResponse422 | BudgetExecutionResponse429 | BudgetExecutionResponse500 | BudgetExecutionResponse502 | BudgetExecutionResponse503 | BudgetExecutionResponse504
    """

    return (
        await asyncio_detailed(
            client=client,
            month=month,
            county_code=county_code,
        )
    ).parsed
