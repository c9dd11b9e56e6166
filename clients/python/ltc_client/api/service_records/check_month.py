from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.check_month_response_400 import CheckMonthResponse400
from ...models.check_month_response_401 import CheckMonthResponse401
from ...models.check_month_response_403 import CheckMonthResponse403
from ...models.check_month_response_409 import CheckMonthResponse409
from ...models.check_month_response_413 import CheckMonthResponse413
from ...models.check_month_response_422 import CheckMonthResponse422
from ...models.check_month_response_429 import CheckMonthResponse429
from ...models.check_month_response_500 import CheckMonthResponse500
from ...models.check_month_response_502 import CheckMonthResponse502
from ...models.check_month_response_503 import CheckMonthResponse503
from ...models.check_month_response_504 import CheckMonthResponse504
from ...models.check_request import CheckRequest
from ...models.check_result import CheckResult
from ...types import Response


def _get_kwargs(
    *,
    body: CheckRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/service-records:check",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CheckMonthResponse400
    | CheckMonthResponse401
    | CheckMonthResponse403
    | CheckMonthResponse409
    | CheckMonthResponse413
    | CheckMonthResponse422
    | CheckMonthResponse429
    | CheckMonthResponse500
    | CheckMonthResponse502
    | CheckMonthResponse503
    | CheckMonthResponse504
    | CheckResult
    | None
):
    if response.status_code == 200:
        response_200 = CheckResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CheckMonthResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CheckMonthResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CheckMonthResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = CheckMonthResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = CheckMonthResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = CheckMonthResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = CheckMonthResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = CheckMonthResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = CheckMonthResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = CheckMonthResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = CheckMonthResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CheckMonthResponse400
    | CheckMonthResponse401
    | CheckMonthResponse403
    | CheckMonthResponse409
    | CheckMonthResponse413
    | CheckMonthResponse422
    | CheckMonthResponse429
    | CheckMonthResponse500
    | CheckMonthResponse502
    | CheckMonthResponse503
    | CheckMonthResponse504
    | CheckResult
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
    body: CheckRequest,
) -> Response[
    CheckMonthResponse400
    | CheckMonthResponse401
    | CheckMonthResponse403
    | CheckMonthResponse409
    | CheckMonthResponse413
    | CheckMonthResponse422
    | CheckMonthResponse429
    | CheckMonthResponse500
    | CheckMonthResponse502
    | CheckMonthResponse503
    | CheckMonthResponse504
    | CheckResult
]:
    """Run the checks now

    Args:
        body (CheckRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckMonthResponse400 | CheckMonthResponse401 | CheckMonthResponse403 | CheckMonthResponse409 | CheckMonthResponse413 | CheckMonthResponse422 | CheckMonthResponse429 | CheckMonthResponse500 | CheckMonthResponse502 | CheckMonthResponse503 | CheckMonthResponse504 | CheckResult]
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
    body: CheckRequest,
) -> (
    CheckMonthResponse400
    | CheckMonthResponse401
    | CheckMonthResponse403
    | CheckMonthResponse409
    | CheckMonthResponse413
    | CheckMonthResponse422
    | CheckMonthResponse429
    | CheckMonthResponse500
    | CheckMonthResponse502
    | CheckMonthResponse503
    | CheckMonthResponse504
    | CheckResult
    | None
):
    """Run the checks now

    Args:
        body (CheckRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CheckMonthResponse400 | CheckMonthResponse401 | CheckMonthResponse403 | CheckMonthResponse409 | CheckMonthResponse413 | CheckMonthResponse422 | CheckMonthResponse429 | CheckMonthResponse500 | CheckMonthResponse502 | CheckMonthResponse503 | CheckMonthResponse504 | CheckResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CheckRequest,
) -> Response[
    CheckMonthResponse400
    | CheckMonthResponse401
    | CheckMonthResponse403
    | CheckMonthResponse409
    | CheckMonthResponse413
    | CheckMonthResponse422
    | CheckMonthResponse429
    | CheckMonthResponse500
    | CheckMonthResponse502
    | CheckMonthResponse503
    | CheckMonthResponse504
    | CheckResult
]:
    """Run the checks now

    Args:
        body (CheckRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckMonthResponse400 | CheckMonthResponse401 | CheckMonthResponse403 | CheckMonthResponse409 | CheckMonthResponse413 | CheckMonthResponse422 | CheckMonthResponse429 | CheckMonthResponse500 | CheckMonthResponse502 | CheckMonthResponse503 | CheckMonthResponse504 | CheckResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CheckRequest,
) -> (
    CheckMonthResponse400
    | CheckMonthResponse401
    | CheckMonthResponse403
    | CheckMonthResponse409
    | CheckMonthResponse413
    | CheckMonthResponse422
    | CheckMonthResponse429
    | CheckMonthResponse500
    | CheckMonthResponse502
    | CheckMonthResponse503
    | CheckMonthResponse504
    | CheckResult
    | None
):
    """Run the checks now

    Args:
        body (CheckRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CheckMonthResponse400 | CheckMonthResponse401 | CheckMonthResponse403 | CheckMonthResponse409 | CheckMonthResponse413 | CheckMonthResponse422 | CheckMonthResponse429 | CheckMonthResponse500 | CheckMonthResponse502 | CheckMonthResponse503 | CheckMonthResponse504 | CheckResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
