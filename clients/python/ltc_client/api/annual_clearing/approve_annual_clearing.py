from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.approve_annual_clearing_response_400 import ApproveAnnualClearingResponse400
from ...models.approve_annual_clearing_response_401 import ApproveAnnualClearingResponse401
from ...models.approve_annual_clearing_response_403 import ApproveAnnualClearingResponse403
from ...models.approve_annual_clearing_response_404 import ApproveAnnualClearingResponse404
from ...models.approve_annual_clearing_response_409 import ApproveAnnualClearingResponse409
from ...models.approve_annual_clearing_response_413 import ApproveAnnualClearingResponse413
from ...models.approve_annual_clearing_response_422 import ApproveAnnualClearingResponse422
from ...models.approve_annual_clearing_response_429 import ApproveAnnualClearingResponse429
from ...models.approve_annual_clearing_response_500 import ApproveAnnualClearingResponse500
from ...models.approve_annual_clearing_response_502 import ApproveAnnualClearingResponse502
from ...models.approve_annual_clearing_response_503 import ApproveAnnualClearingResponse503
from ...models.approve_annual_clearing_response_504 import ApproveAnnualClearingResponse504
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
    ApproveAnnualClearingResponse400
    | ApproveAnnualClearingResponse401
    | ApproveAnnualClearingResponse403
    | ApproveAnnualClearingResponse404
    | ApproveAnnualClearingResponse409
    | ApproveAnnualClearingResponse413
    | ApproveAnnualClearingResponse422
    | ApproveAnnualClearingResponse429
    | ApproveAnnualClearingResponse500
    | ApproveAnnualClearingResponse502
    | ApproveAnnualClearingResponse503
    | ApproveAnnualClearingResponse504
    | Clearing
    | None
):
    if response.status_code == 200:
        response_200 = Clearing.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ApproveAnnualClearingResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ApproveAnnualClearingResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ApproveAnnualClearingResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ApproveAnnualClearingResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ApproveAnnualClearingResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ApproveAnnualClearingResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = ApproveAnnualClearingResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ApproveAnnualClearingResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ApproveAnnualClearingResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ApproveAnnualClearingResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ApproveAnnualClearingResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ApproveAnnualClearingResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ApproveAnnualClearingResponse400
    | ApproveAnnualClearingResponse401
    | ApproveAnnualClearingResponse403
    | ApproveAnnualClearingResponse404
    | ApproveAnnualClearingResponse409
    | ApproveAnnualClearingResponse413
    | ApproveAnnualClearingResponse422
    | ApproveAnnualClearingResponse429
    | ApproveAnnualClearingResponse500
    | ApproveAnnualClearingResponse502
    | ApproveAnnualClearingResponse503
    | ApproveAnnualClearingResponse504
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
    ApproveAnnualClearingResponse400
    | ApproveAnnualClearingResponse401
    | ApproveAnnualClearingResponse403
    | ApproveAnnualClearingResponse404
    | ApproveAnnualClearingResponse409
    | ApproveAnnualClearingResponse413
    | ApproveAnnualClearingResponse422
    | ApproveAnnualClearingResponse429
    | ApproveAnnualClearingResponse500
    | ApproveAnnualClearingResponse502
    | ApproveAnnualClearingResponse503
    | ApproveAnnualClearingResponse504
    | Clearing
]:
    """Approve (the bureau): post the clearing to the ledger and close the year

    Args:
        clearing_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApproveAnnualClearingResponse400 | ApproveAnnualClearingResponse401 | ApproveAnnualClearingResponse403 | ApproveAnnualClearingResponse404 | ApproveAnnualClearingResponse409 | ApproveAnnualClearingResponse413 | ApproveAnnualClearingResponse422 | ApproveAnnualClearingResponse429 | ApproveAnnualClearingResponse500 | ApproveAnnualClearingResponse502 | ApproveAnnualClearingResponse503 | ApproveAnnualClearingResponse504 | Clearing]
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
    ApproveAnnualClearingResponse400
    | ApproveAnnualClearingResponse401
    | ApproveAnnualClearingResponse403
    | ApproveAnnualClearingResponse404
    | ApproveAnnualClearingResponse409
    | ApproveAnnualClearingResponse413
    | ApproveAnnualClearingResponse422
    | ApproveAnnualClearingResponse429
    | ApproveAnnualClearingResponse500
    | ApproveAnnualClearingResponse502
    | ApproveAnnualClearingResponse503
    | ApproveAnnualClearingResponse504
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
        ApproveAnnualClearingResponse400 | ApproveAnnualClearingResponse401 | ApproveAnnualClearingResponse403 | ApproveAnnualClearingResponse404 | ApproveAnnualClearingResponse409 | ApproveAnnualClearingResponse413 | ApproveAnnualClearingResponse422 | ApproveAnnualClearingResponse429 | ApproveAnnualClearingResponse500 | ApproveAnnualClearingResponse502 | ApproveAnnualClearingResponse503 | ApproveAnnualClearingResponse504 | Clearing
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
    ApproveAnnualClearingResponse400
    | ApproveAnnualClearingResponse401
    | ApproveAnnualClearingResponse403
    | ApproveAnnualClearingResponse404
    | ApproveAnnualClearingResponse409
    | ApproveAnnualClearingResponse413
    | ApproveAnnualClearingResponse422
    | ApproveAnnualClearingResponse429
    | ApproveAnnualClearingResponse500
    | ApproveAnnualClearingResponse502
    | ApproveAnnualClearingResponse503
    | ApproveAnnualClearingResponse504
    | Clearing
]:
    """Approve (the bureau): post the clearing to the ledger and close the year

    Args:
        clearing_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApproveAnnualClearingResponse400 | ApproveAnnualClearingResponse401 | ApproveAnnualClearingResponse403 | ApproveAnnualClearingResponse404 | ApproveAnnualClearingResponse409 | ApproveAnnualClearingResponse413 | ApproveAnnualClearingResponse422 | ApproveAnnualClearingResponse429 | ApproveAnnualClearingResponse500 | ApproveAnnualClearingResponse502 | ApproveAnnualClearingResponse503 | ApproveAnnualClearingResponse504 | Clearing]
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
    ApproveAnnualClearingResponse400
    | ApproveAnnualClearingResponse401
    | ApproveAnnualClearingResponse403
    | ApproveAnnualClearingResponse404
    | ApproveAnnualClearingResponse409
    | ApproveAnnualClearingResponse413
    | ApproveAnnualClearingResponse422
    | ApproveAnnualClearingResponse429
    | ApproveAnnualClearingResponse500
    | ApproveAnnualClearingResponse502
    | ApproveAnnualClearingResponse503
    | ApproveAnnualClearingResponse504
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
        ApproveAnnualClearingResponse400 | ApproveAnnualClearingResponse401 | ApproveAnnualClearingResponse403 | ApproveAnnualClearingResponse404 | ApproveAnnualClearingResponse409 | ApproveAnnualClearingResponse413 | ApproveAnnualClearingResponse422 | ApproveAnnualClearingResponse429 | ApproveAnnualClearingResponse500 | ApproveAnnualClearingResponse502 | ApproveAnnualClearingResponse503 | ApproveAnnualClearingResponse504 | Clearing
    """

    return (
        await asyncio_detailed(
            clearing_id=clearing_id,
            client=client,
        )
    ).parsed
