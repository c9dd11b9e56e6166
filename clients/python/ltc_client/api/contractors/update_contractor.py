from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contractor import Contractor
from ...models.contractor_update import ContractorUpdate
from ...models.update_contractor_response_400 import UpdateContractorResponse400
from ...models.update_contractor_response_401 import UpdateContractorResponse401
from ...models.update_contractor_response_403 import UpdateContractorResponse403
from ...models.update_contractor_response_404 import UpdateContractorResponse404
from ...models.update_contractor_response_409 import UpdateContractorResponse409
from ...models.update_contractor_response_413 import UpdateContractorResponse413
from ...models.update_contractor_response_422 import UpdateContractorResponse422
from ...models.update_contractor_response_429 import UpdateContractorResponse429
from ...models.update_contractor_response_500 import UpdateContractorResponse500
from ...models.update_contractor_response_502 import UpdateContractorResponse502
from ...models.update_contractor_response_503 import UpdateContractorResponse503
from ...models.update_contractor_response_504 import UpdateContractorResponse504
from ...types import Response


def _get_kwargs(
    contractor_id: UUID,
    *,
    body: ContractorUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/contractors/{contractor_id}".format(
            contractor_id=quote(str(contractor_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Contractor
    | UpdateContractorResponse400
    | UpdateContractorResponse401
    | UpdateContractorResponse403
    | UpdateContractorResponse404
    | UpdateContractorResponse409
    | UpdateContractorResponse413
    | UpdateContractorResponse422
    | UpdateContractorResponse429
    | UpdateContractorResponse500
    | UpdateContractorResponse502
    | UpdateContractorResponse503
    | UpdateContractorResponse504
    | None
):
    if response.status_code == 200:
        response_200 = Contractor.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = UpdateContractorResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UpdateContractorResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = UpdateContractorResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = UpdateContractorResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = UpdateContractorResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = UpdateContractorResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = UpdateContractorResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = UpdateContractorResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = UpdateContractorResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = UpdateContractorResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = UpdateContractorResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = UpdateContractorResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Contractor
    | UpdateContractorResponse400
    | UpdateContractorResponse401
    | UpdateContractorResponse403
    | UpdateContractorResponse404
    | UpdateContractorResponse409
    | UpdateContractorResponse413
    | UpdateContractorResponse422
    | UpdateContractorResponse429
    | UpdateContractorResponse500
    | UpdateContractorResponse502
    | UpdateContractorResponse503
    | UpdateContractorResponse504
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
    body: ContractorUpdate,
) -> Response[
    Contractor
    | UpdateContractorResponse400
    | UpdateContractorResponse401
    | UpdateContractorResponse403
    | UpdateContractorResponse404
    | UpdateContractorResponse409
    | UpdateContractorResponse413
    | UpdateContractorResponse422
    | UpdateContractorResponse429
    | UpdateContractorResponse500
    | UpdateContractorResponse502
    | UpdateContractorResponse503
    | UpdateContractorResponse504
]:
    """Change a contractor's name, team, contacts, outlets or qualifying conditions

    Args:
        contractor_id (UUID):
        body (ContractorUpdate): Every field optional; the credit code does not change (register a
            new contractor instead).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Contractor | UpdateContractorResponse400 | UpdateContractorResponse401 | UpdateContractorResponse403 | UpdateContractorResponse404 | UpdateContractorResponse409 | UpdateContractorResponse413 | UpdateContractorResponse422 | UpdateContractorResponse429 | UpdateContractorResponse500 | UpdateContractorResponse502 | UpdateContractorResponse503 | UpdateContractorResponse504]
    """

    kwargs = _get_kwargs(
        contractor_id=contractor_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    contractor_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ContractorUpdate,
) -> (
    Contractor
    | UpdateContractorResponse400
    | UpdateContractorResponse401
    | UpdateContractorResponse403
    | UpdateContractorResponse404
    | UpdateContractorResponse409
    | UpdateContractorResponse413
    | UpdateContractorResponse422
    | UpdateContractorResponse429
    | UpdateContractorResponse500
    | UpdateContractorResponse502
    | UpdateContractorResponse503
    | UpdateContractorResponse504
    | None
):
    """Change a contractor's name, team, contacts, outlets or qualifying conditions

    Args:
        contractor_id (UUID):
        body (ContractorUpdate): Every field optional; the credit code does not change (register a
            new contractor instead).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Contractor | UpdateContractorResponse400 | UpdateContractorResponse401 | UpdateContractorResponse403 | UpdateContractorResponse404 | UpdateContractorResponse409 | UpdateContractorResponse413 | UpdateContractorResponse422 | UpdateContractorResponse429 | UpdateContractorResponse500 | UpdateContractorResponse502 | UpdateContractorResponse503 | UpdateContractorResponse504
    """

    return sync_detailed(
        contractor_id=contractor_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    contractor_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ContractorUpdate,
) -> Response[
    Contractor
    | UpdateContractorResponse400
    | UpdateContractorResponse401
    | UpdateContractorResponse403
    | UpdateContractorResponse404
    | UpdateContractorResponse409
    | UpdateContractorResponse413
    | UpdateContractorResponse422
    | UpdateContractorResponse429
    | UpdateContractorResponse500
    | UpdateContractorResponse502
    | UpdateContractorResponse503
    | UpdateContractorResponse504
]:
    """Change a contractor's name, team, contacts, outlets or qualifying conditions

    Args:
        contractor_id (UUID):
        body (ContractorUpdate): Every field optional; the credit code does not change (register a
            new contractor instead).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Contractor | UpdateContractorResponse400 | UpdateContractorResponse401 | UpdateContractorResponse403 | UpdateContractorResponse404 | UpdateContractorResponse409 | UpdateContractorResponse413 | UpdateContractorResponse422 | UpdateContractorResponse429 | UpdateContractorResponse500 | UpdateContractorResponse502 | UpdateContractorResponse503 | UpdateContractorResponse504]
    """

    kwargs = _get_kwargs(
        contractor_id=contractor_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contractor_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ContractorUpdate,
) -> (
    Contractor
    | UpdateContractorResponse400
    | UpdateContractorResponse401
    | UpdateContractorResponse403
    | UpdateContractorResponse404
    | UpdateContractorResponse409
    | UpdateContractorResponse413
    | UpdateContractorResponse422
    | UpdateContractorResponse429
    | UpdateContractorResponse500
    | UpdateContractorResponse502
    | UpdateContractorResponse503
    | UpdateContractorResponse504
    | None
):
    """Change a contractor's name, team, contacts, outlets or qualifying conditions

    Args:
        contractor_id (UUID):
        body (ContractorUpdate): Every field optional; the credit code does not change (register a
            new contractor instead).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Contractor | UpdateContractorResponse400 | UpdateContractorResponse401 | UpdateContractorResponse403 | UpdateContractorResponse404 | UpdateContractorResponse409 | UpdateContractorResponse413 | UpdateContractorResponse422 | UpdateContractorResponse429 | UpdateContractorResponse500 | UpdateContractorResponse502 | UpdateContractorResponse503 | UpdateContractorResponse504
    """

    return (
        await asyncio_detailed(
            contractor_id=contractor_id,
            client=client,
            body=body,
        )
    ).parsed
