from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.budget import Budget
from ...models.budget_status_change import BudgetStatusChange
from ...models.change_budget_status_response_400 import ChangeBudgetStatusResponse400
from ...models.change_budget_status_response_401 import ChangeBudgetStatusResponse401
from ...models.change_budget_status_response_403 import ChangeBudgetStatusResponse403
from ...models.change_budget_status_response_404 import ChangeBudgetStatusResponse404
from ...models.change_budget_status_response_409 import ChangeBudgetStatusResponse409
from ...models.change_budget_status_response_413 import ChangeBudgetStatusResponse413
from ...models.change_budget_status_response_422 import ChangeBudgetStatusResponse422
from ...models.change_budget_status_response_429 import ChangeBudgetStatusResponse429
from ...models.change_budget_status_response_500 import ChangeBudgetStatusResponse500
from ...models.change_budget_status_response_502 import ChangeBudgetStatusResponse502
from ...models.change_budget_status_response_503 import ChangeBudgetStatusResponse503
from ...models.change_budget_status_response_504 import ChangeBudgetStatusResponse504
from ...types import Response


def _get_kwargs(
    budget_id: UUID,
    *,
    body: BudgetStatusChange,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/budgets/{budget_id}/status-changes".format(
            budget_id=quote(str(budget_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Budget
    | ChangeBudgetStatusResponse400
    | ChangeBudgetStatusResponse401
    | ChangeBudgetStatusResponse403
    | ChangeBudgetStatusResponse404
    | ChangeBudgetStatusResponse409
    | ChangeBudgetStatusResponse413
    | ChangeBudgetStatusResponse422
    | ChangeBudgetStatusResponse429
    | ChangeBudgetStatusResponse500
    | ChangeBudgetStatusResponse502
    | ChangeBudgetStatusResponse503
    | ChangeBudgetStatusResponse504
    | None
):
    if response.status_code == 201:
        response_201 = Budget.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ChangeBudgetStatusResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ChangeBudgetStatusResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ChangeBudgetStatusResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ChangeBudgetStatusResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ChangeBudgetStatusResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ChangeBudgetStatusResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = ChangeBudgetStatusResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ChangeBudgetStatusResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ChangeBudgetStatusResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ChangeBudgetStatusResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ChangeBudgetStatusResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ChangeBudgetStatusResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Budget
    | ChangeBudgetStatusResponse400
    | ChangeBudgetStatusResponse401
    | ChangeBudgetStatusResponse403
    | ChangeBudgetStatusResponse404
    | ChangeBudgetStatusResponse409
    | ChangeBudgetStatusResponse413
    | ChangeBudgetStatusResponse422
    | ChangeBudgetStatusResponse429
    | ChangeBudgetStatusResponse500
    | ChangeBudgetStatusResponse502
    | ChangeBudgetStatusResponse503
    | ChangeBudgetStatusResponse504
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
    body: BudgetStatusChange,
) -> Response[
    Budget
    | ChangeBudgetStatusResponse400
    | ChangeBudgetStatusResponse401
    | ChangeBudgetStatusResponse403
    | ChangeBudgetStatusResponse404
    | ChangeBudgetStatusResponse409
    | ChangeBudgetStatusResponse413
    | ChangeBudgetStatusResponse422
    | ChangeBudgetStatusResponse429
    | ChangeBudgetStatusResponse500
    | ChangeBudgetStatusResponse502
    | ChangeBudgetStatusResponse503
    | ChangeBudgetStatusResponse504
]:
    """Submit a draft, return a submitted one to draft, or approve it with finance's reference

    Args:
        budget_id (UUID):
        body (BudgetStatusChange):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Budget | ChangeBudgetStatusResponse400 | ChangeBudgetStatusResponse401 | ChangeBudgetStatusResponse403 | ChangeBudgetStatusResponse404 | ChangeBudgetStatusResponse409 | ChangeBudgetStatusResponse413 | ChangeBudgetStatusResponse422 | ChangeBudgetStatusResponse429 | ChangeBudgetStatusResponse500 | ChangeBudgetStatusResponse502 | ChangeBudgetStatusResponse503 | ChangeBudgetStatusResponse504]
    """

    kwargs = _get_kwargs(
        budget_id=budget_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    budget_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: BudgetStatusChange,
) -> (
    Budget
    | ChangeBudgetStatusResponse400
    | ChangeBudgetStatusResponse401
    | ChangeBudgetStatusResponse403
    | ChangeBudgetStatusResponse404
    | ChangeBudgetStatusResponse409
    | ChangeBudgetStatusResponse413
    | ChangeBudgetStatusResponse422
    | ChangeBudgetStatusResponse429
    | ChangeBudgetStatusResponse500
    | ChangeBudgetStatusResponse502
    | ChangeBudgetStatusResponse503
    | ChangeBudgetStatusResponse504
    | None
):
    """Submit a draft, return a submitted one to draft, or approve it with finance's reference

    Args:
        budget_id (UUID):
        body (BudgetStatusChange):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Budget | ChangeBudgetStatusResponse400 | ChangeBudgetStatusResponse401 | ChangeBudgetStatusResponse403 | ChangeBudgetStatusResponse404 | ChangeBudgetStatusResponse409 | ChangeBudgetStatusResponse413 | ChangeBudgetStatusResponse422 | ChangeBudgetStatusResponse429 | ChangeBudgetStatusResponse500 | ChangeBudgetStatusResponse502 | ChangeBudgetStatusResponse503 | ChangeBudgetStatusResponse504
    """

    return sync_detailed(
        budget_id=budget_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    budget_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: BudgetStatusChange,
) -> Response[
    Budget
    | ChangeBudgetStatusResponse400
    | ChangeBudgetStatusResponse401
    | ChangeBudgetStatusResponse403
    | ChangeBudgetStatusResponse404
    | ChangeBudgetStatusResponse409
    | ChangeBudgetStatusResponse413
    | ChangeBudgetStatusResponse422
    | ChangeBudgetStatusResponse429
    | ChangeBudgetStatusResponse500
    | ChangeBudgetStatusResponse502
    | ChangeBudgetStatusResponse503
    | ChangeBudgetStatusResponse504
]:
    """Submit a draft, return a submitted one to draft, or approve it with finance's reference

    Args:
        budget_id (UUID):
        body (BudgetStatusChange):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Budget | ChangeBudgetStatusResponse400 | ChangeBudgetStatusResponse401 | ChangeBudgetStatusResponse403 | ChangeBudgetStatusResponse404 | ChangeBudgetStatusResponse409 | ChangeBudgetStatusResponse413 | ChangeBudgetStatusResponse422 | ChangeBudgetStatusResponse429 | ChangeBudgetStatusResponse500 | ChangeBudgetStatusResponse502 | ChangeBudgetStatusResponse503 | ChangeBudgetStatusResponse504]
    """

    kwargs = _get_kwargs(
        budget_id=budget_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    budget_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: BudgetStatusChange,
) -> (
    Budget
    | ChangeBudgetStatusResponse400
    | ChangeBudgetStatusResponse401
    | ChangeBudgetStatusResponse403
    | ChangeBudgetStatusResponse404
    | ChangeBudgetStatusResponse409
    | ChangeBudgetStatusResponse413
    | ChangeBudgetStatusResponse422
    | ChangeBudgetStatusResponse429
    | ChangeBudgetStatusResponse500
    | ChangeBudgetStatusResponse502
    | ChangeBudgetStatusResponse503
    | ChangeBudgetStatusResponse504
    | None
):
    """Submit a draft, return a submitted one to draft, or approve it with finance's reference

    Args:
        budget_id (UUID):
        body (BudgetStatusChange):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Budget | ChangeBudgetStatusResponse400 | ChangeBudgetStatusResponse401 | ChangeBudgetStatusResponse403 | ChangeBudgetStatusResponse404 | ChangeBudgetStatusResponse409 | ChangeBudgetStatusResponse413 | ChangeBudgetStatusResponse422 | ChangeBudgetStatusResponse429 | ChangeBudgetStatusResponse500 | ChangeBudgetStatusResponse502 | ChangeBudgetStatusResponse503 | ChangeBudgetStatusResponse504
    """

    return (
        await asyncio_detailed(
            budget_id=budget_id,
            client=client,
            body=body,
        )
    ).parsed
