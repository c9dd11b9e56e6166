from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_plan_tasks_response_400 import ListPlanTasksResponse400
from ...models.list_plan_tasks_response_401 import ListPlanTasksResponse401
from ...models.list_plan_tasks_response_403 import ListPlanTasksResponse403
from ...models.list_plan_tasks_response_422 import ListPlanTasksResponse422
from ...models.list_plan_tasks_response_429 import ListPlanTasksResponse429
from ...models.list_plan_tasks_response_500 import ListPlanTasksResponse500
from ...models.list_plan_tasks_response_502 import ListPlanTasksResponse502
from ...models.list_plan_tasks_response_503 import ListPlanTasksResponse503
from ...models.list_plan_tasks_response_504 import ListPlanTasksResponse504
from ...models.plan_task_list import PlanTaskList
from ...models.plan_task_status import PlanTaskStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    year: int | None | Unset = UNSET,
    status: None | PlanTaskStatus | Unset = UNSET,
    overdue: bool | Unset = False,
    county_code: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_year: int | None | Unset
    if isinstance(year, Unset):
        json_year = UNSET
    else:
        json_year = year
    params["year"] = json_year

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, PlanTaskStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    params["overdue"] = overdue

    json_county_code: None | str | Unset
    if isinstance(county_code, Unset):
        json_county_code = UNSET
    else:
        json_county_code = county_code
    params["county_code"] = json_county_code

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/plan-tasks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ListPlanTasksResponse400
    | ListPlanTasksResponse401
    | ListPlanTasksResponse403
    | ListPlanTasksResponse422
    | ListPlanTasksResponse429
    | ListPlanTasksResponse500
    | ListPlanTasksResponse502
    | ListPlanTasksResponse503
    | ListPlanTasksResponse504
    | PlanTaskList
    | None
):
    if response.status_code == 200:
        response_200 = PlanTaskList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListPlanTasksResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListPlanTasksResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListPlanTasksResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = ListPlanTasksResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ListPlanTasksResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ListPlanTasksResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ListPlanTasksResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ListPlanTasksResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ListPlanTasksResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListPlanTasksResponse400
    | ListPlanTasksResponse401
    | ListPlanTasksResponse403
    | ListPlanTasksResponse422
    | ListPlanTasksResponse429
    | ListPlanTasksResponse500
    | ListPlanTasksResponse502
    | ListPlanTasksResponse503
    | ListPlanTasksResponse504
    | PlanTaskList
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
    year: int | None | Unset = UNSET,
    status: None | PlanTaskStatus | Unset = UNSET,
    overdue: bool | Unset = False,
    county_code: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[
    ListPlanTasksResponse400
    | ListPlanTasksResponse401
    | ListPlanTasksResponse403
    | ListPlanTasksResponse422
    | ListPlanTasksResponse429
    | ListPlanTasksResponse500
    | ListPlanTasksResponse502
    | ListPlanTasksResponse503
    | ListPlanTasksResponse504
    | PlanTaskList
]:
    """The plan's tasks by deadline (`overdue=true`: open or reopened past their deadline)

    Args:
        year (int | None | Unset):
        status (None | PlanTaskStatus | Unset):
        overdue (bool | Unset):  Default: False.
        county_code (None | str | Unset):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListPlanTasksResponse400 | ListPlanTasksResponse401 | ListPlanTasksResponse403 | ListPlanTasksResponse422 | ListPlanTasksResponse429 | ListPlanTasksResponse500 | ListPlanTasksResponse502 | ListPlanTasksResponse503 | ListPlanTasksResponse504 | PlanTaskList]
    """

    kwargs = _get_kwargs(
        year=year,
        status=status,
        overdue=overdue,
        county_code=county_code,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    year: int | None | Unset = UNSET,
    status: None | PlanTaskStatus | Unset = UNSET,
    overdue: bool | Unset = False,
    county_code: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> (
    ListPlanTasksResponse400
    | ListPlanTasksResponse401
    | ListPlanTasksResponse403
    | ListPlanTasksResponse422
    | ListPlanTasksResponse429
    | ListPlanTasksResponse500
    | ListPlanTasksResponse502
    | ListPlanTasksResponse503
    | ListPlanTasksResponse504
    | PlanTaskList
    | None
):
    """The plan's tasks by deadline (`overdue=true`: open or reopened past their deadline)

    Args:
        year (int | None | Unset):
        status (None | PlanTaskStatus | Unset):
        overdue (bool | Unset):  Default: False.
        county_code (None | str | Unset):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListPlanTasksResponse400 | ListPlanTasksResponse401 | ListPlanTasksResponse403 | ListPlanTasksResponse422 | ListPlanTasksResponse429 | ListPlanTasksResponse500 | ListPlanTasksResponse502 | ListPlanTasksResponse503 | ListPlanTasksResponse504 | PlanTaskList
    """

    return sync_detailed(
        client=client,
        year=year,
        status=status,
        overdue=overdue,
        county_code=county_code,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    year: int | None | Unset = UNSET,
    status: None | PlanTaskStatus | Unset = UNSET,
    overdue: bool | Unset = False,
    county_code: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[
    ListPlanTasksResponse400
    | ListPlanTasksResponse401
    | ListPlanTasksResponse403
    | ListPlanTasksResponse422
    | ListPlanTasksResponse429
    | ListPlanTasksResponse500
    | ListPlanTasksResponse502
    | ListPlanTasksResponse503
    | ListPlanTasksResponse504
    | PlanTaskList
]:
    """The plan's tasks by deadline (`overdue=true`: open or reopened past their deadline)

    Args:
        year (int | None | Unset):
        status (None | PlanTaskStatus | Unset):
        overdue (bool | Unset):  Default: False.
        county_code (None | str | Unset):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListPlanTasksResponse400 | ListPlanTasksResponse401 | ListPlanTasksResponse403 | ListPlanTasksResponse422 | ListPlanTasksResponse429 | ListPlanTasksResponse500 | ListPlanTasksResponse502 | ListPlanTasksResponse503 | ListPlanTasksResponse504 | PlanTaskList]
    """

    kwargs = _get_kwargs(
        year=year,
        status=status,
        overdue=overdue,
        county_code=county_code,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    year: int | None | Unset = UNSET,
    status: None | PlanTaskStatus | Unset = UNSET,
    overdue: bool | Unset = False,
    county_code: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> (
    ListPlanTasksResponse400
    | ListPlanTasksResponse401
    | ListPlanTasksResponse403
    | ListPlanTasksResponse422
    | ListPlanTasksResponse429
    | ListPlanTasksResponse500
    | ListPlanTasksResponse502
    | ListPlanTasksResponse503
    | ListPlanTasksResponse504
    | PlanTaskList
    | None
):
    """The plan's tasks by deadline (`overdue=true`: open or reopened past their deadline)

    Args:
        year (int | None | Unset):
        status (None | PlanTaskStatus | Unset):
        overdue (bool | Unset):  Default: False.
        county_code (None | str | Unset):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListPlanTasksResponse400 | ListPlanTasksResponse401 | ListPlanTasksResponse403 | ListPlanTasksResponse422 | ListPlanTasksResponse429 | ListPlanTasksResponse500 | ListPlanTasksResponse502 | ListPlanTasksResponse503 | ListPlanTasksResponse504 | PlanTaskList
    """

    return (
        await asyncio_detailed(
            client=client,
            year=year,
            status=status,
            overdue=overdue,
            county_code=county_code,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
