from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_projection_response_400 import CreateProjectionResponse400
from ...models.create_projection_response_401 import CreateProjectionResponse401
from ...models.create_projection_response_403 import CreateProjectionResponse403
from ...models.create_projection_response_409 import CreateProjectionResponse409
from ...models.create_projection_response_413 import CreateProjectionResponse413
from ...models.create_projection_response_422 import CreateProjectionResponse422
from ...models.create_projection_response_429 import CreateProjectionResponse429
from ...models.create_projection_response_500 import CreateProjectionResponse500
from ...models.create_projection_response_502 import CreateProjectionResponse502
from ...models.create_projection_response_503 import CreateProjectionResponse503
from ...models.create_projection_response_504 import CreateProjectionResponse504
from ...models.projection import Projection
from ...models.projection_create_input import ProjectionCreateInput
from ...types import Response


def _get_kwargs(
    *,
    body: ProjectionCreateInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/projections",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateProjectionResponse400
    | CreateProjectionResponse401
    | CreateProjectionResponse403
    | CreateProjectionResponse409
    | CreateProjectionResponse413
    | CreateProjectionResponse422
    | CreateProjectionResponse429
    | CreateProjectionResponse500
    | CreateProjectionResponse502
    | CreateProjectionResponse503
    | CreateProjectionResponse504
    | Projection
    | None
):
    if response.status_code == 202:
        response_202 = Projection.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = CreateProjectionResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateProjectionResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CreateProjectionResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = CreateProjectionResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = CreateProjectionResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = CreateProjectionResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = CreateProjectionResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = CreateProjectionResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = CreateProjectionResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = CreateProjectionResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = CreateProjectionResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateProjectionResponse400
    | CreateProjectionResponse401
    | CreateProjectionResponse403
    | CreateProjectionResponse409
    | CreateProjectionResponse413
    | CreateProjectionResponse422
    | CreateProjectionResponse429
    | CreateProjectionResponse500
    | CreateProjectionResponse502
    | CreateProjectionResponse503
    | CreateProjectionResponse504
    | Projection
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
    body: ProjectionCreateInput,
) -> Response[
    CreateProjectionResponse400
    | CreateProjectionResponse401
    | CreateProjectionResponse403
    | CreateProjectionResponse409
    | CreateProjectionResponse413
    | CreateProjectionResponse422
    | CreateProjectionResponse429
    | CreateProjectionResponse500
    | CreateProjectionResponse502
    | CreateProjectionResponse503
    | CreateProjectionResponse504
    | Projection
]:
    """Start a projection (测算) of a draft rule set and a contribution over a settled base year

    Args:
        body (ProjectionCreateInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateProjectionResponse400 | CreateProjectionResponse401 | CreateProjectionResponse403 | CreateProjectionResponse409 | CreateProjectionResponse413 | CreateProjectionResponse422 | CreateProjectionResponse429 | CreateProjectionResponse500 | CreateProjectionResponse502 | CreateProjectionResponse503 | CreateProjectionResponse504 | Projection]
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
    body: ProjectionCreateInput,
) -> (
    CreateProjectionResponse400
    | CreateProjectionResponse401
    | CreateProjectionResponse403
    | CreateProjectionResponse409
    | CreateProjectionResponse413
    | CreateProjectionResponse422
    | CreateProjectionResponse429
    | CreateProjectionResponse500
    | CreateProjectionResponse502
    | CreateProjectionResponse503
    | CreateProjectionResponse504
    | Projection
    | None
):
    """Start a projection (测算) of a draft rule set and a contribution over a settled base year

    Args:
        body (ProjectionCreateInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateProjectionResponse400 | CreateProjectionResponse401 | CreateProjectionResponse403 | CreateProjectionResponse409 | CreateProjectionResponse413 | CreateProjectionResponse422 | CreateProjectionResponse429 | CreateProjectionResponse500 | CreateProjectionResponse502 | CreateProjectionResponse503 | CreateProjectionResponse504 | Projection
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ProjectionCreateInput,
) -> Response[
    CreateProjectionResponse400
    | CreateProjectionResponse401
    | CreateProjectionResponse403
    | CreateProjectionResponse409
    | CreateProjectionResponse413
    | CreateProjectionResponse422
    | CreateProjectionResponse429
    | CreateProjectionResponse500
    | CreateProjectionResponse502
    | CreateProjectionResponse503
    | CreateProjectionResponse504
    | Projection
]:
    """Start a projection (测算) of a draft rule set and a contribution over a settled base year

    Args:
        body (ProjectionCreateInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateProjectionResponse400 | CreateProjectionResponse401 | CreateProjectionResponse403 | CreateProjectionResponse409 | CreateProjectionResponse413 | CreateProjectionResponse422 | CreateProjectionResponse429 | CreateProjectionResponse500 | CreateProjectionResponse502 | CreateProjectionResponse503 | CreateProjectionResponse504 | Projection]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ProjectionCreateInput,
) -> (
    CreateProjectionResponse400
    | CreateProjectionResponse401
    | CreateProjectionResponse403
    | CreateProjectionResponse409
    | CreateProjectionResponse413
    | CreateProjectionResponse422
    | CreateProjectionResponse429
    | CreateProjectionResponse500
    | CreateProjectionResponse502
    | CreateProjectionResponse503
    | CreateProjectionResponse504
    | Projection
    | None
):
    """Start a projection (测算) of a draft rule set and a contribution over a settled base year

    Args:
        body (ProjectionCreateInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateProjectionResponse400 | CreateProjectionResponse401 | CreateProjectionResponse403 | CreateProjectionResponse409 | CreateProjectionResponse413 | CreateProjectionResponse422 | CreateProjectionResponse429 | CreateProjectionResponse500 | CreateProjectionResponse502 | CreateProjectionResponse503 | CreateProjectionResponse504 | Projection
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
