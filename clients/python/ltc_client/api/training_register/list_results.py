from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_results_response_400 import ListResultsResponse400
from ...models.list_results_response_401 import ListResultsResponse401
from ...models.list_results_response_403 import ListResultsResponse403
from ...models.list_results_response_404 import ListResultsResponse404
from ...models.list_results_response_422 import ListResultsResponse422
from ...models.list_results_response_429 import ListResultsResponse429
from ...models.list_results_response_500 import ListResultsResponse500
from ...models.list_results_response_502 import ListResultsResponse502
from ...models.list_results_response_503 import ListResultsResponse503
from ...models.list_results_response_504 import ListResultsResponse504
from ...models.result_list import ResultList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    session_id: UUID,
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
        "url": "/api/v1/training-sessions/{session_id}/results".format(
            session_id=quote(str(session_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ListResultsResponse400
    | ListResultsResponse401
    | ListResultsResponse403
    | ListResultsResponse404
    | ListResultsResponse422
    | ListResultsResponse429
    | ListResultsResponse500
    | ListResultsResponse502
    | ListResultsResponse503
    | ListResultsResponse504
    | ResultList
    | None
):
    if response.status_code == 200:
        response_200 = ResultList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListResultsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListResultsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListResultsResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ListResultsResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ListResultsResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ListResultsResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ListResultsResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ListResultsResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ListResultsResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ListResultsResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListResultsResponse400
    | ListResultsResponse401
    | ListResultsResponse403
    | ListResultsResponse404
    | ListResultsResponse422
    | ListResultsResponse429
    | ListResultsResponse500
    | ListResultsResponse502
    | ListResultsResponse503
    | ListResultsResponse504
    | ResultList
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    session_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[
    ListResultsResponse400
    | ListResultsResponse401
    | ListResultsResponse403
    | ListResultsResponse404
    | ListResultsResponse422
    | ListResultsResponse429
    | ListResultsResponse500
    | ListResultsResponse502
    | ListResultsResponse503
    | ListResultsResponse504
    | ResultList
]:
    """A session's results (ID numbers masked)

    Args:
        session_id (UUID):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResultsResponse400 | ListResultsResponse401 | ListResultsResponse403 | ListResultsResponse404 | ListResultsResponse422 | ListResultsResponse429 | ListResultsResponse500 | ListResultsResponse502 | ListResultsResponse503 | ListResultsResponse504 | ResultList]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> (
    ListResultsResponse400
    | ListResultsResponse401
    | ListResultsResponse403
    | ListResultsResponse404
    | ListResultsResponse422
    | ListResultsResponse429
    | ListResultsResponse500
    | ListResultsResponse502
    | ListResultsResponse503
    | ListResultsResponse504
    | ResultList
    | None
):
    """A session's results (ID numbers masked)

    Args:
        session_id (UUID):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResultsResponse400 | ListResultsResponse401 | ListResultsResponse403 | ListResultsResponse404 | ListResultsResponse422 | ListResultsResponse429 | ListResultsResponse500 | ListResultsResponse502 | ListResultsResponse503 | ListResultsResponse504 | ResultList
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    session_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[
    ListResultsResponse400
    | ListResultsResponse401
    | ListResultsResponse403
    | ListResultsResponse404
    | ListResultsResponse422
    | ListResultsResponse429
    | ListResultsResponse500
    | ListResultsResponse502
    | ListResultsResponse503
    | ListResultsResponse504
    | ResultList
]:
    """A session's results (ID numbers masked)

    Args:
        session_id (UUID):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResultsResponse400 | ListResultsResponse401 | ListResultsResponse403 | ListResultsResponse404 | ListResultsResponse422 | ListResultsResponse429 | ListResultsResponse500 | ListResultsResponse502 | ListResultsResponse503 | ListResultsResponse504 | ResultList]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> (
    ListResultsResponse400
    | ListResultsResponse401
    | ListResultsResponse403
    | ListResultsResponse404
    | ListResultsResponse422
    | ListResultsResponse429
    | ListResultsResponse500
    | ListResultsResponse502
    | ListResultsResponse503
    | ListResultsResponse504
    | ResultList
    | None
):
    """A session's results (ID numbers masked)

    Args:
        session_id (UUID):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResultsResponse400 | ListResultsResponse401 | ListResultsResponse403 | ListResultsResponse404 | ListResultsResponse422 | ListResultsResponse429 | ListResultsResponse500 | ListResultsResponse502 | ListResultsResponse503 | ListResultsResponse504 | ResultList
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
