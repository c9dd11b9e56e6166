from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_level_import_response_400 import GetLevelImportResponse400
from ...models.get_level_import_response_401 import GetLevelImportResponse401
from ...models.get_level_import_response_403 import GetLevelImportResponse403
from ...models.get_level_import_response_404 import GetLevelImportResponse404
from ...models.get_level_import_response_422 import GetLevelImportResponse422
from ...models.get_level_import_response_429 import GetLevelImportResponse429
from ...models.get_level_import_response_500 import GetLevelImportResponse500
from ...models.get_level_import_response_502 import GetLevelImportResponse502
from ...models.get_level_import_response_503 import GetLevelImportResponse503
from ...models.get_level_import_response_504 import GetLevelImportResponse504
from ...models.level_import import LevelImport
from ...types import Response


def _get_kwargs(
    job_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/level-imports/{job_id}".format(
            job_id=quote(str(job_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetLevelImportResponse400
    | GetLevelImportResponse401
    | GetLevelImportResponse403
    | GetLevelImportResponse404
    | GetLevelImportResponse422
    | GetLevelImportResponse429
    | GetLevelImportResponse500
    | GetLevelImportResponse502
    | GetLevelImportResponse503
    | GetLevelImportResponse504
    | LevelImport
    | None
):
    if response.status_code == 200:
        response_200 = LevelImport.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetLevelImportResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetLevelImportResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetLevelImportResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetLevelImportResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = GetLevelImportResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetLevelImportResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetLevelImportResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = GetLevelImportResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = GetLevelImportResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = GetLevelImportResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetLevelImportResponse400
    | GetLevelImportResponse401
    | GetLevelImportResponse403
    | GetLevelImportResponse404
    | GetLevelImportResponse422
    | GetLevelImportResponse429
    | GetLevelImportResponse500
    | GetLevelImportResponse502
    | GetLevelImportResponse503
    | GetLevelImportResponse504
    | LevelImport
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    job_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetLevelImportResponse400
    | GetLevelImportResponse401
    | GetLevelImportResponse403
    | GetLevelImportResponse404
    | GetLevelImportResponse422
    | GetLevelImportResponse429
    | GetLevelImportResponse500
    | GetLevelImportResponse502
    | GetLevelImportResponse503
    | GetLevelImportResponse504
    | LevelImport
]:
    """One level import

    Args:
        job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetLevelImportResponse400 | GetLevelImportResponse401 | GetLevelImportResponse403 | GetLevelImportResponse404 | GetLevelImportResponse422 | GetLevelImportResponse429 | GetLevelImportResponse500 | GetLevelImportResponse502 | GetLevelImportResponse503 | GetLevelImportResponse504 | LevelImport]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetLevelImportResponse400
    | GetLevelImportResponse401
    | GetLevelImportResponse403
    | GetLevelImportResponse404
    | GetLevelImportResponse422
    | GetLevelImportResponse429
    | GetLevelImportResponse500
    | GetLevelImportResponse502
    | GetLevelImportResponse503
    | GetLevelImportResponse504
    | LevelImport
    | None
):
    """One level import

    Args:
        job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetLevelImportResponse400 | GetLevelImportResponse401 | GetLevelImportResponse403 | GetLevelImportResponse404 | GetLevelImportResponse422 | GetLevelImportResponse429 | GetLevelImportResponse500 | GetLevelImportResponse502 | GetLevelImportResponse503 | GetLevelImportResponse504 | LevelImport
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    job_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetLevelImportResponse400
    | GetLevelImportResponse401
    | GetLevelImportResponse403
    | GetLevelImportResponse404
    | GetLevelImportResponse422
    | GetLevelImportResponse429
    | GetLevelImportResponse500
    | GetLevelImportResponse502
    | GetLevelImportResponse503
    | GetLevelImportResponse504
    | LevelImport
]:
    """One level import

    Args:
        job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetLevelImportResponse400 | GetLevelImportResponse401 | GetLevelImportResponse403 | GetLevelImportResponse404 | GetLevelImportResponse422 | GetLevelImportResponse429 | GetLevelImportResponse500 | GetLevelImportResponse502 | GetLevelImportResponse503 | GetLevelImportResponse504 | LevelImport]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetLevelImportResponse400
    | GetLevelImportResponse401
    | GetLevelImportResponse403
    | GetLevelImportResponse404
    | GetLevelImportResponse422
    | GetLevelImportResponse429
    | GetLevelImportResponse500
    | GetLevelImportResponse502
    | GetLevelImportResponse503
    | GetLevelImportResponse504
    | LevelImport
    | None
):
    """One level import

    Args:
        job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetLevelImportResponse400 | GetLevelImportResponse401 | GetLevelImportResponse403 | GetLevelImportResponse404 | GetLevelImportResponse422 | GetLevelImportResponse429 | GetLevelImportResponse500 | GetLevelImportResponse502 | GetLevelImportResponse503 | GetLevelImportResponse504 | LevelImport
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
        )
    ).parsed
