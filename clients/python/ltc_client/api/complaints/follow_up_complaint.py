from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.complaint import Complaint
from ...models.follow_up_complaint_response_400 import FollowUpComplaintResponse400
from ...models.follow_up_complaint_response_401 import FollowUpComplaintResponse401
from ...models.follow_up_complaint_response_403 import FollowUpComplaintResponse403
from ...models.follow_up_complaint_response_404 import FollowUpComplaintResponse404
from ...models.follow_up_complaint_response_409 import FollowUpComplaintResponse409
from ...models.follow_up_complaint_response_413 import FollowUpComplaintResponse413
from ...models.follow_up_complaint_response_422 import FollowUpComplaintResponse422
from ...models.follow_up_complaint_response_429 import FollowUpComplaintResponse429
from ...models.follow_up_complaint_response_500 import FollowUpComplaintResponse500
from ...models.follow_up_complaint_response_502 import FollowUpComplaintResponse502
from ...models.follow_up_complaint_response_503 import FollowUpComplaintResponse503
from ...models.follow_up_complaint_response_504 import FollowUpComplaintResponse504
from ...models.services_oversight_complaints_schemas_follow_up_create import (
    ServicesOversightComplaintsSchemasFollowUpCreate,
)
from ...types import Response


def _get_kwargs(
    complaint_id: UUID,
    *,
    body: ServicesOversightComplaintsSchemasFollowUpCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/complaints/{complaint_id}/follow-up".format(
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
    | FollowUpComplaintResponse400
    | FollowUpComplaintResponse401
    | FollowUpComplaintResponse403
    | FollowUpComplaintResponse404
    | FollowUpComplaintResponse409
    | FollowUpComplaintResponse413
    | FollowUpComplaintResponse422
    | FollowUpComplaintResponse429
    | FollowUpComplaintResponse500
    | FollowUpComplaintResponse502
    | FollowUpComplaintResponse503
    | FollowUpComplaintResponse504
    | None
):
    if response.status_code == 201:
        response_201 = Complaint.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = FollowUpComplaintResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = FollowUpComplaintResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = FollowUpComplaintResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = FollowUpComplaintResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = FollowUpComplaintResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = FollowUpComplaintResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = FollowUpComplaintResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = FollowUpComplaintResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = FollowUpComplaintResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = FollowUpComplaintResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = FollowUpComplaintResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = FollowUpComplaintResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Complaint
    | FollowUpComplaintResponse400
    | FollowUpComplaintResponse401
    | FollowUpComplaintResponse403
    | FollowUpComplaintResponse404
    | FollowUpComplaintResponse409
    | FollowUpComplaintResponse413
    | FollowUpComplaintResponse422
    | FollowUpComplaintResponse429
    | FollowUpComplaintResponse500
    | FollowUpComplaintResponse502
    | FollowUpComplaintResponse503
    | FollowUpComplaintResponse504
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
    body: ServicesOversightComplaintsSchemasFollowUpCreate,
) -> Response[
    Complaint
    | FollowUpComplaintResponse400
    | FollowUpComplaintResponse401
    | FollowUpComplaintResponse403
    | FollowUpComplaintResponse404
    | FollowUpComplaintResponse409
    | FollowUpComplaintResponse413
    | FollowUpComplaintResponse422
    | FollowUpComplaintResponse429
    | FollowUpComplaintResponse500
    | FollowUpComplaintResponse502
    | FollowUpComplaintResponse503
    | FollowUpComplaintResponse504
]:
    """Follow it up (回访): satisfied closes it, not satisfied reopens it

    Args:
        complaint_id (UUID):
        body (ServicesOversightComplaintsSchemasFollowUpCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Complaint | FollowUpComplaintResponse400 | FollowUpComplaintResponse401 | FollowUpComplaintResponse403 | FollowUpComplaintResponse404 | FollowUpComplaintResponse409 | FollowUpComplaintResponse413 | FollowUpComplaintResponse422 | FollowUpComplaintResponse429 | FollowUpComplaintResponse500 | FollowUpComplaintResponse502 | FollowUpComplaintResponse503 | FollowUpComplaintResponse504]
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
    body: ServicesOversightComplaintsSchemasFollowUpCreate,
) -> (
    Complaint
    | FollowUpComplaintResponse400
    | FollowUpComplaintResponse401
    | FollowUpComplaintResponse403
    | FollowUpComplaintResponse404
    | FollowUpComplaintResponse409
    | FollowUpComplaintResponse413
    | FollowUpComplaintResponse422
    | FollowUpComplaintResponse429
    | FollowUpComplaintResponse500
    | FollowUpComplaintResponse502
    | FollowUpComplaintResponse503
    | FollowUpComplaintResponse504
    | None
):
    """Follow it up (回访): satisfied closes it, not satisfied reopens it

    Args:
        complaint_id (UUID):
        body (ServicesOversightComplaintsSchemasFollowUpCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Complaint | FollowUpComplaintResponse400 | FollowUpComplaintResponse401 | FollowUpComplaintResponse403 | FollowUpComplaintResponse404 | FollowUpComplaintResponse409 | FollowUpComplaintResponse413 | FollowUpComplaintResponse422 | FollowUpComplaintResponse429 | FollowUpComplaintResponse500 | FollowUpComplaintResponse502 | FollowUpComplaintResponse503 | FollowUpComplaintResponse504
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
    body: ServicesOversightComplaintsSchemasFollowUpCreate,
) -> Response[
    Complaint
    | FollowUpComplaintResponse400
    | FollowUpComplaintResponse401
    | FollowUpComplaintResponse403
    | FollowUpComplaintResponse404
    | FollowUpComplaintResponse409
    | FollowUpComplaintResponse413
    | FollowUpComplaintResponse422
    | FollowUpComplaintResponse429
    | FollowUpComplaintResponse500
    | FollowUpComplaintResponse502
    | FollowUpComplaintResponse503
    | FollowUpComplaintResponse504
]:
    """Follow it up (回访): satisfied closes it, not satisfied reopens it

    Args:
        complaint_id (UUID):
        body (ServicesOversightComplaintsSchemasFollowUpCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Complaint | FollowUpComplaintResponse400 | FollowUpComplaintResponse401 | FollowUpComplaintResponse403 | FollowUpComplaintResponse404 | FollowUpComplaintResponse409 | FollowUpComplaintResponse413 | FollowUpComplaintResponse422 | FollowUpComplaintResponse429 | FollowUpComplaintResponse500 | FollowUpComplaintResponse502 | FollowUpComplaintResponse503 | FollowUpComplaintResponse504]
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
    body: ServicesOversightComplaintsSchemasFollowUpCreate,
) -> (
    Complaint
    | FollowUpComplaintResponse400
    | FollowUpComplaintResponse401
    | FollowUpComplaintResponse403
    | FollowUpComplaintResponse404
    | FollowUpComplaintResponse409
    | FollowUpComplaintResponse413
    | FollowUpComplaintResponse422
    | FollowUpComplaintResponse429
    | FollowUpComplaintResponse500
    | FollowUpComplaintResponse502
    | FollowUpComplaintResponse503
    | FollowUpComplaintResponse504
    | None
):
    """Follow it up (回访): satisfied closes it, not satisfied reopens it

    Args:
        complaint_id (UUID):
        body (ServicesOversightComplaintsSchemasFollowUpCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Complaint | FollowUpComplaintResponse400 | FollowUpComplaintResponse401 | FollowUpComplaintResponse403 | FollowUpComplaintResponse404 | FollowUpComplaintResponse409 | FollowUpComplaintResponse413 | FollowUpComplaintResponse422 | FollowUpComplaintResponse429 | FollowUpComplaintResponse500 | FollowUpComplaintResponse502 | FollowUpComplaintResponse503 | FollowUpComplaintResponse504
    """

    return (
        await asyncio_detailed(
            complaint_id=complaint_id,
            client=client,
            body=body,
        )
    ).parsed
