from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.clearing import Clearing
from ...models.clearing_create import ClearingCreate
from ...models.propose_annual_clearing_response_400 import ProposeAnnualClearingResponse400
from ...models.propose_annual_clearing_response_401 import ProposeAnnualClearingResponse401
from ...models.propose_annual_clearing_response_403 import ProposeAnnualClearingResponse403
from ...models.propose_annual_clearing_response_409 import ProposeAnnualClearingResponse409
from ...models.propose_annual_clearing_response_413 import ProposeAnnualClearingResponse413
from ...models.propose_annual_clearing_response_422 import ProposeAnnualClearingResponse422
from ...models.propose_annual_clearing_response_429 import ProposeAnnualClearingResponse429
from ...models.propose_annual_clearing_response_500 import ProposeAnnualClearingResponse500
from ...models.propose_annual_clearing_response_502 import ProposeAnnualClearingResponse502
from ...models.propose_annual_clearing_response_503 import ProposeAnnualClearingResponse503
from ...models.propose_annual_clearing_response_504 import ProposeAnnualClearingResponse504
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
    | ProposeAnnualClearingResponse400
    | ProposeAnnualClearingResponse401
    | ProposeAnnualClearingResponse403
    | ProposeAnnualClearingResponse409
    | ProposeAnnualClearingResponse413
    | ProposeAnnualClearingResponse422
    | ProposeAnnualClearingResponse429
    | ProposeAnnualClearingResponse500
    | ProposeAnnualClearingResponse502
    | ProposeAnnualClearingResponse503
    | ProposeAnnualClearingResponse504
    | None
):
    if response.status_code == 201:
        response_201 = Clearing.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ProposeAnnualClearingResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ProposeAnnualClearingResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ProposeAnnualClearingResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = ProposeAnnualClearingResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ProposeAnnualClearingResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = ProposeAnnualClearingResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ProposeAnnualClearingResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ProposeAnnualClearingResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ProposeAnnualClearingResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ProposeAnnualClearingResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ProposeAnnualClearingResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Clearing
    | ProposeAnnualClearingResponse400
    | ProposeAnnualClearingResponse401
    | ProposeAnnualClearingResponse403
    | ProposeAnnualClearingResponse409
    | ProposeAnnualClearingResponse413
    | ProposeAnnualClearingResponse422
    | ProposeAnnualClearingResponse429
    | ProposeAnnualClearingResponse500
    | ProposeAnnualClearingResponse502
    | ProposeAnnualClearingResponse503
    | ProposeAnnualClearingResponse504
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
    | ProposeAnnualClearingResponse400
    | ProposeAnnualClearingResponse401
    | ProposeAnnualClearingResponse403
    | ProposeAnnualClearingResponse409
    | ProposeAnnualClearingResponse413
    | ProposeAnnualClearingResponse422
    | ProposeAnnualClearingResponse429
    | ProposeAnnualClearingResponse500
    | ProposeAnnualClearingResponse502
    | ProposeAnnualClearingResponse503
    | ProposeAnnualClearingResponse504
]:
    """Propose a county's annual clearing (a new proposal replaces an unapproved one)

    Args:
        body (ClearingCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Clearing | ProposeAnnualClearingResponse400 | ProposeAnnualClearingResponse401 | ProposeAnnualClearingResponse403 | ProposeAnnualClearingResponse409 | ProposeAnnualClearingResponse413 | ProposeAnnualClearingResponse422 | ProposeAnnualClearingResponse429 | ProposeAnnualClearingResponse500 | ProposeAnnualClearingResponse502 | ProposeAnnualClearingResponse503 | ProposeAnnualClearingResponse504]
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
    | ProposeAnnualClearingResponse400
    | ProposeAnnualClearingResponse401
    | ProposeAnnualClearingResponse403
    | ProposeAnnualClearingResponse409
    | ProposeAnnualClearingResponse413
    | ProposeAnnualClearingResponse422
    | ProposeAnnualClearingResponse429
    | ProposeAnnualClearingResponse500
    | ProposeAnnualClearingResponse502
    | ProposeAnnualClearingResponse503
    | ProposeAnnualClearingResponse504
    | None
):
    """Propose a county's annual clearing (a new proposal replaces an unapproved one)

    Args:
        body (ClearingCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Clearing | ProposeAnnualClearingResponse400 | ProposeAnnualClearingResponse401 | ProposeAnnualClearingResponse403 | ProposeAnnualClearingResponse409 | ProposeAnnualClearingResponse413 | ProposeAnnualClearingResponse422 | ProposeAnnualClearingResponse429 | ProposeAnnualClearingResponse500 | ProposeAnnualClearingResponse502 | ProposeAnnualClearingResponse503 | ProposeAnnualClearingResponse504
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
    | ProposeAnnualClearingResponse400
    | ProposeAnnualClearingResponse401
    | ProposeAnnualClearingResponse403
    | ProposeAnnualClearingResponse409
    | ProposeAnnualClearingResponse413
    | ProposeAnnualClearingResponse422
    | ProposeAnnualClearingResponse429
    | ProposeAnnualClearingResponse500
    | ProposeAnnualClearingResponse502
    | ProposeAnnualClearingResponse503
    | ProposeAnnualClearingResponse504
]:
    """Propose a county's annual clearing (a new proposal replaces an unapproved one)

    Args:
        body (ClearingCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Clearing | ProposeAnnualClearingResponse400 | ProposeAnnualClearingResponse401 | ProposeAnnualClearingResponse403 | ProposeAnnualClearingResponse409 | ProposeAnnualClearingResponse413 | ProposeAnnualClearingResponse422 | ProposeAnnualClearingResponse429 | ProposeAnnualClearingResponse500 | ProposeAnnualClearingResponse502 | ProposeAnnualClearingResponse503 | ProposeAnnualClearingResponse504]
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
    | ProposeAnnualClearingResponse400
    | ProposeAnnualClearingResponse401
    | ProposeAnnualClearingResponse403
    | ProposeAnnualClearingResponse409
    | ProposeAnnualClearingResponse413
    | ProposeAnnualClearingResponse422
    | ProposeAnnualClearingResponse429
    | ProposeAnnualClearingResponse500
    | ProposeAnnualClearingResponse502
    | ProposeAnnualClearingResponse503
    | ProposeAnnualClearingResponse504
    | None
):
    """Propose a county's annual clearing (a new proposal replaces an unapproved one)

    Args:
        body (ClearingCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Clearing | ProposeAnnualClearingResponse400 | ProposeAnnualClearingResponse401 | ProposeAnnualClearingResponse403 | ProposeAnnualClearingResponse409 | ProposeAnnualClearingResponse413 | ProposeAnnualClearingResponse422 | ProposeAnnualClearingResponse429 | ProposeAnnualClearingResponse500 | ProposeAnnualClearingResponse502 | ProposeAnnualClearingResponse503 | ProposeAnnualClearingResponse504
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
