from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_plan_response_400 import GetPlanResponse400
from ...models.get_plan_response_401 import GetPlanResponse401
from ...models.get_plan_response_403 import GetPlanResponse403
from ...models.get_plan_response_404 import GetPlanResponse404
from ...models.get_plan_response_422 import GetPlanResponse422
from ...models.get_plan_response_429 import GetPlanResponse429
from ...models.get_plan_response_500 import GetPlanResponse500
from ...models.get_plan_response_502 import GetPlanResponse502
from ...models.get_plan_response_503 import GetPlanResponse503
from ...models.get_plan_response_504 import GetPlanResponse504
from ...models.plan import Plan
from ...types import Response


def _get_kwargs(
    plan_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/inspection-plans/{plan_id}".format(
            plan_id=quote(str(plan_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetPlanResponse400
    | GetPlanResponse401
    | GetPlanResponse403
    | GetPlanResponse404
    | GetPlanResponse422
    | GetPlanResponse429
    | GetPlanResponse500
    | GetPlanResponse502
    | GetPlanResponse503
    | GetPlanResponse504
    | Plan
    | None
):
    if response.status_code == 200:
        response_200 = Plan.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetPlanResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetPlanResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetPlanResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetPlanResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = GetPlanResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetPlanResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetPlanResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = GetPlanResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = GetPlanResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = GetPlanResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetPlanResponse400
    | GetPlanResponse401
    | GetPlanResponse403
    | GetPlanResponse404
    | GetPlanResponse422
    | GetPlanResponse429
    | GetPlanResponse500
    | GetPlanResponse502
    | GetPlanResponse503
    | GetPlanResponse504
    | Plan
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    plan_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetPlanResponse400
    | GetPlanResponse401
    | GetPlanResponse403
    | GetPlanResponse404
    | GetPlanResponse422
    | GetPlanResponse429
    | GetPlanResponse500
    | GetPlanResponse502
    | GetPlanResponse503
    | GetPlanResponse504
    | Plan
]:
    """One plan: visits planned and done

    Args:
        plan_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPlanResponse400 | GetPlanResponse401 | GetPlanResponse403 | GetPlanResponse404 | GetPlanResponse422 | GetPlanResponse429 | GetPlanResponse500 | GetPlanResponse502 | GetPlanResponse503 | GetPlanResponse504 | Plan]
    """

    kwargs = _get_kwargs(
        plan_id=plan_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    plan_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetPlanResponse400
    | GetPlanResponse401
    | GetPlanResponse403
    | GetPlanResponse404
    | GetPlanResponse422
    | GetPlanResponse429
    | GetPlanResponse500
    | GetPlanResponse502
    | GetPlanResponse503
    | GetPlanResponse504
    | Plan
    | None
):
    """One plan: visits planned and done

    Args:
        plan_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPlanResponse400 | GetPlanResponse401 | GetPlanResponse403 | GetPlanResponse404 | GetPlanResponse422 | GetPlanResponse429 | GetPlanResponse500 | GetPlanResponse502 | GetPlanResponse503 | GetPlanResponse504 | Plan
    """

    return sync_detailed(
        plan_id=plan_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    plan_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetPlanResponse400
    | GetPlanResponse401
    | GetPlanResponse403
    | GetPlanResponse404
    | GetPlanResponse422
    | GetPlanResponse429
    | GetPlanResponse500
    | GetPlanResponse502
    | GetPlanResponse503
    | GetPlanResponse504
    | Plan
]:
    """One plan: visits planned and done

    Args:
        plan_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPlanResponse400 | GetPlanResponse401 | GetPlanResponse403 | GetPlanResponse404 | GetPlanResponse422 | GetPlanResponse429 | GetPlanResponse500 | GetPlanResponse502 | GetPlanResponse503 | GetPlanResponse504 | Plan]
    """

    kwargs = _get_kwargs(
        plan_id=plan_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    plan_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetPlanResponse400
    | GetPlanResponse401
    | GetPlanResponse403
    | GetPlanResponse404
    | GetPlanResponse422
    | GetPlanResponse429
    | GetPlanResponse500
    | GetPlanResponse502
    | GetPlanResponse503
    | GetPlanResponse504
    | Plan
    | None
):
    """One plan: visits planned and done

    Args:
        plan_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPlanResponse400 | GetPlanResponse401 | GetPlanResponse403 | GetPlanResponse404 | GetPlanResponse422 | GetPlanResponse429 | GetPlanResponse500 | GetPlanResponse502 | GetPlanResponse503 | GetPlanResponse504 | Plan
    """

    return (
        await asyncio_detailed(
            plan_id=plan_id,
            client=client,
        )
    ).parsed
