from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contract import Contract
from ...models.contract_update import ContractUpdate
from ...models.update_contract_response_400 import UpdateContractResponse400
from ...models.update_contract_response_401 import UpdateContractResponse401
from ...models.update_contract_response_403 import UpdateContractResponse403
from ...models.update_contract_response_404 import UpdateContractResponse404
from ...models.update_contract_response_409 import UpdateContractResponse409
from ...models.update_contract_response_413 import UpdateContractResponse413
from ...models.update_contract_response_422 import UpdateContractResponse422
from ...models.update_contract_response_429 import UpdateContractResponse429
from ...models.update_contract_response_500 import UpdateContractResponse500
from ...models.update_contract_response_502 import UpdateContractResponse502
from ...models.update_contract_response_503 import UpdateContractResponse503
from ...models.update_contract_response_504 import UpdateContractResponse504
from ...types import Response


def _get_kwargs(
    contract_id: UUID,
    *,
    body: ContractUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/contracts/{contract_id}".format(
            contract_id=quote(str(contract_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Contract
    | UpdateContractResponse400
    | UpdateContractResponse401
    | UpdateContractResponse403
    | UpdateContractResponse404
    | UpdateContractResponse409
    | UpdateContractResponse413
    | UpdateContractResponse422
    | UpdateContractResponse429
    | UpdateContractResponse500
    | UpdateContractResponse502
    | UpdateContractResponse503
    | UpdateContractResponse504
    | None
):
    if response.status_code == 200:
        response_200 = Contract.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = UpdateContractResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UpdateContractResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = UpdateContractResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = UpdateContractResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = UpdateContractResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = UpdateContractResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = UpdateContractResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = UpdateContractResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = UpdateContractResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = UpdateContractResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = UpdateContractResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = UpdateContractResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Contract
    | UpdateContractResponse400
    | UpdateContractResponse401
    | UpdateContractResponse403
    | UpdateContractResponse404
    | UpdateContractResponse409
    | UpdateContractResponse413
    | UpdateContractResponse422
    | UpdateContractResponse429
    | UpdateContractResponse500
    | UpdateContractResponse502
    | UpdateContractResponse503
    | UpdateContractResponse504
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
    body: ContractUpdate,
) -> Response[
    Contract
    | UpdateContractResponse400
    | UpdateContractResponse401
    | UpdateContractResponse403
    | UpdateContractResponse404
    | UpdateContractResponse409
    | UpdateContractResponse413
    | UpdateContractResponse422
    | UpdateContractResponse429
    | UpdateContractResponse500
    | UpdateContractResponse502
    | UpdateContractResponse503
    | UpdateContractResponse504
]:
    """Change a draft contract's terms

     409 ``CONTRACT_IS_<STATUS>`` once the contract is no longer a draft.

    Args:
        contract_id (UUID):
        body (ContractUpdate): A draft's terms; every field optional, ``null`` clears the optional
            references.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Contract | UpdateContractResponse400 | UpdateContractResponse401 | UpdateContractResponse403 | UpdateContractResponse404 | UpdateContractResponse409 | UpdateContractResponse413 | UpdateContractResponse422 | UpdateContractResponse429 | UpdateContractResponse500 | UpdateContractResponse502 | UpdateContractResponse503 | UpdateContractResponse504]
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    contract_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ContractUpdate,
) -> (
    Contract
    | UpdateContractResponse400
    | UpdateContractResponse401
    | UpdateContractResponse403
    | UpdateContractResponse404
    | UpdateContractResponse409
    | UpdateContractResponse413
    | UpdateContractResponse422
    | UpdateContractResponse429
    | UpdateContractResponse500
    | UpdateContractResponse502
    | UpdateContractResponse503
    | UpdateContractResponse504
    | None
):
    """Change a draft contract's terms

     409 ``CONTRACT_IS_<STATUS>`` once the contract is no longer a draft.

    Args:
        contract_id (UUID):
        body (ContractUpdate): A draft's terms; every field optional, ``null`` clears the optional
            references.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Contract | UpdateContractResponse400 | UpdateContractResponse401 | UpdateContractResponse403 | UpdateContractResponse404 | UpdateContractResponse409 | UpdateContractResponse413 | UpdateContractResponse422 | UpdateContractResponse429 | UpdateContractResponse500 | UpdateContractResponse502 | UpdateContractResponse503 | UpdateContractResponse504
    """

    return sync_detailed(
        contract_id=contract_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    contract_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ContractUpdate,
) -> Response[
    Contract
    | UpdateContractResponse400
    | UpdateContractResponse401
    | UpdateContractResponse403
    | UpdateContractResponse404
    | UpdateContractResponse409
    | UpdateContractResponse413
    | UpdateContractResponse422
    | UpdateContractResponse429
    | UpdateContractResponse500
    | UpdateContractResponse502
    | UpdateContractResponse503
    | UpdateContractResponse504
]:
    """Change a draft contract's terms

     409 ``CONTRACT_IS_<STATUS>`` once the contract is no longer a draft.

    Args:
        contract_id (UUID):
        body (ContractUpdate): A draft's terms; every field optional, ``null`` clears the optional
            references.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Contract | UpdateContractResponse400 | UpdateContractResponse401 | UpdateContractResponse403 | UpdateContractResponse404 | UpdateContractResponse409 | UpdateContractResponse413 | UpdateContractResponse422 | UpdateContractResponse429 | UpdateContractResponse500 | UpdateContractResponse502 | UpdateContractResponse503 | UpdateContractResponse504]
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contract_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ContractUpdate,
) -> (
    Contract
    | UpdateContractResponse400
    | UpdateContractResponse401
    | UpdateContractResponse403
    | UpdateContractResponse404
    | UpdateContractResponse409
    | UpdateContractResponse413
    | UpdateContractResponse422
    | UpdateContractResponse429
    | UpdateContractResponse500
    | UpdateContractResponse502
    | UpdateContractResponse503
    | UpdateContractResponse504
    | None
):
    """Change a draft contract's terms

     409 ``CONTRACT_IS_<STATUS>`` once the contract is no longer a draft.

    Args:
        contract_id (UUID):
        body (ContractUpdate): A draft's terms; every field optional, ``null`` clears the optional
            references.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Contract | UpdateContractResponse400 | UpdateContractResponse401 | UpdateContractResponse403 | UpdateContractResponse404 | UpdateContractResponse409 | UpdateContractResponse413 | UpdateContractResponse422 | UpdateContractResponse429 | UpdateContractResponse500 | UpdateContractResponse502 | UpdateContractResponse503 | UpdateContractResponse504
    """

    return (
        await asyncio_detailed(
            contract_id=contract_id,
            client=client,
            body=body,
        )
    ).parsed
