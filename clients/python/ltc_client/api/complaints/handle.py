from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.complaint import Complaint
from ...models.handle_response_400 import HandleResponse400
from ...models.handle_response_401 import HandleResponse401
from ...models.handle_response_403 import HandleResponse403
from ...models.handle_response_404 import HandleResponse404
from ...models.handle_response_409 import HandleResponse409
from ...models.handle_response_413 import HandleResponse413
from ...models.handle_response_422 import HandleResponse422
from ...models.handle_response_429 import HandleResponse429
from ...models.handle_response_500 import HandleResponse500
from ...models.handle_response_502 import HandleResponse502
from ...models.handle_response_503 import HandleResponse503
from ...models.handle_response_504 import HandleResponse504
from ...models.handling_create import HandlingCreate
from ...types import Response


def _get_kwargs(
    complaint_id: UUID,
    *,
    body: HandlingCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/complaints/{complaint_id}/handling".format(
            complaint_id=quote(str(complaint_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Complaint
    | HandleResponse400
    | HandleResponse401
    | HandleResponse403
    | HandleResponse404
    | HandleResponse409
    | HandleResponse413
    | HandleResponse422
    | HandleResponse429
    | HandleResponse500
    | HandleResponse502
    | HandleResponse503
    | HandleResponse504
    | None
):
    if response.status_code == 201:
        response_201 = Complaint.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = HandleResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = HandleResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = HandleResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = HandleResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = HandleResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = HandleResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = HandleResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = HandleResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = HandleResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = HandleResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = HandleResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = HandleResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Complaint
    | HandleResponse400
    | HandleResponse401
    | HandleResponse403
    | HandleResponse404
    | HandleResponse409
    | HandleResponse413
    | HandleResponse422
    | HandleResponse429
    | HandleResponse500
    | HandleResponse502
    | HandleResponse503
    | HandleResponse504
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    complaint_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: HandlingCreate,
) -> Response[
    Complaint
    | HandleResponse400
    | HandleResponse401
    | HandleResponse403
    | HandleResponse404
    | HandleResponse409
    | HandleResponse413
    | HandleResponse422
    | HandleResponse429
    | HandleResponse500
    | HandleResponse502
    | HandleResponse503
    | HandleResponse504
]:
    """Handle it (处置)

    Args:
        complaint_id (UUID):
        body (HandlingCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Complaint | HandleResponse400 | HandleResponse401 | HandleResponse403 | HandleResponse404 | HandleResponse409 | HandleResponse413 | HandleResponse422 | HandleResponse429 | HandleResponse500 | HandleResponse502 | HandleResponse503 | HandleResponse504]
    """

    kwargs = _get_kwargs(
        complaint_id=complaint_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    complaint_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: HandlingCreate,
) -> (
    Complaint
    | HandleResponse400
    | HandleResponse401
    | HandleResponse403
    | HandleResponse404
    | HandleResponse409
    | HandleResponse413
    | HandleResponse422
    | HandleResponse429
    | HandleResponse500
    | HandleResponse502
    | HandleResponse503
    | HandleResponse504
    | None
):
    """Handle it (处置)

    Args:
        complaint_id (UUID):
        body (HandlingCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Complaint | HandleResponse400 | HandleResponse401 | HandleResponse403 | HandleResponse404 | HandleResponse409 | HandleResponse413 | HandleResponse422 | HandleResponse429 | HandleResponse500 | HandleResponse502 | HandleResponse503 | HandleResponse504
    """

    return sync_detailed(
        complaint_id=complaint_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    complaint_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: HandlingCreate,
) -> Response[
    Complaint
    | HandleResponse400
    | HandleResponse401
    | HandleResponse403
    | HandleResponse404
    | HandleResponse409
    | HandleResponse413
    | HandleResponse422
    | HandleResponse429
    | HandleResponse500
    | HandleResponse502
    | HandleResponse503
    | HandleResponse504
]:
    """Handle it (处置)

    Args:
        complaint_id (UUID):
        body (HandlingCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Complaint | HandleResponse400 | HandleResponse401 | HandleResponse403 | HandleResponse404 | HandleResponse409 | HandleResponse413 | HandleResponse422 | HandleResponse429 | HandleResponse500 | HandleResponse502 | HandleResponse503 | HandleResponse504]
    """

    kwargs = _get_kwargs(
        complaint_id=complaint_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    complaint_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: HandlingCreate,
) -> (
    Complaint
    | HandleResponse400
    | HandleResponse401
    | HandleResponse403
    | HandleResponse404
    | HandleResponse409
    | HandleResponse413
    | HandleResponse422
    | HandleResponse429
    | HandleResponse500
    | HandleResponse502
    | HandleResponse503
    | HandleResponse504
    | None
):
    """Handle it (处置)

    Args:
        complaint_id (UUID):
        body (HandlingCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Complaint | HandleResponse400 | HandleResponse401 | HandleResponse403 | HandleResponse404 | HandleResponse409 | HandleResponse413 | HandleResponse422 | HandleResponse429 | HandleResponse500 | HandleResponse502 | HandleResponse503 | HandleResponse504
    """

    return (
        await asyncio_detailed(
            complaint_id=complaint_id,
            client=client,
            body=body,
        )
    ).parsed
