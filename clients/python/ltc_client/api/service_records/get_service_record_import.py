from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_service_record_import_response_400 import GetServiceRecordImportResponse400
from ...models.get_service_record_import_response_401 import GetServiceRecordImportResponse401
from ...models.get_service_record_import_response_403 import GetServiceRecordImportResponse403
from ...models.get_service_record_import_response_404 import GetServiceRecordImportResponse404
from ...models.get_service_record_import_response_422 import GetServiceRecordImportResponse422
from ...models.get_service_record_import_response_429 import GetServiceRecordImportResponse429
from ...models.get_service_record_import_response_500 import GetServiceRecordImportResponse500
from ...models.get_service_record_import_response_502 import GetServiceRecordImportResponse502
from ...models.get_service_record_import_response_503 import GetServiceRecordImportResponse503
from ...models.get_service_record_import_response_504 import GetServiceRecordImportResponse504
from ...models.settlement_import_job import SettlementImportJob
from ...types import Response


def _get_kwargs(
    job_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/service-record-imports/{job_id}".format(
            job_id=quote(str(job_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetServiceRecordImportResponse400
    | GetServiceRecordImportResponse401
    | GetServiceRecordImportResponse403
    | GetServiceRecordImportResponse404
    | GetServiceRecordImportResponse422
    | GetServiceRecordImportResponse429
    | GetServiceRecordImportResponse500
    | GetServiceRecordImportResponse502
    | GetServiceRecordImportResponse503
    | GetServiceRecordImportResponse504
    | SettlementImportJob
    | None
):
    if response.status_code == 200:
        response_200 = SettlementImportJob.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetServiceRecordImportResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetServiceRecordImportResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetServiceRecordImportResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetServiceRecordImportResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = GetServiceRecordImportResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetServiceRecordImportResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetServiceRecordImportResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = GetServiceRecordImportResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = GetServiceRecordImportResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = GetServiceRecordImportResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetServiceRecordImportResponse400
    | GetServiceRecordImportResponse401
    | GetServiceRecordImportResponse403
    | GetServiceRecordImportResponse404
    | GetServiceRecordImportResponse422
    | GetServiceRecordImportResponse429
    | GetServiceRecordImportResponse500
    | GetServiceRecordImportResponse502
    | GetServiceRecordImportResponse503
    | GetServiceRecordImportResponse504
    | SettlementImportJob
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
    GetServiceRecordImportResponse400
    | GetServiceRecordImportResponse401
    | GetServiceRecordImportResponse403
    | GetServiceRecordImportResponse404
    | GetServiceRecordImportResponse422
    | GetServiceRecordImportResponse429
    | GetServiceRecordImportResponse500
    | GetServiceRecordImportResponse502
    | GetServiceRecordImportResponse503
    | GetServiceRecordImportResponse504
    | SettlementImportJob
]:
    """An import job

    Args:
        job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetServiceRecordImportResponse400 | GetServiceRecordImportResponse401 | GetServiceRecordImportResponse403 | GetServiceRecordImportResponse404 | GetServiceRecordImportResponse422 | GetServiceRecordImportResponse429 | GetServiceRecordImportResponse500 | GetServiceRecordImportResponse502 | GetServiceRecordImportResponse503 | GetServiceRecordImportResponse504 | SettlementImportJob]
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
    GetServiceRecordImportResponse400
    | GetServiceRecordImportResponse401
    | GetServiceRecordImportResponse403
    | GetServiceRecordImportResponse404
    | GetServiceRecordImportResponse422
    | GetServiceRecordImportResponse429
    | GetServiceRecordImportResponse500
    | GetServiceRecordImportResponse502
    | GetServiceRecordImportResponse503
    | GetServiceRecordImportResponse504
    | SettlementImportJob
    | None
):
    """An import job

    Args:
        job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetServiceRecordImportResponse400 | GetServiceRecordImportResponse401 | GetServiceRecordImportResponse403 | GetServiceRecordImportResponse404 | GetServiceRecordImportResponse422 | GetServiceRecordImportResponse429 | GetServiceRecordImportResponse500 | GetServiceRecordImportResponse502 | GetServiceRecordImportResponse503 | GetServiceRecordImportResponse504 | SettlementImportJob
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
    GetServiceRecordImportResponse400
    | GetServiceRecordImportResponse401
    | GetServiceRecordImportResponse403
    | GetServiceRecordImportResponse404
    | GetServiceRecordImportResponse422
    | GetServiceRecordImportResponse429
    | GetServiceRecordImportResponse500
    | GetServiceRecordImportResponse502
    | GetServiceRecordImportResponse503
    | GetServiceRecordImportResponse504
    | SettlementImportJob
]:
    """An import job

    Args:
        job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetServiceRecordImportResponse400 | GetServiceRecordImportResponse401 | GetServiceRecordImportResponse403 | GetServiceRecordImportResponse404 | GetServiceRecordImportResponse422 | GetServiceRecordImportResponse429 | GetServiceRecordImportResponse500 | GetServiceRecordImportResponse502 | GetServiceRecordImportResponse503 | GetServiceRecordImportResponse504 | SettlementImportJob]
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
    GetServiceRecordImportResponse400
    | GetServiceRecordImportResponse401
    | GetServiceRecordImportResponse403
    | GetServiceRecordImportResponse404
    | GetServiceRecordImportResponse422
    | GetServiceRecordImportResponse429
    | GetServiceRecordImportResponse500
    | GetServiceRecordImportResponse502
    | GetServiceRecordImportResponse503
    | GetServiceRecordImportResponse504
    | SettlementImportJob
    | None
):
    """An import job

    Args:
        job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetServiceRecordImportResponse400 | GetServiceRecordImportResponse401 | GetServiceRecordImportResponse403 | GetServiceRecordImportResponse404 | GetServiceRecordImportResponse422 | GetServiceRecordImportResponse429 | GetServiceRecordImportResponse500 | GetServiceRecordImportResponse502 | GetServiceRecordImportResponse503 | GetServiceRecordImportResponse504 | SettlementImportJob
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
        )
    ).parsed
