from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.recovery_detail import RecoveryDetail
from ...models.repay_response_400 import RepayResponse400
from ...models.repay_response_401 import RepayResponse401
from ...models.repay_response_403 import RepayResponse403
from ...models.repay_response_404 import RepayResponse404
from ...models.repay_response_409 import RepayResponse409
from ...models.repay_response_413 import RepayResponse413
from ...models.repay_response_422 import RepayResponse422
from ...models.repay_response_429 import RepayResponse429
from ...models.repay_response_500 import RepayResponse500
from ...models.repay_response_502 import RepayResponse502
from ...models.repay_response_503 import RepayResponse503
from ...models.repay_response_504 import RepayResponse504
from ...models.repayment_create import RepaymentCreate
from ...types import Response


def _get_kwargs(
    id: UUID,
    *,
    body: RepaymentCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/recoveries/{id}/repayments".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    RecoveryDetail
    | RepayResponse400
    | RepayResponse401
    | RepayResponse403
    | RepayResponse404
    | RepayResponse409
    | RepayResponse413
    | RepayResponse422
    | RepayResponse429
    | RepayResponse500
    | RepayResponse502
    | RepayResponse503
    | RepayResponse504
    | None
):
    if response.status_code == 200:
        response_200 = RecoveryDetail.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = RecoveryDetail.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = RepayResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = RepayResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = RepayResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = RepayResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = RepayResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = RepayResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = RepayResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = RepayResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = RepayResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = RepayResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = RepayResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = RepayResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    RecoveryDetail
    | RepayResponse400
    | RepayResponse401
    | RepayResponse403
    | RepayResponse404
    | RepayResponse409
    | RepayResponse413
    | RepayResponse422
    | RepayResponse429
    | RepayResponse500
    | RepayResponse502
    | RepayResponse503
    | RepayResponse504
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: RepaymentCreate,
) -> Response[
    RecoveryDetail
    | RepayResponse400
    | RepayResponse401
    | RepayResponse403
    | RepayResponse404
    | RepayResponse409
    | RepayResponse413
    | RepayResponse422
    | RepayResponse429
    | RepayResponse500
    | RepayResponse502
    | RepayResponse503
    | RepayResponse504
]:
    """Record the institution's repayment of a recovery (the contractor of its county, or the bureau)

     The bank `reference` names one repayment of the recovery: sent again with the same amount and date
    it answers 200 (`Idempotent-Replayed: true`), with anything else 409 `RECOVERY_REF_CONFLICT`. Never
    more than is outstanding (409 `RECOVERY_OVERPAID`, `RECOVERY_CLOSED`).

    Args:
        id (UUID):
        body (RepaymentCreate): Money the institution paid back into the fund's account.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RecoveryDetail | RepayResponse400 | RepayResponse401 | RepayResponse403 | RepayResponse404 | RepayResponse409 | RepayResponse413 | RepayResponse422 | RepayResponse429 | RepayResponse500 | RepayResponse502 | RepayResponse503 | RepayResponse504]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: RepaymentCreate,
) -> (
    RecoveryDetail
    | RepayResponse400
    | RepayResponse401
    | RepayResponse403
    | RepayResponse404
    | RepayResponse409
    | RepayResponse413
    | RepayResponse422
    | RepayResponse429
    | RepayResponse500
    | RepayResponse502
    | RepayResponse503
    | RepayResponse504
    | None
):
    """Record the institution's repayment of a recovery (the contractor of its county, or the bureau)

     The bank `reference` names one repayment of the recovery: sent again with the same amount and date
    it answers 200 (`Idempotent-Replayed: true`), with anything else 409 `RECOVERY_REF_CONFLICT`. Never
    more than is outstanding (409 `RECOVERY_OVERPAID`, `RECOVERY_CLOSED`).

    Args:
        id (UUID):
        body (RepaymentCreate): Money the institution paid back into the fund's account.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RecoveryDetail | RepayResponse400 | RepayResponse401 | RepayResponse403 | RepayResponse404 | RepayResponse409 | RepayResponse413 | RepayResponse422 | RepayResponse429 | RepayResponse500 | RepayResponse502 | RepayResponse503 | RepayResponse504
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: RepaymentCreate,
) -> Response[
    RecoveryDetail
    | RepayResponse400
    | RepayResponse401
    | RepayResponse403
    | RepayResponse404
    | RepayResponse409
    | RepayResponse413
    | RepayResponse422
    | RepayResponse429
    | RepayResponse500
    | RepayResponse502
    | RepayResponse503
    | RepayResponse504
]:
    """Record the institution's repayment of a recovery (the contractor of its county, or the bureau)

     The bank `reference` names one repayment of the recovery: sent again with the same amount and date
    it answers 200 (`Idempotent-Replayed: true`), with anything else 409 `RECOVERY_REF_CONFLICT`. Never
    more than is outstanding (409 `RECOVERY_OVERPAID`, `RECOVERY_CLOSED`).

    Args:
        id (UUID):
        body (RepaymentCreate): Money the institution paid back into the fund's account.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RecoveryDetail | RepayResponse400 | RepayResponse401 | RepayResponse403 | RepayResponse404 | RepayResponse409 | RepayResponse413 | RepayResponse422 | RepayResponse429 | RepayResponse500 | RepayResponse502 | RepayResponse503 | RepayResponse504]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: RepaymentCreate,
) -> (
    RecoveryDetail
    | RepayResponse400
    | RepayResponse401
    | RepayResponse403
    | RepayResponse404
    | RepayResponse409
    | RepayResponse413
    | RepayResponse422
    | RepayResponse429
    | RepayResponse500
    | RepayResponse502
    | RepayResponse503
    | RepayResponse504
    | None
):
    """Record the institution's repayment of a recovery (the contractor of its county, or the bureau)

     The bank `reference` names one repayment of the recovery: sent again with the same amount and date
    it answers 200 (`Idempotent-Replayed: true`), with anything else 409 `RECOVERY_REF_CONFLICT`. Never
    more than is outstanding (409 `RECOVERY_OVERPAID`, `RECOVERY_CLOSED`).

    Args:
        id (UUID):
        body (RepaymentCreate): Money the institution paid back into the fund's account.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RecoveryDetail | RepayResponse400 | RepayResponse401 | RepayResponse403 | RepayResponse404 | RepayResponse409 | RepayResponse413 | RepayResponse422 | RepayResponse429 | RepayResponse500 | RepayResponse502 | RepayResponse503 | RepayResponse504
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
