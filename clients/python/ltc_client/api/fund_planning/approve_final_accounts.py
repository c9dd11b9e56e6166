from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.approve_final_accounts_response_400 import ApproveFinalAccountsResponse400
from ...models.approve_final_accounts_response_401 import ApproveFinalAccountsResponse401
from ...models.approve_final_accounts_response_403 import ApproveFinalAccountsResponse403
from ...models.approve_final_accounts_response_404 import ApproveFinalAccountsResponse404
from ...models.approve_final_accounts_response_409 import ApproveFinalAccountsResponse409
from ...models.approve_final_accounts_response_413 import ApproveFinalAccountsResponse413
from ...models.approve_final_accounts_response_422 import ApproveFinalAccountsResponse422
from ...models.approve_final_accounts_response_429 import ApproveFinalAccountsResponse429
from ...models.approve_final_accounts_response_500 import ApproveFinalAccountsResponse500
from ...models.approve_final_accounts_response_502 import ApproveFinalAccountsResponse502
from ...models.approve_final_accounts_response_503 import ApproveFinalAccountsResponse503
from ...models.approve_final_accounts_response_504 import ApproveFinalAccountsResponse504
from ...models.final_accounts import FinalAccounts
from ...models.final_accounts_approval import FinalAccountsApproval
from ...types import Response


