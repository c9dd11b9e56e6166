from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.plan_task import PlanTask
from ...models.plan_task_update import PlanTaskUpdate
from ...models.update_plan_task_response_400 import UpdatePlanTaskResponse400
from ...models.update_plan_task_response_401 import UpdatePlanTaskResponse401
from ...models.update_plan_task_response_403 import UpdatePlanTaskResponse403
from ...models.update_plan_task_response_404 import UpdatePlanTaskResponse404
from ...models.update_plan_task_response_409 import UpdatePlanTaskResponse409
from ...models.update_plan_task_response_413 import UpdatePlanTaskResponse413
from ...models.update_plan_task_response_422 import UpdatePlanTaskResponse422
from ...models.update_plan_task_response_429 import UpdatePlanTaskResponse429
from ...models.update_plan_task_response_500 import UpdatePlanTaskResponse500
from ...models.update_plan_task_response_502 import UpdatePlanTaskResponse502
from ...models.update_plan_task_response_503 import UpdatePlanTaskResponse503
from ...models.update_plan_task_response_504 import UpdatePlanTaskResponse504
from ...types import Response


def _get_kwargs(
    task_id: UUID,
    *,
    body: PlanTaskUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/plan-tasks/{task_id}".format(
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
    PlanTask
    | UpdatePlanTaskResponse400
    | UpdatePlanTaskResponse401
    | UpdatePlanTaskResponse403
    | UpdatePlanTaskResponse404
    | UpdatePlanTaskResponse409
    | UpdatePlanTaskResponse413
    | UpdatePlanTaskResponse422
    | UpdatePlanTaskResponse429
    | UpdatePlanTaskResponse500
    | UpdatePlanTaskResponse502
    | UpdatePlanTaskResponse503
    | UpdatePlanTaskResponse504
    | None
):
    if response.status_code == 200:
        response_200 = PlanTask.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = UpdatePlanTaskResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UpdatePlanTaskResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = UpdatePlanTaskResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = UpdatePlanTaskResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = UpdatePlanTaskResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = UpdatePlanTaskResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = UpdatePlanTaskResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = UpdatePlanTaskResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = UpdatePlanTaskResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = UpdatePlanTaskResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = UpdatePlanTaskResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = UpdatePlanTaskResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    PlanTask
    | UpdatePlanTaskResponse400
    | UpdatePlanTaskResponse401
    | UpdatePlanTaskResponse403
    | UpdatePlanTaskResponse404
    | UpdatePlanTaskResponse409
    | UpdatePlanTaskResponse413
    | UpdatePlanTaskResponse422
    | UpdatePlanTaskResponse429
    | UpdatePlanTaskResponse500
    | UpdatePlanTaskResponse502
    | UpdatePlanTaskResponse503
    | UpdatePlanTaskResponse504
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
    body: PlanTaskUpdate,
) -> Response[
    PlanTask
    | UpdatePlanTaskResponse400
    | UpdatePlanTaskResponse401
    | UpdatePlanTaskResponse403
    | UpdatePlanTaskResponse404
    | UpdatePlanTaskResponse409
    | UpdatePlanTaskResponse413
    | UpdatePlanTaskResponse422
    | UpdatePlanTaskResponse429
    | UpdatePlanTaskResponse500
    | UpdatePlanTaskResponse502
    | UpdatePlanTaskResponse503
    | UpdatePlanTaskResponse504
]:
    """Change an open task's wording or deadline

    Args:
        task_id (UUID):
        body (PlanTaskUpdate): An open or reopened task's wording, units or deadline.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PlanTask | UpdatePlanTaskResponse400 | UpdatePlanTaskResponse401 | UpdatePlanTaskResponse403 | UpdatePlanTaskResponse404 | UpdatePlanTaskResponse409 | UpdatePlanTaskResponse413 | UpdatePlanTaskResponse422 | UpdatePlanTaskResponse429 | UpdatePlanTaskResponse500 | UpdatePlanTaskResponse502 | UpdatePlanTaskResponse503 | UpdatePlanTaskResponse504]
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
    body: PlanTaskUpdate,
) -> (
    PlanTask
    | UpdatePlanTaskResponse400
    | UpdatePlanTaskResponse401
    | UpdatePlanTaskResponse403
    | UpdatePlanTaskResponse404
    | UpdatePlanTaskResponse409
    | UpdatePlanTaskResponse413
    | UpdatePlanTaskResponse422
    | UpdatePlanTaskResponse429
    | UpdatePlanTaskResponse500
    | UpdatePlanTaskResponse502
    | UpdatePlanTaskResponse503
    | UpdatePlanTaskResponse504
    | None
):
    """Change an open task's wording or deadline

    Args:
        task_id (UUID):
        body (PlanTaskUpdate): An open or reopened task's wording, units or deadline.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlanTask | UpdatePlanTaskResponse400 | UpdatePlanTaskResponse401 | UpdatePlanTaskResponse403 | UpdatePlanTaskResponse404 | UpdatePlanTaskResponse409 | UpdatePlanTaskResponse413 | UpdatePlanTaskResponse422 | UpdatePlanTaskResponse429 | UpdatePlanTaskResponse500 | UpdatePlanTaskResponse502 | UpdatePlanTaskResponse503 | UpdatePlanTaskResponse504
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
    body: PlanTaskUpdate,
) -> Response[
    PlanTask
    | UpdatePlanTaskResponse400
    | UpdatePlanTaskResponse401
    | UpdatePlanTaskResponse403
    | UpdatePlanTaskResponse404
    | UpdatePlanTaskResponse409
    | UpdatePlanTaskResponse413
    | UpdatePlanTaskResponse422
    | UpdatePlanTaskResponse429
    | UpdatePlanTaskResponse500
    | UpdatePlanTaskResponse502
    | UpdatePlanTaskResponse503
    | UpdatePlanTaskResponse504
]:
    """Change an open task's wording or deadline

    Args:
        task_id (UUID):
        body (PlanTaskUpdate): An open or reopened task's wording, units or deadline.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PlanTask | UpdatePlanTaskResponse400 | UpdatePlanTaskResponse401 | UpdatePlanTaskResponse403 | UpdatePlanTaskResponse404 | UpdatePlanTaskResponse409 | UpdatePlanTaskResponse413 | UpdatePlanTaskResponse422 | UpdatePlanTaskResponse429 | UpdatePlanTaskResponse500 | UpdatePlanTaskResponse502 | UpdatePlanTaskResponse503 | UpdatePlanTaskResponse504]
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
    body: PlanTaskUpdate,
) -> (
    PlanTask
    | UpdatePlanTaskResponse400
    | UpdatePlanTaskResponse401
    | UpdatePlanTaskResponse403
    | UpdatePlanTaskResponse404
    | UpdatePlanTaskResponse409
    | UpdatePlanTaskResponse413
    | UpdatePlanTaskResponse422
    | UpdatePlanTaskResponse429
    | UpdatePlanTaskResponse500
    | UpdatePlanTaskResponse502
    | UpdatePlanTaskResponse503
    | UpdatePlanTaskResponse504
    | None
):
    """Change an open task's wording or deadline

    Args:
        task_id (UUID):
        body (PlanTaskUpdate): An open or reopened task's wording, units or deadline.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlanTask | UpdatePlanTaskResponse400 | UpdatePlanTaskResponse401 | UpdatePlanTaskResponse403 | UpdatePlanTaskResponse404 | UpdatePlanTaskResponse409 | UpdatePlanTaskResponse413 | UpdatePlanTaskResponse422 | UpdatePlanTaskResponse429 | UpdatePlanTaskResponse500 | UpdatePlanTaskResponse502 | UpdatePlanTaskResponse503 | UpdatePlanTaskResponse504
    """

    return (
        await asyncio_detailed(
            task_id=task_id,
            client=client,
            body=body,
        )
    ).parsed
