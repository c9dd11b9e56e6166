from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.finance_receipt import FinanceReceipt
from ...models.finance_receipt_create import FinanceReceiptCreate
from ...models.record_finance_receipt_response_400 import RecordFinanceReceiptResponse400
from ...models.record_finance_receipt_response_401 import RecordFinanceReceiptResponse401
from ...models.record_finance_receipt_response_403 import RecordFinanceReceiptResponse403
from ...models.record_finance_receipt_response_409 import RecordFinanceReceiptResponse409
from ...models.record_finance_receipt_response_413 import RecordFinanceReceiptResponse413
from ...models.record_finance_receipt_response_422 import RecordFinanceReceiptResponse422
from ...models.record_finance_receipt_response_429 import RecordFinanceReceiptResponse429
from ...models.record_finance_receipt_response_500 import RecordFinanceReceiptResponse500
from ...models.record_finance_receipt_response_502 import RecordFinanceReceiptResponse502
from ...models.record_finance_receipt_response_503 import RecordFinanceReceiptResponse503
from ...models.record_finance_receipt_response_504 import RecordFinanceReceiptResponse504
from ...types import Response


def _get_kwargs(
    *,
    body: FinanceReceiptCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/finance-receipts",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    FinanceReceipt
    | RecordFinanceReceiptResponse400
    | RecordFinanceReceiptResponse401
    | RecordFinanceReceiptResponse403
    | RecordFinanceReceiptResponse409
    | RecordFinanceReceiptResponse413
    | RecordFinanceReceiptResponse422
    | RecordFinanceReceiptResponse429
    | RecordFinanceReceiptResponse500
    | RecordFinanceReceiptResponse502
    | RecordFinanceReceiptResponse503
    | RecordFinanceReceiptResponse504
    | None
):
    if response.status_code == 200:
        response_200 = FinanceReceipt.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = FinanceReceipt.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = RecordFinanceReceiptResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = RecordFinanceReceiptResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = RecordFinanceReceiptResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = RecordFinanceReceiptResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = RecordFinanceReceiptResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = RecordFinanceReceiptResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = RecordFinanceReceiptResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = RecordFinanceReceiptResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = RecordFinanceReceiptResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = RecordFinanceReceiptResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = RecordFinanceReceiptResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    FinanceReceipt
    | RecordFinanceReceiptResponse400
    | RecordFinanceReceiptResponse401
    | RecordFinanceReceiptResponse403
    | RecordFinanceReceiptResponse409
    | RecordFinanceReceiptResponse413
    | RecordFinanceReceiptResponse422
    | RecordFinanceReceiptResponse429
    | RecordFinanceReceiptResponse500
    | RecordFinanceReceiptResponse502
    | RecordFinanceReceiptResponse503
    | RecordFinanceReceiptResponse504
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FinanceReceiptCreate,
) -> Response[
    FinanceReceipt
    | RecordFinanceReceiptResponse400
    | RecordFinanceReceiptResponse401
    | RecordFinanceReceiptResponse403
    | RecordFinanceReceiptResponse409
    | RecordFinanceReceiptResponse413
    | RecordFinanceReceiptResponse422
    | RecordFinanceReceiptResponse429
    | RecordFinanceReceiptResponse500
    | RecordFinanceReceiptResponse502
    | RecordFinanceReceiptResponse503
    | RecordFinanceReceiptResponse504
]:
    """Record the county finance paying its share of a deficit (财政补足缺口) into the fund

     Posts cash against `finance_receivable` (what approved clearings booked on the county finance),
    never income. The `reference` names one receipt of the county: sent again with the same amount, date
    and memo it answers 200 with the first receipt (`Idempotent-Replayed: true`), with anything else 409
    `FINANCE_RECEIPT_REF_CONFLICT`. Never more than is owed: 409 `FINANCE_RECEIPT_EXCEEDS_OWED`
    (`owed_fen`).

    Args:
        body (FinanceReceiptCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FinanceReceipt | RecordFinanceReceiptResponse400 | RecordFinanceReceiptResponse401 | RecordFinanceReceiptResponse403 | RecordFinanceReceiptResponse409 | RecordFinanceReceiptResponse413 | RecordFinanceReceiptResponse422 | RecordFinanceReceiptResponse429 | RecordFinanceReceiptResponse500 | RecordFinanceReceiptResponse502 | RecordFinanceReceiptResponse503 | RecordFinanceReceiptResponse504]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: FinanceReceiptCreate,
) -> (
    FinanceReceipt
    | RecordFinanceReceiptResponse400
    | RecordFinanceReceiptResponse401
    | RecordFinanceReceiptResponse403
    | RecordFinanceReceiptResponse409
    | RecordFinanceReceiptResponse413
    | RecordFinanceReceiptResponse422
    | RecordFinanceReceiptResponse429
    | RecordFinanceReceiptResponse500
    | RecordFinanceReceiptResponse502
    | RecordFinanceReceiptResponse503
    | RecordFinanceReceiptResponse504
    | None
):
    """Record the county finance paying its share of a deficit (财政补足缺口) into the fund

     Posts cash against `finance_receivable` (what approved clearings booked on the county finance),
    never income. The `reference` names one receipt of the county: sent again with the same amount, date
    and memo it answers 200 with the first receipt (`Idempotent-Replayed: true`), with anything else 409
    `FINANCE_RECEIPT_REF_CONFLICT`. Never more than is owed: 409 `FINANCE_RECEIPT_EXCEEDS_OWED`
    (`owed_fen`).

    Args:
        body (FinanceReceiptCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FinanceReceipt | RecordFinanceReceiptResponse400 | RecordFinanceReceiptResponse401 | RecordFinanceReceiptResponse403 | RecordFinanceReceiptResponse409 | RecordFinanceReceiptResponse413 | RecordFinanceReceiptResponse422 | RecordFinanceReceiptResponse429 | RecordFinanceReceiptResponse500 | RecordFinanceReceiptResponse502 | RecordFinanceReceiptResponse503 | RecordFinanceReceiptResponse504
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FinanceReceiptCreate,
) -> Response[
    FinanceReceipt
    | RecordFinanceReceiptResponse400
    | RecordFinanceReceiptResponse401
    | RecordFinanceReceiptResponse403
    | RecordFinanceReceiptResponse409
    | RecordFinanceReceiptResponse413
    | RecordFinanceReceiptResponse422
    | RecordFinanceReceiptResponse429
    | RecordFinanceReceiptResponse500
    | RecordFinanceReceiptResponse502
    | RecordFinanceReceiptResponse503
    | RecordFinanceReceiptResponse504
]:
    """Record the county finance paying its share of a deficit (财政补足缺口) into the fund

     Posts cash against `finance_receivable` (what approved clearings booked on the county finance),
    never income. The `reference` names one receipt of the county: sent again with the same amount, date
    and memo it answers 200 with the first receipt (`Idempotent-Replayed: true`), with anything else 409
    `FINANCE_RECEIPT_REF_CONFLICT`. Never more than is owed: 409 `FINANCE_RECEIPT_EXCEEDS_OWED`
    (`owed_fen`).

    Args:
        body (FinanceReceiptCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FinanceReceipt | RecordFinanceReceiptResponse400 | RecordFinanceReceiptResponse401 | RecordFinanceReceiptResponse403 | RecordFinanceReceiptResponse409 | RecordFinanceReceiptResponse413 | RecordFinanceReceiptResponse422 | RecordFinanceReceiptResponse429 | RecordFinanceReceiptResponse500 | RecordFinanceReceiptResponse502 | RecordFinanceReceiptResponse503 | RecordFinanceReceiptResponse504]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FinanceReceiptCreate,
) -> (
    FinanceReceipt
    | RecordFinanceReceiptResponse400
    | RecordFinanceReceiptResponse401
    | RecordFinanceReceiptResponse403
    | RecordFinanceReceiptResponse409
    | RecordFinanceReceiptResponse413
    | RecordFinanceReceiptResponse422
    | RecordFinanceReceiptResponse429
    | RecordFinanceReceiptResponse500
    | RecordFinanceReceiptResponse502
    | RecordFinanceReceiptResponse503
    | RecordFinanceReceiptResponse504
    | None
):
    """Record the county finance paying its share of a deficit (财政补足缺口) into the fund

     Posts cash against `finance_receivable` (what approved clearings booked on the county finance),
    never income. The `reference` names one receipt of the county: sent again with the same amount, date
    and memo it answers 200 with the first receipt (`Idempotent-Replayed: true`), with anything else 409
    `FINANCE_RECEIPT_REF_CONFLICT`. Never more than is owed: 409 `FINANCE_RECEIPT_EXCEEDS_OWED`
    (`owed_fen`).

    Args:
        body (FinanceReceiptCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FinanceReceipt | RecordFinanceReceiptResponse400 | RecordFinanceReceiptResponse401 | RecordFinanceReceiptResponse403 | RecordFinanceReceiptResponse409 | RecordFinanceReceiptResponse413 | RecordFinanceReceiptResponse422 | RecordFinanceReceiptResponse429 | RecordFinanceReceiptResponse500 | RecordFinanceReceiptResponse502 | RecordFinanceReceiptResponse503 | RecordFinanceReceiptResponse504
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