def _get_kwargs(
    accounts_id: UUID,
    *,
    body: FinalAccountsApproval,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/final-accounts/{accounts_id}/approvals".format(
            accounts_id=quote(str(accounts_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ApproveFinalAccountsResponse400
    | ApproveFinalAccountsResponse401
    | ApproveFinalAccountsResponse403
    | ApproveFinalAccountsResponse404
    | ApproveFinalAccountsResponse409
    | ApproveFinalAccountsResponse413
    | ApproveFinalAccountsResponse422
    | ApproveFinalAccountsResponse429
    | ApproveFinalAccountsResponse500
    | ApproveFinalAccountsResponse502
    | ApproveFinalAccountsResponse503
    | ApproveFinalAccountsResponse504
    | FinalAccounts
    | None
):
    if response.status_code == 201:
        response_201 = FinalAccounts.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ApproveFinalAccountsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ApproveFinalAccountsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ApproveFinalAccountsResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ApproveFinalAccountsResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ApproveFinalAccountsResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ApproveFinalAccountsResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = ApproveFinalAccountsResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ApproveFinalAccountsResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ApproveFinalAccountsResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ApproveFinalAccountsResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ApproveFinalAccountsResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ApproveFinalAccountsResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ApproveFinalAccountsResponse400
    | ApproveFinalAccountsResponse401
    | ApproveFinalAccountsResponse403
    | ApproveFinalAccountsResponse404
    | ApproveFinalAccountsResponse409
    | ApproveFinalAccountsResponse413
    | ApproveFinalAccountsResponse422
    | ApproveFinalAccountsResponse429
    | ApproveFinalAccountsResponse500
    | ApproveFinalAccountsResponse502
    | ApproveFinalAccountsResponse503
    | ApproveFinalAccountsResponse504
    | FinalAccounts
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
    body: FinalAccountsApproval,
) -> Response[
    ApproveFinalAccountsResponse400
    | ApproveFinalAccountsResponse401
    | ApproveFinalAccountsResponse403
    | ApproveFinalAccountsResponse404
    | ApproveFinalAccountsResponse409
    | ApproveFinalAccountsResponse413
    | ApproveFinalAccountsResponse422
    | ApproveFinalAccountsResponse429
    | ApproveFinalAccountsResponse500
    | ApproveFinalAccountsResponse502
    | ApproveFinalAccountsResponse503
    | ApproveFinalAccountsResponse504
    | FinalAccounts
]:
    """Record the approval of a county's final accounts (决算批复)

    Args:
        accounts_id (UUID):
        body (FinalAccountsApproval):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApproveFinalAccountsResponse400 | ApproveFinalAccountsResponse401 | ApproveFinalAccountsResponse403 | ApproveFinalAccountsResponse404 | ApproveFinalAccountsResponse409 | ApproveFinalAccountsResponse413 | ApproveFinalAccountsResponse422 | ApproveFinalAccountsResponse429 | ApproveFinalAccountsResponse500 | ApproveFinalAccountsResponse502 | ApproveFinalAccountsResponse503 | ApproveFinalAccountsResponse504 | FinalAccounts]
    """

    kwargs = _get_kwargs(
        accounts_id=accounts_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    accounts_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: FinalAccountsApproval,
) -> (
    ApproveFinalAccountsResponse400
    | ApproveFinalAccountsResponse401
    | ApproveFinalAccountsResponse403
    | ApproveFinalAccountsResponse404
    | ApproveFinalAccountsResponse409
    | ApproveFinalAccountsResponse413
    | ApproveFinalAccountsResponse422
    | ApproveFinalAccountsResponse429
    | ApproveFinalAccountsResponse500
    | ApproveFinalAccountsResponse502
    | ApproveFinalAccountsResponse503
    | ApproveFinalAccountsResponse504
    | FinalAccounts
    | None
):
    """Record the approval of a county's final accounts (决算批复)

    Args:
        accounts_id (UUID):
        body (FinalAccountsApproval):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApproveFinalAccountsResponse400 | ApproveFinalAccountsResponse401 | ApproveFinalAccountsResponse403 | ApproveFinalAccountsResponse404 | ApproveFinalAccountsResponse409 | ApproveFinalAccountsResponse413 | ApproveFinalAccountsResponse422 | ApproveFinalAccountsResponse429 | ApproveFinalAccountsResponse500 | ApproveFinalAccountsResponse502 | ApproveFinalAccountsResponse503 | ApproveFinalAccountsResponse504 | FinalAccounts
    """

    return sync_detailed(
        accounts_id=accounts_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    accounts_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: FinalAccountsApproval,
) -> Response[
    ApproveFinalAccountsResponse400
    | ApproveFinalAccountsResponse401
    | ApproveFinalAccountsResponse403
    | ApproveFinalAccountsResponse404
    | ApproveFinalAccountsResponse409
    | ApproveFinalAccountsResponse413
    | ApproveFinalAccountsResponse422
    | ApproveFinalAccountsResponse429
    | ApproveFinalAccountsResponse500
    | ApproveFinalAccountsResponse502
    | ApproveFinalAccountsResponse503
    | ApproveFinalAccountsResponse504
    | FinalAccounts
]:
    """Record the approval of a county's final accounts (决算批复)

    Args:
        accounts_id (UUID):
        body (FinalAccountsApproval):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApproveFinalAccountsResponse400 | ApproveFinalAccountsResponse401 | ApproveFinalAccountsResponse403 | ApproveFinalAccountsResponse404 | ApproveFinalAccountsResponse409 | ApproveFinalAccountsResponse413 | ApproveFinalAccountsResponse422 | ApproveFinalAccountsResponse429 | ApproveFinalAccountsResponse500 | ApproveFinalAccountsResponse502 | ApproveFinalAccountsResponse503 | ApproveFinalAccountsResponse504 | FinalAccounts]
    """

    kwargs = _get_kwargs(
        accounts_id=accounts_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    accounts_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: FinalAccountsApproval,
) -> (
    ApproveFinalAccountsResponse400
    | ApproveFinalAccountsResponse401
    | ApproveFinalAccountsResponse403
    | ApproveFinalAccountsResponse404
    | ApproveFinalAccountsResponse409
    | ApproveFinalAccountsResponse413
    | ApproveFinalAccountsResponse422
    | ApproveFinalAccountsResponse429
    | ApproveFinalAccountsResponse500
    | ApproveFinalAccountsResponse502
    | ApproveFinalAccountsResponse503
    | ApproveFinalAccountsResponse504
    | FinalAccounts
    | None
):
    """Record the approval of a county's final accounts (决算批复)

    Args:
        accounts_id (UUID):
        body (FinalAccountsApproval):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApproveFinalAccountsResponse400 | ApproveFinalAccountsResponse401 | ApproveFinalAccountsResponse403 | ApproveFinalAccountsResponse404 | ApproveFinalAccountsResponse409 | ApproveFinalAccountsResponse413 | ApproveFinalAccountsResponse422 | ApproveFinalAccountsResponse429 | ApproveFinalAccountsResponse500 | ApproveFinalAccountsResponse502 | ApproveFinalAccountsResponse503 | ApproveFinalAccountsResponse504 | FinalAccounts
    """

    return (
        await asyncio_detailed(
            accounts_id=accounts_id,
            client=client,
            body=body,
        )
    ).parsed
