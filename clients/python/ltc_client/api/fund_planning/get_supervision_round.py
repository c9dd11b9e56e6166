from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_supervision_round_response_400 import GetSupervisionRoundResponse400
from ...models.get_supervision_round_response_401 import GetSupervisionRoundResponse401
from ...models.get_supervision_round_response_403 import GetSupervisionRoundResponse403
from ...models.get_supervision_round_response_404 import GetSupervisionRoundResponse404
from ...models.get_supervision_round_response_422 import GetSupervisionRoundResponse422
from ...models.get_supervision_round_response_429 import GetSupervisionRoundResponse429
from ...models.get_supervision_round_response_500 import GetSupervisionRoundResponse500
from ...models.get_supervision_round_response_502 import GetSupervisionRoundResponse502
from ...models.get_supervision_round_response_503 import GetSupervisionRoundResponse503
from ...models.get_supervision_round_response_504 import GetSupervisionRoundResponse504
from ...models.supervision_round import SupervisionRound
from ...types import Response


def _get_kwargs(
    round_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/supervision-rounds/{round_id}".format(
            round_id=quote(str(round_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetSupervisionRoundResponse400
    | GetSupervisionRoundResponse401
    | GetSupervisionRoundResponse403
    | GetSupervisionRoundResponse404
    | GetSupervisionRoundResponse422
    | GetSupervisionRoundResponse429
    | GetSupervisionRoundResponse500
    | GetSupervisionRoundResponse502
    | GetSupervisionRoundResponse503
    | GetSupervisionRoundResponse504
    | SupervisionRound
    | None
):
    if response.status_code == 200:
        response_200 = SupervisionRound.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetSupervisionRoundResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetSupervisionRoundResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetSupervisionRoundResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetSupervisionRoundResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = GetSupervisionRoundResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetSupervisionRoundResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetSupervisionRoundResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = GetSupervisionRoundResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = GetSupervisionRoundResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = GetSupervisionRoundResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetSupervisionRoundResponse400
    | GetSupervisionRoundResponse401
    | GetSupervisionRoundResponse403
    | GetSupervisionRoundResponse404
    | GetSupervisionRoundResponse422
    | GetSupervisionRoundResponse429
    | GetSupervisionRoundResponse500
    | GetSupervisionRoundResponse502
    | GetSupervisionRoundResponse503
    | GetSupervisionRoundResponse504
    | SupervisionRound
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    round_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetSupervisionRoundResponse400
    | GetSupervisionRoundResponse401
    | GetSupervisionRoundResponse403
    | GetSupervisionRoundResponse404
    | GetSupervisionRoundResponse422
    | GetSupervisionRoundResponse429
    | GetSupervisionRoundResponse500
    | GetSupervisionRoundResponse502
    | GetSupervisionRoundResponse503
    | GetSupervisionRoundResponse504
    | SupervisionRound
]:
    """One supervision round

    Args:
        round_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetSupervisionRoundResponse400 | GetSupervisionRoundResponse401 | GetSupervisionRoundResponse403 | GetSupervisionRoundResponse404 | GetSupervisionRoundResponse422 | GetSupervisionRoundResponse429 | GetSupervisionRoundResponse500 | GetSupervisionRoundResponse502 | GetSupervisionRoundResponse503 | GetSupervisionRoundResponse504 | SupervisionRound]
    """

    kwargs = _get_kwargs(
        round_id=round_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    round_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetSupervisionRoundResponse400
    | GetSupervisionRoundResponse401
    | GetSupervisionRoundResponse403
    | GetSupervisionRoundResponse404
    | GetSupervisionRoundResponse422
    | GetSupervisionRoundResponse429
    | GetSupervisionRoundResponse500
    | GetSupervisionRoundResponse502
    | GetSupervisionRoundResponse503
    | GetSupervisionRoundResponse504
    | SupervisionRound
    | None
):
    """One supervision round

    Args:
        round_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetSupervisionRoundResponse400 | GetSupervisionRoundResponse401 | GetSupervisionRoundResponse403 | GetSupervisionRoundResponse404 | GetSupervisionRoundResponse422 | GetSupervisionRoundResponse429 | GetSupervisionRoundResponse500 | GetSupervisionRoundResponse502 | GetSupervisionRoundResponse503 | GetSupervisionRoundResponse504 | SupervisionRound
    """

    return sync_detailed(
        round_id=round_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    round_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetSupervisionRoundResponse400
    | GetSupervisionRoundResponse401
    | GetSupervisionRoundResponse403
    | GetSupervisionRoundResponse404
    | GetSupervisionRoundResponse422
    | GetSupervisionRoundResponse429
    | GetSupervisionRoundResponse500
    | GetSupervisionRoundResponse502
    | GetSupervisionRoundResponse503
    | GetSupervisionRoundResponse504
    | SupervisionRound
]:
    """One supervision round

    Args:
        round_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetSupervisionRoundResponse400 | GetSupervisionRoundResponse401 | GetSupervisionRoundResponse403 | GetSupervisionRoundResponse404 | GetSupervisionRoundResponse422 | GetSupervisionRoundResponse429 | GetSupervisionRoundResponse500 | GetSupervisionRoundResponse502 | GetSupervisionRoundResponse503 | GetSupervisionRoundResponse504 | SupervisionRound]
    """

    kwargs = _get_kwargs(
        round_id=round_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    round_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetSupervisionRoundResponse400
    | GetSupervisionRoundResponse401
    | GetSupervisionRoundResponse403
    | GetSupervisionRoundResponse404
    | GetSupervisionRoundResponse422
    | GetSupervisionRoundResponse429
    | GetSupervisionRoundResponse500
    | GetSupervisionRoundResponse502
    | GetSupervisionRoundResponse503
    | GetSupervisionRoundResponse504
    | SupervisionRound
    | None
):
    """One supervision round

    Args:
        round_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetSupervisionRoundResponse400 | GetSupervisionRoundResponse401 | GetSupervisionRoundResponse403 | GetSupervisionRoundResponse404 | GetSupervisionRoundResponse422 | GetSupervisionRoundResponse429 | GetSupervisionRoundResponse500 | GetSupervisionRoundResponse502 | GetSupervisionRoundResponse503 | GetSupervisionRoundResponse504 | SupervisionRound
    """

    return (
        await asyncio_detailed(
            round_id=round_id,
            client=client,
        )
    ).parsed
