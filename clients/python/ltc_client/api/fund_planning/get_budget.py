from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.budget import Budget
from ...models.get_budget_response_400 import GetBudgetResponse400
from ...models.get_budget_response_401 import GetBudgetResponse401
from ...models.get_budget_response_403 import GetBudgetResponse403
from ...models.get_budget_response_404 import GetBudgetResponse404
from ...models.get_budget_response_422 import GetBudgetResponse422
from ...models.get_budget_response_429 import GetBudgetResponse429
from ...models.get_budget_response_500 import GetBudgetResponse500
from ...models.get_budget_response_502 import GetBudgetResponse502
from ...models.get_budget_response_503 import GetBudgetResponse503
from ...models.get_budget_response_504 import GetBudgetResponse504
from ...types import Response


def _get_kwargs(
    budget_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/budgets/{budget_id}".format(
            budget_id=quote(str(budget_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Budget
    | GetBudgetResponse400
    | GetBudgetResponse401
    | GetBudgetResponse403
    | GetBudgetResponse404
    | GetBudgetResponse422
    | GetBudgetResponse429
    | GetBudgetResponse500
    | GetBudgetResponse502
    | GetBudgetResponse503
    | GetBudgetResponse504
    | None
):
    if response.status_code == 200:
        response_200 = Budget.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetBudgetResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetBudgetResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetBudgetResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetBudgetResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = GetBudgetResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetBudgetResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetBudgetResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = GetBudgetResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = GetBudgetResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = GetBudgetResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Budget
    | GetBudgetResponse400
    | GetBudgetResponse401
    | GetBudgetResponse403
    | GetBudgetResponse404
    | GetBudgetResponse422
    | GetBudgetResponse429
    | GetBudgetResponse500
    | GetBudgetResponse502
    | GetBudgetResponse503
    | GetBudgetResponse504
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    budget_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    Budget
    | GetBudgetResponse400
    | GetBudgetResponse401
    | GetBudgetResponse403
    | GetBudgetResponse404
    | GetBudgetResponse422
    | GetBudgetResponse429
    | GetBudgetResponse500
    | GetBudgetResponse502
    | GetBudgetResponse503
    | GetBudgetResponse504
]:
    """One budget version

    Args:
        budget_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Budget | GetBudgetResponse400 | GetBudgetResponse401 | GetBudgetResponse403 | GetBudgetResponse404 | GetBudgetResponse422 | GetBudgetResponse429 | GetBudgetResponse500 | GetBudgetResponse502 | GetBudgetResponse503 | GetBudgetResponse504]
    """

    kwargs = _get_kwargs(
        budget_id=budget_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    budget_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    Budget
    | GetBudgetResponse400
    | GetBudgetResponse401
    | GetBudgetResponse403
    | GetBudgetResponse404
    | GetBudgetResponse422
    | GetBudgetResponse429
    | GetBudgetResponse500
    | GetBudgetResponse502
    | GetBudgetResponse503
    | GetBudgetResponse504
    | None
):
    """One budget version

    Args:
        budget_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Budget | GetBudgetResponse400 | GetBudgetResponse401 | GetBudgetResponse403 | GetBudgetResponse404 | GetBudgetResponse422 | GetBudgetResponse429 | GetBudgetResponse500 | GetBudgetResponse502 | GetBudgetResponse503 | GetBudgetResponse504
    """

    return sync_detailed(
        budget_id=budget_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    budget_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    Budget
    | GetBudgetResponse400
    | GetBudgetResponse401
    | GetBudgetResponse403
    | GetBudgetResponse404
    | GetBudgetResponse422
    | GetBudgetResponse429
    | GetBudgetResponse500
    | GetBudgetResponse502
    | GetBudgetResponse503
    | GetBudgetResponse504
]:
    """One budget version

    Args:
        budget_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Budget | GetBudgetResponse400 | GetBudgetResponse401 | GetBudgetResponse403 | GetBudgetResponse404 | GetBudgetResponse422 | GetBudgetResponse429 | GetBudgetResponse500 | GetBudgetResponse502 | GetBudgetResponse503 | GetBudgetResponse504]
    """

    kwargs = _get_kwargs(
        budget_id=budget_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    budget_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    Budget
    | GetBudgetResponse400
    | GetBudgetResponse401
    | GetBudgetResponse403
    | GetBudgetResponse404
    | GetBudgetResponse422
    | GetBudgetResponse429
    | GetBudgetResponse500
    | GetBudgetResponse502
    | GetBudgetResponse503
    | GetBudgetResponse504
    | None
):
    """One budget version

    Args:
        budget_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Budget | GetBudgetResponse400 | GetBudgetResponse401 | GetBudgetResponse403 | GetBudgetResponse404 | GetBudgetResponse422 | GetBudgetResponse429 | GetBudgetResponse500 | GetBudgetResponse502 | GetBudgetResponse503 | GetBudgetResponse504
    """

    return (
        await asyncio_detailed(
            budget_id=budget_id,
            client=client,
        )
    ).parsed
