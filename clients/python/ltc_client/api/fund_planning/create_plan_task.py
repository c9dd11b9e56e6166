from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_plan_task_response_400 import CreatePlanTaskResponse400
from ...models.create_plan_task_response_401 import CreatePlanTaskResponse401
from ...models.create_plan_task_response_403 import CreatePlanTaskResponse403
from ...models.create_plan_task_response_409 import CreatePlanTaskResponse409
from ...models.create_plan_task_response_413 import CreatePlanTaskResponse413
from ...models.create_plan_task_response_422 import CreatePlanTaskResponse422
from ...models.create_plan_task_response_429 import CreatePlanTaskResponse429
from ...models.create_plan_task_response_500 import CreatePlanTaskResponse500
from ...models.create_plan_task_response_502 import CreatePlanTaskResponse502
from ...models.create_plan_task_response_503 import CreatePlanTaskResponse503
from ...models.create_plan_task_response_504 import CreatePlanTaskResponse504
from ...models.plan_task import PlanTask
from ...models.plan_task_create import PlanTaskCreate
from ...types import Response


def _get_kwargs(
    *,
    body: PlanTaskCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/plan-tasks",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreatePlanTaskResponse400
    | CreatePlanTaskResponse401
    | CreatePlanTaskResponse403
    | CreatePlanTaskResponse409
    | CreatePlanTaskResponse413
    | CreatePlanTaskResponse422
    | CreatePlanTaskResponse429
    | CreatePlanTaskResponse500
    | CreatePlanTaskResponse502
    | CreatePlanTaskResponse503
    | CreatePlanTaskResponse504
    | PlanTask
    | None
):
    if response.status_code == 201:
        response_201 = PlanTask.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = CreatePlanTaskResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreatePlanTaskResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CreatePlanTaskResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = CreatePlanTaskResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = CreatePlanTaskResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = CreatePlanTaskResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = CreatePlanTaskResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = CreatePlanTaskResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = CreatePlanTaskResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = CreatePlanTaskResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = CreatePlanTaskResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreatePlanTaskResponse400
    | CreatePlanTaskResponse401
    | CreatePlanTaskResponse403
    | CreatePlanTaskResponse409
    | CreatePlanTaskResponse413
    | CreatePlanTaskResponse422
    | CreatePlanTaskResponse429
    | CreatePlanTaskResponse500
    | CreatePlanTaskResponse502
    | CreatePlanTaskResponse503
    | CreatePlanTaskResponse504
    | PlanTask
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
    body: PlanTaskCreate,
) -> Response[
    CreatePlanTaskResponse400
    | CreatePlanTaskResponse401
    | CreatePlanTaskResponse403
    | CreatePlanTaskResponse409
    | CreatePlanTaskResponse413
    | CreatePlanTaskResponse422
    | CreatePlanTaskResponse429
    | CreatePlanTaskResponse500
    | CreatePlanTaskResponse502
    | CreatePlanTaskResponse503
    | CreatePlanTaskResponse504
    | PlanTask
]:
    """Add a task to the plan's list

    Args:
        body (PlanTaskCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatePlanTaskResponse400 | CreatePlanTaskResponse401 | CreatePlanTaskResponse403 | CreatePlanTaskResponse409 | CreatePlanTaskResponse413 | CreatePlanTaskResponse422 | CreatePlanTaskResponse429 | CreatePlanTaskResponse500 | CreatePlanTaskResponse502 | CreatePlanTaskResponse503 | CreatePlanTaskResponse504 | PlanTask]
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
    body: PlanTaskCreate,
) -> (
    CreatePlanTaskResponse400
    | CreatePlanTaskResponse401
    | CreatePlanTaskResponse403
    | CreatePlanTaskResponse409
    | CreatePlanTaskResponse413
    | CreatePlanTaskResponse422
    | CreatePlanTaskResponse429
    | CreatePlanTaskResponse500
    | CreatePlanTaskResponse502
    | CreatePlanTaskResponse503
    | CreatePlanTaskResponse504
    | PlanTask
    | None
):
    """Add a task to the plan's list

    Args:
        body (PlanTaskCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatePlanTaskResponse400 | CreatePlanTaskResponse401 | CreatePlanTaskResponse403 | CreatePlanTaskResponse409 | CreatePlanTaskResponse413 | CreatePlanTaskResponse422 | CreatePlanTaskResponse429 | CreatePlanTaskResponse500 | CreatePlanTaskResponse502 | CreatePlanTaskResponse503 | CreatePlanTaskResponse504 | PlanTask
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PlanTaskCreate,
) -> Response[
    CreatePlanTaskResponse400
    | CreatePlanTaskResponse401
    | CreatePlanTaskResponse403
    | CreatePlanTaskResponse409
    | CreatePlanTaskResponse413
    | CreatePlanTaskResponse422
    | CreatePlanTaskResponse429
    | CreatePlanTaskResponse500
    | CreatePlanTaskResponse502
    | CreatePlanTaskResponse503
    | CreatePlanTaskResponse504
    | PlanTask
]:
    """Add a task to the plan's list

    Args:
        body (PlanTaskCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatePlanTaskResponse400 | CreatePlanTaskResponse401 | CreatePlanTaskResponse403 | CreatePlanTaskResponse409 | CreatePlanTaskResponse413 | CreatePlanTaskResponse422 | CreatePlanTaskResponse429 | CreatePlanTaskResponse500 | CreatePlanTaskResponse502 | CreatePlanTaskResponse503 | CreatePlanTaskResponse504 | PlanTask]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PlanTaskCreate,
) -> (
    CreatePlanTaskResponse400
    | CreatePlanTaskResponse401
    | CreatePlanTaskResponse403
    | CreatePlanTaskResponse409
    | CreatePlanTaskResponse413
    | CreatePlanTaskResponse422
    | CreatePlanTaskResponse429
    | CreatePlanTaskResponse500
    | CreatePlanTaskResponse502
    | CreatePlanTaskResponse503
    | CreatePlanTaskResponse504
    | PlanTask
    | None
):
    """Add a task to the plan's list

    Args:
        body (PlanTaskCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatePlanTaskResponse400 | CreatePlanTaskResponse401 | CreatePlanTaskResponse403 | CreatePlanTaskResponse409 | CreatePlanTaskResponse413 | CreatePlanTaskResponse422 | CreatePlanTaskResponse429 | CreatePlanTaskResponse500 | CreatePlanTaskResponse502 | CreatePlanTaskResponse503 | CreatePlanTaskResponse504 | PlanTask
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
