from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.run import Run
from ...models.run_create import RunCreate
from ...models.settle_county_month_response_400 import SettleCountyMonthResponse400
from ...models.settle_county_month_response_401 import SettleCountyMonthResponse401
from ...models.settle_county_month_response_403 import SettleCountyMonthResponse403
from ...models.settle_county_month_response_404 import SettleCountyMonthResponse404
from ...models.settle_county_month_response_409 import SettleCountyMonthResponse409
from ...models.settle_county_month_response_413 import SettleCountyMonthResponse413
from ...models.settle_county_month_response_422 import SettleCountyMonthResponse422
from ...models.settle_county_month_response_429 import SettleCountyMonthResponse429
from ...models.settle_county_month_response_500 import SettleCountyMonthResponse500
from ...models.settle_county_month_response_502 import SettleCountyMonthResponse502
from ...models.settle_county_month_response_503 import SettleCountyMonthResponse503
from ...models.settle_county_month_response_504 import SettleCountyMonthResponse504
from ...types import Response


def _get_kwargs(
    *,
    body: RunCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/settlement-runs",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Run
    | SettleCountyMonthResponse400
    | SettleCountyMonthResponse401
    | SettleCountyMonthResponse403
    | SettleCountyMonthResponse404
    | SettleCountyMonthResponse409
    | SettleCountyMonthResponse413
    | SettleCountyMonthResponse422
    | SettleCountyMonthResponse429
    | SettleCountyMonthResponse500
    | SettleCountyMonthResponse502
    | SettleCountyMonthResponse503
    | SettleCountyMonthResponse504
    | None
):
    if response.status_code == 201:
        response_201 = Run.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = SettleCountyMonthResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = SettleCountyMonthResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = SettleCountyMonthResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = SettleCountyMonthResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = SettleCountyMonthResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = SettleCountyMonthResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = SettleCountyMonthResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = SettleCountyMonthResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = SettleCountyMonthResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = SettleCountyMonthResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = SettleCountyMonthResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = SettleCountyMonthResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Run
    | SettleCountyMonthResponse400
    | SettleCountyMonthResponse401
    | SettleCountyMonthResponse403
    | SettleCountyMonthResponse404
    | SettleCountyMonthResponse409
    | SettleCountyMonthResponse413
    | SettleCountyMonthResponse422
    | SettleCountyMonthResponse429
    | SettleCountyMonthResponse500
    | SettleCountyMonthResponse502
    | SettleCountyMonthResponse503
    | SettleCountyMonthResponse504
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
    body: RunCreate,
) -> Response[
    Run
    | SettleCountyMonthResponse400
    | SettleCountyMonthResponse401
    | SettleCountyMonthResponse403
    | SettleCountyMonthResponse404
    | SettleCountyMonthResponse409
    | SettleCountyMonthResponse413
    | SettleCountyMonthResponse422
    | SettleCountyMonthResponse429
    | SettleCountyMonthResponse500
    | SettleCountyMonthResponse502
    | SettleCountyMonthResponse503
    | SettleCountyMonthResponse504
]:
    """Settle a month

    Args:
        body (RunCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Run | SettleCountyMonthResponse400 | SettleCountyMonthResponse401 | SettleCountyMonthResponse403 | SettleCountyMonthResponse404 | SettleCountyMonthResponse409 | SettleCountyMonthResponse413 | SettleCountyMonthResponse422 | SettleCountyMonthResponse429 | SettleCountyMonthResponse500 | SettleCountyMonthResponse502 | SettleCountyMonthResponse503 | SettleCountyMonthResponse504]
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
    body: RunCreate,
) -> (
    Run
    | SettleCountyMonthResponse400
    | SettleCountyMonthResponse401
    | SettleCountyMonthResponse403
    | SettleCountyMonthResponse404
    | SettleCountyMonthResponse409
    | SettleCountyMonthResponse413
    | SettleCountyMonthResponse422
    | SettleCountyMonthResponse429
    | SettleCountyMonthResponse500
    | SettleCountyMonthResponse502
    | SettleCountyMonthResponse503
    | SettleCountyMonthResponse504
    | None
):
    """Settle a month

    Args:
        body (RunCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Run | SettleCountyMonthResponse400 | SettleCountyMonthResponse401 | SettleCountyMonthResponse403 | SettleCountyMonthResponse404 | SettleCountyMonthResponse409 | SettleCountyMonthResponse413 | SettleCountyMonthResponse422 | SettleCountyMonthResponse429 | SettleCountyMonthResponse500 | SettleCountyMonthResponse502 | SettleCountyMonthResponse503 | SettleCountyMonthResponse504
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RunCreate,
) -> Response[
    Run
    | SettleCountyMonthResponse400
    | SettleCountyMonthResponse401
    | SettleCountyMonthResponse403
    | SettleCountyMonthResponse404
    | SettleCountyMonthResponse409
    | SettleCountyMonthResponse413
    | SettleCountyMonthResponse422
    | SettleCountyMonthResponse429
    | SettleCountyMonthResponse500
    | SettleCountyMonthResponse502
    | SettleCountyMonthResponse503
    | SettleCountyMonthResponse504
]:
    """Settle a month

    Args:
        body (RunCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Run | SettleCountyMonthResponse400 | SettleCountyMonthResponse401 | SettleCountyMonthResponse403 | SettleCountyMonthResponse404 | SettleCountyMonthResponse409 | SettleCountyMonthResponse413 | SettleCountyMonthResponse422 | SettleCountyMonthResponse429 | SettleCountyMonthResponse500 | SettleCountyMonthResponse502 | SettleCountyMonthResponse503 | SettleCountyMonthResponse504]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RunCreate,
) -> (
    Run
    | SettleCountyMonthResponse400
    | SettleCountyMonthResponse401
    | SettleCountyMonthResponse403
    | SettleCountyMonthResponse404
    | SettleCountyMonthResponse409
    | SettleCountyMonthResponse413
    | SettleCountyMonthResponse422
    | SettleCountyMonthResponse429
    | SettleCountyMonthResponse500
    | SettleCountyMonthResponse502
    | SettleCountyMonthResponse503
    | SettleCountyMonthResponse504
    | None
):
    """Settle a month

    Args:
        body (RunCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Run | SettleCountyMonthResponse400 | SettleCountyMonthResponse401 | SettleCountyMonthResponse403 | SettleCountyMonthResponse404 | SettleCountyMonthResponse409 | SettleCountyMonthResponse413 | SettleCountyMonthResponse422 | SettleCountyMonthResponse429 | SettleCountyMonthResponse500 | SettleCountyMonthResponse502 | SettleCountyMonthResponse503 | SettleCountyMonthResponse504
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
