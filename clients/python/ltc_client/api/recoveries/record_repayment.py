from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.record_repayment_response_400 import RecordRepaymentResponse400
from ...models.record_repayment_response_401 import RecordRepaymentResponse401
from ...models.record_repayment_response_403 import RecordRepaymentResponse403
from ...models.record_repayment_response_404 import RecordRepaymentResponse404
from ...models.record_repayment_response_409 import RecordRepaymentResponse409
from ...models.record_repayment_response_413 import RecordRepaymentResponse413
from ...models.record_repayment_response_422 import RecordRepaymentResponse422
from ...models.record_repayment_response_429 import RecordRepaymentResponse429
from ...models.record_repayment_response_500 import RecordRepaymentResponse500
from ...models.record_repayment_response_502 import RecordRepaymentResponse502
from ...models.record_repayment_response_503 import RecordRepaymentResponse503
from ...models.record_repayment_response_504 import RecordRepaymentResponse504
from ...models.recovery_detail import RecoveryDetail
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
    RecordRepaymentResponse400
    | RecordRepaymentResponse401
    | RecordRepaymentResponse403
    | RecordRepaymentResponse404
    | RecordRepaymentResponse409
    | RecordRepaymentResponse413
    | RecordRepaymentResponse422
    | RecordRepaymentResponse429
    | RecordRepaymentResponse500
    | RecordRepaymentResponse502
    | RecordRepaymentResponse503
    | RecordRepaymentResponse504
    | RecoveryDetail
    | None
):
    if response.status_code == 200:
        response_200 = RecoveryDetail.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = RecoveryDetail.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = RecordRepaymentResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = RecordRepaymentResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = RecordRepaymentResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = RecordRepaymentResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = RecordRepaymentResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = RecordRepaymentResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = RecordRepaymentResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = RecordRepaymentResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = RecordRepaymentResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = RecordRepaymentResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = RecordRepaymentResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = RecordRepaymentResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    RecordRepaymentResponse400
    | RecordRepaymentResponse401
    | RecordRepaymentResponse403
    | RecordRepaymentResponse404
    | RecordRepaymentResponse409
    | RecordRepaymentResponse413
    | RecordRepaymentResponse422
    | RecordRepaymentResponse429
    | RecordRepaymentResponse500
    | RecordRepaymentResponse502
    | RecordRepaymentResponse503
    | RecordRepaymentResponse504
    | RecoveryDetail
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
    RecordRepaymentResponse400
    | RecordRepaymentResponse401
    | RecordRepaymentResponse403
    | RecordRepaymentResponse404
    | RecordRepaymentResponse409
    | RecordRepaymentResponse413
    | RecordRepaymentResponse422
    | RecordRepaymentResponse429
    | RecordRepaymentResponse500
    | RecordRepaymentResponse502
    | RecordRepaymentResponse503
    | RecordRepaymentResponse504
    | RecoveryDetail
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
        Response[RecordRepaymentResponse400 | RecordRepaymentResponse401 | RecordRepaymentResponse403 | RecordRepaymentResponse404 | RecordRepaymentResponse409 | RecordRepaymentResponse413 | RecordRepaymentResponse422 | RecordRepaymentResponse429 | RecordRepaymentResponse500 | RecordRepaymentResponse502 | RecordRepaymentResponse503 | RecordRepaymentResponse504 | RecoveryDetail]
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
    RecordRepaymentResponse400
    | RecordRepaymentResponse401
    | RecordRepaymentResponse403
    | RecordRepaymentResponse404
    | RecordRepaymentResponse409
    | RecordRepaymentResponse413
    | RecordRepaymentResponse422
    | RecordRepaymentResponse429
    | RecordRepaymentResponse500
    | RecordRepaymentResponse502
    | RecordRepaymentResponse503
    | RecordRepaymentResponse504
    | RecoveryDetail
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
        RecordRepaymentResponse400 | RecordRepaymentResponse401 | RecordRepaymentResponse403 | RecordRepaymentResponse404 | RecordRepaymentResponse409 | RecordRepaymentResponse413 | RecordRepaymentResponse422 | RecordRepaymentResponse429 | RecordRepaymentResponse500 | RecordRepaymentResponse502 | RecordRepaymentResponse503 | RecordRepaymentResponse504 | RecoveryDetail
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
    RecordRepaymentResponse400
    | RecordRepaymentResponse401
    | RecordRepaymentResponse403
    | RecordRepaymentResponse404
    | RecordRepaymentResponse409
    | RecordRepaymentResponse413
    | RecordRepaymentResponse422
    | RecordRepaymentResponse429
    | RecordRepaymentResponse500
    | RecordRepaymentResponse502
    | RecordRepaymentResponse503
    | RecordRepaymentResponse504
    | RecoveryDetail
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
        Response[RecordRepaymentResponse400 | RecordRepaymentResponse401 | RecordRepaymentResponse403 | RecordRepaymentResponse404 | RecordRepaymentResponse409 | RecordRepaymentResponse413 | RecordRepaymentResponse422 | RecordRepaymentResponse429 | RecordRepaymentResponse500 | RecordRepaymentResponse502 | RecordRepaymentResponse503 | RecordRepaymentResponse504 | RecoveryDetail]
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
    RecordRepaymentResponse400
    | RecordRepaymentResponse401
    | RecordRepaymentResponse403
    | RecordRepaymentResponse404
    | RecordRepaymentResponse409
    | RecordRepaymentResponse413
    | RecordRepaymentResponse422
    | RecordRepaymentResponse429
    | RecordRepaymentResponse500
    | RecordRepaymentResponse502
    | RecordRepaymentResponse503
    | RecordRepaymentResponse504
    | RecoveryDetail
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
        RecordRepaymentResponse400 | RecordRepaymentResponse401 | RecordRepaymentResponse403 | RecordRepaymentResponse404 | RecordRepaymentResponse409 | RecordRepaymentResponse413 | RecordRepaymentResponse422 | RecordRepaymentResponse429 | RecordRepaymentResponse500 | RecordRepaymentResponse502 | RecordRepaymentResponse503 | RecordRepaymentResponse504 | RecoveryDetail
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
