from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.complaint import Complaint
from ...models.handle_complaint_response_400 import HandleComplaintResponse400
from ...models.handle_complaint_response_401 import HandleComplaintResponse401
from ...models.handle_complaint_response_403 import HandleComplaintResponse403
from ...models.handle_complaint_response_404 import HandleComplaintResponse404
from ...models.handle_complaint_response_409 import HandleComplaintResponse409
from ...models.handle_complaint_response_413 import HandleComplaintResponse413
from ...models.handle_complaint_response_422 import HandleComplaintResponse422
from ...models.handle_complaint_response_429 import HandleComplaintResponse429
from ...models.handle_complaint_response_500 import HandleComplaintResponse500
from ...models.handle_complaint_response_502 import HandleComplaintResponse502
from ...models.handle_complaint_response_503 import HandleComplaintResponse503
from ...models.handle_complaint_response_504 import HandleComplaintResponse504
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
    | HandleComplaintResponse400
    | HandleComplaintResponse401
    | HandleComplaintResponse403
    | HandleComplaintResponse404
    | HandleComplaintResponse409
    | HandleComplaintResponse413
    | HandleComplaintResponse422
    | HandleComplaintResponse429
    | HandleComplaintResponse500
    | HandleComplaintResponse502
    | HandleComplaintResponse503
    | HandleComplaintResponse504
    | None
):
    if response.status_code == 201:
        response_201 = Complaint.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = HandleComplaintResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = HandleComplaintResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = HandleComplaintResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = HandleComplaintResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = HandleComplaintResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = HandleComplaintResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = HandleComplaintResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = HandleComplaintResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = HandleComplaintResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = HandleComplaintResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = HandleComplaintResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = HandleComplaintResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Complaint
    | HandleComplaintResponse400
    | HandleComplaintResponse401
    | HandleComplaintResponse403
    | HandleComplaintResponse404
    | HandleComplaintResponse409
    | HandleComplaintResponse413
    | HandleComplaintResponse422
    | HandleComplaintResponse429
    | HandleComplaintResponse500
    | HandleComplaintResponse502
    | HandleComplaintResponse503
    | HandleComplaintResponse504
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
    | HandleComplaintResponse400
    | HandleComplaintResponse401
    | HandleComplaintResponse403
    | HandleComplaintResponse404
    | HandleComplaintResponse409
    | HandleComplaintResponse413
    | HandleComplaintResponse422
    | HandleComplaintResponse429
    | HandleComplaintResponse500
    | HandleComplaintResponse502
    | HandleComplaintResponse503
    | HandleComplaintResponse504
]:
    """Handle it (处置)

    Args:
        complaint_id (UUID):
        body (HandlingCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Complaint | HandleComplaintResponse400 | HandleComplaintResponse401 | HandleComplaintResponse403 | HandleComplaintResponse404 | HandleComplaintResponse409 | HandleComplaintResponse413 | HandleComplaintResponse422 | HandleComplaintResponse429 | HandleComplaintResponse500 | HandleComplaintResponse502 | HandleComplaintResponse503 | HandleComplaintResponse504]
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
    | HandleComplaintResponse400
    | HandleComplaintResponse401
    | HandleComplaintResponse403
    | HandleComplaintResponse404
    | HandleComplaintResponse409
    | HandleComplaintResponse413
    | HandleComplaintResponse422
    | HandleComplaintResponse429
    | HandleComplaintResponse500
    | HandleComplaintResponse502
    | HandleComplaintResponse503
    | HandleComplaintResponse504
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
        Complaint | HandleComplaintResponse400 | HandleComplaintResponse401 | HandleComplaintResponse403 | HandleComplaintResponse404 | HandleComplaintResponse409 | HandleComplaintResponse413 | HandleComplaintResponse422 | HandleComplaintResponse429 | HandleComplaintResponse500 | HandleComplaintResponse502 | HandleComplaintResponse503 | HandleComplaintResponse504
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
    | HandleComplaintResponse400
    | HandleComplaintResponse401
    | HandleComplaintResponse403
    | HandleComplaintResponse404
    | HandleComplaintResponse409
    | HandleComplaintResponse413
    | HandleComplaintResponse422
    | HandleComplaintResponse429
    | HandleComplaintResponse500
    | HandleComplaintResponse502
    | HandleComplaintResponse503
    | HandleComplaintResponse504
]:
    """Handle it (处置)

    Args:
        complaint_id (UUID):
        body (HandlingCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Complaint | HandleComplaintResponse400 | HandleComplaintResponse401 | HandleComplaintResponse403 | HandleComplaintResponse404 | HandleComplaintResponse409 | HandleComplaintResponse413 | HandleComplaintResponse422 | HandleComplaintResponse429 | HandleComplaintResponse500 | HandleComplaintResponse502 | HandleComplaintResponse503 | HandleComplaintResponse504]
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
    | HandleComplaintResponse400
    | HandleComplaintResponse401
    | HandleComplaintResponse403
    | HandleComplaintResponse404
    | HandleComplaintResponse409
    | HandleComplaintResponse413
    | HandleComplaintResponse422
    | HandleComplaintResponse429
    | HandleComplaintResponse500
    | HandleComplaintResponse502
    | HandleComplaintResponse503
    | HandleComplaintResponse504
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
        Complaint | HandleComplaintResponse400 | HandleComplaintResponse401 | HandleComplaintResponse403 | HandleComplaintResponse404 | HandleComplaintResponse409 | HandleComplaintResponse413 | HandleComplaintResponse422 | HandleComplaintResponse429 | HandleComplaintResponse500 | HandleComplaintResponse502 | HandleComplaintResponse503 | HandleComplaintResponse504
    """

    return (
        await asyncio_detailed(
            complaint_id=complaint_id,
            client=client,
            body=body,
        )
    ).parsed
