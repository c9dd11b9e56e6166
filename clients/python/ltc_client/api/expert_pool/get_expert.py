from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.expert import Expert
from ...models.get_expert_response_400 import GetExpertResponse400
from ...models.get_expert_response_401 import GetExpertResponse401
from ...models.get_expert_response_403 import GetExpertResponse403
from ...models.get_expert_response_404 import GetExpertResponse404
from ...models.get_expert_response_422 import GetExpertResponse422
from ...models.get_expert_response_429 import GetExpertResponse429
from ...models.get_expert_response_500 import GetExpertResponse500
from ...models.get_expert_response_502 import GetExpertResponse502
from ...models.get_expert_response_503 import GetExpertResponse503
from ...models.get_expert_response_504 import GetExpertResponse504
from ...types import Response


def _get_kwargs(
    expert_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/experts/{expert_id}".format(
            expert_id=quote(str(expert_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Expert
    | GetExpertResponse400
    | GetExpertResponse401
    | GetExpertResponse403
    | GetExpertResponse404
    | GetExpertResponse422
    | GetExpertResponse429
    | GetExpertResponse500
    | GetExpertResponse502
    | GetExpertResponse503
    | GetExpertResponse504
    | None
):
    if response.status_code == 200:
        response_200 = Expert.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetExpertResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetExpertResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetExpertResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetExpertResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = GetExpertResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetExpertResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetExpertResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = GetExpertResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = GetExpertResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = GetExpertResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Expert
    | GetExpertResponse400
    | GetExpertResponse401
    | GetExpertResponse403
    | GetExpertResponse404
    | GetExpertResponse422
    | GetExpertResponse429
    | GetExpertResponse500
    | GetExpertResponse502
    | GetExpertResponse503
    | GetExpertResponse504
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    expert_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    Expert
    | GetExpertResponse400
    | GetExpertResponse401
    | GetExpertResponse403
    | GetExpertResponse404
    | GetExpertResponse422
    | GetExpertResponse429
    | GetExpertResponse500
    | GetExpertResponse502
    | GetExpertResponse503
    | GetExpertResponse504
]:
    """One expert with its status history

    Args:
        expert_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Expert | GetExpertResponse400 | GetExpertResponse401 | GetExpertResponse403 | GetExpertResponse404 | GetExpertResponse422 | GetExpertResponse429 | GetExpertResponse500 | GetExpertResponse502 | GetExpertResponse503 | GetExpertResponse504]
    """

    kwargs = _get_kwargs(
        expert_id=expert_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    expert_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    Expert
    | GetExpertResponse400
    | GetExpertResponse401
    | GetExpertResponse403
    | GetExpertResponse404
    | GetExpertResponse422
    | GetExpertResponse429
    | GetExpertResponse500
    | GetExpertResponse502
    | GetExpertResponse503
    | GetExpertResponse504
    | None
):
    """One expert with its status history

    Args:
        expert_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Expert | GetExpertResponse400 | GetExpertResponse401 | GetExpertResponse403 | GetExpertResponse404 | GetExpertResponse422 | GetExpertResponse429 | GetExpertResponse500 | GetExpertResponse502 | GetExpertResponse503 | GetExpertResponse504
    """

    return sync_detailed(
        expert_id=expert_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    expert_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    Expert
    | GetExpertResponse400
    | GetExpertResponse401
    | GetExpertResponse403
    | GetExpertResponse404
    | GetExpertResponse422
    | GetExpertResponse429
    | GetExpertResponse500
    | GetExpertResponse502
    | GetExpertResponse503
    | GetExpertResponse504
]:
    """One expert with its status history

    Args:
        expert_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Expert | GetExpertResponse400 | GetExpertResponse401 | GetExpertResponse403 | GetExpertResponse404 | GetExpertResponse422 | GetExpertResponse429 | GetExpertResponse500 | GetExpertResponse502 | GetExpertResponse503 | GetExpertResponse504]
    """

    kwargs = _get_kwargs(
        expert_id=expert_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    expert_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    Expert
    | GetExpertResponse400
    | GetExpertResponse401
    | GetExpertResponse403
    | GetExpertResponse404
    | GetExpertResponse422
    | GetExpertResponse429
    | GetExpertResponse500
    | GetExpertResponse502
    | GetExpertResponse503
    | GetExpertResponse504
    | None
):
    """One expert with its status history

    Args:
        expert_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Expert | GetExpertResponse400 | GetExpertResponse401 | GetExpertResponse403 | GetExpertResponse404 | GetExpertResponse422 | GetExpertResponse429 | GetExpertResponse500 | GetExpertResponse502 | GetExpertResponse503 | GetExpertResponse504
    """

    return (
        await asyncio_detailed(
            expert_id=expert_id,
            client=client,
        )
    ).parsed
