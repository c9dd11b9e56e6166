from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_spot_check_response_400 import CreateSpotCheckResponse400
from ...models.create_spot_check_response_401 import CreateSpotCheckResponse401
from ...models.create_spot_check_response_403 import CreateSpotCheckResponse403
from ...models.create_spot_check_response_404 import CreateSpotCheckResponse404
from ...models.create_spot_check_response_409 import CreateSpotCheckResponse409
from ...models.create_spot_check_response_413 import CreateSpotCheckResponse413
from ...models.create_spot_check_response_422 import CreateSpotCheckResponse422
from ...models.create_spot_check_response_429 import CreateSpotCheckResponse429
from ...models.create_spot_check_response_500 import CreateSpotCheckResponse500
from ...models.create_spot_check_response_502 import CreateSpotCheckResponse502
from ...models.create_spot_check_response_503 import CreateSpotCheckResponse503
from ...models.create_spot_check_response_504 import CreateSpotCheckResponse504
from ...models.spot_check import SpotCheck
from ...models.spot_check_create import SpotCheckCreate
from ...types import Response


def _get_kwargs(
    *,
    body: SpotCheckCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/spot-checks",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateSpotCheckResponse400
    | CreateSpotCheckResponse401
    | CreateSpotCheckResponse403
    | CreateSpotCheckResponse404
    | CreateSpotCheckResponse409
    | CreateSpotCheckResponse413
    | CreateSpotCheckResponse422
    | CreateSpotCheckResponse429
    | CreateSpotCheckResponse500
    | CreateSpotCheckResponse502
    | CreateSpotCheckResponse503
    | CreateSpotCheckResponse504
    | SpotCheck
    | None
):
    if response.status_code == 201:
        response_201 = SpotCheck.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = CreateSpotCheckResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateSpotCheckResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CreateSpotCheckResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = CreateSpotCheckResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = CreateSpotCheckResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = CreateSpotCheckResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = CreateSpotCheckResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = CreateSpotCheckResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = CreateSpotCheckResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = CreateSpotCheckResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = CreateSpotCheckResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = CreateSpotCheckResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateSpotCheckResponse400
    | CreateSpotCheckResponse401
    | CreateSpotCheckResponse403
    | CreateSpotCheckResponse404
    | CreateSpotCheckResponse409
    | CreateSpotCheckResponse413
    | CreateSpotCheckResponse422
    | CreateSpotCheckResponse429
    | CreateSpotCheckResponse500
    | CreateSpotCheckResponse502
    | CreateSpotCheckResponse503
    | CreateSpotCheckResponse504
    | SpotCheck
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
    body: SpotCheckCreate,
) -> Response[
    CreateSpotCheckResponse400
    | CreateSpotCheckResponse401
    | CreateSpotCheckResponse403
    | CreateSpotCheckResponse404
    | CreateSpotCheckResponse409
    | CreateSpotCheckResponse413
    | CreateSpotCheckResponse422
    | CreateSpotCheckResponse429
    | CreateSpotCheckResponse500
    | CreateSpotCheckResponse502
    | CreateSpotCheckResponse503
    | CreateSpotCheckResponse504
    | SpotCheck
]:
    """Sample conclusions in force for re-assessment

     Each sampled conclusion gets a spot-check application (accepted, a panel excluding the first one and
    its institutions); a different level, once served, supersedes the old conclusion.

    Args:
        body (SpotCheckCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateSpotCheckResponse400 | CreateSpotCheckResponse401 | CreateSpotCheckResponse403 | CreateSpotCheckResponse404 | CreateSpotCheckResponse409 | CreateSpotCheckResponse413 | CreateSpotCheckResponse422 | CreateSpotCheckResponse429 | CreateSpotCheckResponse500 | CreateSpotCheckResponse502 | CreateSpotCheckResponse503 | CreateSpotCheckResponse504 | SpotCheck]
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
    body: SpotCheckCreate,
) -> (
    CreateSpotCheckResponse400
    | CreateSpotCheckResponse401
    | CreateSpotCheckResponse403
    | CreateSpotCheckResponse404
    | CreateSpotCheckResponse409
    | CreateSpotCheckResponse413
    | CreateSpotCheckResponse422
    | CreateSpotCheckResponse429
    | CreateSpotCheckResponse500
    | CreateSpotCheckResponse502
    | CreateSpotCheckResponse503
    | CreateSpotCheckResponse504
    | SpotCheck
    | None
):
    """Sample conclusions in force for re-assessment

     Each sampled conclusion gets a spot-check application (accepted, a panel excluding the first one and
    its institutions); a different level, once served, supersedes the old conclusion.

    Args:
        body (SpotCheckCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateSpotCheckResponse400 | CreateSpotCheckResponse401 | CreateSpotCheckResponse403 | CreateSpotCheckResponse404 | CreateSpotCheckResponse409 | CreateSpotCheckResponse413 | CreateSpotCheckResponse422 | CreateSpotCheckResponse429 | CreateSpotCheckResponse500 | CreateSpotCheckResponse502 | CreateSpotCheckResponse503 | CreateSpotCheckResponse504 | SpotCheck
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SpotCheckCreate,
) -> Response[
    CreateSpotCheckResponse400
    | CreateSpotCheckResponse401
    | CreateSpotCheckResponse403
    | CreateSpotCheckResponse404
    | CreateSpotCheckResponse409
    | CreateSpotCheckResponse413
    | CreateSpotCheckResponse422
    | CreateSpotCheckResponse429
    | CreateSpotCheckResponse500
    | CreateSpotCheckResponse502
    | CreateSpotCheckResponse503
    | CreateSpotCheckResponse504
    | SpotCheck
]:
    """Sample conclusions in force for re-assessment

     Each sampled conclusion gets a spot-check application (accepted, a panel excluding the first one and
    its institutions); a different level, once served, supersedes the old conclusion.

    Args:
        body (SpotCheckCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateSpotCheckResponse400 | CreateSpotCheckResponse401 | CreateSpotCheckResponse403 | CreateSpotCheckResponse404 | CreateSpotCheckResponse409 | CreateSpotCheckResponse413 | CreateSpotCheckResponse422 | CreateSpotCheckResponse429 | CreateSpotCheckResponse500 | CreateSpotCheckResponse502 | CreateSpotCheckResponse503 | CreateSpotCheckResponse504 | SpotCheck]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SpotCheckCreate,
) -> (
    CreateSpotCheckResponse400
    | CreateSpotCheckResponse401
    | CreateSpotCheckResponse403
    | CreateSpotCheckResponse404
    | CreateSpotCheckResponse409
    | CreateSpotCheckResponse413
    | CreateSpotCheckResponse422
    | CreateSpotCheckResponse429
    | CreateSpotCheckResponse500
    | CreateSpotCheckResponse502
    | CreateSpotCheckResponse503
    | CreateSpotCheckResponse504
    | SpotCheck
    | None
):
    """Sample conclusions in force for re-assessment

     Each sampled conclusion gets a spot-check application (accepted, a panel excluding the first one and
    its institutions); a different level, once served, supersedes the old conclusion.

    Args:
        body (SpotCheckCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateSpotCheckResponse400 | CreateSpotCheckResponse401 | CreateSpotCheckResponse403 | CreateSpotCheckResponse404 | CreateSpotCheckResponse409 | CreateSpotCheckResponse413 | CreateSpotCheckResponse422 | CreateSpotCheckResponse429 | CreateSpotCheckResponse500 | CreateSpotCheckResponse502 | CreateSpotCheckResponse503 | CreateSpotCheckResponse504 | SpotCheck
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
