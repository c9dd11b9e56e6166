from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.accept_fulfilment_response_400 import AcceptFulfilmentResponse400
from ...models.accept_fulfilment_response_401 import AcceptFulfilmentResponse401
from ...models.accept_fulfilment_response_403 import AcceptFulfilmentResponse403
from ...models.accept_fulfilment_response_404 import AcceptFulfilmentResponse404
from ...models.accept_fulfilment_response_409 import AcceptFulfilmentResponse409
from ...models.accept_fulfilment_response_413 import AcceptFulfilmentResponse413
from ...models.accept_fulfilment_response_422 import AcceptFulfilmentResponse422
from ...models.accept_fulfilment_response_429 import AcceptFulfilmentResponse429
from ...models.accept_fulfilment_response_500 import AcceptFulfilmentResponse500
from ...models.accept_fulfilment_response_502 import AcceptFulfilmentResponse502
from ...models.accept_fulfilment_response_503 import AcceptFulfilmentResponse503
from ...models.accept_fulfilment_response_504 import AcceptFulfilmentResponse504
from ...models.acceptance import Acceptance
from ...models.acceptance_create import AcceptanceCreate
from ...types import Response


def _get_kwargs(
    contract_id: UUID,
    *,
    body: AcceptanceCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/contracts/{contract_id}/acceptances".format(
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
    AcceptFulfilmentResponse400
    | AcceptFulfilmentResponse401
    | AcceptFulfilmentResponse403
    | AcceptFulfilmentResponse404
    | AcceptFulfilmentResponse409
    | AcceptFulfilmentResponse413
    | AcceptFulfilmentResponse422
    | AcceptFulfilmentResponse429
    | AcceptFulfilmentResponse500
    | AcceptFulfilmentResponse502
    | AcceptFulfilmentResponse503
    | AcceptFulfilmentResponse504
    | Acceptance
    | None
):
    if response.status_code == 201:
        response_201 = Acceptance.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = AcceptFulfilmentResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = AcceptFulfilmentResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = AcceptFulfilmentResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = AcceptFulfilmentResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = AcceptFulfilmentResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = AcceptFulfilmentResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = AcceptFulfilmentResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = AcceptFulfilmentResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = AcceptFulfilmentResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = AcceptFulfilmentResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = AcceptFulfilmentResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = AcceptFulfilmentResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AcceptFulfilmentResponse400
    | AcceptFulfilmentResponse401
    | AcceptFulfilmentResponse403
    | AcceptFulfilmentResponse404
    | AcceptFulfilmentResponse409
    | AcceptFulfilmentResponse413
    | AcceptFulfilmentResponse422
    | AcceptFulfilmentResponse429
    | AcceptFulfilmentResponse500
    | AcceptFulfilmentResponse502
    | AcceptFulfilmentResponse503
    | AcceptFulfilmentResponse504
    | Acceptance
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
    body: AcceptanceCreate,
) -> Response[
    AcceptFulfilmentResponse400
    | AcceptFulfilmentResponse401
    | AcceptFulfilmentResponse403
    | AcceptFulfilmentResponse404
    | AcceptFulfilmentResponse409
    | AcceptFulfilmentResponse413
    | AcceptFulfilmentResponse422
    | AcceptFulfilmentResponse429
    | AcceptFulfilmentResponse500
    | AcceptFulfilmentResponse502
    | AcceptFulfilmentResponse503
    | AcceptFulfilmentResponse504
    | Acceptance
]:
    """Accept a period's fulfilment (履约检查验收): fee payable, withheld and why

     Money in fen; each period of a contract once (409 ``ACCEPTANCE_PERIOD_TAKEN``), within the
    contract's
    period (422 ``ACCEPTANCE_OUTSIDE_CONTRACT``).

    Args:
        contract_id (UUID):
        body (AcceptanceCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AcceptFulfilmentResponse400 | AcceptFulfilmentResponse401 | AcceptFulfilmentResponse403 | AcceptFulfilmentResponse404 | AcceptFulfilmentResponse409 | AcceptFulfilmentResponse413 | AcceptFulfilmentResponse422 | AcceptFulfilmentResponse429 | AcceptFulfilmentResponse500 | AcceptFulfilmentResponse502 | AcceptFulfilmentResponse503 | AcceptFulfilmentResponse504 | Acceptance]
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
    body: AcceptanceCreate,
) -> (
    AcceptFulfilmentResponse400
    | AcceptFulfilmentResponse401
    | AcceptFulfilmentResponse403
    | AcceptFulfilmentResponse404
    | AcceptFulfilmentResponse409
    | AcceptFulfilmentResponse413
    | AcceptFulfilmentResponse422
    | AcceptFulfilmentResponse429
    | AcceptFulfilmentResponse500
    | AcceptFulfilmentResponse502
    | AcceptFulfilmentResponse503
    | AcceptFulfilmentResponse504
    | Acceptance
    | None
):
    """Accept a period's fulfilment (履约检查验收): fee payable, withheld and why

     Money in fen; each period of a contract once (409 ``ACCEPTANCE_PERIOD_TAKEN``), within the
    contract's
    period (422 ``ACCEPTANCE_OUTSIDE_CONTRACT``).

    Args:
        contract_id (UUID):
        body (AcceptanceCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AcceptFulfilmentResponse400 | AcceptFulfilmentResponse401 | AcceptFulfilmentResponse403 | AcceptFulfilmentResponse404 | AcceptFulfilmentResponse409 | AcceptFulfilmentResponse413 | AcceptFulfilmentResponse422 | AcceptFulfilmentResponse429 | AcceptFulfilmentResponse500 | AcceptFulfilmentResponse502 | AcceptFulfilmentResponse503 | AcceptFulfilmentResponse504 | Acceptance
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
    body: AcceptanceCreate,
) -> Response[
    AcceptFulfilmentResponse400
    | AcceptFulfilmentResponse401
    | AcceptFulfilmentResponse403
    | AcceptFulfilmentResponse404
    | AcceptFulfilmentResponse409
    | AcceptFulfilmentResponse413
    | AcceptFulfilmentResponse422
    | AcceptFulfilmentResponse429
    | AcceptFulfilmentResponse500
    | AcceptFulfilmentResponse502
    | AcceptFulfilmentResponse503
    | AcceptFulfilmentResponse504
    | Acceptance
]:
    """Accept a period's fulfilment (履约检查验收): fee payable, withheld and why

     Money in fen; each period of a contract once (409 ``ACCEPTANCE_PERIOD_TAKEN``), within the
    contract's
    period (422 ``ACCEPTANCE_OUTSIDE_CONTRACT``).

    Args:
        contract_id (UUID):
        body (AcceptanceCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AcceptFulfilmentResponse400 | AcceptFulfilmentResponse401 | AcceptFulfilmentResponse403 | AcceptFulfilmentResponse404 | AcceptFulfilmentResponse409 | AcceptFulfilmentResponse413 | AcceptFulfilmentResponse422 | AcceptFulfilmentResponse429 | AcceptFulfilmentResponse500 | AcceptFulfilmentResponse502 | AcceptFulfilmentResponse503 | AcceptFulfilmentResponse504 | Acceptance]
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
    body: AcceptanceCreate,
) -> (
    AcceptFulfilmentResponse400
    | AcceptFulfilmentResponse401
    | AcceptFulfilmentResponse403
    | AcceptFulfilmentResponse404
    | AcceptFulfilmentResponse409
    | AcceptFulfilmentResponse413
    | AcceptFulfilmentResponse422
    | AcceptFulfilmentResponse429
    | AcceptFulfilmentResponse500
    | AcceptFulfilmentResponse502
    | AcceptFulfilmentResponse503
    | AcceptFulfilmentResponse504
    | Acceptance
    | None
):
    """Accept a period's fulfilment (履约检查验收): fee payable, withheld and why

     Money in fen; each period of a contract once (409 ``ACCEPTANCE_PERIOD_TAKEN``), within the
    contract's
    period (422 ``ACCEPTANCE_OUTSIDE_CONTRACT``).

    Args:
        contract_id (UUID):
        body (AcceptanceCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AcceptFulfilmentResponse400 | AcceptFulfilmentResponse401 | AcceptFulfilmentResponse403 | AcceptFulfilmentResponse404 | AcceptFulfilmentResponse409 | AcceptFulfilmentResponse413 | AcceptFulfilmentResponse422 | AcceptFulfilmentResponse429 | AcceptFulfilmentResponse500 | AcceptFulfilmentResponse502 | AcceptFulfilmentResponse503 | AcceptFulfilmentResponse504 | Acceptance
    """

    return (
        await asyncio_detailed(
            contract_id=contract_id,
            client=client,
            body=body,
        )
    ).parsed
