from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_expert_response_400 import CreateExpertResponse400
from ...models.create_expert_response_401 import CreateExpertResponse401
from ...models.create_expert_response_403 import CreateExpertResponse403
from ...models.create_expert_response_404 import CreateExpertResponse404
from ...models.create_expert_response_409 import CreateExpertResponse409
from ...models.create_expert_response_413 import CreateExpertResponse413
from ...models.create_expert_response_422 import CreateExpertResponse422
from ...models.create_expert_response_429 import CreateExpertResponse429
from ...models.create_expert_response_500 import CreateExpertResponse500
from ...models.create_expert_response_502 import CreateExpertResponse502
from ...models.create_expert_response_503 import CreateExpertResponse503
from ...models.create_expert_response_504 import CreateExpertResponse504
from ...models.expert import Expert
from ...models.expert_create import ExpertCreate
from ...types import Response


def _get_kwargs(
    *,
    body: ExpertCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/experts",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateExpertResponse400
    | CreateExpertResponse401
    | CreateExpertResponse403
    | CreateExpertResponse404
    | CreateExpertResponse409
    | CreateExpertResponse413
    | CreateExpertResponse422
    | CreateExpertResponse429
    | CreateExpertResponse500
    | CreateExpertResponse502
    | CreateExpertResponse503
    | CreateExpertResponse504
    | Expert
    | None
):
    if response.status_code == 201:
        response_201 = Expert.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = CreateExpertResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateExpertResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CreateExpertResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = CreateExpertResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = CreateExpertResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = CreateExpertResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = CreateExpertResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = CreateExpertResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = CreateExpertResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = CreateExpertResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = CreateExpertResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = CreateExpertResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateExpertResponse400
    | CreateExpertResponse401
    | CreateExpertResponse403
    | CreateExpertResponse404
    | CreateExpertResponse409
    | CreateExpertResponse413
    | CreateExpertResponse422
    | CreateExpertResponse429
    | CreateExpertResponse500
    | CreateExpertResponse502
    | CreateExpertResponse503
    | CreateExpertResponse504
    | Expert
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
    body: ExpertCreate,
) -> Response[
    CreateExpertResponse400
    | CreateExpertResponse401
    | CreateExpertResponse403
    | CreateExpertResponse404
    | CreateExpertResponse409
    | CreateExpertResponse413
    | CreateExpertResponse422
    | CreateExpertResponse429
    | CreateExpertResponse500
    | CreateExpertResponse502
    | CreateExpertResponse503
    | CreateExpertResponse504
    | Expert
]:
    """Admit an expert to the pool

    Args:
        body (ExpertCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateExpertResponse400 | CreateExpertResponse401 | CreateExpertResponse403 | CreateExpertResponse404 | CreateExpertResponse409 | CreateExpertResponse413 | CreateExpertResponse422 | CreateExpertResponse429 | CreateExpertResponse500 | CreateExpertResponse502 | CreateExpertResponse503 | CreateExpertResponse504 | Expert]
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
    body: ExpertCreate,
) -> (
    CreateExpertResponse400
    | CreateExpertResponse401
    | CreateExpertResponse403
    | CreateExpertResponse404
    | CreateExpertResponse409
    | CreateExpertResponse413
    | CreateExpertResponse422
    | CreateExpertResponse429
    | CreateExpertResponse500
    | CreateExpertResponse502
    | CreateExpertResponse503
    | CreateExpertResponse504
    | Expert
    | None
):
    """Admit an expert to the pool

    Args:
        body (ExpertCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateExpertResponse400 | CreateExpertResponse401 | CreateExpertResponse403 | CreateExpertResponse404 | CreateExpertResponse409 | CreateExpertResponse413 | CreateExpertResponse422 | CreateExpertResponse429 | CreateExpertResponse500 | CreateExpertResponse502 | CreateExpertResponse503 | CreateExpertResponse504 | Expert
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ExpertCreate,
) -> Response[
    CreateExpertResponse400
    | CreateExpertResponse401
    | CreateExpertResponse403
    | CreateExpertResponse404
    | CreateExpertResponse409
    | CreateExpertResponse413
    | CreateExpertResponse422
    | CreateExpertResponse429
    | CreateExpertResponse500
    | CreateExpertResponse502
    | CreateExpertResponse503
    | CreateExpertResponse504
    | Expert
]:
    """Admit an expert to the pool

    Args:
        body (ExpertCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateExpertResponse400 | CreateExpertResponse401 | CreateExpertResponse403 | CreateExpertResponse404 | CreateExpertResponse409 | CreateExpertResponse413 | CreateExpertResponse422 | CreateExpertResponse429 | CreateExpertResponse500 | CreateExpertResponse502 | CreateExpertResponse503 | CreateExpertResponse504 | Expert]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ExpertCreate,
) -> (
    CreateExpertResponse400
    | CreateExpertResponse401
    | CreateExpertResponse403
    | CreateExpertResponse404
    | CreateExpertResponse409
    | CreateExpertResponse413
    | CreateExpertResponse422
    | CreateExpertResponse429
    | CreateExpertResponse500
    | CreateExpertResponse502
    | CreateExpertResponse503
    | CreateExpertResponse504
    | Expert
    | None
):
    """Admit an expert to the pool

    Args:
        body (ExpertCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateExpertResponse400 | CreateExpertResponse401 | CreateExpertResponse403 | CreateExpertResponse404 | CreateExpertResponse409 | CreateExpertResponse413 | CreateExpertResponse422 | CreateExpertResponse429 | CreateExpertResponse500 | CreateExpertResponse502 | CreateExpertResponse503 | CreateExpertResponse504 | Expert
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
