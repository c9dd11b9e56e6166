from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.case import Case
from ...models.lift_sanction_response_400 import LiftSanctionResponse400
from ...models.lift_sanction_response_401 import LiftSanctionResponse401
from ...models.lift_sanction_response_403 import LiftSanctionResponse403
from ...models.lift_sanction_response_404 import LiftSanctionResponse404
from ...models.lift_sanction_response_409 import LiftSanctionResponse409
from ...models.lift_sanction_response_413 import LiftSanctionResponse413
from ...models.lift_sanction_response_422 import LiftSanctionResponse422
from ...models.lift_sanction_response_429 import LiftSanctionResponse429
from ...models.lift_sanction_response_500 import LiftSanctionResponse500
from ...models.lift_sanction_response_502 import LiftSanctionResponse502
from ...models.lift_sanction_response_503 import LiftSanctionResponse503
from ...models.lift_sanction_response_504 import LiftSanctionResponse504
from ...models.sanction_lift import SanctionLift
from ...types import Response


def _get_kwargs(
    sanction_id: UUID,
    *,
    body: SanctionLift,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/sanctions/{sanction_id}:lift".format(
            sanction_id=quote(str(sanction_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Case
    | LiftSanctionResponse400
    | LiftSanctionResponse401
    | LiftSanctionResponse403
    | LiftSanctionResponse404
    | LiftSanctionResponse409
    | LiftSanctionResponse413
    | LiftSanctionResponse422
    | LiftSanctionResponse429
    | LiftSanctionResponse500
    | LiftSanctionResponse502
    | LiftSanctionResponse503
    | LiftSanctionResponse504
    | None
):
    if response.status_code == 201:
        response_201 = Case.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = LiftSanctionResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = LiftSanctionResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = LiftSanctionResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = LiftSanctionResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = LiftSanctionResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = LiftSanctionResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = LiftSanctionResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = LiftSanctionResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = LiftSanctionResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = LiftSanctionResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = LiftSanctionResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = LiftSanctionResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Case
    | LiftSanctionResponse400
    | LiftSanctionResponse401
    | LiftSanctionResponse403
    | LiftSanctionResponse404
    | LiftSanctionResponse409
    | LiftSanctionResponse413
    | LiftSanctionResponse422
    | LiftSanctionResponse429
    | LiftSanctionResponse500
    | LiftSanctionResponse502
    | LiftSanctionResponse503
    | LiftSanctionResponse504
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    sanction_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: SanctionLift,
) -> Response[
    Case
    | LiftSanctionResponse400
    | LiftSanctionResponse401
    | LiftSanctionResponse403
    | LiftSanctionResponse404
    | LiftSanctionResponse409
    | LiftSanctionResponse413
    | LiftSanctionResponse422
    | LiftSanctionResponse429
    | LiftSanctionResponse500
    | LiftSanctionResponse502
    | LiftSanctionResponse503
    | LiftSanctionResponse504
]:
    """Lift a sanction

     409 ``SANCTION_LIFTED`` when lifted already; announces ``sanction.changed`` (status lifted).

    Args:
        sanction_id (UUID):
        body (SanctionLift):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Case | LiftSanctionResponse400 | LiftSanctionResponse401 | LiftSanctionResponse403 | LiftSanctionResponse404 | LiftSanctionResponse409 | LiftSanctionResponse413 | LiftSanctionResponse422 | LiftSanctionResponse429 | LiftSanctionResponse500 | LiftSanctionResponse502 | LiftSanctionResponse503 | LiftSanctionResponse504]
    """

    kwargs = _get_kwargs(
        sanction_id=sanction_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    sanction_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: SanctionLift,
) -> (
    Case
    | LiftSanctionResponse400
    | LiftSanctionResponse401
    | LiftSanctionResponse403
    | LiftSanctionResponse404
    | LiftSanctionResponse409
    | LiftSanctionResponse413
    | LiftSanctionResponse422
    | LiftSanctionResponse429
    | LiftSanctionResponse500
    | LiftSanctionResponse502
    | LiftSanctionResponse503
    | LiftSanctionResponse504
    | None
):
    """Lift a sanction

     409 ``SANCTION_LIFTED`` when lifted already; announces ``sanction.changed`` (status lifted).

    Args:
        sanction_id (UUID):
        body (SanctionLift):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Case | LiftSanctionResponse400 | LiftSanctionResponse401 | LiftSanctionResponse403 | LiftSanctionResponse404 | LiftSanctionResponse409 | LiftSanctionResponse413 | LiftSanctionResponse422 | LiftSanctionResponse429 | LiftSanctionResponse500 | LiftSanctionResponse502 | LiftSanctionResponse503 | LiftSanctionResponse504
    """

    return sync_detailed(
        sanction_id=sanction_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    sanction_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: SanctionLift,
) -> Response[
    Case
    | LiftSanctionResponse400
    | LiftSanctionResponse401
    | LiftSanctionResponse403
    | LiftSanctionResponse404
    | LiftSanctionResponse409
    | LiftSanctionResponse413
    | LiftSanctionResponse422
    | LiftSanctionResponse429
    | LiftSanctionResponse500
    | LiftSanctionResponse502
    | LiftSanctionResponse503
    | LiftSanctionResponse504
]:
    """Lift a sanction

     409 ``SANCTION_LIFTED`` when lifted already; announces ``sanction.changed`` (status lifted).

    Args:
        sanction_id (UUID):
        body (SanctionLift):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Case | LiftSanctionResponse400 | LiftSanctionResponse401 | LiftSanctionResponse403 | LiftSanctionResponse404 | LiftSanctionResponse409 | LiftSanctionResponse413 | LiftSanctionResponse422 | LiftSanctionResponse429 | LiftSanctionResponse500 | LiftSanctionResponse502 | LiftSanctionResponse503 | LiftSanctionResponse504]
    """

    kwargs = _get_kwargs(
        sanction_id=sanction_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sanction_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: SanctionLift,
) -> (
    Case
    | LiftSanctionResponse400
    | LiftSanctionResponse401
    | LiftSanctionResponse403
    | LiftSanctionResponse404
    | LiftSanctionResponse409
    | LiftSanctionResponse413
    | LiftSanctionResponse422
    | LiftSanctionResponse429
    | LiftSanctionResponse500
    | LiftSanctionResponse502
    | LiftSanctionResponse503
    | LiftSanctionResponse504
    | None
):
    """Lift a sanction

     409 ``SANCTION_LIFTED`` when lifted already; announces ``sanction.changed`` (status lifted).

    Args:
        sanction_id (UUID):
        body (SanctionLift):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Case | LiftSanctionResponse400 | LiftSanctionResponse401 | LiftSanctionResponse403 | LiftSanctionResponse404 | LiftSanctionResponse409 | LiftSanctionResponse413 | LiftSanctionResponse422 | LiftSanctionResponse429 | LiftSanctionResponse500 | LiftSanctionResponse502 | LiftSanctionResponse503 | LiftSanctionResponse504
    """

    return (
        await asyncio_detailed(
            sanction_id=sanction_id,
            client=client,
            body=body,
        )
    ).parsed
