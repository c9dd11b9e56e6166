from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.sample_request import SampleRequest
from ...models.sample_result import SampleResult
from ...models.sample_service_records_response_400 import SampleServiceRecordsResponse400
from ...models.sample_service_records_response_401 import SampleServiceRecordsResponse401
from ...models.sample_service_records_response_403 import SampleServiceRecordsResponse403
from ...models.sample_service_records_response_409 import SampleServiceRecordsResponse409
from ...models.sample_service_records_response_413 import SampleServiceRecordsResponse413
from ...models.sample_service_records_response_422 import SampleServiceRecordsResponse422
from ...models.sample_service_records_response_429 import SampleServiceRecordsResponse429
from ...models.sample_service_records_response_500 import SampleServiceRecordsResponse500
from ...models.sample_service_records_response_502 import SampleServiceRecordsResponse502
from ...models.sample_service_records_response_503 import SampleServiceRecordsResponse503
from ...models.sample_service_records_response_504 import SampleServiceRecordsResponse504
from ...types import Response


def _get_kwargs(
    *,
    body: SampleRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/service-records:sample",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    SampleResult
    | SampleServiceRecordsResponse400
    | SampleServiceRecordsResponse401
    | SampleServiceRecordsResponse403
    | SampleServiceRecordsResponse409
    | SampleServiceRecordsResponse413
    | SampleServiceRecordsResponse422
    | SampleServiceRecordsResponse429
    | SampleServiceRecordsResponse500
    | SampleServiceRecordsResponse502
    | SampleServiceRecordsResponse503
    | SampleServiceRecordsResponse504
    | None
):
    if response.status_code == 200:
        response_200 = SampleResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = SampleServiceRecordsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = SampleServiceRecordsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = SampleServiceRecordsResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = SampleServiceRecordsResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = SampleServiceRecordsResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = SampleServiceRecordsResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = SampleServiceRecordsResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = SampleServiceRecordsResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = SampleServiceRecordsResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = SampleServiceRecordsResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = SampleServiceRecordsResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    SampleResult
    | SampleServiceRecordsResponse400
    | SampleServiceRecordsResponse401
    | SampleServiceRecordsResponse403
    | SampleServiceRecordsResponse409
    | SampleServiceRecordsResponse413
    | SampleServiceRecordsResponse422
    | SampleServiceRecordsResponse429
    | SampleServiceRecordsResponse500
    | SampleServiceRecordsResponse502
    | SampleServiceRecordsResponse503
    | SampleServiceRecordsResponse504
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
    body: SampleRequest,
) -> Response[
    SampleResult
    | SampleServiceRecordsResponse400
    | SampleServiceRecordsResponse401
    | SampleServiceRecordsResponse403
    | SampleServiceRecordsResponse409
    | SampleServiceRecordsResponse413
    | SampleServiceRecordsResponse422
    | SampleServiceRecordsResponse429
    | SampleServiceRecordsResponse500
    | SampleServiceRecordsResponse502
    | SampleServiceRecordsResponse503
    | SampleServiceRecordsResponse504
]:
    """Pick records for review: a random share, amounts above a threshold, or unusual ones

    Args:
        body (SampleRequest): Pick unsettled records of a county's month for review; the pick is
            marked on each record.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SampleResult | SampleServiceRecordsResponse400 | SampleServiceRecordsResponse401 | SampleServiceRecordsResponse403 | SampleServiceRecordsResponse409 | SampleServiceRecordsResponse413 | SampleServiceRecordsResponse422 | SampleServiceRecordsResponse429 | SampleServiceRecordsResponse500 | SampleServiceRecordsResponse502 | SampleServiceRecordsResponse503 | SampleServiceRecordsResponse504]
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
    body: SampleRequest,
) -> (
    SampleResult
    | SampleServiceRecordsResponse400
    | SampleServiceRecordsResponse401
    | SampleServiceRecordsResponse403
    | SampleServiceRecordsResponse409
    | SampleServiceRecordsResponse413
    | SampleServiceRecordsResponse422
    | SampleServiceRecordsResponse429
    | SampleServiceRecordsResponse500
    | SampleServiceRecordsResponse502
    | SampleServiceRecordsResponse503
    | SampleServiceRecordsResponse504
    | None
):
    """Pick records for review: a random share, amounts above a threshold, or unusual ones

    Args:
        body (SampleRequest): Pick unsettled records of a county's month for review; the pick is
            marked on each record.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SampleResult | SampleServiceRecordsResponse400 | SampleServiceRecordsResponse401 | SampleServiceRecordsResponse403 | SampleServiceRecordsResponse409 | SampleServiceRecordsResponse413 | SampleServiceRecordsResponse422 | SampleServiceRecordsResponse429 | SampleServiceRecordsResponse500 | SampleServiceRecordsResponse502 | SampleServiceRecordsResponse503 | SampleServiceRecordsResponse504
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SampleRequest,
) -> Response[
    SampleResult
    | SampleServiceRecordsResponse400
    | SampleServiceRecordsResponse401
    | SampleServiceRecordsResponse403
    | SampleServiceRecordsResponse409
    | SampleServiceRecordsResponse413
    | SampleServiceRecordsResponse422
    | SampleServiceRecordsResponse429
    | SampleServiceRecordsResponse500
    | SampleServiceRecordsResponse502
    | SampleServiceRecordsResponse503
    | SampleServiceRecordsResponse504
]:
    """Pick records for review: a random share, amounts above a threshold, or unusual ones

    Args:
        body (SampleRequest): Pick unsettled records of a county's month for review; the pick is
            marked on each record.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SampleResult | SampleServiceRecordsResponse400 | SampleServiceRecordsResponse401 | SampleServiceRecordsResponse403 | SampleServiceRecordsResponse409 | SampleServiceRecordsResponse413 | SampleServiceRecordsResponse422 | SampleServiceRecordsResponse429 | SampleServiceRecordsResponse500 | SampleServiceRecordsResponse502 | SampleServiceRecordsResponse503 | SampleServiceRecordsResponse504]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SampleRequest,
) -> (
    SampleResult
    | SampleServiceRecordsResponse400
    | SampleServiceRecordsResponse401
    | SampleServiceRecordsResponse403
    | SampleServiceRecordsResponse409
    | SampleServiceRecordsResponse413
    | SampleServiceRecordsResponse422
    | SampleServiceRecordsResponse429
    | SampleServiceRecordsResponse500
    | SampleServiceRecordsResponse502
    | SampleServiceRecordsResponse503
    | SampleServiceRecordsResponse504
    | None
):
    """Pick records for review: a random share, amounts above a threshold, or unusual ones

    Args:
        body (SampleRequest): Pick unsettled records of a county's month for review; the pick is
            marked on each record.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SampleResult | SampleServiceRecordsResponse400 | SampleServiceRecordsResponse401 | SampleServiceRecordsResponse403 | SampleServiceRecordsResponse409 | SampleServiceRecordsResponse413 | SampleServiceRecordsResponse422 | SampleServiceRecordsResponse429 | SampleServiceRecordsResponse500 | SampleServiceRecordsResponse502 | SampleServiceRecordsResponse503 | SampleServiceRecordsResponse504
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
