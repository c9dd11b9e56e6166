from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.review_request import ReviewRequest
from ...models.review_result import ReviewResult
from ...models.review_service_records_response_400 import ReviewServiceRecordsResponse400
from ...models.review_service_records_response_401 import ReviewServiceRecordsResponse401
from ...models.review_service_records_response_403 import ReviewServiceRecordsResponse403
from ...models.review_service_records_response_404 import ReviewServiceRecordsResponse404
from ...models.review_service_records_response_409 import ReviewServiceRecordsResponse409
from ...models.review_service_records_response_413 import ReviewServiceRecordsResponse413
from ...models.review_service_records_response_422 import ReviewServiceRecordsResponse422
from ...models.review_service_records_response_429 import ReviewServiceRecordsResponse429
from ...models.review_service_records_response_500 import ReviewServiceRecordsResponse500
from ...models.review_service_records_response_502 import ReviewServiceRecordsResponse502
from ...models.review_service_records_response_503 import ReviewServiceRecordsResponse503
from ...models.review_service_records_response_504 import ReviewServiceRecordsResponse504
from ...types import Response


def _get_kwargs(
    *,
    body: ReviewRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/service-records:review",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ReviewResult
    | ReviewServiceRecordsResponse400
    | ReviewServiceRecordsResponse401
    | ReviewServiceRecordsResponse403
    | ReviewServiceRecordsResponse404
    | ReviewServiceRecordsResponse409
    | ReviewServiceRecordsResponse413
    | ReviewServiceRecordsResponse422
    | ReviewServiceRecordsResponse429
    | ReviewServiceRecordsResponse500
    | ReviewServiceRecordsResponse502
    | ReviewServiceRecordsResponse503
    | ReviewServiceRecordsResponse504
    | None
):
    if response.status_code == 200:
        response_200 = ReviewResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ReviewServiceRecordsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ReviewServiceRecordsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ReviewServiceRecordsResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ReviewServiceRecordsResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ReviewServiceRecordsResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ReviewServiceRecordsResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = ReviewServiceRecordsResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ReviewServiceRecordsResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ReviewServiceRecordsResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ReviewServiceRecordsResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ReviewServiceRecordsResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ReviewServiceRecordsResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ReviewResult
    | ReviewServiceRecordsResponse400
    | ReviewServiceRecordsResponse401
    | ReviewServiceRecordsResponse403
    | ReviewServiceRecordsResponse404
    | ReviewServiceRecordsResponse409
    | ReviewServiceRecordsResponse413
    | ReviewServiceRecordsResponse422
    | ReviewServiceRecordsResponse429
    | ReviewServiceRecordsResponse500
    | ReviewServiceRecordsResponse502
    | ReviewServiceRecordsResponse503
    | ReviewServiceRecordsResponse504
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
    body: ReviewRequest,
) -> Response[
    ReviewResult
    | ReviewServiceRecordsResponse400
    | ReviewServiceRecordsResponse401
    | ReviewServiceRecordsResponse403
    | ReviewServiceRecordsResponse404
    | ReviewServiceRecordsResponse409
    | ReviewServiceRecordsResponse413
    | ReviewServiceRecordsResponse422
    | ReviewServiceRecordsResponse429
    | ReviewServiceRecordsResponse500
    | ReviewServiceRecordsResponse502
    | ReviewServiceRecordsResponse503
    | ReviewServiceRecordsResponse504
]:
    """First review (初审) or second review (复核) decisions, in bulk; reviewer and reasons stored

    Args:
        body (ReviewRequest): Decisions of one review stage; all are applied or none (an unknown
            record refuses the batch).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReviewResult | ReviewServiceRecordsResponse400 | ReviewServiceRecordsResponse401 | ReviewServiceRecordsResponse403 | ReviewServiceRecordsResponse404 | ReviewServiceRecordsResponse409 | ReviewServiceRecordsResponse413 | ReviewServiceRecordsResponse422 | ReviewServiceRecordsResponse429 | ReviewServiceRecordsResponse500 | ReviewServiceRecordsResponse502 | ReviewServiceRecordsResponse503 | ReviewServiceRecordsResponse504]
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
    body: ReviewRequest,
) -> (
    ReviewResult
    | ReviewServiceRecordsResponse400
    | ReviewServiceRecordsResponse401
    | ReviewServiceRecordsResponse403
    | ReviewServiceRecordsResponse404
    | ReviewServiceRecordsResponse409
    | ReviewServiceRecordsResponse413
    | ReviewServiceRecordsResponse422
    | ReviewServiceRecordsResponse429
    | ReviewServiceRecordsResponse500
    | ReviewServiceRecordsResponse502
    | ReviewServiceRecordsResponse503
    | ReviewServiceRecordsResponse504
    | None
):
    """First review (初审) or second review (复核) decisions, in bulk; reviewer and reasons stored

    Args:
        body (ReviewRequest): Decisions of one review stage; all are applied or none (an unknown
            record refuses the batch).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ReviewResult | ReviewServiceRecordsResponse400 | ReviewServiceRecordsResponse401 | ReviewServiceRecordsResponse403 | ReviewServiceRecordsResponse404 | ReviewServiceRecordsResponse409 | ReviewServiceRecordsResponse413 | ReviewServiceRecordsResponse422 | ReviewServiceRecordsResponse429 | ReviewServiceRecordsResponse500 | ReviewServiceRecordsResponse502 | ReviewServiceRecordsResponse503 | ReviewServiceRecordsResponse504
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReviewRequest,
) -> Response[
    ReviewResult
    | ReviewServiceRecordsResponse400
    | ReviewServiceRecordsResponse401
    | ReviewServiceRecordsResponse403
    | ReviewServiceRecordsResponse404
    | ReviewServiceRecordsResponse409
    | ReviewServiceRecordsResponse413
    | ReviewServiceRecordsResponse422
    | ReviewServiceRecordsResponse429
    | ReviewServiceRecordsResponse500
    | ReviewServiceRecordsResponse502
    | ReviewServiceRecordsResponse503
    | ReviewServiceRecordsResponse504
]:
    """First review (初审) or second review (复核) decisions, in bulk; reviewer and reasons stored

    Args:
        body (ReviewRequest): Decisions of one review stage; all are applied or none (an unknown
            record refuses the batch).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReviewResult | ReviewServiceRecordsResponse400 | ReviewServiceRecordsResponse401 | ReviewServiceRecordsResponse403 | ReviewServiceRecordsResponse404 | ReviewServiceRecordsResponse409 | ReviewServiceRecordsResponse413 | ReviewServiceRecordsResponse422 | ReviewServiceRecordsResponse429 | ReviewServiceRecordsResponse500 | ReviewServiceRecordsResponse502 | ReviewServiceRecordsResponse503 | ReviewServiceRecordsResponse504]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ReviewRequest,
) -> (
    ReviewResult
    | ReviewServiceRecordsResponse400
    | ReviewServiceRecordsResponse401
    | ReviewServiceRecordsResponse403
    | ReviewServiceRecordsResponse404
    | ReviewServiceRecordsResponse409
    | ReviewServiceRecordsResponse413
    | ReviewServiceRecordsResponse422
    | ReviewServiceRecordsResponse429
    | ReviewServiceRecordsResponse500
    | ReviewServiceRecordsResponse502
    | ReviewServiceRecordsResponse503
    | ReviewServiceRecordsResponse504
    | None
):
    """First review (初审) or second review (复核) decisions, in bulk; reviewer and reasons stored

    Args:
        body (ReviewRequest): Decisions of one review stage; all are applied or none (an unknown
            record refuses the batch).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ReviewResult | ReviewServiceRecordsResponse400 | ReviewServiceRecordsResponse401 | ReviewServiceRecordsResponse403 | ReviewServiceRecordsResponse404 | ReviewServiceRecordsResponse409 | ReviewServiceRecordsResponse413 | ReviewServiceRecordsResponse422 | ReviewServiceRecordsResponse429 | ReviewServiceRecordsResponse500 | ReviewServiceRecordsResponse502 | ReviewServiceRecordsResponse503 | ReviewServiceRecordsResponse504
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
