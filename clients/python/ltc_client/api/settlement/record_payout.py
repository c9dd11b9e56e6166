from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.record_payout_response_400 import RecordPayoutResponse400
from ...models.record_payout_response_401 import RecordPayoutResponse401
from ...models.record_payout_response_403 import RecordPayoutResponse403
from ...models.record_payout_response_404 import RecordPayoutResponse404
from ...models.record_payout_response_409 import RecordPayoutResponse409
from ...models.record_payout_response_413 import RecordPayoutResponse413
from ...models.record_payout_response_422 import RecordPayoutResponse422
from ...models.record_payout_response_429 import RecordPayoutResponse429
from ...models.record_payout_response_500 import RecordPayoutResponse500
from ...models.record_payout_response_502 import RecordPayoutResponse502
from ...models.record_payout_response_503 import RecordPayoutResponse503
from ...models.record_payout_response_504 import RecordPayoutResponse504
from ...models.settlement_payment import SettlementPayment
from ...models.settlement_payment_create import SettlementPaymentCreate
from ...types import Response


def _get_kwargs(
    run_id: UUID,
    *,
    body: SettlementPaymentCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/settlement-runs/{run_id}/payments".format(
            run_id=quote(str(run_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    RecordPayoutResponse400
    | RecordPayoutResponse401
    | RecordPayoutResponse403
    | RecordPayoutResponse404
    | RecordPayoutResponse409
    | RecordPayoutResponse413
    | RecordPayoutResponse422
    | RecordPayoutResponse429
    | RecordPayoutResponse500
    | RecordPayoutResponse502
    | RecordPayoutResponse503
    | RecordPayoutResponse504
    | SettlementPayment
    | None
):
    if response.status_code == 200:
        response_200 = SettlementPayment.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = SettlementPayment.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = RecordPayoutResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = RecordPayoutResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = RecordPayoutResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = RecordPayoutResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = RecordPayoutResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = RecordPayoutResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = RecordPayoutResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = RecordPayoutResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = RecordPayoutResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = RecordPayoutResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = RecordPayoutResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = RecordPayoutResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    RecordPayoutResponse400
    | RecordPayoutResponse401
    | RecordPayoutResponse403
    | RecordPayoutResponse404
    | RecordPayoutResponse409
    | RecordPayoutResponse413
    | RecordPayoutResponse422
    | RecordPayoutResponse429
    | RecordPayoutResponse500
    | RecordPayoutResponse502
    | RecordPayoutResponse503
    | RecordPayoutResponse504
    | SettlementPayment
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    run_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: SettlementPaymentCreate,
) -> Response[
    RecordPayoutResponse400
    | RecordPayoutResponse401
    | RecordPayoutResponse403
    | RecordPayoutResponse404
    | RecordPayoutResponse409
    | RecordPayoutResponse413
    | RecordPayoutResponse422
    | RecordPayoutResponse429
    | RecordPayoutResponse500
    | RecordPayoutResponse502
    | RecordPayoutResponse503
    | RecordPayoutResponse504
    | SettlementPayment
]:
    """Record a payout to an institution

     The bank `reference` names one payout of the county: sent again with the same run, institution,
    amount and date it answers 200 with the first payout (`Idempotent-Replayed: true`); with anything
    else it is a 409 `PAYMENT_REF_CONFLICT`. Payouts for a month never exceed its settled statement's
    net payable (409 `OVERPAYMENT`), superseded runs' payouts included; a superseded run takes none (409
    `RUN_SUPERSEDED`).

    Args:
        run_id (UUID):
        body (SettlementPaymentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RecordPayoutResponse400 | RecordPayoutResponse401 | RecordPayoutResponse403 | RecordPayoutResponse404 | RecordPayoutResponse409 | RecordPayoutResponse413 | RecordPayoutResponse422 | RecordPayoutResponse429 | RecordPayoutResponse500 | RecordPayoutResponse502 | RecordPayoutResponse503 | RecordPayoutResponse504 | SettlementPayment]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    run_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: SettlementPaymentCreate,
) -> (
    RecordPayoutResponse400
    | RecordPayoutResponse401
    | RecordPayoutResponse403
    | RecordPayoutResponse404
    | RecordPayoutResponse409
    | RecordPayoutResponse413
    | RecordPayoutResponse422
    | RecordPayoutResponse429
    | RecordPayoutResponse500
    | RecordPayoutResponse502
    | RecordPayoutResponse503
    | RecordPayoutResponse504
    | SettlementPayment
    | None
):
    """Record a payout to an institution

     The bank `reference` names one payout of the county: sent again with the same run, institution,
    amount and date it answers 200 with the first payout (`Idempotent-Replayed: true`); with anything
    else it is a 409 `PAYMENT_REF_CONFLICT`. Payouts for a month never exceed its settled statement's
    net payable (409 `OVERPAYMENT`), superseded runs' payouts included; a superseded run takes none (409
    `RUN_SUPERSEDED`).

    Args:
        run_id (UUID):
        body (SettlementPaymentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RecordPayoutResponse400 | RecordPayoutResponse401 | RecordPayoutResponse403 | RecordPayoutResponse404 | RecordPayoutResponse409 | RecordPayoutResponse413 | RecordPayoutResponse422 | RecordPayoutResponse429 | RecordPayoutResponse500 | RecordPayoutResponse502 | RecordPayoutResponse503 | RecordPayoutResponse504 | SettlementPayment
    """

    return sync_detailed(
        run_id=run_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    run_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: SettlementPaymentCreate,
) -> Response[
    RecordPayoutResponse400
    | RecordPayoutResponse401
    | RecordPayoutResponse403
    | RecordPayoutResponse404
    | RecordPayoutResponse409
    | RecordPayoutResponse413
    | RecordPayoutResponse422
    | RecordPayoutResponse429
    | RecordPayoutResponse500
    | RecordPayoutResponse502
    | RecordPayoutResponse503
    | RecordPayoutResponse504
    | SettlementPayment
]:
    """Record a payout to an institution

     The bank `reference` names one payout of the county: sent again with the same run, institution,
    amount and date it answers 200 with the first payout (`Idempotent-Replayed: true`); with anything
    else it is a 409 `PAYMENT_REF_CONFLICT`. Payouts for a month never exceed its settled statement's
    net payable (409 `OVERPAYMENT`), superseded runs' payouts included; a superseded run takes none (409
    `RUN_SUPERSEDED`).

    Args:
        run_id (UUID):
        body (SettlementPaymentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RecordPayoutResponse400 | RecordPayoutResponse401 | RecordPayoutResponse403 | RecordPayoutResponse404 | RecordPayoutResponse409 | RecordPayoutResponse413 | RecordPayoutResponse422 | RecordPayoutResponse429 | RecordPayoutResponse500 | RecordPayoutResponse502 | RecordPayoutResponse503 | RecordPayoutResponse504 | SettlementPayment]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    run_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: SettlementPaymentCreate,
) -> (
    RecordPayoutResponse400
    | RecordPayoutResponse401
    | RecordPayoutResponse403
    | RecordPayoutResponse404
    | RecordPayoutResponse409
    | RecordPayoutResponse413
    | RecordPayoutResponse422
    | RecordPayoutResponse429
    | RecordPayoutResponse500
    | RecordPayoutResponse502
    | RecordPayoutResponse503
    | RecordPayoutResponse504
    | SettlementPayment
    | None
):
    """Record a payout to an institution

     The bank `reference` names one payout of the county: sent again with the same run, institution,
    amount and date it answers 200 with the first payout (`Idempotent-Replayed: true`); with anything
    else it is a 409 `PAYMENT_REF_CONFLICT`. Payouts for a month never exceed its settled statement's
    net payable (409 `OVERPAYMENT`), superseded runs' payouts included; a superseded run takes none (409
    `RUN_SUPERSEDED`).

    Args:
        run_id (UUID):
        body (SettlementPaymentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RecordPayoutResponse400 | RecordPayoutResponse401 | RecordPayoutResponse403 | RecordPayoutResponse404 | RecordPayoutResponse409 | RecordPayoutResponse413 | RecordPayoutResponse422 | RecordPayoutResponse429 | RecordPayoutResponse500 | RecordPayoutResponse502 | RecordPayoutResponse503 | RecordPayoutResponse504 | SettlementPayment
    """

    return (
        await asyncio_detailed(
            run_id=run_id,
            client=client,
            body=body,
        )
    ).parsed
