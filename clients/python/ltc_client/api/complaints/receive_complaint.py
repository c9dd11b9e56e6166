from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.complaint import Complaint
from ...models.complaint_create import ComplaintCreate
from ...models.receive_complaint_response_400 import ReceiveComplaintResponse400
from ...models.receive_complaint_response_401 import ReceiveComplaintResponse401
from ...models.receive_complaint_response_403 import ReceiveComplaintResponse403
from ...models.receive_complaint_response_404 import ReceiveComplaintResponse404
from ...models.receive_complaint_response_409 import ReceiveComplaintResponse409
from ...models.receive_complaint_response_413 import ReceiveComplaintResponse413
from ...models.receive_complaint_response_422 import ReceiveComplaintResponse422
from ...models.receive_complaint_response_429 import ReceiveComplaintResponse429
from ...models.receive_complaint_response_500 import ReceiveComplaintResponse500
from ...models.receive_complaint_response_502 import ReceiveComplaintResponse502
from ...models.receive_complaint_response_503 import ReceiveComplaintResponse503
from ...models.receive_complaint_response_504 import ReceiveComplaintResponse504
from ...types import Response


def _get_kwargs(
    *,
    body: ComplaintCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/complaints",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Complaint
    | ReceiveComplaintResponse400
    | ReceiveComplaintResponse401
    | ReceiveComplaintResponse403
    | ReceiveComplaintResponse404
    | ReceiveComplaintResponse409
    | ReceiveComplaintResponse413
    | ReceiveComplaintResponse422
    | ReceiveComplaintResponse429
    | ReceiveComplaintResponse500
    | ReceiveComplaintResponse502
    | ReceiveComplaintResponse503
    | ReceiveComplaintResponse504
    | None
):
    if response.status_code == 201:
        response_201 = Complaint.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ReceiveComplaintResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ReceiveComplaintResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ReceiveComplaintResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ReceiveComplaintResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ReceiveComplaintResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ReceiveComplaintResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = ReceiveComplaintResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ReceiveComplaintResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ReceiveComplaintResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ReceiveComplaintResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ReceiveComplaintResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ReceiveComplaintResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Complaint
    | ReceiveComplaintResponse400
    | ReceiveComplaintResponse401
    | ReceiveComplaintResponse403
    | ReceiveComplaintResponse404
    | ReceiveComplaintResponse409
    | ReceiveComplaintResponse413
    | ReceiveComplaintResponse422
    | ReceiveComplaintResponse429
    | ReceiveComplaintResponse500
    | ReceiveComplaintResponse502
    | ReceiveComplaintResponse503
    | ReceiveComplaintResponse504
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
    body: ComplaintCreate,
) -> Response[
    Complaint
    | ReceiveComplaintResponse400
    | ReceiveComplaintResponse401
    | ReceiveComplaintResponse403
    | ReceiveComplaintResponse404
    | ReceiveComplaintResponse409
    | ReceiveComplaintResponse413
    | ReceiveComplaintResponse422
    | ReceiveComplaintResponse429
    | ReceiveComplaintResponse500
    | ReceiveComplaintResponse502
    | ReceiveComplaintResponse503
    | ReceiveComplaintResponse504
]:
    """Receive a complaint (受理)

     About a county, and an institution of it or a contractor. Its deadlines come from the rules
    ``complaint.*_days`` (unconfirmed). 422 ``INSTITUTION_UNKNOWN``, ``CONTRACTOR_UNKNOWN``.

    Args:
        body (ComplaintCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Complaint | ReceiveComplaintResponse400 | ReceiveComplaintResponse401 | ReceiveComplaintResponse403 | ReceiveComplaintResponse404 | ReceiveComplaintResponse409 | ReceiveComplaintResponse413 | ReceiveComplaintResponse422 | ReceiveComplaintResponse429 | ReceiveComplaintResponse500 | ReceiveComplaintResponse502 | ReceiveComplaintResponse503 | ReceiveComplaintResponse504]
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
    body: ComplaintCreate,
) -> (
    Complaint
    | ReceiveComplaintResponse400
    | ReceiveComplaintResponse401
    | ReceiveComplaintResponse403
    | ReceiveComplaintResponse404
    | ReceiveComplaintResponse409
    | ReceiveComplaintResponse413
    | ReceiveComplaintResponse422
    | ReceiveComplaintResponse429
    | ReceiveComplaintResponse500
    | ReceiveComplaintResponse502
    | ReceiveComplaintResponse503
    | ReceiveComplaintResponse504
    | None
):
    """Receive a complaint (受理)

     About a county, and an institution of it or a contractor. Its deadlines come from the rules
    ``complaint.*_days`` (unconfirmed). 422 ``INSTITUTION_UNKNOWN``, ``CONTRACTOR_UNKNOWN``.

    Args:
        body (ComplaintCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Complaint | ReceiveComplaintResponse400 | ReceiveComplaintResponse401 | ReceiveComplaintResponse403 | ReceiveComplaintResponse404 | ReceiveComplaintResponse409 | ReceiveComplaintResponse413 | ReceiveComplaintResponse422 | ReceiveComplaintResponse429 | ReceiveComplaintResponse500 | ReceiveComplaintResponse502 | ReceiveComplaintResponse503 | ReceiveComplaintResponse504
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ComplaintCreate,
) -> Response[
    Complaint
    | ReceiveComplaintResponse400
    | ReceiveComplaintResponse401
    | ReceiveComplaintResponse403
    | ReceiveComplaintResponse404
    | ReceiveComplaintResponse409
    | ReceiveComplaintResponse413
    | ReceiveComplaintResponse422
    | ReceiveComplaintResponse429
    | ReceiveComplaintResponse500
    | ReceiveComplaintResponse502
    | ReceiveComplaintResponse503
    | ReceiveComplaintResponse504
]:
    """Receive a complaint (受理)

     About a county, and an institution of it or a contractor. Its deadlines come from the rules
    ``complaint.*_days`` (unconfirmed). 422 ``INSTITUTION_UNKNOWN``, ``CONTRACTOR_UNKNOWN``.

    Args:
        body (ComplaintCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Complaint | ReceiveComplaintResponse400 | ReceiveComplaintResponse401 | ReceiveComplaintResponse403 | ReceiveComplaintResponse404 | ReceiveComplaintResponse409 | ReceiveComplaintResponse413 | ReceiveComplaintResponse422 | ReceiveComplaintResponse429 | ReceiveComplaintResponse500 | ReceiveComplaintResponse502 | ReceiveComplaintResponse503 | ReceiveComplaintResponse504]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ComplaintCreate,
) -> (
    Complaint
    | ReceiveComplaintResponse400
    | ReceiveComplaintResponse401
    | ReceiveComplaintResponse403
    | ReceiveComplaintResponse404
    | ReceiveComplaintResponse409
    | ReceiveComplaintResponse413
    | ReceiveComplaintResponse422
    | ReceiveComplaintResponse429
    | ReceiveComplaintResponse500
    | ReceiveComplaintResponse502
    | ReceiveComplaintResponse503
    | ReceiveComplaintResponse504
    | None
):
    """Receive a complaint (受理)

     About a county, and an institution of it or a contractor. Its deadlines come from the rules
    ``complaint.*_days`` (unconfirmed). 422 ``INSTITUTION_UNKNOWN``, ``CONTRACTOR_UNKNOWN``.

    Args:
        body (ComplaintCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Complaint | ReceiveComplaintResponse400 | ReceiveComplaintResponse401 | ReceiveComplaintResponse403 | ReceiveComplaintResponse404 | ReceiveComplaintResponse409 | ReceiveComplaintResponse413 | ReceiveComplaintResponse422 | ReceiveComplaintResponse429 | ReceiveComplaintResponse500 | ReceiveComplaintResponse502 | ReceiveComplaintResponse503 | ReceiveComplaintResponse504
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
