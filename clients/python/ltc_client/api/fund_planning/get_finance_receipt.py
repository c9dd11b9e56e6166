from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.finance_receipt import FinanceReceipt
from ...models.get_finance_receipt_response_400 import GetFinanceReceiptResponse400
from ...models.get_finance_receipt_response_401 import GetFinanceReceiptResponse401
from ...models.get_finance_receipt_response_403 import GetFinanceReceiptResponse403
from ...models.get_finance_receipt_response_404 import GetFinanceReceiptResponse404
from ...models.get_finance_receipt_response_422 import GetFinanceReceiptResponse422
from ...models.get_finance_receipt_response_429 import GetFinanceReceiptResponse429
from ...models.get_finance_receipt_response_500 import GetFinanceReceiptResponse500
from ...models.get_finance_receipt_response_502 import GetFinanceReceiptResponse502
from ...models.get_finance_receipt_response_503 import GetFinanceReceiptResponse503
from ...models.get_finance_receipt_response_504 import GetFinanceReceiptResponse504
from ...types import Response


def _get_kwargs(
    receipt_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/finance-receipts/{receipt_id}".format(
            receipt_id=quote(str(receipt_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    FinanceReceipt
    | GetFinanceReceiptResponse400
    | GetFinanceReceiptResponse401
    | GetFinanceReceiptResponse403
    | GetFinanceReceiptResponse404
    | GetFinanceReceiptResponse422
    | GetFinanceReceiptResponse429
    | GetFinanceReceiptResponse500
    | GetFinanceReceiptResponse502
    | GetFinanceReceiptResponse503
    | GetFinanceReceiptResponse504
    | None
):
    if response.status_code == 200:
        response_200 = FinanceReceipt.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetFinanceReceiptResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetFinanceReceiptResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetFinanceReceiptResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetFinanceReceiptResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = GetFinanceReceiptResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetFinanceReceiptResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetFinanceReceiptResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = GetFinanceReceiptResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = GetFinanceReceiptResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = GetFinanceReceiptResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    FinanceReceipt
    | GetFinanceReceiptResponse400
    | GetFinanceReceiptResponse401
    | GetFinanceReceiptResponse403
    | GetFinanceReceiptResponse404
    | GetFinanceReceiptResponse422
    | GetFinanceReceiptResponse429
    | GetFinanceReceiptResponse500
    | GetFinanceReceiptResponse502
    | GetFinanceReceiptResponse503
    | GetFinanceReceiptResponse504
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    receipt_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    FinanceReceipt
    | GetFinanceReceiptResponse400
    | GetFinanceReceiptResponse401
    | GetFinanceReceiptResponse403
    | GetFinanceReceiptResponse404
    | GetFinanceReceiptResponse422
    | GetFinanceReceiptResponse429
    | GetFinanceReceiptResponse500
    | GetFinanceReceiptResponse502
    | GetFinanceReceiptResponse503
    | GetFinanceReceiptResponse504
]:
    """One finance receipt

    Args:
        receipt_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FinanceReceipt | GetFinanceReceiptResponse400 | GetFinanceReceiptResponse401 | GetFinanceReceiptResponse403 | GetFinanceReceiptResponse404 | GetFinanceReceiptResponse422 | GetFinanceReceiptResponse429 | GetFinanceReceiptResponse500 | GetFinanceReceiptResponse502 | GetFinanceReceiptResponse503 | GetFinanceReceiptResponse504]
    """

    kwargs = _get_kwargs(
        receipt_id=receipt_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    receipt_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    FinanceReceipt
    | GetFinanceReceiptResponse400
    | GetFinanceReceiptResponse401
    | GetFinanceReceiptResponse403
    | GetFinanceReceiptResponse404
    | GetFinanceReceiptResponse422
    | GetFinanceReceiptResponse429
    | GetFinanceReceiptResponse500
    | GetFinanceReceiptResponse502
    | GetFinanceReceiptResponse503
    | GetFinanceReceiptResponse504
    | None
):
    """One finance receipt

    Args:
        receipt_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FinanceReceipt | GetFinanceReceiptResponse400 | GetFinanceReceiptResponse401 | GetFinanceReceiptResponse403 | GetFinanceReceiptResponse404 | GetFinanceReceiptResponse422 | GetFinanceReceiptResponse429 | GetFinanceReceiptResponse500 | GetFinanceReceiptResponse502 | GetFinanceReceiptResponse503 | GetFinanceReceiptResponse504
    """

    return sync_detailed(
        receipt_id=receipt_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    receipt_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    FinanceReceipt
    | GetFinanceReceiptResponse400
    | GetFinanceReceiptResponse401
    | GetFinanceReceiptResponse403
    | GetFinanceReceiptResponse404
    | GetFinanceReceiptResponse422
    | GetFinanceReceiptResponse429
    | GetFinanceReceiptResponse500
    | GetFinanceReceiptResponse502
    | GetFinanceReceiptResponse503
    | GetFinanceReceiptResponse504
]:
    """One finance receipt

    Args:
        receipt_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FinanceReceipt | GetFinanceReceiptResponse400 | GetFinanceReceiptResponse401 | GetFinanceReceiptResponse403 | GetFinanceReceiptResponse404 | GetFinanceReceiptResponse422 | GetFinanceReceiptResponse429 | GetFinanceReceiptResponse500 | GetFinanceReceiptResponse502 | GetFinanceReceiptResponse503 | GetFinanceReceiptResponse504]
    """

    kwargs = _get_kwargs(
        receipt_id=receipt_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    receipt_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    FinanceReceipt
    | GetFinanceReceiptResponse400
    | GetFinanceReceiptResponse401
    | GetFinanceReceiptResponse403
    | GetFinanceReceiptResponse404
    | GetFinanceReceiptResponse422
    | GetFinanceReceiptResponse429
    | GetFinanceReceiptResponse500
    | GetFinanceReceiptResponse502
    | GetFinanceReceiptResponse503
    | GetFinanceReceiptResponse504
    | None
):
    """One finance receipt

    Args:
        receipt_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FinanceReceipt | GetFinanceReceiptResponse400 | GetFinanceReceiptResponse401 | GetFinanceReceiptResponse403 | GetFinanceReceiptResponse404 | GetFinanceReceiptResponse422 | GetFinanceReceiptResponse429 | GetFinanceReceiptResponse500 | GetFinanceReceiptResponse502 | GetFinanceReceiptResponse503 | GetFinanceReceiptResponse504
    """

    return (
        await asyncio_detailed(
            receipt_id=receipt_id,
            client=client,
        )
    ).parsed
