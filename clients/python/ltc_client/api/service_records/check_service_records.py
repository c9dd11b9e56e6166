from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.check_request import CheckRequest
from ...models.check_result import CheckResult
from ...models.check_service_records_response_400 import CheckServiceRecordsResponse400
from ...models.check_service_records_response_401 import CheckServiceRecordsResponse401
from ...models.check_service_records_response_403 import CheckServiceRecordsResponse403
from ...models.check_service_records_response_409 import CheckServiceRecordsResponse409
from ...models.check_service_records_response_413 import CheckServiceRecordsResponse413
from ...models.check_service_records_response_422 import CheckServiceRecordsResponse422
from ...models.check_service_records_response_429 import CheckServiceRecordsResponse429
from ...models.check_service_records_response_500 import CheckServiceRecordsResponse500
from ...models.check_service_records_response_502 import CheckServiceRecordsResponse502
from ...models.check_service_records_response_503 import CheckServiceRecordsResponse503
from ...models.check_service_records_response_504 import CheckServiceRecordsResponse504
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
    CheckResult
    | CheckServiceRecordsResponse400
    | CheckServiceRecordsResponse401
    | CheckServiceRecordsResponse403
    | CheckServiceRecordsResponse409
    | CheckServiceRecordsResponse413
    | CheckServiceRecordsResponse422
    | CheckServiceRecordsResponse429
    | CheckServiceRecordsResponse500
    | CheckServiceRecordsResponse502
    | CheckServiceRecordsResponse503
    | CheckServiceRecordsResponse504
    | None
):
    if response.status_code == 200:
        response_200 = CheckResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CheckServiceRecordsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CheckServiceRecordsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CheckServiceRecordsResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = CheckServiceRecordsResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = CheckServiceRecordsResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = CheckServiceRecordsResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = CheckServiceRecordsResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = CheckServiceRecordsResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = CheckServiceRecordsResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = CheckServiceRecordsResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = CheckServiceRecordsResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CheckResult
    | CheckServiceRecordsResponse400
    | CheckServiceRecordsResponse401
    | CheckServiceRecordsResponse403
    | CheckServiceRecordsResponse409
    | CheckServiceRecordsResponse413
    | CheckServiceRecordsResponse422
    | CheckServiceRecordsResponse429
    | CheckServiceRecordsResponse500
    | CheckServiceRecordsResponse502
    | CheckServiceRecordsResponse503
    | CheckServiceRecordsResponse504
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
    CheckResult
    | CheckServiceRecordsResponse400
    | CheckServiceRecordsResponse401
    | CheckServiceRecordsResponse403
    | CheckServiceRecordsResponse409
    | CheckServiceRecordsResponse413
    | CheckServiceRecordsResponse422
    | CheckServiceRecordsResponse429
    | CheckServiceRecordsResponse500
    | CheckServiceRecordsResponse502
    | CheckServiceRecordsResponse503
    | CheckServiceRecordsResponse504
]:
    """Run the checks now

    Args:
        body (CheckRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckResult | CheckServiceRecordsResponse400 | CheckServiceRecordsResponse401 | CheckServiceRecordsResponse403 | CheckServiceRecordsResponse409 | CheckServiceRecordsResponse413 | CheckServiceRecordsResponse422 | CheckServiceRecordsResponse429 | CheckServiceRecordsResponse500 | CheckServiceRecordsResponse502 | CheckServiceRecordsResponse503 | CheckServiceRecordsResponse504]
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
    CheckResult
    | CheckServiceRecordsResponse400
    | CheckServiceRecordsResponse401
    | CheckServiceRecordsResponse403
    | CheckServiceRecordsResponse409
    | CheckServiceRecordsResponse413
    | CheckServiceRecordsResponse422
    | CheckServiceRecordsResponse429
    | CheckServiceRecordsResponse500
    | CheckServiceRecordsResponse502
    | CheckServiceRecordsResponse503
    | CheckServiceRecordsResponse504
    | None
):
    """Run the checks now

    Args:
        body (CheckRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CheckResult | CheckServiceRecordsResponse400 | CheckServiceRecordsResponse401 | CheckServiceRecordsResponse403 | CheckServiceRecordsResponse409 | CheckServiceRecordsResponse413 | CheckServiceRecordsResponse422 | CheckServiceRecordsResponse429 | CheckServiceRecordsResponse500 | CheckServiceRecordsResponse502 | CheckServiceRecordsResponse503 | CheckServiceRecordsResponse504
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
    CheckResult
    | CheckServiceRecordsResponse400
    | CheckServiceRecordsResponse401
    | CheckServiceRecordsResponse403
    | CheckServiceRecordsResponse409
    | CheckServiceRecordsResponse413
    | CheckServiceRecordsResponse422
    | CheckServiceRecordsResponse429
    | CheckServiceRecordsResponse500
    | CheckServiceRecordsResponse502
    | CheckServiceRecordsResponse503
    | CheckServiceRecordsResponse504
]:
    """Run the checks now

    Args:
        body (CheckRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckResult | CheckServiceRecordsResponse400 | CheckServiceRecordsResponse401 | CheckServiceRecordsResponse403 | CheckServiceRecordsResponse409 | CheckServiceRecordsResponse413 | CheckServiceRecordsResponse422 | CheckServiceRecordsResponse429 | CheckServiceRecordsResponse500 | CheckServiceRecordsResponse502 | CheckServiceRecordsResponse503 | CheckServiceRecordsResponse504]
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
    CheckResult
    | CheckServiceRecordsResponse400
    | CheckServiceRecordsResponse401
    | CheckServiceRecordsResponse403
    | CheckServiceRecordsResponse409
    | CheckServiceRecordsResponse413
    | CheckServiceRecordsResponse422
    | CheckServiceRecordsResponse429
    | CheckServiceRecordsResponse500
    | CheckServiceRecordsResponse502
    | CheckServiceRecordsResponse503
    | CheckServiceRecordsResponse504
    | None
):
    """Run the checks now

    Args:
        body (CheckRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CheckResult | CheckServiceRecordsResponse400 | CheckServiceRecordsResponse401 | CheckServiceRecordsResponse403 | CheckServiceRecordsResponse409 | CheckServiceRecordsResponse413 | CheckServiceRecordsResponse422 | CheckServiceRecordsResponse429 | CheckServiceRecordsResponse500 | CheckServiceRecordsResponse502 | CheckServiceRecordsResponse503 | CheckServiceRecordsResponse504
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
