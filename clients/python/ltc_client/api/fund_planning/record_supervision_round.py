from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.record_supervision_round_response_400 import RecordSupervisionRoundResponse400
from ...models.record_supervision_round_response_401 import RecordSupervisionRoundResponse401
from ...models.record_supervision_round_response_403 import RecordSupervisionRoundResponse403
from ...models.record_supervision_round_response_409 import RecordSupervisionRoundResponse409
from ...models.record_supervision_round_response_413 import RecordSupervisionRoundResponse413
from ...models.record_supervision_round_response_422 import RecordSupervisionRoundResponse422
from ...models.record_supervision_round_response_429 import RecordSupervisionRoundResponse429
from ...models.record_supervision_round_response_500 import RecordSupervisionRoundResponse500
from ...models.record_supervision_round_response_502 import RecordSupervisionRoundResponse502
from ...models.record_supervision_round_response_503 import RecordSupervisionRoundResponse503
from ...models.record_supervision_round_response_504 import RecordSupervisionRoundResponse504
from ...models.supervision_round import SupervisionRound
from ...models.supervision_round_create import SupervisionRoundCreate
from ...types import Response


def _get_kwargs(
    *,
    body: SupervisionRoundCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/supervision-rounds",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    RecordSupervisionRoundResponse400
    | RecordSupervisionRoundResponse401
    | RecordSupervisionRoundResponse403
    | RecordSupervisionRoundResponse409
    | RecordSupervisionRoundResponse413
    | RecordSupervisionRoundResponse422
    | RecordSupervisionRoundResponse429
    | RecordSupervisionRoundResponse500
    | RecordSupervisionRoundResponse502
    | RecordSupervisionRoundResponse503
    | RecordSupervisionRoundResponse504
    | SupervisionRound
    | None
):
    if response.status_code == 201:
        response_201 = SupervisionRound.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = RecordSupervisionRoundResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = RecordSupervisionRoundResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = RecordSupervisionRoundResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = RecordSupervisionRoundResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = RecordSupervisionRoundResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = RecordSupervisionRoundResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = RecordSupervisionRoundResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = RecordSupervisionRoundResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = RecordSupervisionRoundResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = RecordSupervisionRoundResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = RecordSupervisionRoundResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    RecordSupervisionRoundResponse400
    | RecordSupervisionRoundResponse401
    | RecordSupervisionRoundResponse403
    | RecordSupervisionRoundResponse409
    | RecordSupervisionRoundResponse413
    | RecordSupervisionRoundResponse422
    | RecordSupervisionRoundResponse429
    | RecordSupervisionRoundResponse500
    | RecordSupervisionRoundResponse502
    | RecordSupervisionRoundResponse503
    | RecordSupervisionRoundResponse504
    | SupervisionRound
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
    body: SupervisionRoundCreate,
) -> Response[
    RecordSupervisionRoundResponse400
    | RecordSupervisionRoundResponse401
    | RecordSupervisionRoundResponse403
    | RecordSupervisionRoundResponse409
    | RecordSupervisionRoundResponse413
    | RecordSupervisionRoundResponse422
    | RecordSupervisionRoundResponse429
    | RecordSupervisionRoundResponse500
    | RecordSupervisionRoundResponse502
    | RecordSupervisionRoundResponse503
    | RecordSupervisionRoundResponse504
    | SupervisionRound
]:
    """Record a supervision round (季度跟踪 / 半年督查 / 年终核验) with its findings

    Args:
        body (SupervisionRoundCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RecordSupervisionRoundResponse400 | RecordSupervisionRoundResponse401 | RecordSupervisionRoundResponse403 | RecordSupervisionRoundResponse409 | RecordSupervisionRoundResponse413 | RecordSupervisionRoundResponse422 | RecordSupervisionRoundResponse429 | RecordSupervisionRoundResponse500 | RecordSupervisionRoundResponse502 | RecordSupervisionRoundResponse503 | RecordSupervisionRoundResponse504 | SupervisionRound]
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
    body: SupervisionRoundCreate,
) -> (
    RecordSupervisionRoundResponse400
    | RecordSupervisionRoundResponse401
    | RecordSupervisionRoundResponse403
    | RecordSupervisionRoundResponse409
    | RecordSupervisionRoundResponse413
    | RecordSupervisionRoundResponse422
    | RecordSupervisionRoundResponse429
    | RecordSupervisionRoundResponse500
    | RecordSupervisionRoundResponse502
    | RecordSupervisionRoundResponse503
    | RecordSupervisionRoundResponse504
    | SupervisionRound
    | None
):
    """Record a supervision round (季度跟踪 / 半年督查 / 年终核验) with its findings

    Args:
        body (SupervisionRoundCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RecordSupervisionRoundResponse400 | RecordSupervisionRoundResponse401 | RecordSupervisionRoundResponse403 | RecordSupervisionRoundResponse409 | RecordSupervisionRoundResponse413 | RecordSupervisionRoundResponse422 | RecordSupervisionRoundResponse429 | RecordSupervisionRoundResponse500 | RecordSupervisionRoundResponse502 | RecordSupervisionRoundResponse503 | RecordSupervisionRoundResponse504 | SupervisionRound
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SupervisionRoundCreate,
) -> Response[
    RecordSupervisionRoundResponse400
    | RecordSupervisionRoundResponse401
    | RecordSupervisionRoundResponse403
    | RecordSupervisionRoundResponse409
    | RecordSupervisionRoundResponse413
    | RecordSupervisionRoundResponse422
    | RecordSupervisionRoundResponse429
    | RecordSupervisionRoundResponse500
    | RecordSupervisionRoundResponse502
    | RecordSupervisionRoundResponse503
    | RecordSupervisionRoundResponse504
    | SupervisionRound
]:
    """Record a supervision round (季度跟踪 / 半年督查 / 年终核验) with its findings

    Args:
        body (SupervisionRoundCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RecordSupervisionRoundResponse400 | RecordSupervisionRoundResponse401 | RecordSupervisionRoundResponse403 | RecordSupervisionRoundResponse409 | RecordSupervisionRoundResponse413 | RecordSupervisionRoundResponse422 | RecordSupervisionRoundResponse429 | RecordSupervisionRoundResponse500 | RecordSupervisionRoundResponse502 | RecordSupervisionRoundResponse503 | RecordSupervisionRoundResponse504 | SupervisionRound]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SupervisionRoundCreate,
) -> (
    RecordSupervisionRoundResponse400
    | RecordSupervisionRoundResponse401
    | RecordSupervisionRoundResponse403
    | RecordSupervisionRoundResponse409
    | RecordSupervisionRoundResponse413
    | RecordSupervisionRoundResponse422
    | RecordSupervisionRoundResponse429
    | RecordSupervisionRoundResponse500
    | RecordSupervisionRoundResponse502
    | RecordSupervisionRoundResponse503
    | RecordSupervisionRoundResponse504
    | SupervisionRound
    | None
):
    """Record a supervision round (季度跟踪 / 半年督查 / 年终核验) with its findings

    Args:
        body (SupervisionRoundCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RecordSupervisionRoundResponse400 | RecordSupervisionRoundResponse401 | RecordSupervisionRoundResponse403 | RecordSupervisionRoundResponse409 | RecordSupervisionRoundResponse413 | RecordSupervisionRoundResponse422 | RecordSupervisionRoundResponse429 | RecordSupervisionRoundResponse500 | RecordSupervisionRoundResponse502 | RecordSupervisionRoundResponse503 | RecordSupervisionRoundResponse504 | SupervisionRound
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
