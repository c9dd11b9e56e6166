from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_visit_file_response_400 import GetVisitFileResponse400
from ...models.get_visit_file_response_401 import GetVisitFileResponse401
from ...models.get_visit_file_response_403 import GetVisitFileResponse403
from ...models.get_visit_file_response_404 import GetVisitFileResponse404
from ...models.get_visit_file_response_422 import GetVisitFileResponse422
from ...models.get_visit_file_response_429 import GetVisitFileResponse429
from ...models.get_visit_file_response_500 import GetVisitFileResponse500
from ...models.get_visit_file_response_502 import GetVisitFileResponse502
from ...models.get_visit_file_response_503 import GetVisitFileResponse503
from ...models.get_visit_file_response_504 import GetVisitFileResponse504
from ...types import File, Response


def _get_kwargs(
    inspection_id: UUID,
    visit_file_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/inspections/{inspection_id}/files/{visit_file_id}".format(
            inspection_id=quote(str(inspection_id), safe=""),
            visit_file_id=quote(str(visit_file_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    File
    | GetVisitFileResponse400
    | GetVisitFileResponse401
    | GetVisitFileResponse403
    | GetVisitFileResponse404
    | GetVisitFileResponse422
    | GetVisitFileResponse429
    | GetVisitFileResponse500
    | GetVisitFileResponse502
    | GetVisitFileResponse503
    | GetVisitFileResponse504
    | None
):
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = GetVisitFileResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetVisitFileResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetVisitFileResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetVisitFileResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = GetVisitFileResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetVisitFileResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetVisitFileResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = GetVisitFileResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = GetVisitFileResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = GetVisitFileResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    File
    | GetVisitFileResponse400
    | GetVisitFileResponse401
    | GetVisitFileResponse403
    | GetVisitFileResponse404
    | GetVisitFileResponse422
    | GetVisitFileResponse429
    | GetVisitFileResponse500
    | GetVisitFileResponse502
    | GetVisitFileResponse503
    | GetVisitFileResponse504
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    inspection_id: UUID,
    visit_file_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    File
    | GetVisitFileResponse400
    | GetVisitFileResponse401
    | GetVisitFileResponse403
    | GetVisitFileResponse404
    | GetVisitFileResponse422
    | GetVisitFileResponse429
    | GetVisitFileResponse500
    | GetVisitFileResponse502
    | GetVisitFileResponse503
    | GetVisitFileResponse504
]:
    """Download one file of a visit

    Args:
        inspection_id (UUID):
        visit_file_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | GetVisitFileResponse400 | GetVisitFileResponse401 | GetVisitFileResponse403 | GetVisitFileResponse404 | GetVisitFileResponse422 | GetVisitFileResponse429 | GetVisitFileResponse500 | GetVisitFileResponse502 | GetVisitFileResponse503 | GetVisitFileResponse504]
    """

    kwargs = _get_kwargs(
        inspection_id=inspection_id,
        visit_file_id=visit_file_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    inspection_id: UUID,
    visit_file_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    File
    | GetVisitFileResponse400
    | GetVisitFileResponse401
    | GetVisitFileResponse403
    | GetVisitFileResponse404
    | GetVisitFileResponse422
    | GetVisitFileResponse429
    | GetVisitFileResponse500
    | GetVisitFileResponse502
    | GetVisitFileResponse503
    | GetVisitFileResponse504
    | None
):
    """Download one file of a visit

    Args:
        inspection_id (UUID):
        visit_file_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | GetVisitFileResponse400 | GetVisitFileResponse401 | GetVisitFileResponse403 | GetVisitFileResponse404 | GetVisitFileResponse422 | GetVisitFileResponse429 | GetVisitFileResponse500 | GetVisitFileResponse502 | GetVisitFileResponse503 | GetVisitFileResponse504
    """

    return sync_detailed(
        inspection_id=inspection_id,
        visit_file_id=visit_file_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    inspection_id: UUID,
    visit_file_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    File
    | GetVisitFileResponse400
    | GetVisitFileResponse401
    | GetVisitFileResponse403
    | GetVisitFileResponse404
    | GetVisitFileResponse422
    | GetVisitFileResponse429
    | GetVisitFileResponse500
    | GetVisitFileResponse502
    | GetVisitFileResponse503
    | GetVisitFileResponse504
]:
    """Download one file of a visit

    Args:
        inspection_id (UUID):
        visit_file_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | GetVisitFileResponse400 | GetVisitFileResponse401 | GetVisitFileResponse403 | GetVisitFileResponse404 | GetVisitFileResponse422 | GetVisitFileResponse429 | GetVisitFileResponse500 | GetVisitFileResponse502 | GetVisitFileResponse503 | GetVisitFileResponse504]
    """

    kwargs = _get_kwargs(
        inspection_id=inspection_id,
        visit_file_id=visit_file_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    inspection_id: UUID,
    visit_file_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    File
    | GetVisitFileResponse400
    | GetVisitFileResponse401
    | GetVisitFileResponse403
    | GetVisitFileResponse404
    | GetVisitFileResponse422
    | GetVisitFileResponse429
    | GetVisitFileResponse500
    | GetVisitFileResponse502
    | GetVisitFileResponse503
    | GetVisitFileResponse504
    | None
):
    """Download one file of a visit

    Args:
        inspection_id (UUID):
        visit_file_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | GetVisitFileResponse400 | GetVisitFileResponse401 | GetVisitFileResponse403 | GetVisitFileResponse404 | GetVisitFileResponse422 | GetVisitFileResponse429 | GetVisitFileResponse500 | GetVisitFileResponse502 | GetVisitFileResponse503 | GetVisitFileResponse504
    """

    return (
        await asyncio_detailed(
            inspection_id=inspection_id,
            visit_file_id=visit_file_id,
            client=client,
        )
    ).parsed
