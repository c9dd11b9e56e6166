from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.complaint import Complaint
from ...models.get_complaint_response_400 import GetComplaintResponse400
from ...models.get_complaint_response_401 import GetComplaintResponse401
from ...models.get_complaint_response_403 import GetComplaintResponse403
from ...models.get_complaint_response_404 import GetComplaintResponse404
from ...models.get_complaint_response_422 import GetComplaintResponse422
from ...models.get_complaint_response_429 import GetComplaintResponse429
from ...models.get_complaint_response_500 import GetComplaintResponse500
from ...models.get_complaint_response_502 import GetComplaintResponse502
from ...models.get_complaint_response_503 import GetComplaintResponse503
from ...models.get_complaint_response_504 import GetComplaintResponse504
from ...types import Response


def _get_kwargs(
    complaint_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/complaints/{complaint_id}".format(
            complaint_id=quote(str(complaint_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Complaint
    | GetComplaintResponse400
    | GetComplaintResponse401
    | GetComplaintResponse403
    | GetComplaintResponse404
    | GetComplaintResponse422
    | GetComplaintResponse429
    | GetComplaintResponse500
    | GetComplaintResponse502
    | GetComplaintResponse503
    | GetComplaintResponse504
    | None
):
    if response.status_code == 200:
        response_200 = Complaint.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetComplaintResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetComplaintResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetComplaintResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetComplaintResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = GetComplaintResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetComplaintResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetComplaintResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = GetComplaintResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = GetComplaintResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = GetComplaintResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Complaint
    | GetComplaintResponse400
    | GetComplaintResponse401
    | GetComplaintResponse403
    | GetComplaintResponse404
    | GetComplaintResponse422
    | GetComplaintResponse429
    | GetComplaintResponse500
    | GetComplaintResponse502
    | GetComplaintResponse503
    | GetComplaintResponse504
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
) -> Response[
    Complaint
    | GetComplaintResponse400
    | GetComplaintResponse401
    | GetComplaintResponse403
    | GetComplaintResponse404
    | GetComplaintResponse422
    | GetComplaintResponse429
    | GetComplaintResponse500
    | GetComplaintResponse502
    | GetComplaintResponse503
    | GetComplaintResponse504
]:
    """One complaint with its steps

    Args:
        complaint_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Complaint | GetComplaintResponse400 | GetComplaintResponse401 | GetComplaintResponse403 | GetComplaintResponse404 | GetComplaintResponse422 | GetComplaintResponse429 | GetComplaintResponse500 | GetComplaintResponse502 | GetComplaintResponse503 | GetComplaintResponse504]
    """

    kwargs = _get_kwargs(
        complaint_id=complaint_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    complaint_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    Complaint
    | GetComplaintResponse400
    | GetComplaintResponse401
    | GetComplaintResponse403
    | GetComplaintResponse404
    | GetComplaintResponse422
    | GetComplaintResponse429
    | GetComplaintResponse500
    | GetComplaintResponse502
    | GetComplaintResponse503
    | GetComplaintResponse504
    | None
):
    """One complaint with its steps

    Args:
        complaint_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Complaint | GetComplaintResponse400 | GetComplaintResponse401 | GetComplaintResponse403 | GetComplaintResponse404 | GetComplaintResponse422 | GetComplaintResponse429 | GetComplaintResponse500 | GetComplaintResponse502 | GetComplaintResponse503 | GetComplaintResponse504
    """

    return sync_detailed(
        complaint_id=complaint_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    complaint_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    Complaint
    | GetComplaintResponse400
    | GetComplaintResponse401
    | GetComplaintResponse403
    | GetComplaintResponse404
    | GetComplaintResponse422
    | GetComplaintResponse429
    | GetComplaintResponse500
    | GetComplaintResponse502
    | GetComplaintResponse503
    | GetComplaintResponse504
]:
    """One complaint with its steps

    Args:
        complaint_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Complaint | GetComplaintResponse400 | GetComplaintResponse401 | GetComplaintResponse403 | GetComplaintResponse404 | GetComplaintResponse422 | GetComplaintResponse429 | GetComplaintResponse500 | GetComplaintResponse502 | GetComplaintResponse503 | GetComplaintResponse504]
    """

    kwargs = _get_kwargs(
        complaint_id=complaint_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    complaint_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    Complaint
    | GetComplaintResponse400
    | GetComplaintResponse401
    | GetComplaintResponse403
    | GetComplaintResponse404
    | GetComplaintResponse422
    | GetComplaintResponse429
    | GetComplaintResponse500
    | GetComplaintResponse502
    | GetComplaintResponse503
    | GetComplaintResponse504
    | None
):
    """One complaint with its steps

    Args:
        complaint_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Complaint | GetComplaintResponse400 | GetComplaintResponse401 | GetComplaintResponse403 | GetComplaintResponse404 | GetComplaintResponse422 | GetComplaintResponse429 | GetComplaintResponse500 | GetComplaintResponse502 | GetComplaintResponse503 | GetComplaintResponse504
    """

    return (
        await asyncio_detailed(
            complaint_id=complaint_id,
            client=client,
        )
    ).parsed
