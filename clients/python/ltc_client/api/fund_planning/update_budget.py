from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.budget import Budget
from ...models.budget_update import BudgetUpdate
from ...models.update_budget_response_400 import UpdateBudgetResponse400
from ...models.update_budget_response_401 import UpdateBudgetResponse401
from ...models.update_budget_response_403 import UpdateBudgetResponse403
from ...models.update_budget_response_404 import UpdateBudgetResponse404
from ...models.update_budget_response_409 import UpdateBudgetResponse409
from ...models.update_budget_response_413 import UpdateBudgetResponse413
from ...models.update_budget_response_422 import UpdateBudgetResponse422
from ...models.update_budget_response_429 import UpdateBudgetResponse429
from ...models.update_budget_response_500 import UpdateBudgetResponse500
from ...models.update_budget_response_502 import UpdateBudgetResponse502
from ...models.update_budget_response_503 import UpdateBudgetResponse503
from ...models.update_budget_response_504 import UpdateBudgetResponse504
from ...types import Response


def _get_kwargs(
    budget_id: UUID,
    *,
    body: BudgetUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/budgets/{budget_id}".format(
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
    | UpdateBudgetResponse400
    | UpdateBudgetResponse401
    | UpdateBudgetResponse403
    | UpdateBudgetResponse404
    | UpdateBudgetResponse409
    | UpdateBudgetResponse413
    | UpdateBudgetResponse422
    | UpdateBudgetResponse429
    | UpdateBudgetResponse500
    | UpdateBudgetResponse502
    | UpdateBudgetResponse503
    | UpdateBudgetResponse504
    | None
):
    if response.status_code == 200:
        response_200 = Budget.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = UpdateBudgetResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UpdateBudgetResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = UpdateBudgetResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = UpdateBudgetResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = UpdateBudgetResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = UpdateBudgetResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = UpdateBudgetResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = UpdateBudgetResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = UpdateBudgetResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = UpdateBudgetResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = UpdateBudgetResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = UpdateBudgetResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Budget
    | UpdateBudgetResponse400
    | UpdateBudgetResponse401
    | UpdateBudgetResponse403
    | UpdateBudgetResponse404
    | UpdateBudgetResponse409
    | UpdateBudgetResponse413
    | UpdateBudgetResponse422
    | UpdateBudgetResponse429
    | UpdateBudgetResponse500
    | UpdateBudgetResponse502
    | UpdateBudgetResponse503
    | UpdateBudgetResponse504
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
    body: BudgetUpdate,
) -> Response[
    Budget
    | UpdateBudgetResponse400
    | UpdateBudgetResponse401
    | UpdateBudgetResponse403
    | UpdateBudgetResponse404
    | UpdateBudgetResponse409
    | UpdateBudgetResponse413
    | UpdateBudgetResponse422
    | UpdateBudgetResponse429
    | UpdateBudgetResponse500
    | UpdateBudgetResponse502
    | UpdateBudgetResponse503
    | UpdateBudgetResponse504
]:
    """Change a draft's lines (the whole set), assumptions or adjustment reason

    Args:
        budget_id (UUID):
        body (BudgetUpdate): A draft's lines (the whole set), assumptions or adjustment reason.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Budget | UpdateBudgetResponse400 | UpdateBudgetResponse401 | UpdateBudgetResponse403 | UpdateBudgetResponse404 | UpdateBudgetResponse409 | UpdateBudgetResponse413 | UpdateBudgetResponse422 | UpdateBudgetResponse429 | UpdateBudgetResponse500 | UpdateBudgetResponse502 | UpdateBudgetResponse503 | UpdateBudgetResponse504]
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
    body: BudgetUpdate,
) -> (
    Budget
    | UpdateBudgetResponse400
    | UpdateBudgetResponse401
    | UpdateBudgetResponse403
    | UpdateBudgetResponse404
    | UpdateBudgetResponse409
    | UpdateBudgetResponse413
    | UpdateBudgetResponse422
    | UpdateBudgetResponse429
    | UpdateBudgetResponse500
    | UpdateBudgetResponse502
    | UpdateBudgetResponse503
    | UpdateBudgetResponse504
    | None
):
    """Change a draft's lines (the whole set), assumptions or adjustment reason

    Args:
        budget_id (UUID):
        body (BudgetUpdate): A draft's lines (the whole set), assumptions or adjustment reason.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Budget | UpdateBudgetResponse400 | UpdateBudgetResponse401 | UpdateBudgetResponse403 | UpdateBudgetResponse404 | UpdateBudgetResponse409 | UpdateBudgetResponse413 | UpdateBudgetResponse422 | UpdateBudgetResponse429 | UpdateBudgetResponse500 | UpdateBudgetResponse502 | UpdateBudgetResponse503 | UpdateBudgetResponse504
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
    body: BudgetUpdate,
) -> Response[
    Budget
    | UpdateBudgetResponse400
    | UpdateBudgetResponse401
    | UpdateBudgetResponse403
    | UpdateBudgetResponse404
    | UpdateBudgetResponse409
    | UpdateBudgetResponse413
    | UpdateBudgetResponse422
    | UpdateBudgetResponse429
    | UpdateBudgetResponse500
    | UpdateBudgetResponse502
    | UpdateBudgetResponse503
    | UpdateBudgetResponse504
]:
    """Change a draft's lines (the whole set), assumptions or adjustment reason

    Args:
        budget_id (UUID):
        body (BudgetUpdate): A draft's lines (the whole set), assumptions or adjustment reason.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Budget | UpdateBudgetResponse400 | UpdateBudgetResponse401 | UpdateBudgetResponse403 | UpdateBudgetResponse404 | UpdateBudgetResponse409 | UpdateBudgetResponse413 | UpdateBudgetResponse422 | UpdateBudgetResponse429 | UpdateBudgetResponse500 | UpdateBudgetResponse502 | UpdateBudgetResponse503 | UpdateBudgetResponse504]
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
    body: BudgetUpdate,
) -> (
    Budget
    | UpdateBudgetResponse400
    | UpdateBudgetResponse401
    | UpdateBudgetResponse403
    | UpdateBudgetResponse404
    | UpdateBudgetResponse409
    | UpdateBudgetResponse413
    | UpdateBudgetResponse422
    | UpdateBudgetResponse429
    | UpdateBudgetResponse500
    | UpdateBudgetResponse502
    | UpdateBudgetResponse503
    | UpdateBudgetResponse504
    | None
):
    """Change a draft's lines (the whole set), assumptions or adjustment reason

    Args:
        budget_id (UUID):
        body (BudgetUpdate): A draft's lines (the whole set), assumptions or adjustment reason.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Budget | UpdateBudgetResponse400 | UpdateBudgetResponse401 | UpdateBudgetResponse403 | UpdateBudgetResponse404 | UpdateBudgetResponse409 | UpdateBudgetResponse413 | UpdateBudgetResponse422 | UpdateBudgetResponse429 | UpdateBudgetResponse500 | UpdateBudgetResponse502 | UpdateBudgetResponse503 | UpdateBudgetResponse504
    """

    return (
        await asyncio_detailed(
            budget_id=budget_id,
            client=client,
            body=body,
        )
    ).parsed
