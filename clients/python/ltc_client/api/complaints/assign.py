from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.assign_response_400 import AssignResponse400
from ...models.assign_response_401 import AssignResponse401
from ...models.assign_response_403 import AssignResponse403
from ...models.assign_response_404 import AssignResponse404
from ...models.assign_response_409 import AssignResponse409
from ...models.assign_response_413 import AssignResponse413
from ...models.assign_response_422 import AssignResponse422
from ...models.assign_response_429 import AssignResponse429
from ...models.assign_response_500 import AssignResponse500
from ...models.assign_response_502 import AssignResponse502
from ...models.assign_response_503 import AssignResponse503
from ...models.assign_response_504 import AssignResponse504
from ...models.complaint import Complaint
from ...models.services_oversight_complaints_schemas_assignment_create import (
    ServicesOversightComplaintsSchemasAssignmentCreate,
)
from ...types import Response


def _get_kwargs(
    complaint_id: UUID,
    *,
    body: ServicesOversightComplaintsSchemasAssignmentCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/complaints/{complaint_id}/assignment".format(
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
    AssignResponse400
    | AssignResponse401
    | AssignResponse403
    | AssignResponse404
    | AssignResponse409
    | AssignResponse413
    | AssignResponse422
    | AssignResponse429
    | AssignResponse500
    | AssignResponse502
    | AssignResponse503
    | AssignResponse504
    | Complaint
    | None
):
    if response.status_code == 201:
        response_201 = Complaint.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = AssignResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = AssignResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = AssignResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = AssignResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = AssignResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = AssignResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = AssignResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = AssignResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = AssignResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = AssignResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = AssignResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = AssignResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AssignResponse400
    | AssignResponse401
    | AssignResponse403
    | AssignResponse404
    | AssignResponse409
    | AssignResponse413
    | AssignResponse422
    | AssignResponse429
    | AssignResponse500
    | AssignResponse502
    | AssignResponse503
    | AssignResponse504
    | Complaint
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
    body: ServicesOversightComplaintsSchemasAssignmentCreate,
) -> Response[
    AssignResponse400
    | AssignResponse401
    | AssignResponse403
    | AssignResponse404
    | AssignResponse409
    | AssignResponse413
    | AssignResponse422
    | AssignResponse429
    | AssignResponse500
    | AssignResponse502
    | AssignResponse503
    | AssignResponse504
    | Complaint
]:
    """Assign it (分流) to a contractor of the county or a bureau officer

     422 ``ASSIGNEE_NOT_COVERING`` for a contractor without a contract in force over the county.

    Args:
        complaint_id (UUID):
        body (ServicesOversightComplaintsSchemasAssignmentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssignResponse400 | AssignResponse401 | AssignResponse403 | AssignResponse404 | AssignResponse409 | AssignResponse413 | AssignResponse422 | AssignResponse429 | AssignResponse500 | AssignResponse502 | AssignResponse503 | AssignResponse504 | Complaint]
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
    body: ServicesOversightComplaintsSchemasAssignmentCreate,
) -> (
    AssignResponse400
    | AssignResponse401
    | AssignResponse403
    | AssignResponse404
    | AssignResponse409
    | AssignResponse413
    | AssignResponse422
    | AssignResponse429
    | AssignResponse500
    | AssignResponse502
    | AssignResponse503
    | AssignResponse504
    | Complaint
    | None
):
    """Assign it (分流) to a contractor of the county or a bureau officer

     422 ``ASSIGNEE_NOT_COVERING`` for a contractor without a contract in force over the county.

    Args:
        complaint_id (UUID):
        body (ServicesOversightComplaintsSchemasAssignmentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssignResponse400 | AssignResponse401 | AssignResponse403 | AssignResponse404 | AssignResponse409 | AssignResponse413 | AssignResponse422 | AssignResponse429 | AssignResponse500 | AssignResponse502 | AssignResponse503 | AssignResponse504 | Complaint
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
    body: ServicesOversightComplaintsSchemasAssignmentCreate,
) -> Response[
    AssignResponse400
    | AssignResponse401
    | AssignResponse403
    | AssignResponse404
    | AssignResponse409
    | AssignResponse413
    | AssignResponse422
    | AssignResponse429
    | AssignResponse500
    | AssignResponse502
    | AssignResponse503
    | AssignResponse504
    | Complaint
]:
    """Assign it (分流) to a contractor of the county or a bureau officer

     422 ``ASSIGNEE_NOT_COVERING`` for a contractor without a contract in force over the county.

    Args:
        complaint_id (UUID):
        body (ServicesOversightComplaintsSchemasAssignmentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssignResponse400 | AssignResponse401 | AssignResponse403 | AssignResponse404 | AssignResponse409 | AssignResponse413 | AssignResponse422 | AssignResponse429 | AssignResponse500 | AssignResponse502 | AssignResponse503 | AssignResponse504 | Complaint]
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
    body: ServicesOversightComplaintsSchemasAssignmentCreate,
) -> (
    AssignResponse400
    | AssignResponse401
    | AssignResponse403
    | AssignResponse404
    | AssignResponse409
    | AssignResponse413
    | AssignResponse422
    | AssignResponse429
    | AssignResponse500
    | AssignResponse502
    | AssignResponse503
    | AssignResponse504
    | Complaint
    | None
):
    """Assign it (分流) to a contractor of the county or a bureau officer

     422 ``ASSIGNEE_NOT_COVERING`` for a contractor without a contract in force over the county.

    Args:
        complaint_id (UUID):
        body (ServicesOversightComplaintsSchemasAssignmentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssignResponse400 | AssignResponse401 | AssignResponse403 | AssignResponse404 | AssignResponse409 | AssignResponse413 | AssignResponse422 | AssignResponse429 | AssignResponse500 | AssignResponse502 | AssignResponse503 | AssignResponse504 | Complaint
    """

    return (
        await asyncio_detailed(
            complaint_id=complaint_id,
            client=client,
            body=body,
        )
    ).parsed
