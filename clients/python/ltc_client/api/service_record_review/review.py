from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.review_request import ReviewRequest
from ...models.review_response_400 import ReviewResponse400
from ...models.review_response_401 import ReviewResponse401
from ...models.review_response_403 import ReviewResponse403
from ...models.review_response_404 import ReviewResponse404
from ...models.review_response_409 import ReviewResponse409
from ...models.review_response_413 import ReviewResponse413
from ...models.review_response_422 import ReviewResponse422
from ...models.review_response_429 import ReviewResponse429
from ...models.review_response_500 import ReviewResponse500
from ...models.review_response_502 import ReviewResponse502
from ...models.review_response_503 import ReviewResponse503
from ...models.review_response_504 import ReviewResponse504
from ...models.review_result import ReviewResult
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
    ReviewResponse400
    | ReviewResponse401
    | ReviewResponse403
    | ReviewResponse404
    | ReviewResponse409
    | ReviewResponse413
    | ReviewResponse422
    | ReviewResponse429
    | ReviewResponse500
    | ReviewResponse502
    | ReviewResponse503
    | ReviewResponse504
    | ReviewResult
    | None
):
    if response.status_code == 200:
        response_200 = ReviewResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ReviewResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ReviewResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ReviewResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ReviewResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ReviewResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ReviewResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = ReviewResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ReviewResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ReviewResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ReviewResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ReviewResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ReviewResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ReviewResponse400
    | ReviewResponse401
    | ReviewResponse403
    | ReviewResponse404
    | ReviewResponse409
    | ReviewResponse413
    | ReviewResponse422
    | ReviewResponse429
    | ReviewResponse500
    | ReviewResponse502
    | ReviewResponse503
    | ReviewResponse504
    | ReviewResult
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
    ReviewResponse400
    | ReviewResponse401
    | ReviewResponse403
    | ReviewResponse404
    | ReviewResponse409
    | ReviewResponse413
    | ReviewResponse422
    | ReviewResponse429
    | ReviewResponse500
    | ReviewResponse502
    | ReviewResponse503
    | ReviewResponse504
    | ReviewResult
]:
    """First review (初审) or second review (复核) decisions, in bulk; reviewer and reasons stored

    Args:
        body (ReviewRequest): Decisions of one review stage; all are applied or none (an unknown
            record refuses the batch).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReviewResponse400 | ReviewResponse401 | ReviewResponse403 | ReviewResponse404 | ReviewResponse409 | ReviewResponse413 | ReviewResponse422 | ReviewResponse429 | ReviewResponse500 | ReviewResponse502 | ReviewResponse503 | ReviewResponse504 | ReviewResult]
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
    ReviewResponse400
    | ReviewResponse401
    | ReviewResponse403
    | ReviewResponse404
    | ReviewResponse409
    | ReviewResponse413
    | ReviewResponse422
    | ReviewResponse429
    | ReviewResponse500
    | ReviewResponse502
    | ReviewResponse503
    | ReviewResponse504
    | ReviewResult
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
        ReviewResponse400 | ReviewResponse401 | ReviewResponse403 | ReviewResponse404 | ReviewResponse409 | ReviewResponse413 | ReviewResponse422 | ReviewResponse429 | ReviewResponse500 | ReviewResponse502 | ReviewResponse503 | ReviewResponse504 | ReviewResult
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
    ReviewResponse400
    | ReviewResponse401
    | ReviewResponse403
    | ReviewResponse404
    | ReviewResponse409
    | ReviewResponse413
    | ReviewResponse422
    | ReviewResponse429
    | ReviewResponse500
    | ReviewResponse502
    | ReviewResponse503
    | ReviewResponse504
    | ReviewResult
]:
    """First review (初审) or second review (复核) decisions, in bulk; reviewer and reasons stored

    Args:
        body (ReviewRequest): Decisions of one review stage; all are applied or none (an unknown
            record refuses the batch).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReviewResponse400 | ReviewResponse401 | ReviewResponse403 | ReviewResponse404 | ReviewResponse409 | ReviewResponse413 | ReviewResponse422 | ReviewResponse429 | ReviewResponse500 | ReviewResponse502 | ReviewResponse503 | ReviewResponse504 | ReviewResult]
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
    ReviewResponse400
    | ReviewResponse401
    | ReviewResponse403
    | ReviewResponse404
    | ReviewResponse409
    | ReviewResponse413
    | ReviewResponse422
    | ReviewResponse429
    | ReviewResponse500
    | ReviewResponse502
    | ReviewResponse503
    | ReviewResponse504
    | ReviewResult
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
        ReviewResponse400 | ReviewResponse401 | ReviewResponse403 | ReviewResponse404 | ReviewResponse409 | ReviewResponse413 | ReviewResponse422 | ReviewResponse429 | ReviewResponse500 | ReviewResponse502 | ReviewResponse503 | ReviewResponse504 | ReviewResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
