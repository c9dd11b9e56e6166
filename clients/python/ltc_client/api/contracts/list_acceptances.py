from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.acceptance_list import AcceptanceList
from ...models.list_acceptances_response_400 import ListAcceptancesResponse400
from ...models.list_acceptances_response_401 import ListAcceptancesResponse401
from ...models.list_acceptances_response_403 import ListAcceptancesResponse403
from ...models.list_acceptances_response_404 import ListAcceptancesResponse404
from ...models.list_acceptances_response_422 import ListAcceptancesResponse422
from ...models.list_acceptances_response_429 import ListAcceptancesResponse429
from ...models.list_acceptances_response_500 import ListAcceptancesResponse500
from ...models.list_acceptances_response_502 import ListAcceptancesResponse502
from ...models.list_acceptances_response_503 import ListAcceptancesResponse503
from ...models.list_acceptances_response_504 import ListAcceptancesResponse504
from ...types import Response


def _get_kwargs(
    contract_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/contracts/{contract_id}/acceptances".format(
            contract_id=quote(str(contract_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AcceptanceList
    | ListAcceptancesResponse400
    | ListAcceptancesResponse401
    | ListAcceptancesResponse403
    | ListAcceptancesResponse404
    | ListAcceptancesResponse422
    | ListAcceptancesResponse429
    | ListAcceptancesResponse500
    | ListAcceptancesResponse502
    | ListAcceptancesResponse503
    | ListAcceptancesResponse504
    | None
):
    if response.status_code == 200:
        response_200 = AcceptanceList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListAcceptancesResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListAcceptancesResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListAcceptancesResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ListAcceptancesResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ListAcceptancesResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ListAcceptancesResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ListAcceptancesResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ListAcceptancesResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ListAcceptancesResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ListAcceptancesResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AcceptanceList
    | ListAcceptancesResponse400
    | ListAcceptancesResponse401
    | ListAcceptancesResponse403
    | ListAcceptancesResponse404
    | ListAcceptancesResponse422
    | ListAcceptancesResponse429
    | ListAcceptancesResponse500
    | ListAcceptancesResponse502
    | ListAcceptancesResponse503
    | ListAcceptancesResponse504
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
    AcceptanceList
    | ListAcceptancesResponse400
    | ListAcceptancesResponse401
    | ListAcceptancesResponse403
    | ListAcceptancesResponse404
    | ListAcceptancesResponse422
    | ListAcceptancesResponse429
    | ListAcceptancesResponse500
    | ListAcceptancesResponse502
    | ListAcceptancesResponse503
    | ListAcceptancesResponse504
]:
    """The accepted periods of a contract

    Args:
        contract_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AcceptanceList | ListAcceptancesResponse400 | ListAcceptancesResponse401 | ListAcceptancesResponse403 | ListAcceptancesResponse404 | ListAcceptancesResponse422 | ListAcceptancesResponse429 | ListAcceptancesResponse500 | ListAcceptancesResponse502 | ListAcceptancesResponse503 | ListAcceptancesResponse504]
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
    AcceptanceList
    | ListAcceptancesResponse400
    | ListAcceptancesResponse401
    | ListAcceptancesResponse403
    | ListAcceptancesResponse404
    | ListAcceptancesResponse422
    | ListAcceptancesResponse429
    | ListAcceptancesResponse500
    | ListAcceptancesResponse502
    | ListAcceptancesResponse503
    | ListAcceptancesResponse504
    | None
):
    """The accepted periods of a contract

    Args:
        contract_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AcceptanceList | ListAcceptancesResponse400 | ListAcceptancesResponse401 | ListAcceptancesResponse403 | ListAcceptancesResponse404 | ListAcceptancesResponse422 | ListAcceptancesResponse429 | ListAcceptancesResponse500 | ListAcceptancesResponse502 | ListAcceptancesResponse503 | ListAcceptancesResponse504
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
    AcceptanceList
    | ListAcceptancesResponse400
    | ListAcceptancesResponse401
    | ListAcceptancesResponse403
    | ListAcceptancesResponse404
    | ListAcceptancesResponse422
    | ListAcceptancesResponse429
    | ListAcceptancesResponse500
    | ListAcceptancesResponse502
    | ListAcceptancesResponse503
    | ListAcceptancesResponse504
]:
    """The accepted periods of a contract

    Args:
        contract_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AcceptanceList | ListAcceptancesResponse400 | ListAcceptancesResponse401 | ListAcceptancesResponse403 | ListAcceptancesResponse404 | ListAcceptancesResponse422 | ListAcceptancesResponse429 | ListAcceptancesResponse500 | ListAcceptancesResponse502 | ListAcceptancesResponse503 | ListAcceptancesResponse504]
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
    AcceptanceList
    | ListAcceptancesResponse400
    | ListAcceptancesResponse401
    | ListAcceptancesResponse403
    | ListAcceptancesResponse404
    | ListAcceptancesResponse422
    | ListAcceptancesResponse429
    | ListAcceptancesResponse500
    | ListAcceptancesResponse502
    | ListAcceptancesResponse503
    | ListAcceptancesResponse504
    | None
):
    """The accepted periods of a contract

    Args:
        contract_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AcceptanceList | ListAcceptancesResponse400 | ListAcceptancesResponse401 | ListAcceptancesResponse403 | ListAcceptancesResponse404 | ListAcceptancesResponse422 | ListAcceptancesResponse429 | ListAcceptancesResponse500 | ListAcceptancesResponse502 | ListAcceptancesResponse503 | ListAcceptancesResponse504
    """

    return (
        await asyncio_detailed(
            contract_id=contract_id,
            client=client,
        )
    ).parsed
