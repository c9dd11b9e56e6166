from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.approve_response_400 import ApproveResponse400
from ...models.approve_response_401 import ApproveResponse401
from ...models.approve_response_403 import ApproveResponse403
from ...models.approve_response_404 import ApproveResponse404
from ...models.approve_response_409 import ApproveResponse409
from ...models.approve_response_413 import ApproveResponse413
from ...models.approve_response_422 import ApproveResponse422
from ...models.approve_response_429 import ApproveResponse429
from ...models.approve_response_500 import ApproveResponse500
from ...models.approve_response_502 import ApproveResponse502
from ...models.approve_response_503 import ApproveResponse503
from ...models.approve_response_504 import ApproveResponse504
from ...models.clearing import Clearing
from ...types import Response


def _get_kwargs(
    clearing_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/annual-clearings/{clearing_id}/approve".format(
            clearing_id=quote(str(clearing_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ApproveResponse400
    | ApproveResponse401
    | ApproveResponse403
    | ApproveResponse404
    | ApproveResponse409
    | ApproveResponse413
    | ApproveResponse422
    | ApproveResponse429
    | ApproveResponse500
    | ApproveResponse502
    | ApproveResponse503
    | ApproveResponse504
    | Clearing
    | None
):
    if response.status_code == 200:
        response_200 = Clearing.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ApproveResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ApproveResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ApproveResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ApproveResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ApproveResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ApproveResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = ApproveResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ApproveResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ApproveResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ApproveResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ApproveResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ApproveResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ApproveResponse400
    | ApproveResponse401
    | ApproveResponse403
    | ApproveResponse404
    | ApproveResponse409
    | ApproveResponse413
    | ApproveResponse422
    | ApproveResponse429
    | ApproveResponse500
    | ApproveResponse502
    | ApproveResponse503
    | ApproveResponse504
    | Clearing
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    clearing_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    ApproveResponse400
    | ApproveResponse401
    | ApproveResponse403
    | ApproveResponse404
    | ApproveResponse409
    | ApproveResponse413
    | ApproveResponse422
    | ApproveResponse429
    | ApproveResponse500
    | ApproveResponse502
    | ApproveResponse503
    | ApproveResponse504
    | Clearing
]:
    """Approve (the bureau): post the clearing to the ledger and close the year

    Args:
        clearing_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApproveResponse400 | ApproveResponse401 | ApproveResponse403 | ApproveResponse404 | ApproveResponse409 | ApproveResponse413 | ApproveResponse422 | ApproveResponse429 | ApproveResponse500 | ApproveResponse502 | ApproveResponse503 | ApproveResponse504 | Clearing]
    """

    kwargs = _get_kwargs(
        clearing_id=clearing_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    clearing_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    ApproveResponse400
    | ApproveResponse401
    | ApproveResponse403
    | ApproveResponse404
    | ApproveResponse409
    | ApproveResponse413
    | ApproveResponse422
    | ApproveResponse429
    | ApproveResponse500
    | ApproveResponse502
    | ApproveResponse503
    | ApproveResponse504
    | Clearing
    | None
):
    """Approve (the bureau): post the clearing to the ledger and close the year

    Args:
        clearing_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApproveResponse400 | ApproveResponse401 | ApproveResponse403 | ApproveResponse404 | ApproveResponse409 | ApproveResponse413 | ApproveResponse422 | ApproveResponse429 | ApproveResponse500 | ApproveResponse502 | ApproveResponse503 | ApproveResponse504 | Clearing
    """

    return sync_detailed(
        clearing_id=clearing_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    clearing_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    ApproveResponse400
    | ApproveResponse401
    | ApproveResponse403
    | ApproveResponse404
    | ApproveResponse409
    | ApproveResponse413
    | ApproveResponse422
    | ApproveResponse429
    | ApproveResponse500
    | ApproveResponse502
    | ApproveResponse503
    | ApproveResponse504
    | Clearing
]:
    """Approve (the bureau): post the clearing to the ledger and close the year

    Args:
        clearing_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApproveResponse400 | ApproveResponse401 | ApproveResponse403 | ApproveResponse404 | ApproveResponse409 | ApproveResponse413 | ApproveResponse422 | ApproveResponse429 | ApproveResponse500 | ApproveResponse502 | ApproveResponse503 | ApproveResponse504 | Clearing]
    """

    kwargs = _get_kwargs(
        clearing_id=clearing_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    clearing_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    ApproveResponse400
    | ApproveResponse401
    | ApproveResponse403
    | ApproveResponse404
    | ApproveResponse409
    | ApproveResponse413
    | ApproveResponse422
    | ApproveResponse429
    | ApproveResponse500
    | ApproveResponse502
    | ApproveResponse503
    | ApproveResponse504
    | Clearing
    | None
):
    """Approve (the bureau): post the clearing to the ledger and close the year

    Args:
        clearing_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApproveResponse400 | ApproveResponse401 | ApproveResponse403 | ApproveResponse404 | ApproveResponse409 | ApproveResponse413 | ApproveResponse422 | ApproveResponse429 | ApproveResponse500 | ApproveResponse502 | ApproveResponse503 | ApproveResponse504 | Clearing
    """

    return (
        await asyncio_detailed(
            clearing_id=clearing_id,
            client=client,
        )
    ).parsed
