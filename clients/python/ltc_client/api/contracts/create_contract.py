from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contract import Contract
from ...models.contract_create import ContractCreate
from ...models.create_contract_response_400 import CreateContractResponse400
from ...models.create_contract_response_401 import CreateContractResponse401
from ...models.create_contract_response_403 import CreateContractResponse403
from ...models.create_contract_response_404 import CreateContractResponse404
from ...models.create_contract_response_409 import CreateContractResponse409
from ...models.create_contract_response_413 import CreateContractResponse413
from ...models.create_contract_response_422 import CreateContractResponse422
from ...models.create_contract_response_429 import CreateContractResponse429
from ...models.create_contract_response_500 import CreateContractResponse500
from ...models.create_contract_response_502 import CreateContractResponse502
from ...models.create_contract_response_503 import CreateContractResponse503
from ...models.create_contract_response_504 import CreateContractResponse504
from ...types import Response


def _get_kwargs(
    *,
    body: ContractCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/contracts",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Contract
    | CreateContractResponse400
    | CreateContractResponse401
    | CreateContractResponse403
    | CreateContractResponse404
    | CreateContractResponse409
    | CreateContractResponse413
    | CreateContractResponse422
    | CreateContractResponse429
    | CreateContractResponse500
    | CreateContractResponse502
    | CreateContractResponse503
    | CreateContractResponse504
    | None
):
    if response.status_code == 201:
        response_201 = Contract.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = CreateContractResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateContractResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CreateContractResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = CreateContractResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = CreateContractResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = CreateContractResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = CreateContractResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = CreateContractResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = CreateContractResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = CreateContractResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = CreateContractResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = CreateContractResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Contract
    | CreateContractResponse400
    | CreateContractResponse401
    | CreateContractResponse403
    | CreateContractResponse404
    | CreateContractResponse409
    | CreateContractResponse413
    | CreateContractResponse422
    | CreateContractResponse429
    | CreateContractResponse500
    | CreateContractResponse502
    | CreateContractResponse503
    | CreateContractResponse504
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContractCreate,
) -> Response[
    Contract
    | CreateContractResponse400
    | CreateContractResponse401
    | CreateContractResponse403
    | CreateContractResponse404
    | CreateContractResponse409
    | CreateContractResponse413
    | CreateContractResponse422
    | CreateContractResponse429
    | CreateContractResponse500
    | CreateContractResponse502
    | CreateContractResponse503
    | CreateContractResponse504
]:
    """Draft a service contract for a lot

     A draft; it comes into force by a status change. 422 ``CONTRACTOR_UNKNOWN``, ``COUNTY_UNKNOWN``;
    ``subcontracting_forbidden: false`` is refused (``SUBCONTRACTING_FORBIDDEN``).

    Args:
        body (ContractCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Contract | CreateContractResponse400 | CreateContractResponse401 | CreateContractResponse403 | CreateContractResponse404 | CreateContractResponse409 | CreateContractResponse413 | CreateContractResponse422 | CreateContractResponse429 | CreateContractResponse500 | CreateContractResponse502 | CreateContractResponse503 | CreateContractResponse504]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ContractCreate,
) -> (
    Contract
    | CreateContractResponse400
    | CreateContractResponse401
    | CreateContractResponse403
    | CreateContractResponse404
    | CreateContractResponse409
    | CreateContractResponse413
    | CreateContractResponse422
    | CreateContractResponse429
    | CreateContractResponse500
    | CreateContractResponse502
    | CreateContractResponse503
    | CreateContractResponse504
    | None
):
    """Draft a service contract for a lot

     A draft; it comes into force by a status change. 422 ``CONTRACTOR_UNKNOWN``, ``COUNTY_UNKNOWN``;
    ``subcontracting_forbidden: false`` is refused (``SUBCONTRACTING_FORBIDDEN``).

    Args:
        body (ContractCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Contract | CreateContractResponse400 | CreateContractResponse401 | CreateContractResponse403 | CreateContractResponse404 | CreateContractResponse409 | CreateContractResponse413 | CreateContractResponse422 | CreateContractResponse429 | CreateContractResponse500 | CreateContractResponse502 | CreateContractResponse503 | CreateContractResponse504
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContractCreate,
) -> Response[
    Contract
    | CreateContractResponse400
    | CreateContractResponse401
    | CreateContractResponse403
    | CreateContractResponse404
    | CreateContractResponse409
    | CreateContractResponse413
    | CreateContractResponse422
    | CreateContractResponse429
    | CreateContractResponse500
    | CreateContractResponse502
    | CreateContractResponse503
    | CreateContractResponse504
]:
    """Draft a service contract for a lot

     A draft; it comes into force by a status change. 422 ``CONTRACTOR_UNKNOWN``, ``COUNTY_UNKNOWN``;
    ``subcontracting_forbidden: false`` is refused (``SUBCONTRACTING_FORBIDDEN``).

    Args:
        body (ContractCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Contract | CreateContractResponse400 | CreateContractResponse401 | CreateContractResponse403 | CreateContractResponse404 | CreateContractResponse409 | CreateContractResponse413 | CreateContractResponse422 | CreateContractResponse429 | CreateContractResponse500 | CreateContractResponse502 | CreateContractResponse503 | CreateContractResponse504]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ContractCreate,
) -> (
    Contract
    | CreateContractResponse400
    | CreateContractResponse401
    | CreateContractResponse403
    | CreateContractResponse404
    | CreateContractResponse409
    | CreateContractResponse413
    | CreateContractResponse422
    | CreateContractResponse429
    | CreateContractResponse500
    | CreateContractResponse502
    | CreateContractResponse503
    | CreateContractResponse504
    | None
):
    """Draft a service contract for a lot

     A draft; it comes into force by a status change. 422 ``CONTRACTOR_UNKNOWN``, ``COUNTY_UNKNOWN``;
    ``subcontracting_forbidden: false`` is refused (``SUBCONTRACTING_FORBIDDEN``).

    Args:
        body (ContractCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Contract | CreateContractResponse400 | CreateContractResponse401 | CreateContractResponse403 | CreateContractResponse404 | CreateContractResponse409 | CreateContractResponse413 | CreateContractResponse422 | CreateContractResponse429 | CreateContractResponse500 | CreateContractResponse502 | CreateContractResponse503 | CreateContractResponse504
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
