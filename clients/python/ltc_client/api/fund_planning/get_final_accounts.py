from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.final_accounts import FinalAccounts
from ...models.get_final_accounts_response_400 import GetFinalAccountsResponse400
from ...models.get_final_accounts_response_401 import GetFinalAccountsResponse401
from ...models.get_final_accounts_response_403 import GetFinalAccountsResponse403
from ...models.get_final_accounts_response_404 import GetFinalAccountsResponse404
from ...models.get_final_accounts_response_422 import GetFinalAccountsResponse422
from ...models.get_final_accounts_response_429 import GetFinalAccountsResponse429
from ...models.get_final_accounts_response_500 import GetFinalAccountsResponse500
from ...models.get_final_accounts_response_502 import GetFinalAccountsResponse502
from ...models.get_final_accounts_response_503 import GetFinalAccountsResponse503
from ...models.get_final_accounts_response_504 import GetFinalAccountsResponse504
from ...types import Response


def _get_kwargs(
    accounts_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/final-accounts/{accounts_id}".format(
            accounts_id=quote(str(accounts_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    FinalAccounts
    | GetFinalAccountsResponse400
    | GetFinalAccountsResponse401
    | GetFinalAccountsResponse403
    | GetFinalAccountsResponse404
    | GetFinalAccountsResponse422
    | GetFinalAccountsResponse429
    | GetFinalAccountsResponse500
    | GetFinalAccountsResponse502
    | GetFinalAccountsResponse503
    | GetFinalAccountsResponse504
    | None
):
    if response.status_code == 200:
        response_200 = FinalAccounts.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetFinalAccountsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetFinalAccountsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetFinalAccountsResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetFinalAccountsResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = GetFinalAccountsResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetFinalAccountsResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetFinalAccountsResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = GetFinalAccountsResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = GetFinalAccountsResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = GetFinalAccountsResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    FinalAccounts
    | GetFinalAccountsResponse400
    | GetFinalAccountsResponse401
    | GetFinalAccountsResponse403
    | GetFinalAccountsResponse404
    | GetFinalAccountsResponse422
    | GetFinalAccountsResponse429
    | GetFinalAccountsResponse500
    | GetFinalAccountsResponse502
    | GetFinalAccountsResponse503
    | GetFinalAccountsResponse504
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    accounts_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    FinalAccounts
    | GetFinalAccountsResponse400
    | GetFinalAccountsResponse401
    | GetFinalAccountsResponse403
    | GetFinalAccountsResponse404
    | GetFinalAccountsResponse422
    | GetFinalAccountsResponse429
    | GetFinalAccountsResponse500
    | GetFinalAccountsResponse502
    | GetFinalAccountsResponse503
    | GetFinalAccountsResponse504
]:
    """One county's final accounts

    Args:
        accounts_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FinalAccounts | GetFinalAccountsResponse400 | GetFinalAccountsResponse401 | GetFinalAccountsResponse403 | GetFinalAccountsResponse404 | GetFinalAccountsResponse422 | GetFinalAccountsResponse429 | GetFinalAccountsResponse500 | GetFinalAccountsResponse502 | GetFinalAccountsResponse503 | GetFinalAccountsResponse504]
    """

    kwargs = _get_kwargs(
        accounts_id=accounts_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    accounts_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    FinalAccounts
    | GetFinalAccountsResponse400
    | GetFinalAccountsResponse401
    | GetFinalAccountsResponse403
    | GetFinalAccountsResponse404
    | GetFinalAccountsResponse422
    | GetFinalAccountsResponse429
    | GetFinalAccountsResponse500
    | GetFinalAccountsResponse502
    | GetFinalAccountsResponse503
    | GetFinalAccountsResponse504
    | None
):
    """One county's final accounts

    Args:
        accounts_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FinalAccounts | GetFinalAccountsResponse400 | GetFinalAccountsResponse401 | GetFinalAccountsResponse403 | GetFinalAccountsResponse404 | GetFinalAccountsResponse422 | GetFinalAccountsResponse429 | GetFinalAccountsResponse500 | GetFinalAccountsResponse502 | GetFinalAccountsResponse503 | GetFinalAccountsResponse504
    """

    return sync_detailed(
        accounts_id=accounts_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    accounts_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    FinalAccounts
    | GetFinalAccountsResponse400
    | GetFinalAccountsResponse401
    | GetFinalAccountsResponse403
    | GetFinalAccountsResponse404
    | GetFinalAccountsResponse422
    | GetFinalAccountsResponse429
    | GetFinalAccountsResponse500
    | GetFinalAccountsResponse502
    | GetFinalAccountsResponse503
    | GetFinalAccountsResponse504
]:
    """One county's final accounts

    Args:
        accounts_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FinalAccounts | GetFinalAccountsResponse400 | GetFinalAccountsResponse401 | GetFinalAccountsResponse403 | GetFinalAccountsResponse404 | GetFinalAccountsResponse422 | GetFinalAccountsResponse429 | GetFinalAccountsResponse500 | GetFinalAccountsResponse502 | GetFinalAccountsResponse503 | GetFinalAccountsResponse504]
    """

    kwargs = _get_kwargs(
        accounts_id=accounts_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    accounts_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    FinalAccounts
    | GetFinalAccountsResponse400
    | GetFinalAccountsResponse401
    | GetFinalAccountsResponse403
    | GetFinalAccountsResponse404
    | GetFinalAccountsResponse422
    | GetFinalAccountsResponse429
    | GetFinalAccountsResponse500
    | GetFinalAccountsResponse502
    | GetFinalAccountsResponse503
    | GetFinalAccountsResponse504
    | None
):
    """One county's final accounts

    Args:
        accounts_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FinalAccounts | GetFinalAccountsResponse400 | GetFinalAccountsResponse401 | GetFinalAccountsResponse403 | GetFinalAccountsResponse404 | GetFinalAccountsResponse422 | GetFinalAccountsResponse429 | GetFinalAccountsResponse500 | GetFinalAccountsResponse502 | GetFinalAccountsResponse503 | GetFinalAccountsResponse504
    """

    return (
        await asyncio_detailed(
            accounts_id=accounts_id,
            client=client,
        )
    ).parsed
