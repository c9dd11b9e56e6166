from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.budget import Budget
from ...models.budget_create import BudgetCreate
from ...models.create_budget_response_400 import CreateBudgetResponse400
from ...models.create_budget_response_401 import CreateBudgetResponse401
from ...models.create_budget_response_403 import CreateBudgetResponse403
from ...models.create_budget_response_409 import CreateBudgetResponse409
from ...models.create_budget_response_413 import CreateBudgetResponse413
from ...models.create_budget_response_422 import CreateBudgetResponse422
from ...models.create_budget_response_429 import CreateBudgetResponse429
from ...models.create_budget_response_500 import CreateBudgetResponse500
from ...models.create_budget_response_502 import CreateBudgetResponse502
from ...models.create_budget_response_503 import CreateBudgetResponse503
from ...models.create_budget_response_504 import CreateBudgetResponse504
from ...types import Response


def _get_kwargs(
    *,
    body: BudgetCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/budgets",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Budget
    | CreateBudgetResponse400
    | CreateBudgetResponse401
    | CreateBudgetResponse403
    | CreateBudgetResponse409
    | CreateBudgetResponse413
    | CreateBudgetResponse422
    | CreateBudgetResponse429
    | CreateBudgetResponse500
    | CreateBudgetResponse502
    | CreateBudgetResponse503
    | CreateBudgetResponse504
    | None
):
    if response.status_code == 201:
        response_201 = Budget.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = CreateBudgetResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateBudgetResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CreateBudgetResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = CreateBudgetResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = CreateBudgetResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = CreateBudgetResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = CreateBudgetResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = CreateBudgetResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = CreateBudgetResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = CreateBudgetResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = CreateBudgetResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Budget
    | CreateBudgetResponse400
    | CreateBudgetResponse401
    | CreateBudgetResponse403
    | CreateBudgetResponse409
    | CreateBudgetResponse413
    | CreateBudgetResponse422
    | CreateBudgetResponse429
    | CreateBudgetResponse500
    | CreateBudgetResponse502
    | CreateBudgetResponse503
    | CreateBudgetResponse504
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
    body: BudgetCreate,
) -> Response[
    Budget
    | CreateBudgetResponse400
    | CreateBudgetResponse401
    | CreateBudgetResponse403
    | CreateBudgetResponse409
    | CreateBudgetResponse413
    | CreateBudgetResponse422
    | CreateBudgetResponse429
    | CreateBudgetResponse500
    | CreateBudgetResponse502
    | CreateBudgetResponse503
    | CreateBudgetResponse504
]:
    """Draw up a county's fund budget for a year, or its adjustment (预算调整) once one is approved

    Args:
        body (BudgetCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Budget | CreateBudgetResponse400 | CreateBudgetResponse401 | CreateBudgetResponse403 | CreateBudgetResponse409 | CreateBudgetResponse413 | CreateBudgetResponse422 | CreateBudgetResponse429 | CreateBudgetResponse500 | CreateBudgetResponse502 | CreateBudgetResponse503 | CreateBudgetResponse504]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: BudgetCreate,
) -> (
    Budget
    | CreateBudgetResponse400
    | CreateBudgetResponse401
    | CreateBudgetResponse403
    | CreateBudgetResponse409
    | CreateBudgetResponse413
    | CreateBudgetResponse422
    | CreateBudgetResponse429
    | CreateBudgetResponse500
    | CreateBudgetResponse502
    | CreateBudgetResponse503
    | CreateBudgetResponse504
    | None
):
    """Draw up a county's fund budget for a year, or its adjustment (预算调整) once one is approved

    Args:
        body (BudgetCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Budget | CreateBudgetResponse400 | CreateBudgetResponse401 | CreateBudgetResponse403 | CreateBudgetResponse409 | CreateBudgetResponse413 | CreateBudgetResponse422 | CreateBudgetResponse429 | CreateBudgetResponse500 | CreateBudgetResponse502 | CreateBudgetResponse503 | CreateBudgetResponse504
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BudgetCreate,
) -> Response[
    Budget
    | CreateBudgetResponse400
    | CreateBudgetResponse401
    | CreateBudgetResponse403
    | CreateBudgetResponse409
    | CreateBudgetResponse413
    | CreateBudgetResponse422
    | CreateBudgetResponse429
    | CreateBudgetResponse500
    | CreateBudgetResponse502
    | CreateBudgetResponse503
    | CreateBudgetResponse504
]:
    """Draw up a county's fund budget for a year, or its adjustment (预算调整) once one is approved

    Args:
        body (BudgetCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Budget | CreateBudgetResponse400 | CreateBudgetResponse401 | CreateBudgetResponse403 | CreateBudgetResponse409 | CreateBudgetResponse413 | CreateBudgetResponse422 | CreateBudgetResponse429 | CreateBudgetResponse500 | CreateBudgetResponse502 | CreateBudgetResponse503 | CreateBudgetResponse504]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BudgetCreate,
) -> (
    Budget
    | CreateBudgetResponse400
    | CreateBudgetResponse401
    | CreateBudgetResponse403
    | CreateBudgetResponse409
    | CreateBudgetResponse413
    | CreateBudgetResponse422
    | CreateBudgetResponse429
    | CreateBudgetResponse500
    | CreateBudgetResponse502
    | CreateBudgetResponse503
    | CreateBudgetResponse504
    | None
):
    """Draw up a county's fund budget for a year, or its adjustment (预算调整) once one is approved

    Args:
        body (BudgetCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Budget | CreateBudgetResponse400 | CreateBudgetResponse401 | CreateBudgetResponse403 | CreateBudgetResponse409 | CreateBudgetResponse413 | CreateBudgetResponse422 | CreateBudgetResponse429 | CreateBudgetResponse500 | CreateBudgetResponse502 | CreateBudgetResponse503 | CreateBudgetResponse504
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
