from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.change_plan_task_status_response_400 import ChangePlanTaskStatusResponse400
from ...models.change_plan_task_status_response_401 import ChangePlanTaskStatusResponse401
from ...models.change_plan_task_status_response_403 import ChangePlanTaskStatusResponse403
from ...models.change_plan_task_status_response_404 import ChangePlanTaskStatusResponse404
from ...models.change_plan_task_status_response_409 import ChangePlanTaskStatusResponse409
from ...models.change_plan_task_status_response_413 import ChangePlanTaskStatusResponse413
from ...models.change_plan_task_status_response_422 import ChangePlanTaskStatusResponse422
from ...models.change_plan_task_status_response_429 import ChangePlanTaskStatusResponse429
from ...models.change_plan_task_status_response_500 import ChangePlanTaskStatusResponse500
from ...models.change_plan_task_status_response_502 import ChangePlanTaskStatusResponse502
from ...models.change_plan_task_status_response_503 import ChangePlanTaskStatusResponse503
from ...models.change_plan_task_status_response_504 import ChangePlanTaskStatusResponse504
from ...models.plan_task import PlanTask
from ...models.plan_task_status_change import PlanTaskStatusChange
from ...types import Response


def _get_kwargs(
    task_id: UUID,
    *,
    body: PlanTaskStatusChange,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/plan-tasks/{task_id}/status-changes".format(
            task_id=quote(str(task_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ChangePlanTaskStatusResponse400
    | ChangePlanTaskStatusResponse401
    | ChangePlanTaskStatusResponse403
    | ChangePlanTaskStatusResponse404
    | ChangePlanTaskStatusResponse409
    | ChangePlanTaskStatusResponse413
    | ChangePlanTaskStatusResponse422
    | ChangePlanTaskStatusResponse429
    | ChangePlanTaskStatusResponse500
    | ChangePlanTaskStatusResponse502
    | ChangePlanTaskStatusResponse503
    | ChangePlanTaskStatusResponse504
    | PlanTask
    | None
):
    if response.status_code == 201:
        response_201 = PlanTask.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ChangePlanTaskStatusResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ChangePlanTaskStatusResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ChangePlanTaskStatusResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ChangePlanTaskStatusResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ChangePlanTaskStatusResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ChangePlanTaskStatusResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = ChangePlanTaskStatusResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ChangePlanTaskStatusResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ChangePlanTaskStatusResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ChangePlanTaskStatusResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ChangePlanTaskStatusResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ChangePlanTaskStatusResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ChangePlanTaskStatusResponse400
    | ChangePlanTaskStatusResponse401
    | ChangePlanTaskStatusResponse403
    | ChangePlanTaskStatusResponse404
    | ChangePlanTaskStatusResponse409
    | ChangePlanTaskStatusResponse413
    | ChangePlanTaskStatusResponse422
    | ChangePlanTaskStatusResponse429
    | ChangePlanTaskStatusResponse500
    | ChangePlanTaskStatusResponse502
    | ChangePlanTaskStatusResponse503
    | ChangePlanTaskStatusResponse504
    | PlanTask
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    task_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: PlanTaskStatusChange,
) -> Response[
    ChangePlanTaskStatusResponse400
    | ChangePlanTaskStatusResponse401
    | ChangePlanTaskStatusResponse403
    | ChangePlanTaskStatusResponse404
    | ChangePlanTaskStatusResponse409
    | ChangePlanTaskStatusResponse413
    | ChangePlanTaskStatusResponse422
    | ChangePlanTaskStatusResponse429
    | ChangePlanTaskStatusResponse500
    | ChangePlanTaskStatusResponse502
    | ChangePlanTaskStatusResponse503
    | ChangePlanTaskStatusResponse504
    | PlanTask
]:
    """Mark a task done with its evidence, verify it (闭环), or reopen it with the reason

    Args:
        task_id (UUID):
        body (PlanTaskStatusChange):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChangePlanTaskStatusResponse400 | ChangePlanTaskStatusResponse401 | ChangePlanTaskStatusResponse403 | ChangePlanTaskStatusResponse404 | ChangePlanTaskStatusResponse409 | ChangePlanTaskStatusResponse413 | ChangePlanTaskStatusResponse422 | ChangePlanTaskStatusResponse429 | ChangePlanTaskStatusResponse500 | ChangePlanTaskStatusResponse502 | ChangePlanTaskStatusResponse503 | ChangePlanTaskStatusResponse504 | PlanTask]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    task_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: PlanTaskStatusChange,
) -> (
    ChangePlanTaskStatusResponse400
    | ChangePlanTaskStatusResponse401
    | ChangePlanTaskStatusResponse403
    | ChangePlanTaskStatusResponse404
    | ChangePlanTaskStatusResponse409
    | ChangePlanTaskStatusResponse413
    | ChangePlanTaskStatusResponse422
    | ChangePlanTaskStatusResponse429
    | ChangePlanTaskStatusResponse500
    | ChangePlanTaskStatusResponse502
    | ChangePlanTaskStatusResponse503
    | ChangePlanTaskStatusResponse504
    | PlanTask
    | None
):
    """Mark a task done with its evidence, verify it (闭环), or reopen it with the reason

    Args:
        task_id (UUID):
        body (PlanTaskStatusChange):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChangePlanTaskStatusResponse400 | ChangePlanTaskStatusResponse401 | ChangePlanTaskStatusResponse403 | ChangePlanTaskStatusResponse404 | ChangePlanTaskStatusResponse409 | ChangePlanTaskStatusResponse413 | ChangePlanTaskStatusResponse422 | ChangePlanTaskStatusResponse429 | ChangePlanTaskStatusResponse500 | ChangePlanTaskStatusResponse502 | ChangePlanTaskStatusResponse503 | ChangePlanTaskStatusResponse504 | PlanTask
    """

    return sync_detailed(
        task_id=task_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    task_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: PlanTaskStatusChange,
) -> Response[
    ChangePlanTaskStatusResponse400
    | ChangePlanTaskStatusResponse401
    | ChangePlanTaskStatusResponse403
    | ChangePlanTaskStatusResponse404
    | ChangePlanTaskStatusResponse409
    | ChangePlanTaskStatusResponse413
    | ChangePlanTaskStatusResponse422
    | ChangePlanTaskStatusResponse429
    | ChangePlanTaskStatusResponse500
    | ChangePlanTaskStatusResponse502
    | ChangePlanTaskStatusResponse503
    | ChangePlanTaskStatusResponse504
    | PlanTask
]:
    """Mark a task done with its evidence, verify it (闭环), or reopen it with the reason

    Args:
        task_id (UUID):
        body (PlanTaskStatusChange):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChangePlanTaskStatusResponse400 | ChangePlanTaskStatusResponse401 | ChangePlanTaskStatusResponse403 | ChangePlanTaskStatusResponse404 | ChangePlanTaskStatusResponse409 | ChangePlanTaskStatusResponse413 | ChangePlanTaskStatusResponse422 | ChangePlanTaskStatusResponse429 | ChangePlanTaskStatusResponse500 | ChangePlanTaskStatusResponse502 | ChangePlanTaskStatusResponse503 | ChangePlanTaskStatusResponse504 | PlanTask]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    task_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: PlanTaskStatusChange,
) -> (
    ChangePlanTaskStatusResponse400
    | ChangePlanTaskStatusResponse401
    | ChangePlanTaskStatusResponse403
    | ChangePlanTaskStatusResponse404
    | ChangePlanTaskStatusResponse409
    | ChangePlanTaskStatusResponse413
    | ChangePlanTaskStatusResponse422
    | ChangePlanTaskStatusResponse429
    | ChangePlanTaskStatusResponse500
    | ChangePlanTaskStatusResponse502
    | ChangePlanTaskStatusResponse503
    | ChangePlanTaskStatusResponse504
    | PlanTask
    | None
):
    """Mark a task done with its evidence, verify it (闭环), or reopen it with the reason

    Args:
        task_id (UUID):
        body (PlanTaskStatusChange):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChangePlanTaskStatusResponse400 | ChangePlanTaskStatusResponse401 | ChangePlanTaskStatusResponse403 | ChangePlanTaskStatusResponse404 | ChangePlanTaskStatusResponse409 | ChangePlanTaskStatusResponse413 | ChangePlanTaskStatusResponse422 | ChangePlanTaskStatusResponse429 | ChangePlanTaskStatusResponse500 | ChangePlanTaskStatusResponse502 | ChangePlanTaskStatusResponse503 | ChangePlanTaskStatusResponse504 | PlanTask
    """

    return (
        await asyncio_detailed(
            task_id=task_id,
            client=client,
            body=body,
        )
    ).parsed
