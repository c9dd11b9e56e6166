from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.clearing import Clearing
from ...models.clearing_create import ClearingCreate
from ...models.propose_response_400 import ProposeResponse400
from ...models.propose_response_401 import ProposeResponse401
from ...models.propose_response_403 import ProposeResponse403
from ...models.propose_response_409 import ProposeResponse409
from ...models.propose_response_413 import ProposeResponse413
from ...models.propose_response_422 import ProposeResponse422
from ...models.propose_response_429 import ProposeResponse429
from ...models.propose_response_500 import ProposeResponse500
from ...models.propose_response_502 import ProposeResponse502
from ...models.propose_response_503 import ProposeResponse503
from ...models.propose_response_504 import ProposeResponse504
from ...types import Response


def _get_kwargs(
    *,
    body: ClearingCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/annual-clearings",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Clearing
    | ProposeResponse400
    | ProposeResponse401
    | ProposeResponse403
    | ProposeResponse409
    | ProposeResponse413
    | ProposeResponse422
    | ProposeResponse429
    | ProposeResponse500
    | ProposeResponse502
    | ProposeResponse503
    | ProposeResponse504
    | None
):
    if response.status_code == 201:
        response_201 = Clearing.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ProposeResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ProposeResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ProposeResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = ProposeResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ProposeResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = ProposeResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ProposeResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ProposeResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ProposeResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ProposeResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ProposeResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Clearing
    | ProposeResponse400
    | ProposeResponse401
    | ProposeResponse403
    | ProposeResponse409
    | ProposeResponse413
    | ProposeResponse422
    | ProposeResponse429
    | ProposeResponse500
    | ProposeResponse502
    | ProposeResponse503
    | ProposeResponse504
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
    body: ClearingCreate,
) -> Response[
    Clearing
    | ProposeResponse400
    | ProposeResponse401
    | ProposeResponse403
    | ProposeResponse409
    | ProposeResponse413
    | ProposeResponse422
    | ProposeResponse429
    | ProposeResponse500
    | ProposeResponse502
    | ProposeResponse503
    | ProposeResponse504
]:
    """Propose a county's annual clearing (a new proposal replaces an unapproved one)

    Args:
        body (ClearingCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Clearing | ProposeResponse400 | ProposeResponse401 | ProposeResponse403 | ProposeResponse409 | ProposeResponse413 | ProposeResponse422 | ProposeResponse429 | ProposeResponse500 | ProposeResponse502 | ProposeResponse503 | ProposeResponse504]
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
    body: ClearingCreate,
) -> (
    Clearing
    | ProposeResponse400
    | ProposeResponse401
    | ProposeResponse403
    | ProposeResponse409
    | ProposeResponse413
    | ProposeResponse422
    | ProposeResponse429
    | ProposeResponse500
    | ProposeResponse502
    | ProposeResponse503
    | ProposeResponse504
    | None
):
    """Propose a county's annual clearing (a new proposal replaces an unapproved one)

    Args:
        body (ClearingCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Clearing | ProposeResponse400 | ProposeResponse401 | ProposeResponse403 | ProposeResponse409 | ProposeResponse413 | ProposeResponse422 | ProposeResponse429 | ProposeResponse500 | ProposeResponse502 | ProposeResponse503 | ProposeResponse504
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ClearingCreate,
) -> Response[
    Clearing
    | ProposeResponse400
    | ProposeResponse401
    | ProposeResponse403
    | ProposeResponse409
    | ProposeResponse413
    | ProposeResponse422
    | ProposeResponse429
    | ProposeResponse500
    | ProposeResponse502
    | ProposeResponse503
    | ProposeResponse504
]:
    """Propose a county's annual clearing (a new proposal replaces an unapproved one)

    Args:
        body (ClearingCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Clearing | ProposeResponse400 | ProposeResponse401 | ProposeResponse403 | ProposeResponse409 | ProposeResponse413 | ProposeResponse422 | ProposeResponse429 | ProposeResponse500 | ProposeResponse502 | ProposeResponse503 | ProposeResponse504]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ClearingCreate,
) -> (
    Clearing
    | ProposeResponse400
    | ProposeResponse401
    | ProposeResponse403
    | ProposeResponse409
    | ProposeResponse413
    | ProposeResponse422
    | ProposeResponse429
    | ProposeResponse500
    | ProposeResponse502
    | ProposeResponse503
    | ProposeResponse504
    | None
):
    """Propose a county's annual clearing (a new proposal replaces an unapproved one)

    Args:
        body (ClearingCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Clearing | ProposeResponse400 | ProposeResponse401 | ProposeResponse403 | ProposeResponse409 | ProposeResponse413 | ProposeResponse422 | ProposeResponse429 | ProposeResponse500 | ProposeResponse502 | ProposeResponse503 | ProposeResponse504
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
