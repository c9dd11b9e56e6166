from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contract import Contract
from ...models.get_contract_response_400 import GetContractResponse400
from ...models.get_contract_response_401 import GetContractResponse401
from ...models.get_contract_response_403 import GetContractResponse403
from ...models.get_contract_response_404 import GetContractResponse404
from ...models.get_contract_response_422 import GetContractResponse422
from ...models.get_contract_response_429 import GetContractResponse429
from ...models.get_contract_response_500 import GetContractResponse500
from ...models.get_contract_response_502 import GetContractResponse502
from ...models.get_contract_response_503 import GetContractResponse503
from ...models.get_contract_response_504 import GetContractResponse504
from ...types import Response


def _get_kwargs(
    contract_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/contracts/{contract_id}".format(
            contract_id=quote(str(contract_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Contract
    | GetContractResponse400
    | GetContractResponse401
    | GetContractResponse403
    | GetContractResponse404
    | GetContractResponse422
    | GetContractResponse429
    | GetContractResponse500
    | GetContractResponse502
    | GetContractResponse503
    | GetContractResponse504
    | None
):
    if response.status_code == 200:
        response_200 = Contract.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetContractResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetContractResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetContractResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetContractResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = GetContractResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetContractResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetContractResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = GetContractResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = GetContractResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = GetContractResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Contract
    | GetContractResponse400
    | GetContractResponse401
    | GetContractResponse403
    | GetContractResponse404
    | GetContractResponse422
    | GetContractResponse429
    | GetContractResponse500
    | GetContractResponse502
    | GetContractResponse503
    | GetContractResponse504
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    contract_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    Contract
    | GetContractResponse400
    | GetContractResponse401
    | GetContractResponse403
    | GetContractResponse404
    | GetContractResponse422
    | GetContractResponse429
    | GetContractResponse500
    | GetContractResponse502
    | GetContractResponse503
    | GetContractResponse504
]:
    """One contract with its status history

    Args:
        contract_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Contract | GetContractResponse400 | GetContractResponse401 | GetContractResponse403 | GetContractResponse404 | GetContractResponse422 | GetContractResponse429 | GetContractResponse500 | GetContractResponse502 | GetContractResponse503 | GetContractResponse504]
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    contract_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    Contract
    | GetContractResponse400
    | GetContractResponse401
    | GetContractResponse403
    | GetContractResponse404
    | GetContractResponse422
    | GetContractResponse429
    | GetContractResponse500
    | GetContractResponse502
    | GetContractResponse503
    | GetContractResponse504
    | None
):
    """One contract with its status history

    Args:
        contract_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Contract | GetContractResponse400 | GetContractResponse401 | GetContractResponse403 | GetContractResponse404 | GetContractResponse422 | GetContractResponse429 | GetContractResponse500 | GetContractResponse502 | GetContractResponse503 | GetContractResponse504
    """

    return sync_detailed(
        contract_id=contract_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    contract_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    Contract
    | GetContractResponse400
    | GetContractResponse401
    | GetContractResponse403
    | GetContractResponse404
    | GetContractResponse422
    | GetContractResponse429
    | GetContractResponse500
    | GetContractResponse502
    | GetContractResponse503
    | GetContractResponse504
]:
    """One contract with its status history

    Args:
        contract_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Contract | GetContractResponse400 | GetContractResponse401 | GetContractResponse403 | GetContractResponse404 | GetContractResponse422 | GetContractResponse429 | GetContractResponse500 | GetContractResponse502 | GetContractResponse503 | GetContractResponse504]
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contract_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    Contract
    | GetContractResponse400
    | GetContractResponse401
    | GetContractResponse403
    | GetContractResponse404
    | GetContractResponse422
    | GetContractResponse429
    | GetContractResponse500
    | GetContractResponse502
    | GetContractResponse503
    | GetContractResponse504
    | None
):
    """One contract with its status history

    Args:
        contract_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Contract | GetContractResponse400 | GetContractResponse401 | GetContractResponse403 | GetContractResponse404 | GetContractResponse422 | GetContractResponse429 | GetContractResponse500 | GetContractResponse502 | GetContractResponse503 | GetContractResponse504
    """

    return (
        await asyncio_detailed(
            contract_id=contract_id,
            client=client,
        )
    ).parsed
