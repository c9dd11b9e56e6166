from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_supervision_rounds_response_400 import ListSupervisionRoundsResponse400
from ...models.list_supervision_rounds_response_401 import ListSupervisionRoundsResponse401
from ...models.list_supervision_rounds_response_403 import ListSupervisionRoundsResponse403
from ...models.list_supervision_rounds_response_422 import ListSupervisionRoundsResponse422
from ...models.list_supervision_rounds_response_429 import ListSupervisionRoundsResponse429
from ...models.list_supervision_rounds_response_500 import ListSupervisionRoundsResponse500
from ...models.list_supervision_rounds_response_502 import ListSupervisionRoundsResponse502
from ...models.list_supervision_rounds_response_503 import ListSupervisionRoundsResponse503
from ...models.list_supervision_rounds_response_504 import ListSupervisionRoundsResponse504
from ...models.supervision_round_list import SupervisionRoundList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/supervision-rounds",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ListSupervisionRoundsResponse400
    | ListSupervisionRoundsResponse401
    | ListSupervisionRoundsResponse403
    | ListSupervisionRoundsResponse422
    | ListSupervisionRoundsResponse429
    | ListSupervisionRoundsResponse500
    | ListSupervisionRoundsResponse502
    | ListSupervisionRoundsResponse503
    | ListSupervisionRoundsResponse504
    | SupervisionRoundList
    | None
):
    if response.status_code == 200:
        response_200 = SupervisionRoundList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListSupervisionRoundsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListSupervisionRoundsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListSupervisionRoundsResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = ListSupervisionRoundsResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ListSupervisionRoundsResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ListSupervisionRoundsResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ListSupervisionRoundsResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ListSupervisionRoundsResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ListSupervisionRoundsResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListSupervisionRoundsResponse400
    | ListSupervisionRoundsResponse401
    | ListSupervisionRoundsResponse403
    | ListSupervisionRoundsResponse422
    | ListSupervisionRoundsResponse429
    | ListSupervisionRoundsResponse500
    | ListSupervisionRoundsResponse502
    | ListSupervisionRoundsResponse503
    | ListSupervisionRoundsResponse504
    | SupervisionRoundList
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
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[
    ListSupervisionRoundsResponse400
    | ListSupervisionRoundsResponse401
    | ListSupervisionRoundsResponse403
    | ListSupervisionRoundsResponse422
    | ListSupervisionRoundsResponse429
    | ListSupervisionRoundsResponse500
    | ListSupervisionRoundsResponse502
    | ListSupervisionRoundsResponse503
    | ListSupervisionRoundsResponse504
    | SupervisionRoundList
]:
    """Supervision rounds, newest first

    Args:
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListSupervisionRoundsResponse400 | ListSupervisionRoundsResponse401 | ListSupervisionRoundsResponse403 | ListSupervisionRoundsResponse422 | ListSupervisionRoundsResponse429 | ListSupervisionRoundsResponse500 | ListSupervisionRoundsResponse502 | ListSupervisionRoundsResponse503 | ListSupervisionRoundsResponse504 | SupervisionRoundList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> (
    ListSupervisionRoundsResponse400
    | ListSupervisionRoundsResponse401
    | ListSupervisionRoundsResponse403
    | ListSupervisionRoundsResponse422
    | ListSupervisionRoundsResponse429
    | ListSupervisionRoundsResponse500
    | ListSupervisionRoundsResponse502
    | ListSupervisionRoundsResponse503
    | ListSupervisionRoundsResponse504
    | SupervisionRoundList
    | None
):
    """Supervision rounds, newest first

    Args:
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListSupervisionRoundsResponse400 | ListSupervisionRoundsResponse401 | ListSupervisionRoundsResponse403 | ListSupervisionRoundsResponse422 | ListSupervisionRoundsResponse429 | ListSupervisionRoundsResponse500 | ListSupervisionRoundsResponse502 | ListSupervisionRoundsResponse503 | ListSupervisionRoundsResponse504 | SupervisionRoundList
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[
    ListSupervisionRoundsResponse400
    | ListSupervisionRoundsResponse401
    | ListSupervisionRoundsResponse403
    | ListSupervisionRoundsResponse422
    | ListSupervisionRoundsResponse429
    | ListSupervisionRoundsResponse500
    | ListSupervisionRoundsResponse502
    | ListSupervisionRoundsResponse503
    | ListSupervisionRoundsResponse504
    | SupervisionRoundList
]:
    """Supervision rounds, newest first

    Args:
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListSupervisionRoundsResponse400 | ListSupervisionRoundsResponse401 | ListSupervisionRoundsResponse403 | ListSupervisionRoundsResponse422 | ListSupervisionRoundsResponse429 | ListSupervisionRoundsResponse500 | ListSupervisionRoundsResponse502 | ListSupervisionRoundsResponse503 | ListSupervisionRoundsResponse504 | SupervisionRoundList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> (
    ListSupervisionRoundsResponse400
    | ListSupervisionRoundsResponse401
    | ListSupervisionRoundsResponse403
    | ListSupervisionRoundsResponse422
    | ListSupervisionRoundsResponse429
    | ListSupervisionRoundsResponse500
    | ListSupervisionRoundsResponse502
    | ListSupervisionRoundsResponse503
    | ListSupervisionRoundsResponse504
    | SupervisionRoundList
    | None
):
    """Supervision rounds, newest first

    Args:
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListSupervisionRoundsResponse400 | ListSupervisionRoundsResponse401 | ListSupervisionRoundsResponse403 | ListSupervisionRoundsResponse422 | ListSupervisionRoundsResponse429 | ListSupervisionRoundsResponse500 | ListSupervisionRoundsResponse502 | ListSupervisionRoundsResponse503 | ListSupervisionRoundsResponse504 | SupervisionRoundList
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
