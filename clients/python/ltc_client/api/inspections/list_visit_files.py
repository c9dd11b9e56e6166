from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_visit_files_response_400 import ListVisitFilesResponse400
from ...models.list_visit_files_response_401 import ListVisitFilesResponse401
from ...models.list_visit_files_response_403 import ListVisitFilesResponse403
from ...models.list_visit_files_response_404 import ListVisitFilesResponse404
from ...models.list_visit_files_response_422 import ListVisitFilesResponse422
from ...models.list_visit_files_response_429 import ListVisitFilesResponse429
from ...models.list_visit_files_response_500 import ListVisitFilesResponse500
from ...models.list_visit_files_response_502 import ListVisitFilesResponse502
from ...models.list_visit_files_response_503 import ListVisitFilesResponse503
from ...models.list_visit_files_response_504 import ListVisitFilesResponse504
from ...models.stored_file_list import StoredFileList
from ...types import Response


def _get_kwargs(
    inspection_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/inspections/{inspection_id}/files".format(
            inspection_id=quote(str(inspection_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ListVisitFilesResponse400
    | ListVisitFilesResponse401
    | ListVisitFilesResponse403
    | ListVisitFilesResponse404
    | ListVisitFilesResponse422
    | ListVisitFilesResponse429
    | ListVisitFilesResponse500
    | ListVisitFilesResponse502
    | ListVisitFilesResponse503
    | ListVisitFilesResponse504
    | StoredFileList
    | None
):
    if response.status_code == 200:
        response_200 = StoredFileList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListVisitFilesResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListVisitFilesResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListVisitFilesResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ListVisitFilesResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ListVisitFilesResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ListVisitFilesResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ListVisitFilesResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ListVisitFilesResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ListVisitFilesResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ListVisitFilesResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListVisitFilesResponse400
    | ListVisitFilesResponse401
    | ListVisitFilesResponse403
    | ListVisitFilesResponse404
    | ListVisitFilesResponse422
    | ListVisitFilesResponse429
    | ListVisitFilesResponse500
    | ListVisitFilesResponse502
    | ListVisitFilesResponse503
    | ListVisitFilesResponse504
    | StoredFileList
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    inspection_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    ListVisitFilesResponse400
    | ListVisitFilesResponse401
    | ListVisitFilesResponse403
    | ListVisitFilesResponse404
    | ListVisitFilesResponse422
    | ListVisitFilesResponse429
    | ListVisitFilesResponse500
    | ListVisitFilesResponse502
    | ListVisitFilesResponse503
    | ListVisitFilesResponse504
    | StoredFileList
]:
    """A visit's files

    Args:
        inspection_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListVisitFilesResponse400 | ListVisitFilesResponse401 | ListVisitFilesResponse403 | ListVisitFilesResponse404 | ListVisitFilesResponse422 | ListVisitFilesResponse429 | ListVisitFilesResponse500 | ListVisitFilesResponse502 | ListVisitFilesResponse503 | ListVisitFilesResponse504 | StoredFileList]
    """

    kwargs = _get_kwargs(
        inspection_id=inspection_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    inspection_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    ListVisitFilesResponse400
    | ListVisitFilesResponse401
    | ListVisitFilesResponse403
    | ListVisitFilesResponse404
    | ListVisitFilesResponse422
    | ListVisitFilesResponse429
    | ListVisitFilesResponse500
    | ListVisitFilesResponse502
    | ListVisitFilesResponse503
    | ListVisitFilesResponse504
    | StoredFileList
    | None
):
    """A visit's files

    Args:
        inspection_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListVisitFilesResponse400 | ListVisitFilesResponse401 | ListVisitFilesResponse403 | ListVisitFilesResponse404 | ListVisitFilesResponse422 | ListVisitFilesResponse429 | ListVisitFilesResponse500 | ListVisitFilesResponse502 | ListVisitFilesResponse503 | ListVisitFilesResponse504 | StoredFileList
    """

    return sync_detailed(
        inspection_id=inspection_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    inspection_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    ListVisitFilesResponse400
    | ListVisitFilesResponse401
    | ListVisitFilesResponse403
    | ListVisitFilesResponse404
    | ListVisitFilesResponse422
    | ListVisitFilesResponse429
    | ListVisitFilesResponse500
    | ListVisitFilesResponse502
    | ListVisitFilesResponse503
    | ListVisitFilesResponse504
    | StoredFileList
]:
    """A visit's files

    Args:
        inspection_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListVisitFilesResponse400 | ListVisitFilesResponse401 | ListVisitFilesResponse403 | ListVisitFilesResponse404 | ListVisitFilesResponse422 | ListVisitFilesResponse429 | ListVisitFilesResponse500 | ListVisitFilesResponse502 | ListVisitFilesResponse503 | ListVisitFilesResponse504 | StoredFileList]
    """

    kwargs = _get_kwargs(
        inspection_id=inspection_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    inspection_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    ListVisitFilesResponse400
    | ListVisitFilesResponse401
    | ListVisitFilesResponse403
    | ListVisitFilesResponse404
    | ListVisitFilesResponse422
    | ListVisitFilesResponse429
    | ListVisitFilesResponse500
    | ListVisitFilesResponse502
    | ListVisitFilesResponse503
    | ListVisitFilesResponse504
    | StoredFileList
    | None
):
    """A visit's files

    Args:
        inspection_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListVisitFilesResponse400 | ListVisitFilesResponse401 | ListVisitFilesResponse403 | ListVisitFilesResponse404 | ListVisitFilesResponse422 | ListVisitFilesResponse429 | ListVisitFilesResponse500 | ListVisitFilesResponse502 | ListVisitFilesResponse503 | ListVisitFilesResponse504 | StoredFileList
    """

    return (
        await asyncio_detailed(
            inspection_id=inspection_id,
            client=client,
        )
    ).parsed
