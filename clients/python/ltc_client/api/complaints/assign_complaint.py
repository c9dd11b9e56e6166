from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.assign_complaint_response_400 import AssignComplaintResponse400
from ...models.assign_complaint_response_401 import AssignComplaintResponse401
from ...models.assign_complaint_response_403 import AssignComplaintResponse403
from ...models.assign_complaint_response_404 import AssignComplaintResponse404
from ...models.assign_complaint_response_409 import AssignComplaintResponse409
from ...models.assign_complaint_response_413 import AssignComplaintResponse413
from ...models.assign_complaint_response_422 import AssignComplaintResponse422
from ...models.assign_complaint_response_429 import AssignComplaintResponse429
from ...models.assign_complaint_response_500 import AssignComplaintResponse500
from ...models.assign_complaint_response_502 import AssignComplaintResponse502
from ...models.assign_complaint_response_503 import AssignComplaintResponse503
from ...models.assign_complaint_response_504 import AssignComplaintResponse504
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
    AssignComplaintResponse400
    | AssignComplaintResponse401
    | AssignComplaintResponse403
    | AssignComplaintResponse404
    | AssignComplaintResponse409
    | AssignComplaintResponse413
    | AssignComplaintResponse422
    | AssignComplaintResponse429
    | AssignComplaintResponse500
    | AssignComplaintResponse502
    | AssignComplaintResponse503
    | AssignComplaintResponse504
    | Complaint
    | None
):
    if response.status_code == 201:
        response_201 = Complaint.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = AssignComplaintResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = AssignComplaintResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = AssignComplaintResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = AssignComplaintResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = AssignComplaintResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = AssignComplaintResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = AssignComplaintResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = AssignComplaintResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = AssignComplaintResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = AssignComplaintResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = AssignComplaintResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = AssignComplaintResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AssignComplaintResponse400
    | AssignComplaintResponse401
    | AssignComplaintResponse403
    | AssignComplaintResponse404
    | AssignComplaintResponse409
    | AssignComplaintResponse413
    | AssignComplaintResponse422
    | AssignComplaintResponse429
    | AssignComplaintResponse500
    | AssignComplaintResponse502
    | AssignComplaintResponse503
    | AssignComplaintResponse504
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
    AssignComplaintResponse400
    | AssignComplaintResponse401
    | AssignComplaintResponse403
    | AssignComplaintResponse404
    | AssignComplaintResponse409
    | AssignComplaintResponse413
    | AssignComplaintResponse422
    | AssignComplaintResponse429
    | AssignComplaintResponse500
    | AssignComplaintResponse502
    | AssignComplaintResponse503
    | AssignComplaintResponse504
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
        Response[AssignComplaintResponse400 | AssignComplaintResponse401 | AssignComplaintResponse403 | AssignComplaintResponse404 | AssignComplaintResponse409 | AssignComplaintResponse413 | AssignComplaintResponse422 | AssignComplaintResponse429 | AssignComplaintResponse500 | AssignComplaintResponse502 | AssignComplaintResponse503 | AssignComplaintResponse504 | Complaint]
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
    AssignComplaintResponse400
    | AssignComplaintResponse401
    | AssignComplaintResponse403
    | AssignComplaintResponse404
    | AssignComplaintResponse409
    | AssignComplaintResponse413
    | AssignComplaintResponse422
    | AssignComplaintResponse429
    | AssignComplaintResponse500
    | AssignComplaintResponse502
    | AssignComplaintResponse503
    | AssignComplaintResponse504
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
        AssignComplaintResponse400 | AssignComplaintResponse401 | AssignComplaintResponse403 | AssignComplaintResponse404 | AssignComplaintResponse409 | AssignComplaintResponse413 | AssignComplaintResponse422 | AssignComplaintResponse429 | AssignComplaintResponse500 | AssignComplaintResponse502 | AssignComplaintResponse503 | AssignComplaintResponse504 | Complaint
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
    AssignComplaintResponse400
    | AssignComplaintResponse401
    | AssignComplaintResponse403
    | AssignComplaintResponse404
    | AssignComplaintResponse409
    | AssignComplaintResponse413
    | AssignComplaintResponse422
    | AssignComplaintResponse429
    | AssignComplaintResponse500
    | AssignComplaintResponse502
    | AssignComplaintResponse503
    | AssignComplaintResponse504
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
        Response[AssignComplaintResponse400 | AssignComplaintResponse401 | AssignComplaintResponse403 | AssignComplaintResponse404 | AssignComplaintResponse409 | AssignComplaintResponse413 | AssignComplaintResponse422 | AssignComplaintResponse429 | AssignComplaintResponse500 | AssignComplaintResponse502 | AssignComplaintResponse503 | AssignComplaintResponse504 | Complaint]
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
    AssignComplaintResponse400
    | AssignComplaintResponse401
    | AssignComplaintResponse403
    | AssignComplaintResponse404
    | AssignComplaintResponse409
    | AssignComplaintResponse413
    | AssignComplaintResponse422
    | AssignComplaintResponse429
    | AssignComplaintResponse500
    | AssignComplaintResponse502
    | AssignComplaintResponse503
    | AssignComplaintResponse504
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
        AssignComplaintResponse400 | AssignComplaintResponse401 | AssignComplaintResponse403 | AssignComplaintResponse404 | AssignComplaintResponse409 | AssignComplaintResponse413 | AssignComplaintResponse422 | AssignComplaintResponse429 | AssignComplaintResponse500 | AssignComplaintResponse502 | AssignComplaintResponse503 | AssignComplaintResponse504 | Complaint
    """

    return (
        await asyncio_detailed(
            complaint_id=complaint_id,
            client=client,
            body=body,
        )
    ).parsed
