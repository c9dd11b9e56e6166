from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.recovery_detail import RecoveryDetail
from ...models.write_off_create import WriteOffCreate
from ...models.write_off_recovery_response_400 import WriteOffRecoveryResponse400
from ...models.write_off_recovery_response_401 import WriteOffRecoveryResponse401
from ...models.write_off_recovery_response_403 import WriteOffRecoveryResponse403
from ...models.write_off_recovery_response_404 import WriteOffRecoveryResponse404
from ...models.write_off_recovery_response_409 import WriteOffRecoveryResponse409
from ...models.write_off_recovery_response_413 import WriteOffRecoveryResponse413
from ...models.write_off_recovery_response_422 import WriteOffRecoveryResponse422
from ...models.write_off_recovery_response_429 import WriteOffRecoveryResponse429
from ...models.write_off_recovery_response_500 import WriteOffRecoveryResponse500
from ...models.write_off_recovery_response_502 import WriteOffRecoveryResponse502
from ...models.write_off_recovery_response_503 import WriteOffRecoveryResponse503
from ...models.write_off_recovery_response_504 import WriteOffRecoveryResponse504
from ...types import Response


def _get_kwargs(
    id: UUID,
    *,
    body: WriteOffCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/recoveries/{id}/write-offs".format(
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
    | WriteOffRecoveryResponse400
    | WriteOffRecoveryResponse401
    | WriteOffRecoveryResponse403
    | WriteOffRecoveryResponse404
    | WriteOffRecoveryResponse409
    | WriteOffRecoveryResponse413
    | WriteOffRecoveryResponse422
    | WriteOffRecoveryResponse429
    | WriteOffRecoveryResponse500
    | WriteOffRecoveryResponse502
    | WriteOffRecoveryResponse503
    | WriteOffRecoveryResponse504
    | None
):
    if response.status_code == 200:
        response_200 = RecoveryDetail.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = RecoveryDetail.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = WriteOffRecoveryResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = WriteOffRecoveryResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = WriteOffRecoveryResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = WriteOffRecoveryResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = WriteOffRecoveryResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = WriteOffRecoveryResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = WriteOffRecoveryResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = WriteOffRecoveryResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = WriteOffRecoveryResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = WriteOffRecoveryResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = WriteOffRecoveryResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = WriteOffRecoveryResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    RecoveryDetail
    | WriteOffRecoveryResponse400
    | WriteOffRecoveryResponse401
    | WriteOffRecoveryResponse403
    | WriteOffRecoveryResponse404
    | WriteOffRecoveryResponse409
    | WriteOffRecoveryResponse413
    | WriteOffRecoveryResponse422
    | WriteOffRecoveryResponse429
    | WriteOffRecoveryResponse500
    | WriteOffRecoveryResponse502
    | WriteOffRecoveryResponse503
    | WriteOffRecoveryResponse504
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
    body: WriteOffCreate,
) -> Response[
    RecoveryDetail
    | WriteOffRecoveryResponse400
    | WriteOffRecoveryResponse401
    | WriteOffRecoveryResponse403
    | WriteOffRecoveryResponse404
    | WriteOffRecoveryResponse409
    | WriteOffRecoveryResponse413
    | WriteOffRecoveryResponse422
    | WriteOffRecoveryResponse429
    | WriteOffRecoveryResponse500
    | WriteOffRecoveryResponse502
    | WriteOffRecoveryResponse503
    | WriteOffRecoveryResponse504
]:
    """Write off what cannot be recovered (核销), with a reason (the bureau)

     `amount_fen` left out writes off all that is outstanding. The `reference` (the decision's number)
    names one write-off of the recovery: sent again the same it answers 200, otherwise 409
    `RECOVERY_REF_CONFLICT`.

    Args:
        id (UUID):
        body (WriteOffCreate): What the bureau gives up recovering (核销), with why.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RecoveryDetail | WriteOffRecoveryResponse400 | WriteOffRecoveryResponse401 | WriteOffRecoveryResponse403 | WriteOffRecoveryResponse404 | WriteOffRecoveryResponse409 | WriteOffRecoveryResponse413 | WriteOffRecoveryResponse422 | WriteOffRecoveryResponse429 | WriteOffRecoveryResponse500 | WriteOffRecoveryResponse502 | WriteOffRecoveryResponse503 | WriteOffRecoveryResponse504]
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
    body: WriteOffCreate,
) -> (
    RecoveryDetail
    | WriteOffRecoveryResponse400
    | WriteOffRecoveryResponse401
    | WriteOffRecoveryResponse403
    | WriteOffRecoveryResponse404
    | WriteOffRecoveryResponse409
    | WriteOffRecoveryResponse413
    | WriteOffRecoveryResponse422
    | WriteOffRecoveryResponse429
    | WriteOffRecoveryResponse500
    | WriteOffRecoveryResponse502
    | WriteOffRecoveryResponse503
    | WriteOffRecoveryResponse504
    | None
):
    """Write off what cannot be recovered (核销), with a reason (the bureau)

     `amount_fen` left out writes off all that is outstanding. The `reference` (the decision's number)
    names one write-off of the recovery: sent again the same it answers 200, otherwise 409
    `RECOVERY_REF_CONFLICT`.

    Args:
        id (UUID):
        body (WriteOffCreate): What the bureau gives up recovering (核销), with why.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RecoveryDetail | WriteOffRecoveryResponse400 | WriteOffRecoveryResponse401 | WriteOffRecoveryResponse403 | WriteOffRecoveryResponse404 | WriteOffRecoveryResponse409 | WriteOffRecoveryResponse413 | WriteOffRecoveryResponse422 | WriteOffRecoveryResponse429 | WriteOffRecoveryResponse500 | WriteOffRecoveryResponse502 | WriteOffRecoveryResponse503 | WriteOffRecoveryResponse504
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
    body: WriteOffCreate,
) -> Response[
    RecoveryDetail
    | WriteOffRecoveryResponse400
    | WriteOffRecoveryResponse401
    | WriteOffRecoveryResponse403
    | WriteOffRecoveryResponse404
    | WriteOffRecoveryResponse409
    | WriteOffRecoveryResponse413
    | WriteOffRecoveryResponse422
    | WriteOffRecoveryResponse429
    | WriteOffRecoveryResponse500
    | WriteOffRecoveryResponse502
    | WriteOffRecoveryResponse503
    | WriteOffRecoveryResponse504
]:
    """Write off what cannot be recovered (核销), with a reason (the bureau)

     `amount_fen` left out writes off all that is outstanding. The `reference` (the decision's number)
    names one write-off of the recovery: sent again the same it answers 200, otherwise 409
    `RECOVERY_REF_CONFLICT`.

    Args:
        id (UUID):
        body (WriteOffCreate): What the bureau gives up recovering (核销), with why.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RecoveryDetail | WriteOffRecoveryResponse400 | WriteOffRecoveryResponse401 | WriteOffRecoveryResponse403 | WriteOffRecoveryResponse404 | WriteOffRecoveryResponse409 | WriteOffRecoveryResponse413 | WriteOffRecoveryResponse422 | WriteOffRecoveryResponse429 | WriteOffRecoveryResponse500 | WriteOffRecoveryResponse502 | WriteOffRecoveryResponse503 | WriteOffRecoveryResponse504]
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
    body: WriteOffCreate,
) -> (
    RecoveryDetail
    | WriteOffRecoveryResponse400
    | WriteOffRecoveryResponse401
    | WriteOffRecoveryResponse403
    | WriteOffRecoveryResponse404
    | WriteOffRecoveryResponse409
    | WriteOffRecoveryResponse413
    | WriteOffRecoveryResponse422
    | WriteOffRecoveryResponse429
    | WriteOffRecoveryResponse500
    | WriteOffRecoveryResponse502
    | WriteOffRecoveryResponse503
    | WriteOffRecoveryResponse504
    | None
):
    """Write off what cannot be recovered (核销), with a reason (the bureau)

     `amount_fen` left out writes off all that is outstanding. The `reference` (the decision's number)
    names one write-off of the recovery: sent again the same it answers 200, otherwise 409
    `RECOVERY_REF_CONFLICT`.

    Args:
        id (UUID):
        body (WriteOffCreate): What the bureau gives up recovering (核销), with why.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RecoveryDetail | WriteOffRecoveryResponse400 | WriteOffRecoveryResponse401 | WriteOffRecoveryResponse403 | WriteOffRecoveryResponse404 | WriteOffRecoveryResponse409 | WriteOffRecoveryResponse413 | WriteOffRecoveryResponse422 | WriteOffRecoveryResponse429 | WriteOffRecoveryResponse500 | WriteOffRecoveryResponse502 | WriteOffRecoveryResponse503 | WriteOffRecoveryResponse504
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
