from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_persons_import_response_400 import GetPersonsImportResponse400
from ...models.get_persons_import_response_401 import GetPersonsImportResponse401
from ...models.get_persons_import_response_403 import GetPersonsImportResponse403
from ...models.get_persons_import_response_404 import GetPersonsImportResponse404
from ...models.get_persons_import_response_422 import GetPersonsImportResponse422
from ...models.get_persons_import_response_429 import GetPersonsImportResponse429
from ...models.get_persons_import_response_500 import GetPersonsImportResponse500
from ...models.get_persons_import_response_502 import GetPersonsImportResponse502
from ...models.get_persons_import_response_503 import GetPersonsImportResponse503
from ...models.get_persons_import_response_504 import GetPersonsImportResponse504
from ...models.import_job import ImportJob
from ...types import Response


def _get_kwargs(
    job_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/enrollment-imports/{job_id}".format(
            job_id=quote(str(job_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetPersonsImportResponse400
    | GetPersonsImportResponse401
    | GetPersonsImportResponse403
    | GetPersonsImportResponse404
    | GetPersonsImportResponse422
    | GetPersonsImportResponse429
    | GetPersonsImportResponse500
    | GetPersonsImportResponse502
    | GetPersonsImportResponse503
    | GetPersonsImportResponse504
    | ImportJob
    | None
):
    if response.status_code == 200:
        response_200 = ImportJob.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetPersonsImportResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetPersonsImportResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetPersonsImportResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetPersonsImportResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = GetPersonsImportResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetPersonsImportResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetPersonsImportResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = GetPersonsImportResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = GetPersonsImportResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = GetPersonsImportResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetPersonsImportResponse400
    | GetPersonsImportResponse401
    | GetPersonsImportResponse403
    | GetPersonsImportResponse404
    | GetPersonsImportResponse422
    | GetPersonsImportResponse429
    | GetPersonsImportResponse500
    | GetPersonsImportResponse502
    | GetPersonsImportResponse503
    | GetPersonsImportResponse504
    | ImportJob
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
    GetPersonsImportResponse400
    | GetPersonsImportResponse401
    | GetPersonsImportResponse403
    | GetPersonsImportResponse404
    | GetPersonsImportResponse422
    | GetPersonsImportResponse429
    | GetPersonsImportResponse500
    | GetPersonsImportResponse502
    | GetPersonsImportResponse503
    | GetPersonsImportResponse504
    | ImportJob
]:
    """One persons import

    Args:
        job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPersonsImportResponse400 | GetPersonsImportResponse401 | GetPersonsImportResponse403 | GetPersonsImportResponse404 | GetPersonsImportResponse422 | GetPersonsImportResponse429 | GetPersonsImportResponse500 | GetPersonsImportResponse502 | GetPersonsImportResponse503 | GetPersonsImportResponse504 | ImportJob]
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
    GetPersonsImportResponse400
    | GetPersonsImportResponse401
    | GetPersonsImportResponse403
    | GetPersonsImportResponse404
    | GetPersonsImportResponse422
    | GetPersonsImportResponse429
    | GetPersonsImportResponse500
    | GetPersonsImportResponse502
    | GetPersonsImportResponse503
    | GetPersonsImportResponse504
    | ImportJob
    | None
):
    """One persons import

    Args:
        job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPersonsImportResponse400 | GetPersonsImportResponse401 | GetPersonsImportResponse403 | GetPersonsImportResponse404 | GetPersonsImportResponse422 | GetPersonsImportResponse429 | GetPersonsImportResponse500 | GetPersonsImportResponse502 | GetPersonsImportResponse503 | GetPersonsImportResponse504 | ImportJob
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
    GetPersonsImportResponse400
    | GetPersonsImportResponse401
    | GetPersonsImportResponse403
    | GetPersonsImportResponse404
    | GetPersonsImportResponse422
    | GetPersonsImportResponse429
    | GetPersonsImportResponse500
    | GetPersonsImportResponse502
    | GetPersonsImportResponse503
    | GetPersonsImportResponse504
    | ImportJob
]:
    """One persons import

    Args:
        job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPersonsImportResponse400 | GetPersonsImportResponse401 | GetPersonsImportResponse403 | GetPersonsImportResponse404 | GetPersonsImportResponse422 | GetPersonsImportResponse429 | GetPersonsImportResponse500 | GetPersonsImportResponse502 | GetPersonsImportResponse503 | GetPersonsImportResponse504 | ImportJob]
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
    GetPersonsImportResponse400
    | GetPersonsImportResponse401
    | GetPersonsImportResponse403
    | GetPersonsImportResponse404
    | GetPersonsImportResponse422
    | GetPersonsImportResponse429
    | GetPersonsImportResponse500
    | GetPersonsImportResponse502
    | GetPersonsImportResponse503
    | GetPersonsImportResponse504
    | ImportJob
    | None
):
    """One persons import

    Args:
        job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPersonsImportResponse400 | GetPersonsImportResponse401 | GetPersonsImportResponse403 | GetPersonsImportResponse404 | GetPersonsImportResponse422 | GetPersonsImportResponse429 | GetPersonsImportResponse500 | GetPersonsImportResponse502 | GetPersonsImportResponse503 | GetPersonsImportResponse504 | ImportJob
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
        )
    ).parsed
