from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_sessions_response_400 import ListSessionsResponse400
from ...models.list_sessions_response_401 import ListSessionsResponse401
from ...models.list_sessions_response_403 import ListSessionsResponse403
from ...models.list_sessions_response_422 import ListSessionsResponse422
from ...models.list_sessions_response_429 import ListSessionsResponse429
from ...models.list_sessions_response_500 import ListSessionsResponse500
from ...models.list_sessions_response_502 import ListSessionsResponse502
from ...models.list_sessions_response_503 import ListSessionsResponse503
from ...models.list_sessions_response_504 import ListSessionsResponse504
from ...models.session_list import SessionList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    course_code: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_course_code: None | str | Unset
    if isinstance(course_code, Unset):
        json_course_code = UNSET
    else:
        json_course_code = course_code
    params["course_code"] = json_course_code

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
        "url": "/api/v1/training-sessions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ListSessionsResponse400
    | ListSessionsResponse401
    | ListSessionsResponse403
    | ListSessionsResponse422
    | ListSessionsResponse429
    | ListSessionsResponse500
    | ListSessionsResponse502
    | ListSessionsResponse503
    | ListSessionsResponse504
    | SessionList
    | None
):
    if response.status_code == 200:
        response_200 = SessionList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListSessionsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListSessionsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListSessionsResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = ListSessionsResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ListSessionsResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ListSessionsResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ListSessionsResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ListSessionsResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ListSessionsResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListSessionsResponse400
    | ListSessionsResponse401
    | ListSessionsResponse403
    | ListSessionsResponse422
    | ListSessionsResponse429
    | ListSessionsResponse500
    | ListSessionsResponse502
    | ListSessionsResponse503
    | ListSessionsResponse504
    | SessionList
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
    course_code: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[
    ListSessionsResponse400
    | ListSessionsResponse401
    | ListSessionsResponse403
    | ListSessionsResponse422
    | ListSessionsResponse429
    | ListSessionsResponse500
    | ListSessionsResponse502
    | ListSessionsResponse503
    | ListSessionsResponse504
    | SessionList
]:
    """Exam sessions, by date

    Args:
        course_code (None | str | Unset):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListSessionsResponse400 | ListSessionsResponse401 | ListSessionsResponse403 | ListSessionsResponse422 | ListSessionsResponse429 | ListSessionsResponse500 | ListSessionsResponse502 | ListSessionsResponse503 | ListSessionsResponse504 | SessionList]
    """

    kwargs = _get_kwargs(
        course_code=course_code,
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
    course_code: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> (
    ListSessionsResponse400
    | ListSessionsResponse401
    | ListSessionsResponse403
    | ListSessionsResponse422
    | ListSessionsResponse429
    | ListSessionsResponse500
    | ListSessionsResponse502
    | ListSessionsResponse503
    | ListSessionsResponse504
    | SessionList
    | None
):
    """Exam sessions, by date

    Args:
        course_code (None | str | Unset):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListSessionsResponse400 | ListSessionsResponse401 | ListSessionsResponse403 | ListSessionsResponse422 | ListSessionsResponse429 | ListSessionsResponse500 | ListSessionsResponse502 | ListSessionsResponse503 | ListSessionsResponse504 | SessionList
    """

    return sync_detailed(
        client=client,
        course_code=course_code,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    course_code: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[
    ListSessionsResponse400
    | ListSessionsResponse401
    | ListSessionsResponse403
    | ListSessionsResponse422
    | ListSessionsResponse429
    | ListSessionsResponse500
    | ListSessionsResponse502
    | ListSessionsResponse503
    | ListSessionsResponse504
    | SessionList
]:
    """Exam sessions, by date

    Args:
        course_code (None | str | Unset):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListSessionsResponse400 | ListSessionsResponse401 | ListSessionsResponse403 | ListSessionsResponse422 | ListSessionsResponse429 | ListSessionsResponse500 | ListSessionsResponse502 | ListSessionsResponse503 | ListSessionsResponse504 | SessionList]
    """

    kwargs = _get_kwargs(
        course_code=course_code,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    course_code: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> (
    ListSessionsResponse400
    | ListSessionsResponse401
    | ListSessionsResponse403
    | ListSessionsResponse422
    | ListSessionsResponse429
    | ListSessionsResponse500
    | ListSessionsResponse502
    | ListSessionsResponse503
    | ListSessionsResponse504
    | SessionList
    | None
):
    """Exam sessions, by date

    Args:
        course_code (None | str | Unset):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListSessionsResponse400 | ListSessionsResponse401 | ListSessionsResponse403 | ListSessionsResponse422 | ListSessionsResponse429 | ListSessionsResponse500 | ListSessionsResponse502 | ListSessionsResponse503 | ListSessionsResponse504 | SessionList
    """

    return (
        await asyncio_detailed(
            client=client,
            course_code=course_code,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
