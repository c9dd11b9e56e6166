from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.complaint import Complaint
from ...models.supervise_complaint_response_400 import SuperviseComplaintResponse400
from ...models.supervise_complaint_response_401 import SuperviseComplaintResponse401
from ...models.supervise_complaint_response_403 import SuperviseComplaintResponse403
from ...models.supervise_complaint_response_404 import SuperviseComplaintResponse404
from ...models.supervise_complaint_response_409 import SuperviseComplaintResponse409
from ...models.supervise_complaint_response_413 import SuperviseComplaintResponse413
from ...models.supervise_complaint_response_422 import SuperviseComplaintResponse422
from ...models.supervise_complaint_response_429 import SuperviseComplaintResponse429
from ...models.supervise_complaint_response_500 import SuperviseComplaintResponse500
from ...models.supervise_complaint_response_502 import SuperviseComplaintResponse502
from ...models.supervise_complaint_response_503 import SuperviseComplaintResponse503
from ...models.supervise_complaint_response_504 import SuperviseComplaintResponse504
from ...models.supervision_create import SupervisionCreate
from ...types import Response


def _get_kwargs(
    complaint_id: UUID,
    *,
    body: SupervisionCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/complaints/{complaint_id}/supervision".format(
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
    | SuperviseComplaintResponse400
    | SuperviseComplaintResponse401
    | SuperviseComplaintResponse403
    | SuperviseComplaintResponse404
    | SuperviseComplaintResponse409
    | SuperviseComplaintResponse413
    | SuperviseComplaintResponse422
    | SuperviseComplaintResponse429
    | SuperviseComplaintResponse500
    | SuperviseComplaintResponse502
    | SuperviseComplaintResponse503
    | SuperviseComplaintResponse504
    | None
):
    if response.status_code == 201:
        response_201 = Complaint.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = SuperviseComplaintResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = SuperviseComplaintResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = SuperviseComplaintResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = SuperviseComplaintResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = SuperviseComplaintResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = SuperviseComplaintResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = SuperviseComplaintResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = SuperviseComplaintResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = SuperviseComplaintResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = SuperviseComplaintResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = SuperviseComplaintResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = SuperviseComplaintResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Complaint
    | SuperviseComplaintResponse400
    | SuperviseComplaintResponse401
    | SuperviseComplaintResponse403
    | SuperviseComplaintResponse404
    | SuperviseComplaintResponse409
    | SuperviseComplaintResponse413
    | SuperviseComplaintResponse422
    | SuperviseComplaintResponse429
    | SuperviseComplaintResponse500
    | SuperviseComplaintResponse502
    | SuperviseComplaintResponse503
    | SuperviseComplaintResponse504
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
    body: SupervisionCreate,
) -> Response[
    Complaint
    | SuperviseComplaintResponse400
    | SuperviseComplaintResponse401
    | SuperviseComplaintResponse403
    | SuperviseComplaintResponse404
    | SuperviseComplaintResponse409
    | SuperviseComplaintResponse413
    | SuperviseComplaintResponse422
    | SuperviseComplaintResponse429
    | SuperviseComplaintResponse500
    | SuperviseComplaintResponse502
    | SuperviseComplaintResponse503
    | SuperviseComplaintResponse504
]:
    """Press an overdue complaint (督办)

     409 ``COMPLAINT_NOT_OVERDUE`` while its current step is within its deadline.

    Args:
        complaint_id (UUID):
        body (SupervisionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Complaint | SuperviseComplaintResponse400 | SuperviseComplaintResponse401 | SuperviseComplaintResponse403 | SuperviseComplaintResponse404 | SuperviseComplaintResponse409 | SuperviseComplaintResponse413 | SuperviseComplaintResponse422 | SuperviseComplaintResponse429 | SuperviseComplaintResponse500 | SuperviseComplaintResponse502 | SuperviseComplaintResponse503 | SuperviseComplaintResponse504]
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
    body: SupervisionCreate,
) -> (
    Complaint
    | SuperviseComplaintResponse400
    | SuperviseComplaintResponse401
    | SuperviseComplaintResponse403
    | SuperviseComplaintResponse404
    | SuperviseComplaintResponse409
    | SuperviseComplaintResponse413
    | SuperviseComplaintResponse422
    | SuperviseComplaintResponse429
    | SuperviseComplaintResponse500
    | SuperviseComplaintResponse502
    | SuperviseComplaintResponse503
    | SuperviseComplaintResponse504
    | None
):
    """Press an overdue complaint (督办)

     409 ``COMPLAINT_NOT_OVERDUE`` while its current step is within its deadline.

    Args:
        complaint_id (UUID):
        body (SupervisionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Complaint | SuperviseComplaintResponse400 | SuperviseComplaintResponse401 | SuperviseComplaintResponse403 | SuperviseComplaintResponse404 | SuperviseComplaintResponse409 | SuperviseComplaintResponse413 | SuperviseComplaintResponse422 | SuperviseComplaintResponse429 | SuperviseComplaintResponse500 | SuperviseComplaintResponse502 | SuperviseComplaintResponse503 | SuperviseComplaintResponse504
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
    body: SupervisionCreate,
) -> Response[
    Complaint
    | SuperviseComplaintResponse400
    | SuperviseComplaintResponse401
    | SuperviseComplaintResponse403
    | SuperviseComplaintResponse404
    | SuperviseComplaintResponse409
    | SuperviseComplaintResponse413
    | SuperviseComplaintResponse422
    | SuperviseComplaintResponse429
    | SuperviseComplaintResponse500
    | SuperviseComplaintResponse502
    | SuperviseComplaintResponse503
    | SuperviseComplaintResponse504
]:
    """Press an overdue complaint (督办)

     409 ``COMPLAINT_NOT_OVERDUE`` while its current step is within its deadline.

    Args:
        complaint_id (UUID):
        body (SupervisionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Complaint | SuperviseComplaintResponse400 | SuperviseComplaintResponse401 | SuperviseComplaintResponse403 | SuperviseComplaintResponse404 | SuperviseComplaintResponse409 | SuperviseComplaintResponse413 | SuperviseComplaintResponse422 | SuperviseComplaintResponse429 | SuperviseComplaintResponse500 | SuperviseComplaintResponse502 | SuperviseComplaintResponse503 | SuperviseComplaintResponse504]
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
    body: SupervisionCreate,
) -> (
    Complaint
    | SuperviseComplaintResponse400
    | SuperviseComplaintResponse401
    | SuperviseComplaintResponse403
    | SuperviseComplaintResponse404
    | SuperviseComplaintResponse409
    | SuperviseComplaintResponse413
    | SuperviseComplaintResponse422
    | SuperviseComplaintResponse429
    | SuperviseComplaintResponse500
    | SuperviseComplaintResponse502
    | SuperviseComplaintResponse503
    | SuperviseComplaintResponse504
    | None
):
    """Press an overdue complaint (督办)

     409 ``COMPLAINT_NOT_OVERDUE`` while its current step is within its deadline.

    Args:
        complaint_id (UUID):
        body (SupervisionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Complaint | SuperviseComplaintResponse400 | SuperviseComplaintResponse401 | SuperviseComplaintResponse403 | SuperviseComplaintResponse404 | SuperviseComplaintResponse409 | SuperviseComplaintResponse413 | SuperviseComplaintResponse422 | SuperviseComplaintResponse429 | SuperviseComplaintResponse500 | SuperviseComplaintResponse502 | SuperviseComplaintResponse503 | SuperviseComplaintResponse504
    """

    return (
        await asyncio_detailed(
            complaint_id=complaint_id,
            client=client,
            body=body,
        )
    ).parsed
