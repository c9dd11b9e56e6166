from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_plan_response_400 import CreatePlanResponse400
from ...models.create_plan_response_401 import CreatePlanResponse401
from ...models.create_plan_response_403 import CreatePlanResponse403
from ...models.create_plan_response_409 import CreatePlanResponse409
from ...models.create_plan_response_413 import CreatePlanResponse413
from ...models.create_plan_response_422 import CreatePlanResponse422
from ...models.create_plan_response_429 import CreatePlanResponse429
from ...models.create_plan_response_500 import CreatePlanResponse500
from ...models.create_plan_response_502 import CreatePlanResponse502
from ...models.create_plan_response_503 import CreatePlanResponse503
from ...models.create_plan_response_504 import CreatePlanResponse504
from ...models.plan import Plan
from ...models.plan_create import PlanCreate
from ...types import Response


def _get_kwargs(
    *,
    body: PlanCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/inspection-plans",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreatePlanResponse400
    | CreatePlanResponse401
    | CreatePlanResponse403
    | CreatePlanResponse409
    | CreatePlanResponse413
    | CreatePlanResponse422
    | CreatePlanResponse429
    | CreatePlanResponse500
    | CreatePlanResponse502
    | CreatePlanResponse503
    | CreatePlanResponse504
    | Plan
    | None
):
    if response.status_code == 201:
        response_201 = Plan.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = CreatePlanResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreatePlanResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CreatePlanResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = CreatePlanResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = CreatePlanResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = CreatePlanResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = CreatePlanResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = CreatePlanResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = CreatePlanResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = CreatePlanResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = CreatePlanResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreatePlanResponse400
    | CreatePlanResponse401
    | CreatePlanResponse403
    | CreatePlanResponse409
    | CreatePlanResponse413
    | CreatePlanResponse422
    | CreatePlanResponse429
    | CreatePlanResponse500
    | CreatePlanResponse502
    | CreatePlanResponse503
    | CreatePlanResponse504
    | Plan
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
    body: PlanCreate,
) -> Response[
    CreatePlanResponse400
    | CreatePlanResponse401
    | CreatePlanResponse403
    | CreatePlanResponse409
    | CreatePlanResponse413
    | CreatePlanResponse422
    | CreatePlanResponse429
    | CreatePlanResponse500
    | CreatePlanResponse502
    | CreatePlanResponse503
    | CreatePlanResponse504
    | Plan
]:
    """Plan inspections (日常巡查)

     A period, counties (a contractor: its own) and the institutions of those counties to visit (422
    ``INSTITUTION_UNKNOWN`` for one that is not).

    Args:
        body (PlanCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatePlanResponse400 | CreatePlanResponse401 | CreatePlanResponse403 | CreatePlanResponse409 | CreatePlanResponse413 | CreatePlanResponse422 | CreatePlanResponse429 | CreatePlanResponse500 | CreatePlanResponse502 | CreatePlanResponse503 | CreatePlanResponse504 | Plan]
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
    body: PlanCreate,
) -> (
    CreatePlanResponse400
    | CreatePlanResponse401
    | CreatePlanResponse403
    | CreatePlanResponse409
    | CreatePlanResponse413
    | CreatePlanResponse422
    | CreatePlanResponse429
    | CreatePlanResponse500
    | CreatePlanResponse502
    | CreatePlanResponse503
    | CreatePlanResponse504
    | Plan
    | None
):
    """Plan inspections (日常巡查)

     A period, counties (a contractor: its own) and the institutions of those counties to visit (422
    ``INSTITUTION_UNKNOWN`` for one that is not).

    Args:
        body (PlanCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatePlanResponse400 | CreatePlanResponse401 | CreatePlanResponse403 | CreatePlanResponse409 | CreatePlanResponse413 | CreatePlanResponse422 | CreatePlanResponse429 | CreatePlanResponse500 | CreatePlanResponse502 | CreatePlanResponse503 | CreatePlanResponse504 | Plan
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PlanCreate,
) -> Response[
    CreatePlanResponse400
    | CreatePlanResponse401
    | CreatePlanResponse403
    | CreatePlanResponse409
    | CreatePlanResponse413
    | CreatePlanResponse422
    | CreatePlanResponse429
    | CreatePlanResponse500
    | CreatePlanResponse502
    | CreatePlanResponse503
    | CreatePlanResponse504
    | Plan
]:
    """Plan inspections (日常巡查)

     A period, counties (a contractor: its own) and the institutions of those counties to visit (422
    ``INSTITUTION_UNKNOWN`` for one that is not).

    Args:
        body (PlanCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatePlanResponse400 | CreatePlanResponse401 | CreatePlanResponse403 | CreatePlanResponse409 | CreatePlanResponse413 | CreatePlanResponse422 | CreatePlanResponse429 | CreatePlanResponse500 | CreatePlanResponse502 | CreatePlanResponse503 | CreatePlanResponse504 | Plan]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PlanCreate,
) -> (
    CreatePlanResponse400
    | CreatePlanResponse401
    | CreatePlanResponse403
    | CreatePlanResponse409
    | CreatePlanResponse413
    | CreatePlanResponse422
    | CreatePlanResponse429
    | CreatePlanResponse500
    | CreatePlanResponse502
    | CreatePlanResponse503
    | CreatePlanResponse504
    | Plan
    | None
):
    """Plan inspections (日常巡查)

     A period, counties (a contractor: its own) and the institutions of those counties to visit (422
    ``INSTITUTION_UNKNOWN`` for one that is not).

    Args:
        body (PlanCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatePlanResponse400 | CreatePlanResponse401 | CreatePlanResponse403 | CreatePlanResponse409 | CreatePlanResponse413 | CreatePlanResponse422 | CreatePlanResponse429 | CreatePlanResponse500 | CreatePlanResponse502 | CreatePlanResponse503 | CreatePlanResponse504 | Plan
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
