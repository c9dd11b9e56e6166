from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_opening_balance_import_response_400 import GetOpeningBalanceImportResponse400
from ...models.get_opening_balance_import_response_401 import GetOpeningBalanceImportResponse401
from ...models.get_opening_balance_import_response_403 import GetOpeningBalanceImportResponse403
from ...models.get_opening_balance_import_response_404 import GetOpeningBalanceImportResponse404
from ...models.get_opening_balance_import_response_422 import GetOpeningBalanceImportResponse422
from ...models.get_opening_balance_import_response_429 import GetOpeningBalanceImportResponse429
from ...models.get_opening_balance_import_response_500 import GetOpeningBalanceImportResponse500
from ...models.get_opening_balance_import_response_502 import GetOpeningBalanceImportResponse502
from ...models.get_opening_balance_import_response_503 import GetOpeningBalanceImportResponse503
from ...models.get_opening_balance_import_response_504 import GetOpeningBalanceImportResponse504
from ...models.opening_balance_import import OpeningBalanceImport
from ...types import Response


def _get_kwargs(
    job_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/opening-balance-imports/{job_id}".format(
            job_id=quote(str(job_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetOpeningBalanceImportResponse400
    | GetOpeningBalanceImportResponse401
    | GetOpeningBalanceImportResponse403
    | GetOpeningBalanceImportResponse404
    | GetOpeningBalanceImportResponse422
    | GetOpeningBalanceImportResponse429
    | GetOpeningBalanceImportResponse500
    | GetOpeningBalanceImportResponse502
    | GetOpeningBalanceImportResponse503
    | GetOpeningBalanceImportResponse504
    | OpeningBalanceImport
    | None
):
    if response.status_code == 200:
        response_200 = OpeningBalanceImport.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetOpeningBalanceImportResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetOpeningBalanceImportResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetOpeningBalanceImportResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetOpeningBalanceImportResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = GetOpeningBalanceImportResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetOpeningBalanceImportResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetOpeningBalanceImportResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = GetOpeningBalanceImportResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = GetOpeningBalanceImportResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = GetOpeningBalanceImportResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetOpeningBalanceImportResponse400
    | GetOpeningBalanceImportResponse401
    | GetOpeningBalanceImportResponse403
    | GetOpeningBalanceImportResponse404
    | GetOpeningBalanceImportResponse422
    | GetOpeningBalanceImportResponse429
    | GetOpeningBalanceImportResponse500
    | GetOpeningBalanceImportResponse502
    | GetOpeningBalanceImportResponse503
    | GetOpeningBalanceImportResponse504
    | OpeningBalanceImport
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
    GetOpeningBalanceImportResponse400
    | GetOpeningBalanceImportResponse401
    | GetOpeningBalanceImportResponse403
    | GetOpeningBalanceImportResponse404
    | GetOpeningBalanceImportResponse422
    | GetOpeningBalanceImportResponse429
    | GetOpeningBalanceImportResponse500
    | GetOpeningBalanceImportResponse502
    | GetOpeningBalanceImportResponse503
    | GetOpeningBalanceImportResponse504
    | OpeningBalanceImport
]:
    """One opening-balance import

    Args:
        job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetOpeningBalanceImportResponse400 | GetOpeningBalanceImportResponse401 | GetOpeningBalanceImportResponse403 | GetOpeningBalanceImportResponse404 | GetOpeningBalanceImportResponse422 | GetOpeningBalanceImportResponse429 | GetOpeningBalanceImportResponse500 | GetOpeningBalanceImportResponse502 | GetOpeningBalanceImportResponse503 | GetOpeningBalanceImportResponse504 | OpeningBalanceImport]
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
    GetOpeningBalanceImportResponse400
    | GetOpeningBalanceImportResponse401
    | GetOpeningBalanceImportResponse403
    | GetOpeningBalanceImportResponse404
    | GetOpeningBalanceImportResponse422
    | GetOpeningBalanceImportResponse429
    | GetOpeningBalanceImportResponse500
    | GetOpeningBalanceImportResponse502
    | GetOpeningBalanceImportResponse503
    | GetOpeningBalanceImportResponse504
    | OpeningBalanceImport
    | None
):
    """One opening-balance import

    Args:
        job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetOpeningBalanceImportResponse400 | GetOpeningBalanceImportResponse401 | GetOpeningBalanceImportResponse403 | GetOpeningBalanceImportResponse404 | GetOpeningBalanceImportResponse422 | GetOpeningBalanceImportResponse429 | GetOpeningBalanceImportResponse500 | GetOpeningBalanceImportResponse502 | GetOpeningBalanceImportResponse503 | GetOpeningBalanceImportResponse504 | OpeningBalanceImport
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
    GetOpeningBalanceImportResponse400
    | GetOpeningBalanceImportResponse401
    | GetOpeningBalanceImportResponse403
    | GetOpeningBalanceImportResponse404
    | GetOpeningBalanceImportResponse422
    | GetOpeningBalanceImportResponse429
    | GetOpeningBalanceImportResponse500
    | GetOpeningBalanceImportResponse502
    | GetOpeningBalanceImportResponse503
    | GetOpeningBalanceImportResponse504
    | OpeningBalanceImport
]:
    """One opening-balance import

    Args:
        job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetOpeningBalanceImportResponse400 | GetOpeningBalanceImportResponse401 | GetOpeningBalanceImportResponse403 | GetOpeningBalanceImportResponse404 | GetOpeningBalanceImportResponse422 | GetOpeningBalanceImportResponse429 | GetOpeningBalanceImportResponse500 | GetOpeningBalanceImportResponse502 | GetOpeningBalanceImportResponse503 | GetOpeningBalanceImportResponse504 | OpeningBalanceImport]
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
    GetOpeningBalanceImportResponse400
    | GetOpeningBalanceImportResponse401
    | GetOpeningBalanceImportResponse403
    | GetOpeningBalanceImportResponse404
    | GetOpeningBalanceImportResponse422
    | GetOpeningBalanceImportResponse429
    | GetOpeningBalanceImportResponse500
    | GetOpeningBalanceImportResponse502
    | GetOpeningBalanceImportResponse503
    | GetOpeningBalanceImportResponse504
    | OpeningBalanceImport
    | None
):
    """One opening-balance import

    Args:
        job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetOpeningBalanceImportResponse400 | GetOpeningBalanceImportResponse401 | GetOpeningBalanceImportResponse403 | GetOpeningBalanceImportResponse404 | GetOpeningBalanceImportResponse422 | GetOpeningBalanceImportResponse429 | GetOpeningBalanceImportResponse500 | GetOpeningBalanceImportResponse502 | GetOpeningBalanceImportResponse503 | GetOpeningBalanceImportResponse504 | OpeningBalanceImport
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
        )
    ).parsed
