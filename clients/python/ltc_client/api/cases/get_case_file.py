from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_case_file_response_400 import GetCaseFileResponse400
from ...models.get_case_file_response_401 import GetCaseFileResponse401
from ...models.get_case_file_response_403 import GetCaseFileResponse403
from ...models.get_case_file_response_404 import GetCaseFileResponse404
from ...models.get_case_file_response_422 import GetCaseFileResponse422
from ...models.get_case_file_response_429 import GetCaseFileResponse429
from ...models.get_case_file_response_500 import GetCaseFileResponse500
from ...models.get_case_file_response_502 import GetCaseFileResponse502
from ...models.get_case_file_response_503 import GetCaseFileResponse503
from ...models.get_case_file_response_504 import GetCaseFileResponse504
from ...types import File, Response


def _get_kwargs(
    case_id: UUID,
    case_file_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/cases/{case_id}/files/{case_file_id}".format(
            case_id=quote(str(case_id), safe=""),
            case_file_id=quote(str(case_file_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    File
    | GetCaseFileResponse400
    | GetCaseFileResponse401
    | GetCaseFileResponse403
    | GetCaseFileResponse404
    | GetCaseFileResponse422
    | GetCaseFileResponse429
    | GetCaseFileResponse500
    | GetCaseFileResponse502
    | GetCaseFileResponse503
    | GetCaseFileResponse504
    | None
):
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = GetCaseFileResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetCaseFileResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetCaseFileResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetCaseFileResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = GetCaseFileResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetCaseFileResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetCaseFileResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = GetCaseFileResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = GetCaseFileResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = GetCaseFileResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    File
    | GetCaseFileResponse400
    | GetCaseFileResponse401
    | GetCaseFileResponse403
    | GetCaseFileResponse404
    | GetCaseFileResponse422
    | GetCaseFileResponse429
    | GetCaseFileResponse500
    | GetCaseFileResponse502
    | GetCaseFileResponse503
    | GetCaseFileResponse504
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    case_id: UUID,
    case_file_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    File
    | GetCaseFileResponse400
    | GetCaseFileResponse401
    | GetCaseFileResponse403
    | GetCaseFileResponse404
    | GetCaseFileResponse422
    | GetCaseFileResponse429
    | GetCaseFileResponse500
    | GetCaseFileResponse502
    | GetCaseFileResponse503
    | GetCaseFileResponse504
]:
    """Download one file of a case

    Args:
        case_id (UUID):
        case_file_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | GetCaseFileResponse400 | GetCaseFileResponse401 | GetCaseFileResponse403 | GetCaseFileResponse404 | GetCaseFileResponse422 | GetCaseFileResponse429 | GetCaseFileResponse500 | GetCaseFileResponse502 | GetCaseFileResponse503 | GetCaseFileResponse504]
    """

    kwargs = _get_kwargs(
        case_id=case_id,
        case_file_id=case_file_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    case_id: UUID,
    case_file_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    File
    | GetCaseFileResponse400
    | GetCaseFileResponse401
    | GetCaseFileResponse403
    | GetCaseFileResponse404
    | GetCaseFileResponse422
    | GetCaseFileResponse429
    | GetCaseFileResponse500
    | GetCaseFileResponse502
    | GetCaseFileResponse503
    | GetCaseFileResponse504
    | None
):
    """Download one file of a case

    Args:
        case_id (UUID):
        case_file_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | GetCaseFileResponse400 | GetCaseFileResponse401 | GetCaseFileResponse403 | GetCaseFileResponse404 | GetCaseFileResponse422 | GetCaseFileResponse429 | GetCaseFileResponse500 | GetCaseFileResponse502 | GetCaseFileResponse503 | GetCaseFileResponse504
    """

    return sync_detailed(
        case_id=case_id,
        case_file_id=case_file_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    case_id: UUID,
    case_file_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    File
    | GetCaseFileResponse400
    | GetCaseFileResponse401
    | GetCaseFileResponse403
    | GetCaseFileResponse404
    | GetCaseFileResponse422
    | GetCaseFileResponse429
    | GetCaseFileResponse500
    | GetCaseFileResponse502
    | GetCaseFileResponse503
    | GetCaseFileResponse504
]:
    """Download one file of a case

    Args:
        case_id (UUID):
        case_file_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | GetCaseFileResponse400 | GetCaseFileResponse401 | GetCaseFileResponse403 | GetCaseFileResponse404 | GetCaseFileResponse422 | GetCaseFileResponse429 | GetCaseFileResponse500 | GetCaseFileResponse502 | GetCaseFileResponse503 | GetCaseFileResponse504]
    """

    kwargs = _get_kwargs(
        case_id=case_id,
        case_file_id=case_file_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    case_id: UUID,
    case_file_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    File
    | GetCaseFileResponse400
    | GetCaseFileResponse401
    | GetCaseFileResponse403
    | GetCaseFileResponse404
    | GetCaseFileResponse422
    | GetCaseFileResponse429
    | GetCaseFileResponse500
    | GetCaseFileResponse502
    | GetCaseFileResponse503
    | GetCaseFileResponse504
    | None
):
    """Download one file of a case

    Args:
        case_id (UUID):
        case_file_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | GetCaseFileResponse400 | GetCaseFileResponse401 | GetCaseFileResponse403 | GetCaseFileResponse404 | GetCaseFileResponse422 | GetCaseFileResponse429 | GetCaseFileResponse500 | GetCaseFileResponse502 | GetCaseFileResponse503 | GetCaseFileResponse504
    """

    return (
        await asyncio_detailed(
            case_id=case_id,
            case_file_id=case_file_id,
            client=client,
        )
    ).parsed
