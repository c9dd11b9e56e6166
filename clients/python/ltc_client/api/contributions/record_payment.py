from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.payment import Payment
from ...models.payment_create import PaymentCreate
from ...models.record_payment_response_400 import RecordPaymentResponse400
from ...models.record_payment_response_401 import RecordPaymentResponse401
from ...models.record_payment_response_403 import RecordPaymentResponse403
from ...models.record_payment_response_404 import RecordPaymentResponse404
from ...models.record_payment_response_409 import RecordPaymentResponse409
from ...models.record_payment_response_413 import RecordPaymentResponse413
from ...models.record_payment_response_422 import RecordPaymentResponse422
from ...models.record_payment_response_429 import RecordPaymentResponse429
from ...models.record_payment_response_500 import RecordPaymentResponse500
from ...models.record_payment_response_502 import RecordPaymentResponse502
from ...models.record_payment_response_503 import RecordPaymentResponse503
from ...models.record_payment_response_504 import RecordPaymentResponse504
from ...types import Response


def _get_kwargs(
    *,
    body: PaymentCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/payments",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Payment
    | RecordPaymentResponse400
    | RecordPaymentResponse401
    | RecordPaymentResponse403
    | RecordPaymentResponse404
    | RecordPaymentResponse409
    | RecordPaymentResponse413
    | RecordPaymentResponse422
    | RecordPaymentResponse429
    | RecordPaymentResponse500
    | RecordPaymentResponse502
    | RecordPaymentResponse503
    | RecordPaymentResponse504
    | None
):
    if response.status_code == 201:
        response_201 = Payment.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = RecordPaymentResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = RecordPaymentResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = RecordPaymentResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = RecordPaymentResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = RecordPaymentResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = RecordPaymentResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = RecordPaymentResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = RecordPaymentResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = RecordPaymentResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = RecordPaymentResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = RecordPaymentResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = RecordPaymentResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Payment
    | RecordPaymentResponse400
    | RecordPaymentResponse401
    | RecordPaymentResponse403
    | RecordPaymentResponse404
    | RecordPaymentResponse409
    | RecordPaymentResponse413
    | RecordPaymentResponse422
    | RecordPaymentResponse429
    | RecordPaymentResponse500
    | RecordPaymentResponse502
    | RecordPaymentResponse503
    | RecordPaymentResponse504
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
    body: PaymentCreate,
) -> Response[
    Payment
    | RecordPaymentResponse400
    | RecordPaymentResponse401
    | RecordPaymentResponse403
    | RecordPaymentResponse404
    | RecordPaymentResponse409
    | RecordPaymentResponse413
    | RecordPaymentResponse422
    | RecordPaymentResponse429
    | RecordPaymentResponse500
    | RecordPaymentResponse502
    | RecordPaymentResponse503
    | RecordPaymentResponse504
]:
    """Record one payment

     Idempotent by `(channel, external_ref)`: the same payment again answers 200 with the first record.

    Args:
        body (PaymentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Payment | RecordPaymentResponse400 | RecordPaymentResponse401 | RecordPaymentResponse403 | RecordPaymentResponse404 | RecordPaymentResponse409 | RecordPaymentResponse413 | RecordPaymentResponse422 | RecordPaymentResponse429 | RecordPaymentResponse500 | RecordPaymentResponse502 | RecordPaymentResponse503 | RecordPaymentResponse504]
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
    body: PaymentCreate,
) -> (
    Payment
    | RecordPaymentResponse400
    | RecordPaymentResponse401
    | RecordPaymentResponse403
    | RecordPaymentResponse404
    | RecordPaymentResponse409
    | RecordPaymentResponse413
    | RecordPaymentResponse422
    | RecordPaymentResponse429
    | RecordPaymentResponse500
    | RecordPaymentResponse502
    | RecordPaymentResponse503
    | RecordPaymentResponse504
    | None
):
    """Record one payment

     Idempotent by `(channel, external_ref)`: the same payment again answers 200 with the first record.

    Args:
        body (PaymentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Payment | RecordPaymentResponse400 | RecordPaymentResponse401 | RecordPaymentResponse403 | RecordPaymentResponse404 | RecordPaymentResponse409 | RecordPaymentResponse413 | RecordPaymentResponse422 | RecordPaymentResponse429 | RecordPaymentResponse500 | RecordPaymentResponse502 | RecordPaymentResponse503 | RecordPaymentResponse504
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PaymentCreate,
) -> Response[
    Payment
    | RecordPaymentResponse400
    | RecordPaymentResponse401
    | RecordPaymentResponse403
    | RecordPaymentResponse404
    | RecordPaymentResponse409
    | RecordPaymentResponse413
    | RecordPaymentResponse422
    | RecordPaymentResponse429
    | RecordPaymentResponse500
    | RecordPaymentResponse502
    | RecordPaymentResponse503
    | RecordPaymentResponse504
]:
    """Record one payment

     Idempotent by `(channel, external_ref)`: the same payment again answers 200 with the first record.

    Args:
        body (PaymentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Payment | RecordPaymentResponse400 | RecordPaymentResponse401 | RecordPaymentResponse403 | RecordPaymentResponse404 | RecordPaymentResponse409 | RecordPaymentResponse413 | RecordPaymentResponse422 | RecordPaymentResponse429 | RecordPaymentResponse500 | RecordPaymentResponse502 | RecordPaymentResponse503 | RecordPaymentResponse504]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PaymentCreate,
) -> (
    Payment
    | RecordPaymentResponse400
    | RecordPaymentResponse401
    | RecordPaymentResponse403
    | RecordPaymentResponse404
    | RecordPaymentResponse409
    | RecordPaymentResponse413
    | RecordPaymentResponse422
    | RecordPaymentResponse429
    | RecordPaymentResponse500
    | RecordPaymentResponse502
    | RecordPaymentResponse503
    | RecordPaymentResponse504
    | None
):
    """Record one payment

     Idempotent by `(channel, external_ref)`: the same payment again answers 200 with the first record.

    Args:
        body (PaymentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Payment | RecordPaymentResponse400 | RecordPaymentResponse401 | RecordPaymentResponse403 | RecordPaymentResponse404 | RecordPaymentResponse409 | RecordPaymentResponse413 | RecordPaymentResponse422 | RecordPaymentResponse429 | RecordPaymentResponse500 | RecordPaymentResponse502 | RecordPaymentResponse503 | RecordPaymentResponse504
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
