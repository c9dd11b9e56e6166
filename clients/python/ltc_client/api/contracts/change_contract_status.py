from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.change_contract_status_response_400 import ChangeContractStatusResponse400
from ...models.change_contract_status_response_401 import ChangeContractStatusResponse401
from ...models.change_contract_status_response_403 import ChangeContractStatusResponse403
from ...models.change_contract_status_response_404 import ChangeContractStatusResponse404
from ...models.change_contract_status_response_409 import ChangeContractStatusResponse409
from ...models.change_contract_status_response_413 import ChangeContractStatusResponse413
from ...models.change_contract_status_response_422 import ChangeContractStatusResponse422
from ...models.change_contract_status_response_429 import ChangeContractStatusResponse429
from ...models.change_contract_status_response_500 import ChangeContractStatusResponse500
from ...models.change_contract_status_response_502 import ChangeContractStatusResponse502
from ...models.change_contract_status_response_503 import ChangeContractStatusResponse503
from ...models.change_contract_status_response_504 import ChangeContractStatusResponse504
from ...models.contract import Contract
from ...models.oversight_status_change_create import OversightStatusChangeCreate
from ...types import Response


def _get_kwargs(
    contract_id: UUID,
    *,
    body: OversightStatusChangeCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/contracts/{contract_id}/status-changes".format(
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
    ChangeContractStatusResponse400
    | ChangeContractStatusResponse401
    | ChangeContractStatusResponse403
    | ChangeContractStatusResponse404
    | ChangeContractStatusResponse409
    | ChangeContractStatusResponse413
    | ChangeContractStatusResponse422
    | ChangeContractStatusResponse429
    | ChangeContractStatusResponse500
    | ChangeContractStatusResponse502
    | ChangeContractStatusResponse503
    | ChangeContractStatusResponse504
    | Contract
    | None
):
    if response.status_code == 201:
        response_201 = Contract.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ChangeContractStatusResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ChangeContractStatusResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ChangeContractStatusResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ChangeContractStatusResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ChangeContractStatusResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ChangeContractStatusResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = ChangeContractStatusResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ChangeContractStatusResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ChangeContractStatusResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ChangeContractStatusResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ChangeContractStatusResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ChangeContractStatusResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ChangeContractStatusResponse400
    | ChangeContractStatusResponse401
    | ChangeContractStatusResponse403
    | ChangeContractStatusResponse404
    | ChangeContractStatusResponse409
    | ChangeContractStatusResponse413
    | ChangeContractStatusResponse422
    | ChangeContractStatusResponse429
    | ChangeContractStatusResponse500
    | ChangeContractStatusResponse502
    | ChangeContractStatusResponse503
    | ChangeContractStatusResponse504
    | Contract
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
    body: OversightStatusChangeCreate,
) -> Response[
    ChangeContractStatusResponse400
    | ChangeContractStatusResponse401
    | ChangeContractStatusResponse403
    | ChangeContractStatusResponse404
    | ChangeContractStatusResponse409
    | ChangeContractStatusResponse413
    | ChangeContractStatusResponse422
    | ChangeContractStatusResponse429
    | ChangeContractStatusResponse500
    | ChangeContractStatusResponse502
    | ChangeContractStatusResponse503
    | ChangeContractStatusResponse504
    | Contract
]:
    """Bring into force, suspend, resume, expire or terminate a contract

     draft → in_force (filed with finance; 409 ``CONTRACT_COUNTIES_TAKEN`` when another live contract
    covers a county of the lot for an overlapping period), in_force ⇄ suspended (reason), → expired
    (after
    ``ends_on``), → terminated (reason). 409 ``CONTRACT_IS_<STATUS>`` for any other step.

    Args:
        contract_id (UUID):
        body (OversightStatusChangeCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChangeContractStatusResponse400 | ChangeContractStatusResponse401 | ChangeContractStatusResponse403 | ChangeContractStatusResponse404 | ChangeContractStatusResponse409 | ChangeContractStatusResponse413 | ChangeContractStatusResponse422 | ChangeContractStatusResponse429 | ChangeContractStatusResponse500 | ChangeContractStatusResponse502 | ChangeContractStatusResponse503 | ChangeContractStatusResponse504 | Contract]
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
    body: OversightStatusChangeCreate,
) -> (
    ChangeContractStatusResponse400
    | ChangeContractStatusResponse401
    | ChangeContractStatusResponse403
    | ChangeContractStatusResponse404
    | ChangeContractStatusResponse409
    | ChangeContractStatusResponse413
    | ChangeContractStatusResponse422
    | ChangeContractStatusResponse429
    | ChangeContractStatusResponse500
    | ChangeContractStatusResponse502
    | ChangeContractStatusResponse503
    | ChangeContractStatusResponse504
    | Contract
    | None
):
    """Bring into force, suspend, resume, expire or terminate a contract

     draft → in_force (filed with finance; 409 ``CONTRACT_COUNTIES_TAKEN`` when another live contract
    covers a county of the lot for an overlapping period), in_force ⇄ suspended (reason), → expired
    (after
    ``ends_on``), → terminated (reason). 409 ``CONTRACT_IS_<STATUS>`` for any other step.

    Args:
        contract_id (UUID):
        body (OversightStatusChangeCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChangeContractStatusResponse400 | ChangeContractStatusResponse401 | ChangeContractStatusResponse403 | ChangeContractStatusResponse404 | ChangeContractStatusResponse409 | ChangeContractStatusResponse413 | ChangeContractStatusResponse422 | ChangeContractStatusResponse429 | ChangeContractStatusResponse500 | ChangeContractStatusResponse502 | ChangeContractStatusResponse503 | ChangeContractStatusResponse504 | Contract
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
    body: OversightStatusChangeCreate,
) -> Response[
    ChangeContractStatusResponse400
    | ChangeContractStatusResponse401
    | ChangeContractStatusResponse403
    | ChangeContractStatusResponse404
    | ChangeContractStatusResponse409
    | ChangeContractStatusResponse413
    | ChangeContractStatusResponse422
    | ChangeContractStatusResponse429
    | ChangeContractStatusResponse500
    | ChangeContractStatusResponse502
    | ChangeContractStatusResponse503
    | ChangeContractStatusResponse504
    | Contract
]:
    """Bring into force, suspend, resume, expire or terminate a contract

     draft → in_force (filed with finance; 409 ``CONTRACT_COUNTIES_TAKEN`` when another live contract
    covers a county of the lot for an overlapping period), in_force ⇄ suspended (reason), → expired
    (after
    ``ends_on``), → terminated (reason). 409 ``CONTRACT_IS_<STATUS>`` for any other step.

    Args:
        contract_id (UUID):
        body (OversightStatusChangeCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChangeContractStatusResponse400 | ChangeContractStatusResponse401 | ChangeContractStatusResponse403 | ChangeContractStatusResponse404 | ChangeContractStatusResponse409 | ChangeContractStatusResponse413 | ChangeContractStatusResponse422 | ChangeContractStatusResponse429 | ChangeContractStatusResponse500 | ChangeContractStatusResponse502 | ChangeContractStatusResponse503 | ChangeContractStatusResponse504 | Contract]
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
    body: OversightStatusChangeCreate,
) -> (
    ChangeContractStatusResponse400
    | ChangeContractStatusResponse401
    | ChangeContractStatusResponse403
    | ChangeContractStatusResponse404
    | ChangeContractStatusResponse409
    | ChangeContractStatusResponse413
    | ChangeContractStatusResponse422
    | ChangeContractStatusResponse429
    | ChangeContractStatusResponse500
    | ChangeContractStatusResponse502
    | ChangeContractStatusResponse503
    | ChangeContractStatusResponse504
    | Contract
    | None
):
    """Bring into force, suspend, resume, expire or terminate a contract

     draft → in_force (filed with finance; 409 ``CONTRACT_COUNTIES_TAKEN`` when another live contract
    covers a county of the lot for an overlapping period), in_force ⇄ suspended (reason), → expired
    (after
    ``ends_on``), → terminated (reason). 409 ``CONTRACT_IS_<STATUS>`` for any other step.

    Args:
        contract_id (UUID):
        body (OversightStatusChangeCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChangeContractStatusResponse400 | ChangeContractStatusResponse401 | ChangeContractStatusResponse403 | ChangeContractStatusResponse404 | ChangeContractStatusResponse409 | ChangeContractStatusResponse413 | ChangeContractStatusResponse422 | ChangeContractStatusResponse429 | ChangeContractStatusResponse500 | ChangeContractStatusResponse502 | ChangeContractStatusResponse503 | ChangeContractStatusResponse504 | Contract
    """

    return (
        await asyncio_detailed(
            contract_id=contract_id,
            client=client,
            body=body,
        )
    ).parsed
