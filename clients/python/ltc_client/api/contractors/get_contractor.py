from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contractor import Contractor
from ...models.get_contractor_response_400 import GetContractorResponse400
from ...models.get_contractor_response_401 import GetContractorResponse401
from ...models.get_contractor_response_403 import GetContractorResponse403
from ...models.get_contractor_response_404 import GetContractorResponse404
from ...models.get_contractor_response_422 import GetContractorResponse422
from ...models.get_contractor_response_429 import GetContractorResponse429
from ...models.get_contractor_response_500 import GetContractorResponse500
from ...models.get_contractor_response_502 import GetContractorResponse502
from ...models.get_contractor_response_503 import GetContractorResponse503
from ...models.get_contractor_response_504 import GetContractorResponse504
from ...types import Response


def _get_kwargs(
    contractor_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/contractors/{contractor_id}".format(
            contractor_id=quote(str(contractor_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Contractor
    | GetContractorResponse400
    | GetContractorResponse401
    | GetContractorResponse403
    | GetContractorResponse404
    | GetContractorResponse422
    | GetContractorResponse429
    | GetContractorResponse500
    | GetContractorResponse502
    | GetContractorResponse503
    | GetContractorResponse504
    | None
):
    if response.status_code == 200:
        response_200 = Contractor.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetContractorResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetContractorResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetContractorResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetContractorResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = GetContractorResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetContractorResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetContractorResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = GetContractorResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = GetContractorResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = GetContractorResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Contractor
    | GetContractorResponse400
    | GetContractorResponse401
    | GetContractorResponse403
    | GetContractorResponse404
    | GetContractorResponse422
    | GetContractorResponse429
    | GetContractorResponse500
    | GetContractorResponse502
    | GetContractorResponse503
    | GetContractorResponse504
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    contractor_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    Contractor
    | GetContractorResponse400
    | GetContractorResponse401
    | GetContractorResponse403
    | GetContractorResponse404
    | GetContractorResponse422
    | GetContractorResponse429
    | GetContractorResponse500
    | GetContractorResponse502
    | GetContractorResponse503
    | GetContractorResponse504
]:
    """One contractor

    Args:
        contractor_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Contractor | GetContractorResponse400 | GetContractorResponse401 | GetContractorResponse403 | GetContractorResponse404 | GetContractorResponse422 | GetContractorResponse429 | GetContractorResponse500 | GetContractorResponse502 | GetContractorResponse503 | GetContractorResponse504]
    """

    kwargs = _get_kwargs(
        contractor_id=contractor_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    contractor_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    Contractor
    | GetContractorResponse400
    | GetContractorResponse401
    | GetContractorResponse403
    | GetContractorResponse404
    | GetContractorResponse422
    | GetContractorResponse429
    | GetContractorResponse500
    | GetContractorResponse502
    | GetContractorResponse503
    | GetContractorResponse504
    | None
):
    """One contractor

    Args:
        contractor_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Contractor | GetContractorResponse400 | GetContractorResponse401 | GetContractorResponse403 | GetContractorResponse404 | GetContractorResponse422 | GetContractorResponse429 | GetContractorResponse500 | GetContractorResponse502 | GetContractorResponse503 | GetContractorResponse504
    """

    return sync_detailed(
        contractor_id=contractor_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    contractor_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    Contractor
    | GetContractorResponse400
    | GetContractorResponse401
    | GetContractorResponse403
    | GetContractorResponse404
    | GetContractorResponse422
    | GetContractorResponse429
    | GetContractorResponse500
    | GetContractorResponse502
    | GetContractorResponse503
    | GetContractorResponse504
]:
    """One contractor

    Args:
        contractor_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Contractor | GetContractorResponse400 | GetContractorResponse401 | GetContractorResponse403 | GetContractorResponse404 | GetContractorResponse422 | GetContractorResponse429 | GetContractorResponse500 | GetContractorResponse502 | GetContractorResponse503 | GetContractorResponse504]
    """

    kwargs = _get_kwargs(
        contractor_id=contractor_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contractor_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    Contractor
    | GetContractorResponse400
    | GetContractorResponse401
    | GetContractorResponse403
    | GetContractorResponse404
    | GetContractorResponse422
    | GetContractorResponse429
    | GetContractorResponse500
    | GetContractorResponse502
    | GetContractorResponse503
    | GetContractorResponse504
    | None
):
    """One contractor

    Args:
        contractor_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Contractor | GetContractorResponse400 | GetContractorResponse401 | GetContractorResponse403 | GetContractorResponse404 | GetContractorResponse422 | GetContractorResponse429 | GetContractorResponse500 | GetContractorResponse502 | GetContractorResponse503 | GetContractorResponse504
    """

    return (
        await asyncio_detailed(
            contractor_id=contractor_id,
            client=client,
        )
    ).parsed
