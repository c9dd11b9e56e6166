from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_payments_import_response_400 import GetPaymentsImportResponse400
from ...models.get_payments_import_response_401 import GetPaymentsImportResponse401
from ...models.get_payments_import_response_403 import GetPaymentsImportResponse403
from ...models.get_payments_import_response_404 import GetPaymentsImportResponse404
from ...models.get_payments_import_response_422 import GetPaymentsImportResponse422
from ...models.get_payments_import_response_429 import GetPaymentsImportResponse429
from ...models.get_payments_import_response_500 import GetPaymentsImportResponse500
from ...models.get_payments_import_response_502 import GetPaymentsImportResponse502
from ...models.get_payments_import_response_503 import GetPaymentsImportResponse503
from ...models.get_payments_import_response_504 import GetPaymentsImportResponse504
from ...models.import_job import ImportJob
from ...types import Response


def _get_kwargs(
    job_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/payment-imports/{job_id}".format(
            job_id=quote(str(job_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetPaymentsImportResponse400
    | GetPaymentsImportResponse401
    | GetPaymentsImportResponse403
    | GetPaymentsImportResponse404
    | GetPaymentsImportResponse422
    | GetPaymentsImportResponse429
    | GetPaymentsImportResponse500
    | GetPaymentsImportResponse502
    | GetPaymentsImportResponse503
    | GetPaymentsImportResponse504
    | ImportJob
    | None
):
    if response.status_code == 200:
        response_200 = ImportJob.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetPaymentsImportResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetPaymentsImportResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetPaymentsImportResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetPaymentsImportResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = GetPaymentsImportResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetPaymentsImportResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetPaymentsImportResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = GetPaymentsImportResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = GetPaymentsImportResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = GetPaymentsImportResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetPaymentsImportResponse400
    | GetPaymentsImportResponse401
    | GetPaymentsImportResponse403
    | GetPaymentsImportResponse404
    | GetPaymentsImportResponse422
    | GetPaymentsImportResponse429
    | GetPaymentsImportResponse500
    | GetPaymentsImportResponse502
    | GetPaymentsImportResponse503
    | GetPaymentsImportResponse504
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
    GetPaymentsImportResponse400
    | GetPaymentsImportResponse401
    | GetPaymentsImportResponse403
    | GetPaymentsImportResponse404
    | GetPaymentsImportResponse422
    | GetPaymentsImportResponse429
    | GetPaymentsImportResponse500
    | GetPaymentsImportResponse502
    | GetPaymentsImportResponse503
    | GetPaymentsImportResponse504
    | ImportJob
]:
    """One payments import

    Args:
        job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPaymentsImportResponse400 | GetPaymentsImportResponse401 | GetPaymentsImportResponse403 | GetPaymentsImportResponse404 | GetPaymentsImportResponse422 | GetPaymentsImportResponse429 | GetPaymentsImportResponse500 | GetPaymentsImportResponse502 | GetPaymentsImportResponse503 | GetPaymentsImportResponse504 | ImportJob]
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
    GetPaymentsImportResponse400
    | GetPaymentsImportResponse401
    | GetPaymentsImportResponse403
    | GetPaymentsImportResponse404
    | GetPaymentsImportResponse422
    | GetPaymentsImportResponse429
    | GetPaymentsImportResponse500
    | GetPaymentsImportResponse502
    | GetPaymentsImportResponse503
    | GetPaymentsImportResponse504
    | ImportJob
    | None
):
    """One payments import

    Args:
        job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPaymentsImportResponse400 | GetPaymentsImportResponse401 | GetPaymentsImportResponse403 | GetPaymentsImportResponse404 | GetPaymentsImportResponse422 | GetPaymentsImportResponse429 | GetPaymentsImportResponse500 | GetPaymentsImportResponse502 | GetPaymentsImportResponse503 | GetPaymentsImportResponse504 | ImportJob
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
    GetPaymentsImportResponse400
    | GetPaymentsImportResponse401
    | GetPaymentsImportResponse403
    | GetPaymentsImportResponse404
    | GetPaymentsImportResponse422
    | GetPaymentsImportResponse429
    | GetPaymentsImportResponse500
    | GetPaymentsImportResponse502
    | GetPaymentsImportResponse503
    | GetPaymentsImportResponse504
    | ImportJob
]:
    """One payments import

    Args:
        job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPaymentsImportResponse400 | GetPaymentsImportResponse401 | GetPaymentsImportResponse403 | GetPaymentsImportResponse404 | GetPaymentsImportResponse422 | GetPaymentsImportResponse429 | GetPaymentsImportResponse500 | GetPaymentsImportResponse502 | GetPaymentsImportResponse503 | GetPaymentsImportResponse504 | ImportJob]
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
    GetPaymentsImportResponse400
    | GetPaymentsImportResponse401
    | GetPaymentsImportResponse403
    | GetPaymentsImportResponse404
    | GetPaymentsImportResponse422
    | GetPaymentsImportResponse429
    | GetPaymentsImportResponse500
    | GetPaymentsImportResponse502
    | GetPaymentsImportResponse503
    | GetPaymentsImportResponse504
    | ImportJob
    | None
):
    """One payments import

    Args:
        job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPaymentsImportResponse400 | GetPaymentsImportResponse401 | GetPaymentsImportResponse403 | GetPaymentsImportResponse404 | GetPaymentsImportResponse422 | GetPaymentsImportResponse429 | GetPaymentsImportResponse500 | GetPaymentsImportResponse502 | GetPaymentsImportResponse503 | GetPaymentsImportResponse504 | ImportJob
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
        )
    ).parsed
