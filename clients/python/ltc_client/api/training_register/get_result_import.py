from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_result_import_response_400 import GetResultImportResponse400
from ...models.get_result_import_response_401 import GetResultImportResponse401
from ...models.get_result_import_response_403 import GetResultImportResponse403
from ...models.get_result_import_response_404 import GetResultImportResponse404
from ...models.get_result_import_response_422 import GetResultImportResponse422
from ...models.get_result_import_response_429 import GetResultImportResponse429
from ...models.get_result_import_response_500 import GetResultImportResponse500
from ...models.get_result_import_response_502 import GetResultImportResponse502
from ...models.get_result_import_response_503 import GetResultImportResponse503
from ...models.get_result_import_response_504 import GetResultImportResponse504
from ...models.result_import import ResultImport
from ...types import Response


def _get_kwargs(
    job_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/training-result-imports/{job_id}".format(
            job_id=quote(str(job_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetResultImportResponse400
    | GetResultImportResponse401
    | GetResultImportResponse403
    | GetResultImportResponse404
    | GetResultImportResponse422
    | GetResultImportResponse429
    | GetResultImportResponse500
    | GetResultImportResponse502
    | GetResultImportResponse503
    | GetResultImportResponse504
    | ResultImport
    | None
):
    if response.status_code == 200:
        response_200 = ResultImport.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetResultImportResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetResultImportResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetResultImportResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetResultImportResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = GetResultImportResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetResultImportResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetResultImportResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = GetResultImportResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = GetResultImportResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = GetResultImportResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetResultImportResponse400
    | GetResultImportResponse401
    | GetResultImportResponse403
    | GetResultImportResponse404
    | GetResultImportResponse422
    | GetResultImportResponse429
    | GetResultImportResponse500
    | GetResultImportResponse502
    | GetResultImportResponse503
    | GetResultImportResponse504
    | ResultImport
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
    GetResultImportResponse400
    | GetResultImportResponse401
    | GetResultImportResponse403
    | GetResultImportResponse404
    | GetResultImportResponse422
    | GetResultImportResponse429
    | GetResultImportResponse500
    | GetResultImportResponse502
    | GetResultImportResponse503
    | GetResultImportResponse504
    | ResultImport
]:
    """One import of exam results

    Args:
        job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetResultImportResponse400 | GetResultImportResponse401 | GetResultImportResponse403 | GetResultImportResponse404 | GetResultImportResponse422 | GetResultImportResponse429 | GetResultImportResponse500 | GetResultImportResponse502 | GetResultImportResponse503 | GetResultImportResponse504 | ResultImport]
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
    GetResultImportResponse400
    | GetResultImportResponse401
    | GetResultImportResponse403
    | GetResultImportResponse404
    | GetResultImportResponse422
    | GetResultImportResponse429
    | GetResultImportResponse500
    | GetResultImportResponse502
    | GetResultImportResponse503
    | GetResultImportResponse504
    | ResultImport
    | None
):
    """One import of exam results

    Args:
        job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetResultImportResponse400 | GetResultImportResponse401 | GetResultImportResponse403 | GetResultImportResponse404 | GetResultImportResponse422 | GetResultImportResponse429 | GetResultImportResponse500 | GetResultImportResponse502 | GetResultImportResponse503 | GetResultImportResponse504 | ResultImport
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
    GetResultImportResponse400
    | GetResultImportResponse401
    | GetResultImportResponse403
    | GetResultImportResponse404
    | GetResultImportResponse422
    | GetResultImportResponse429
    | GetResultImportResponse500
    | GetResultImportResponse502
    | GetResultImportResponse503
    | GetResultImportResponse504
    | ResultImport
]:
    """One import of exam results

    Args:
        job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetResultImportResponse400 | GetResultImportResponse401 | GetResultImportResponse403 | GetResultImportResponse404 | GetResultImportResponse422 | GetResultImportResponse429 | GetResultImportResponse500 | GetResultImportResponse502 | GetResultImportResponse503 | GetResultImportResponse504 | ResultImport]
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
    GetResultImportResponse400
    | GetResultImportResponse401
    | GetResultImportResponse403
    | GetResultImportResponse404
    | GetResultImportResponse422
    | GetResultImportResponse429
    | GetResultImportResponse500
    | GetResultImportResponse502
    | GetResultImportResponse503
    | GetResultImportResponse504
    | ResultImport
    | None
):
    """One import of exam results

    Args:
        job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetResultImportResponse400 | GetResultImportResponse401 | GetResultImportResponse403 | GetResultImportResponse404 | GetResultImportResponse422 | GetResultImportResponse429 | GetResultImportResponse500 | GetResultImportResponse502 | GetResultImportResponse503 | GetResultImportResponse504 | ResultImport
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
        )
    ).parsed
