from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.expert import Expert
from ...models.expert_update import ExpertUpdate
from ...models.update_expert_response_400 import UpdateExpertResponse400
from ...models.update_expert_response_401 import UpdateExpertResponse401
from ...models.update_expert_response_403 import UpdateExpertResponse403
from ...models.update_expert_response_404 import UpdateExpertResponse404
from ...models.update_expert_response_409 import UpdateExpertResponse409
from ...models.update_expert_response_413 import UpdateExpertResponse413
from ...models.update_expert_response_422 import UpdateExpertResponse422
from ...models.update_expert_response_429 import UpdateExpertResponse429
from ...models.update_expert_response_500 import UpdateExpertResponse500
from ...models.update_expert_response_502 import UpdateExpertResponse502
from ...models.update_expert_response_503 import UpdateExpertResponse503
from ...models.update_expert_response_504 import UpdateExpertResponse504
from ...types import Response


def _get_kwargs(
    expert_id: UUID,
    *,
    body: ExpertUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/experts/{expert_id}".format(
            expert_id=quote(str(expert_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Expert
    | UpdateExpertResponse400
    | UpdateExpertResponse401
    | UpdateExpertResponse403
    | UpdateExpertResponse404
    | UpdateExpertResponse409
    | UpdateExpertResponse413
    | UpdateExpertResponse422
    | UpdateExpertResponse429
    | UpdateExpertResponse500
    | UpdateExpertResponse502
    | UpdateExpertResponse503
    | UpdateExpertResponse504
    | None
):
    if response.status_code == 200:
        response_200 = Expert.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = UpdateExpertResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UpdateExpertResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = UpdateExpertResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = UpdateExpertResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = UpdateExpertResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = UpdateExpertResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = UpdateExpertResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = UpdateExpertResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = UpdateExpertResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = UpdateExpertResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = UpdateExpertResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = UpdateExpertResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Expert
    | UpdateExpertResponse400
    | UpdateExpertResponse401
    | UpdateExpertResponse403
    | UpdateExpertResponse404
    | UpdateExpertResponse409
    | UpdateExpertResponse413
    | UpdateExpertResponse422
    | UpdateExpertResponse429
    | UpdateExpertResponse500
    | UpdateExpertResponse502
    | UpdateExpertResponse503
    | UpdateExpertResponse504
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
    body: ExpertUpdate,
) -> Response[
    Expert
    | UpdateExpertResponse400
    | UpdateExpertResponse401
    | UpdateExpertResponse403
    | UpdateExpertResponse404
    | UpdateExpertResponse409
    | UpdateExpertResponse413
    | UpdateExpertResponse422
    | UpdateExpertResponse429
    | UpdateExpertResponse500
    | UpdateExpertResponse502
    | UpdateExpertResponse503
    | UpdateExpertResponse504
]:
    """Change an expert; status changes need a reason

    Args:
        expert_id (UUID):
        body (ExpertUpdate): Every field optional; ``null`` clears ``training_expires_on`` (and
            ``status_reason`` says nothing).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Expert | UpdateExpertResponse400 | UpdateExpertResponse401 | UpdateExpertResponse403 | UpdateExpertResponse404 | UpdateExpertResponse409 | UpdateExpertResponse413 | UpdateExpertResponse422 | UpdateExpertResponse429 | UpdateExpertResponse500 | UpdateExpertResponse502 | UpdateExpertResponse503 | UpdateExpertResponse504]
    """

    kwargs = _get_kwargs(
        expert_id=expert_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    expert_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ExpertUpdate,
) -> (
    Expert
    | UpdateExpertResponse400
    | UpdateExpertResponse401
    | UpdateExpertResponse403
    | UpdateExpertResponse404
    | UpdateExpertResponse409
    | UpdateExpertResponse413
    | UpdateExpertResponse422
    | UpdateExpertResponse429
    | UpdateExpertResponse500
    | UpdateExpertResponse502
    | UpdateExpertResponse503
    | UpdateExpertResponse504
    | None
):
    """Change an expert; status changes need a reason

    Args:
        expert_id (UUID):
        body (ExpertUpdate): Every field optional; ``null`` clears ``training_expires_on`` (and
            ``status_reason`` says nothing).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Expert | UpdateExpertResponse400 | UpdateExpertResponse401 | UpdateExpertResponse403 | UpdateExpertResponse404 | UpdateExpertResponse409 | UpdateExpertResponse413 | UpdateExpertResponse422 | UpdateExpertResponse429 | UpdateExpertResponse500 | UpdateExpertResponse502 | UpdateExpertResponse503 | UpdateExpertResponse504
    """

    return sync_detailed(
        expert_id=expert_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    expert_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ExpertUpdate,
) -> Response[
    Expert
    | UpdateExpertResponse400
    | UpdateExpertResponse401
    | UpdateExpertResponse403
    | UpdateExpertResponse404
    | UpdateExpertResponse409
    | UpdateExpertResponse413
    | UpdateExpertResponse422
    | UpdateExpertResponse429
    | UpdateExpertResponse500
    | UpdateExpertResponse502
    | UpdateExpertResponse503
    | UpdateExpertResponse504
]:
    """Change an expert; status changes need a reason

    Args:
        expert_id (UUID):
        body (ExpertUpdate): Every field optional; ``null`` clears ``training_expires_on`` (and
            ``status_reason`` says nothing).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Expert | UpdateExpertResponse400 | UpdateExpertResponse401 | UpdateExpertResponse403 | UpdateExpertResponse404 | UpdateExpertResponse409 | UpdateExpertResponse413 | UpdateExpertResponse422 | UpdateExpertResponse429 | UpdateExpertResponse500 | UpdateExpertResponse502 | UpdateExpertResponse503 | UpdateExpertResponse504]
    """

    kwargs = _get_kwargs(
        expert_id=expert_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    expert_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ExpertUpdate,
) -> (
    Expert
    | UpdateExpertResponse400
    | UpdateExpertResponse401
    | UpdateExpertResponse403
    | UpdateExpertResponse404
    | UpdateExpertResponse409
    | UpdateExpertResponse413
    | UpdateExpertResponse422
    | UpdateExpertResponse429
    | UpdateExpertResponse500
    | UpdateExpertResponse502
    | UpdateExpertResponse503
    | UpdateExpertResponse504
    | None
):
    """Change an expert; status changes need a reason

    Args:
        expert_id (UUID):
        body (ExpertUpdate): Every field optional; ``null`` clears ``training_expires_on`` (and
            ``status_reason`` says nothing).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Expert | UpdateExpertResponse400 | UpdateExpertResponse401 | UpdateExpertResponse403 | UpdateExpertResponse404 | UpdateExpertResponse409 | UpdateExpertResponse413 | UpdateExpertResponse422 | UpdateExpertResponse429 | UpdateExpertResponse500 | UpdateExpertResponse502 | UpdateExpertResponse503 | UpdateExpertResponse504
    """

    return (
        await asyncio_detailed(
            expert_id=expert_id,
            client=client,
            body=body,
        )
    ).parsed
