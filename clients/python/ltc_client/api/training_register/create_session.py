from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_session_response_400 import CreateSessionResponse400
from ...models.create_session_response_401 import CreateSessionResponse401
from ...models.create_session_response_403 import CreateSessionResponse403
from ...models.create_session_response_409 import CreateSessionResponse409
from ...models.create_session_response_413 import CreateSessionResponse413
from ...models.create_session_response_422 import CreateSessionResponse422
from ...models.create_session_response_429 import CreateSessionResponse429
from ...models.create_session_response_500 import CreateSessionResponse500
from ...models.create_session_response_502 import CreateSessionResponse502
from ...models.create_session_response_503 import CreateSessionResponse503
from ...models.create_session_response_504 import CreateSessionResponse504
from ...models.session import Session
from ...models.session_create import SessionCreate
from ...types import Response


def _get_kwargs(
    *,
    body: SessionCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/training-sessions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateSessionResponse400
    | CreateSessionResponse401
    | CreateSessionResponse403
    | CreateSessionResponse409
    | CreateSessionResponse413
    | CreateSessionResponse422
    | CreateSessionResponse429
    | CreateSessionResponse500
    | CreateSessionResponse502
    | CreateSessionResponse503
    | CreateSessionResponse504
    | Session
    | None
):
    if response.status_code == 201:
        response_201 = Session.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = CreateSessionResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateSessionResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CreateSessionResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = CreateSessionResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = CreateSessionResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = CreateSessionResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = CreateSessionResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = CreateSessionResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = CreateSessionResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = CreateSessionResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = CreateSessionResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateSessionResponse400
    | CreateSessionResponse401
    | CreateSessionResponse403
    | CreateSessionResponse409
    | CreateSessionResponse413
    | CreateSessionResponse422
    | CreateSessionResponse429
    | CreateSessionResponse500
    | CreateSessionResponse502
    | CreateSessionResponse503
    | CreateSessionResponse504
    | Session
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
    body: SessionCreate,
) -> Response[
    CreateSessionResponse400
    | CreateSessionResponse401
    | CreateSessionResponse403
    | CreateSessionResponse409
    | CreateSessionResponse413
    | CreateSessionResponse422
    | CreateSessionResponse429
    | CreateSessionResponse500
    | CreateSessionResponse502
    | CreateSessionResponse503
    | CreateSessionResponse504
    | Session
]:
    """Record an exam session of a course

     422 ``TRAINING_COURSE_UNKNOWN`` for a course the register does not have.

    Args:
        body (SessionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateSessionResponse400 | CreateSessionResponse401 | CreateSessionResponse403 | CreateSessionResponse409 | CreateSessionResponse413 | CreateSessionResponse422 | CreateSessionResponse429 | CreateSessionResponse500 | CreateSessionResponse502 | CreateSessionResponse503 | CreateSessionResponse504 | Session]
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
    body: SessionCreate,
) -> (
    CreateSessionResponse400
    | CreateSessionResponse401
    | CreateSessionResponse403
    | CreateSessionResponse409
    | CreateSessionResponse413
    | CreateSessionResponse422
    | CreateSessionResponse429
    | CreateSessionResponse500
    | CreateSessionResponse502
    | CreateSessionResponse503
    | CreateSessionResponse504
    | Session
    | None
):
    """Record an exam session of a course

     422 ``TRAINING_COURSE_UNKNOWN`` for a course the register does not have.

    Args:
        body (SessionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateSessionResponse400 | CreateSessionResponse401 | CreateSessionResponse403 | CreateSessionResponse409 | CreateSessionResponse413 | CreateSessionResponse422 | CreateSessionResponse429 | CreateSessionResponse500 | CreateSessionResponse502 | CreateSessionResponse503 | CreateSessionResponse504 | Session
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SessionCreate,
) -> Response[
    CreateSessionResponse400
    | CreateSessionResponse401
    | CreateSessionResponse403
    | CreateSessionResponse409
    | CreateSessionResponse413
    | CreateSessionResponse422
    | CreateSessionResponse429
    | CreateSessionResponse500
    | CreateSessionResponse502
    | CreateSessionResponse503
    | CreateSessionResponse504
    | Session
]:
    """Record an exam session of a course

     422 ``TRAINING_COURSE_UNKNOWN`` for a course the register does not have.

    Args:
        body (SessionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateSessionResponse400 | CreateSessionResponse401 | CreateSessionResponse403 | CreateSessionResponse409 | CreateSessionResponse413 | CreateSessionResponse422 | CreateSessionResponse429 | CreateSessionResponse500 | CreateSessionResponse502 | CreateSessionResponse503 | CreateSessionResponse504 | Session]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SessionCreate,
) -> (
    CreateSessionResponse400
    | CreateSessionResponse401
    | CreateSessionResponse403
    | CreateSessionResponse409
    | CreateSessionResponse413
    | CreateSessionResponse422
    | CreateSessionResponse429
    | CreateSessionResponse500
    | CreateSessionResponse502
    | CreateSessionResponse503
    | CreateSessionResponse504
    | Session
    | None
):
    """Record an exam session of a course

     422 ``TRAINING_COURSE_UNKNOWN`` for a course the register does not have.

    Args:
        body (SessionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateSessionResponse400 | CreateSessionResponse401 | CreateSessionResponse403 | CreateSessionResponse409 | CreateSessionResponse413 | CreateSessionResponse422 | CreateSessionResponse429 | CreateSessionResponse500 | CreateSessionResponse502 | CreateSessionResponse503 | CreateSessionResponse504 | Session
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
