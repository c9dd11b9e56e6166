from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.recovery_detail import RecoveryDetail
from ...models.write_off_create import WriteOffCreate
from ...models.write_off_response_400 import WriteOffResponse400
from ...models.write_off_response_401 import WriteOffResponse401
from ...models.write_off_response_403 import WriteOffResponse403
from ...models.write_off_response_404 import WriteOffResponse404
from ...models.write_off_response_409 import WriteOffResponse409
from ...models.write_off_response_413 import WriteOffResponse413
from ...models.write_off_response_422 import WriteOffResponse422
from ...models.write_off_response_429 import WriteOffResponse429
from ...models.write_off_response_500 import WriteOffResponse500
from ...models.write_off_response_502 import WriteOffResponse502
from ...models.write_off_response_503 import WriteOffResponse503
from ...models.write_off_response_504 import WriteOffResponse504
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
    | WriteOffResponse400
    | WriteOffResponse401
    | WriteOffResponse403
    | WriteOffResponse404
    | WriteOffResponse409
    | WriteOffResponse413
    | WriteOffResponse422
    | WriteOffResponse429
    | WriteOffResponse500
    | WriteOffResponse502
    | WriteOffResponse503
    | WriteOffResponse504
    | None
):
    if response.status_code == 200:
        response_200 = RecoveryDetail.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = RecoveryDetail.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = WriteOffResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = WriteOffResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = WriteOffResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = WriteOffResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = WriteOffResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = WriteOffResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = WriteOffResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = WriteOffResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = WriteOffResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = WriteOffResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = WriteOffResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = WriteOffResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    RecoveryDetail
    | WriteOffResponse400
    | WriteOffResponse401
    | WriteOffResponse403
    | WriteOffResponse404
    | WriteOffResponse409
    | WriteOffResponse413
    | WriteOffResponse422
    | WriteOffResponse429
    | WriteOffResponse500
    | WriteOffResponse502
    | WriteOffResponse503
    | WriteOffResponse504
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
    | WriteOffResponse400
    | WriteOffResponse401
    | WriteOffResponse403
    | WriteOffResponse404
    | WriteOffResponse409
    | WriteOffResponse413
    | WriteOffResponse422
    | WriteOffResponse429
    | WriteOffResponse500
    | WriteOffResponse502
    | WriteOffResponse503
    | WriteOffResponse504
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
        Response[RecoveryDetail | WriteOffResponse400 | WriteOffResponse401 | WriteOffResponse403 | WriteOffResponse404 | WriteOffResponse409 | WriteOffResponse413 | WriteOffResponse422 | WriteOffResponse429 | WriteOffResponse500 | WriteOffResponse502 | WriteOffResponse503 | WriteOffResponse504]
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
    | WriteOffResponse400
    | WriteOffResponse401
    | WriteOffResponse403
    | WriteOffResponse404
    | WriteOffResponse409
    | WriteOffResponse413
    | WriteOffResponse422
    | WriteOffResponse429
    | WriteOffResponse500
    | WriteOffResponse502
    | WriteOffResponse503
    | WriteOffResponse504
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
        RecoveryDetail | WriteOffResponse400 | WriteOffResponse401 | WriteOffResponse403 | WriteOffResponse404 | WriteOffResponse409 | WriteOffResponse413 | WriteOffResponse422 | WriteOffResponse429 | WriteOffResponse500 | WriteOffResponse502 | WriteOffResponse503 | WriteOffResponse504
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
    | WriteOffResponse400
    | WriteOffResponse401
    | WriteOffResponse403
    | WriteOffResponse404
    | WriteOffResponse409
    | WriteOffResponse413
    | WriteOffResponse422
    | WriteOffResponse429
    | WriteOffResponse500
    | WriteOffResponse502
    | WriteOffResponse503
    | WriteOffResponse504
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
        Response[RecoveryDetail | WriteOffResponse400 | WriteOffResponse401 | WriteOffResponse403 | WriteOffResponse404 | WriteOffResponse409 | WriteOffResponse413 | WriteOffResponse422 | WriteOffResponse429 | WriteOffResponse500 | WriteOffResponse502 | WriteOffResponse503 | WriteOffResponse504]
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
    | WriteOffResponse400
    | WriteOffResponse401
    | WriteOffResponse403
    | WriteOffResponse404
    | WriteOffResponse409
    | WriteOffResponse413
    | WriteOffResponse422
    | WriteOffResponse429
    | WriteOffResponse500
    | WriteOffResponse502
    | WriteOffResponse503
    | WriteOffResponse504
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
        RecoveryDetail | WriteOffResponse400 | WriteOffResponse401 | WriteOffResponse403 | WriteOffResponse404 | WriteOffResponse409 | WriteOffResponse413 | WriteOffResponse422 | WriteOffResponse429 | WriteOffResponse500 | WriteOffResponse502 | WriteOffResponse503 | WriteOffResponse504
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
