from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_plan_task_response_400 import GetPlanTaskResponse400
from ...models.get_plan_task_response_401 import GetPlanTaskResponse401
from ...models.get_plan_task_response_403 import GetPlanTaskResponse403
from ...models.get_plan_task_response_404 import GetPlanTaskResponse404
from ...models.get_plan_task_response_422 import GetPlanTaskResponse422
from ...models.get_plan_task_response_429 import GetPlanTaskResponse429
from ...models.get_plan_task_response_500 import GetPlanTaskResponse500
from ...models.get_plan_task_response_502 import GetPlanTaskResponse502
from ...models.get_plan_task_response_503 import GetPlanTaskResponse503
from ...models.get_plan_task_response_504 import GetPlanTaskResponse504
from ...models.plan_task import PlanTask
from ...types import Response


def _get_kwargs(
    task_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/plan-tasks/{task_id}".format(
            task_id=quote(str(task_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetPlanTaskResponse400
    | GetPlanTaskResponse401
    | GetPlanTaskResponse403
    | GetPlanTaskResponse404
    | GetPlanTaskResponse422
    | GetPlanTaskResponse429
    | GetPlanTaskResponse500
    | GetPlanTaskResponse502
    | GetPlanTaskResponse503
    | GetPlanTaskResponse504
    | PlanTask
    | None
):
    if response.status_code == 200:
        response_200 = PlanTask.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetPlanTaskResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetPlanTaskResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetPlanTaskResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetPlanTaskResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = GetPlanTaskResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetPlanTaskResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetPlanTaskResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = GetPlanTaskResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = GetPlanTaskResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = GetPlanTaskResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetPlanTaskResponse400
    | GetPlanTaskResponse401
    | GetPlanTaskResponse403
    | GetPlanTaskResponse404
    | GetPlanTaskResponse422
    | GetPlanTaskResponse429
    | GetPlanTaskResponse500
    | GetPlanTaskResponse502
    | GetPlanTaskResponse503
    | GetPlanTaskResponse504
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
) -> Response[
    GetPlanTaskResponse400
    | GetPlanTaskResponse401
    | GetPlanTaskResponse403
    | GetPlanTaskResponse404
    | GetPlanTaskResponse422
    | GetPlanTaskResponse429
    | GetPlanTaskResponse500
    | GetPlanTaskResponse502
    | GetPlanTaskResponse503
    | GetPlanTaskResponse504
    | PlanTask
]:
    """One task of the plan

    Args:
        task_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPlanTaskResponse400 | GetPlanTaskResponse401 | GetPlanTaskResponse403 | GetPlanTaskResponse404 | GetPlanTaskResponse422 | GetPlanTaskResponse429 | GetPlanTaskResponse500 | GetPlanTaskResponse502 | GetPlanTaskResponse503 | GetPlanTaskResponse504 | PlanTask]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    task_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetPlanTaskResponse400
    | GetPlanTaskResponse401
    | GetPlanTaskResponse403
    | GetPlanTaskResponse404
    | GetPlanTaskResponse422
    | GetPlanTaskResponse429
    | GetPlanTaskResponse500
    | GetPlanTaskResponse502
    | GetPlanTaskResponse503
    | GetPlanTaskResponse504
    | PlanTask
    | None
):
    """One task of the plan

    Args:
        task_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPlanTaskResponse400 | GetPlanTaskResponse401 | GetPlanTaskResponse403 | GetPlanTaskResponse404 | GetPlanTaskResponse422 | GetPlanTaskResponse429 | GetPlanTaskResponse500 | GetPlanTaskResponse502 | GetPlanTaskResponse503 | GetPlanTaskResponse504 | PlanTask
    """

    return sync_detailed(
        task_id=task_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    task_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetPlanTaskResponse400
    | GetPlanTaskResponse401
    | GetPlanTaskResponse403
    | GetPlanTaskResponse404
    | GetPlanTaskResponse422
    | GetPlanTaskResponse429
    | GetPlanTaskResponse500
    | GetPlanTaskResponse502
    | GetPlanTaskResponse503
    | GetPlanTaskResponse504
    | PlanTask
]:
    """One task of the plan

    Args:
        task_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPlanTaskResponse400 | GetPlanTaskResponse401 | GetPlanTaskResponse403 | GetPlanTaskResponse404 | GetPlanTaskResponse422 | GetPlanTaskResponse429 | GetPlanTaskResponse500 | GetPlanTaskResponse502 | GetPlanTaskResponse503 | GetPlanTaskResponse504 | PlanTask]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    task_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetPlanTaskResponse400
    | GetPlanTaskResponse401
    | GetPlanTaskResponse403
    | GetPlanTaskResponse404
    | GetPlanTaskResponse422
    | GetPlanTaskResponse429
    | GetPlanTaskResponse500
    | GetPlanTaskResponse502
    | GetPlanTaskResponse503
    | GetPlanTaskResponse504
    | PlanTask
    | None
):
    """One task of the plan

    Args:
        task_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPlanTaskResponse400 | GetPlanTaskResponse401 | GetPlanTaskResponse403 | GetPlanTaskResponse404 | GetPlanTaskResponse422 | GetPlanTaskResponse429 | GetPlanTaskResponse500 | GetPlanTaskResponse502 | GetPlanTaskResponse503 | GetPlanTaskResponse504 | PlanTask
    """

    return (
        await asyncio_detailed(
            task_id=task_id,
            client=client,
        )
    ).parsed
