from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_case_files_response_400 import ListCaseFilesResponse400
from ...models.list_case_files_response_401 import ListCaseFilesResponse401
from ...models.list_case_files_response_403 import ListCaseFilesResponse403
from ...models.list_case_files_response_404 import ListCaseFilesResponse404
from ...models.list_case_files_response_422 import ListCaseFilesResponse422
from ...models.list_case_files_response_429 import ListCaseFilesResponse429
from ...models.list_case_files_response_500 import ListCaseFilesResponse500
from ...models.list_case_files_response_502 import ListCaseFilesResponse502
from ...models.list_case_files_response_503 import ListCaseFilesResponse503
from ...models.list_case_files_response_504 import ListCaseFilesResponse504
from ...models.stored_file_list import StoredFileList
from ...types import Response


def _get_kwargs(
    case_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/cases/{case_id}/files".format(
            case_id=quote(str(case_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ListCaseFilesResponse400
    | ListCaseFilesResponse401
    | ListCaseFilesResponse403
    | ListCaseFilesResponse404
    | ListCaseFilesResponse422
    | ListCaseFilesResponse429
    | ListCaseFilesResponse500
    | ListCaseFilesResponse502
    | ListCaseFilesResponse503
    | ListCaseFilesResponse504
    | StoredFileList
    | None
):
    if response.status_code == 200:
        response_200 = StoredFileList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListCaseFilesResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListCaseFilesResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListCaseFilesResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ListCaseFilesResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ListCaseFilesResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ListCaseFilesResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ListCaseFilesResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ListCaseFilesResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ListCaseFilesResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ListCaseFilesResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListCaseFilesResponse400
    | ListCaseFilesResponse401
    | ListCaseFilesResponse403
    | ListCaseFilesResponse404
    | ListCaseFilesResponse422
    | ListCaseFilesResponse429
    | ListCaseFilesResponse500
    | ListCaseFilesResponse502
    | ListCaseFilesResponse503
    | ListCaseFilesResponse504
    | StoredFileList
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    case_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    ListCaseFilesResponse400
    | ListCaseFilesResponse401
    | ListCaseFilesResponse403
    | ListCaseFilesResponse404
    | ListCaseFilesResponse422
    | ListCaseFilesResponse429
    | ListCaseFilesResponse500
    | ListCaseFilesResponse502
    | ListCaseFilesResponse503
    | ListCaseFilesResponse504
    | StoredFileList
]:
    """A case's files (an institution: its statements' files)

    Args:
        case_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListCaseFilesResponse400 | ListCaseFilesResponse401 | ListCaseFilesResponse403 | ListCaseFilesResponse404 | ListCaseFilesResponse422 | ListCaseFilesResponse429 | ListCaseFilesResponse500 | ListCaseFilesResponse502 | ListCaseFilesResponse503 | ListCaseFilesResponse504 | StoredFileList]
    """

    kwargs = _get_kwargs(
        case_id=case_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    case_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    ListCaseFilesResponse400
    | ListCaseFilesResponse401
    | ListCaseFilesResponse403
    | ListCaseFilesResponse404
    | ListCaseFilesResponse422
    | ListCaseFilesResponse429
    | ListCaseFilesResponse500
    | ListCaseFilesResponse502
    | ListCaseFilesResponse503
    | ListCaseFilesResponse504
    | StoredFileList
    | None
):
    """A case's files (an institution: its statements' files)

    Args:
        case_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListCaseFilesResponse400 | ListCaseFilesResponse401 | ListCaseFilesResponse403 | ListCaseFilesResponse404 | ListCaseFilesResponse422 | ListCaseFilesResponse429 | ListCaseFilesResponse500 | ListCaseFilesResponse502 | ListCaseFilesResponse503 | ListCaseFilesResponse504 | StoredFileList
    """

    return sync_detailed(
        case_id=case_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    case_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    ListCaseFilesResponse400
    | ListCaseFilesResponse401
    | ListCaseFilesResponse403
    | ListCaseFilesResponse404
    | ListCaseFilesResponse422
    | ListCaseFilesResponse429
    | ListCaseFilesResponse500
    | ListCaseFilesResponse502
    | ListCaseFilesResponse503
    | ListCaseFilesResponse504
    | StoredFileList
]:
    """A case's files (an institution: its statements' files)

    Args:
        case_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListCaseFilesResponse400 | ListCaseFilesResponse401 | ListCaseFilesResponse403 | ListCaseFilesResponse404 | ListCaseFilesResponse422 | ListCaseFilesResponse429 | ListCaseFilesResponse500 | ListCaseFilesResponse502 | ListCaseFilesResponse503 | ListCaseFilesResponse504 | StoredFileList]
    """

    kwargs = _get_kwargs(
        case_id=case_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    case_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    ListCaseFilesResponse400
    | ListCaseFilesResponse401
    | ListCaseFilesResponse403
    | ListCaseFilesResponse404
    | ListCaseFilesResponse422
    | ListCaseFilesResponse429
    | ListCaseFilesResponse500
    | ListCaseFilesResponse502
    | ListCaseFilesResponse503
    | ListCaseFilesResponse504
    | StoredFileList
    | None
):
    """A case's files (an institution: its statements' files)

    Args:
        case_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListCaseFilesResponse400 | ListCaseFilesResponse401 | ListCaseFilesResponse403 | ListCaseFilesResponse404 | ListCaseFilesResponse422 | ListCaseFilesResponse429 | ListCaseFilesResponse500 | ListCaseFilesResponse502 | ListCaseFilesResponse503 | ListCaseFilesResponse504 | StoredFileList
    """

    return (
        await asyncio_detailed(
            case_id=case_id,
            client=client,
        )
    ).parsed
