from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.evaluation import Evaluation
from ...models.oversight_score_create import OversightScoreCreate
from ...models.score_indicator_response_400 import ScoreIndicatorResponse400
from ...models.score_indicator_response_401 import ScoreIndicatorResponse401
from ...models.score_indicator_response_403 import ScoreIndicatorResponse403
from ...models.score_indicator_response_404 import ScoreIndicatorResponse404
from ...models.score_indicator_response_409 import ScoreIndicatorResponse409
from ...models.score_indicator_response_413 import ScoreIndicatorResponse413
from ...models.score_indicator_response_422 import ScoreIndicatorResponse422
from ...models.score_indicator_response_429 import ScoreIndicatorResponse429
from ...models.score_indicator_response_500 import ScoreIndicatorResponse500
from ...models.score_indicator_response_502 import ScoreIndicatorResponse502
from ...models.score_indicator_response_503 import ScoreIndicatorResponse503
from ...models.score_indicator_response_504 import ScoreIndicatorResponse504
from ...types import Response


def _get_kwargs(
    evaluation_id: UUID,
    *,
    body: OversightScoreCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/evaluations/{evaluation_id}/scores".format(
            evaluation_id=quote(str(evaluation_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Evaluation
    | ScoreIndicatorResponse400
    | ScoreIndicatorResponse401
    | ScoreIndicatorResponse403
    | ScoreIndicatorResponse404
    | ScoreIndicatorResponse409
    | ScoreIndicatorResponse413
    | ScoreIndicatorResponse422
    | ScoreIndicatorResponse429
    | ScoreIndicatorResponse500
    | ScoreIndicatorResponse502
    | ScoreIndicatorResponse503
    | ScoreIndicatorResponse504
    | None
):
    if response.status_code == 200:
        response_200 = Evaluation.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ScoreIndicatorResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ScoreIndicatorResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ScoreIndicatorResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ScoreIndicatorResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ScoreIndicatorResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ScoreIndicatorResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = ScoreIndicatorResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ScoreIndicatorResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ScoreIndicatorResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ScoreIndicatorResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ScoreIndicatorResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ScoreIndicatorResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Evaluation
    | ScoreIndicatorResponse400
    | ScoreIndicatorResponse401
    | ScoreIndicatorResponse403
    | ScoreIndicatorResponse404
    | ScoreIndicatorResponse409
    | ScoreIndicatorResponse413
    | ScoreIndicatorResponse422
    | ScoreIndicatorResponse429
    | ScoreIndicatorResponse500
    | ScoreIndicatorResponse502
    | ScoreIndicatorResponse503
    | ScoreIndicatorResponse504
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    evaluation_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: OversightScoreCreate,
) -> Response[
    Evaluation
    | ScoreIndicatorResponse400
    | ScoreIndicatorResponse401
    | ScoreIndicatorResponse403
    | ScoreIndicatorResponse404
    | ScoreIndicatorResponse409
    | ScoreIndicatorResponse413
    | ScoreIndicatorResponse422
    | ScoreIndicatorResponse429
    | ScoreIndicatorResponse500
    | ScoreIndicatorResponse502
    | ScoreIndicatorResponse503
    | ScoreIndicatorResponse504
]:
    """Score an indicator: the bureau a manual one, an evaluator a third-party one assigned to it

     422 ``INDICATOR_UNKNOWN``, ``INDICATOR_SOURCE_MISMATCH``; 403 ``INDICATOR_NOT_ASSIGNED``; an
    evaluator sees only the evaluations assigned to it (others are 404).

    Args:
        evaluation_id (UUID):
        body (OversightScoreCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Evaluation | ScoreIndicatorResponse400 | ScoreIndicatorResponse401 | ScoreIndicatorResponse403 | ScoreIndicatorResponse404 | ScoreIndicatorResponse409 | ScoreIndicatorResponse413 | ScoreIndicatorResponse422 | ScoreIndicatorResponse429 | ScoreIndicatorResponse500 | ScoreIndicatorResponse502 | ScoreIndicatorResponse503 | ScoreIndicatorResponse504]
    """

    kwargs = _get_kwargs(
        evaluation_id=evaluation_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    evaluation_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: OversightScoreCreate,
) -> (
    Evaluation
    | ScoreIndicatorResponse400
    | ScoreIndicatorResponse401
    | ScoreIndicatorResponse403
    | ScoreIndicatorResponse404
    | ScoreIndicatorResponse409
    | ScoreIndicatorResponse413
    | ScoreIndicatorResponse422
    | ScoreIndicatorResponse429
    | ScoreIndicatorResponse500
    | ScoreIndicatorResponse502
    | ScoreIndicatorResponse503
    | ScoreIndicatorResponse504
    | None
):
    """Score an indicator: the bureau a manual one, an evaluator a third-party one assigned to it

     422 ``INDICATOR_UNKNOWN``, ``INDICATOR_SOURCE_MISMATCH``; 403 ``INDICATOR_NOT_ASSIGNED``; an
    evaluator sees only the evaluations assigned to it (others are 404).

    Args:
        evaluation_id (UUID):
        body (OversightScoreCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Evaluation | ScoreIndicatorResponse400 | ScoreIndicatorResponse401 | ScoreIndicatorResponse403 | ScoreIndicatorResponse404 | ScoreIndicatorResponse409 | ScoreIndicatorResponse413 | ScoreIndicatorResponse422 | ScoreIndicatorResponse429 | ScoreIndicatorResponse500 | ScoreIndicatorResponse502 | ScoreIndicatorResponse503 | ScoreIndicatorResponse504
    """

    return sync_detailed(
        evaluation_id=evaluation_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    evaluation_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: OversightScoreCreate,
) -> Response[
    Evaluation
    | ScoreIndicatorResponse400
    | ScoreIndicatorResponse401
    | ScoreIndicatorResponse403
    | ScoreIndicatorResponse404
    | ScoreIndicatorResponse409
    | ScoreIndicatorResponse413
    | ScoreIndicatorResponse422
    | ScoreIndicatorResponse429
    | ScoreIndicatorResponse500
    | ScoreIndicatorResponse502
    | ScoreIndicatorResponse503
    | ScoreIndicatorResponse504
]:
    """Score an indicator: the bureau a manual one, an evaluator a third-party one assigned to it

     422 ``INDICATOR_UNKNOWN``, ``INDICATOR_SOURCE_MISMATCH``; 403 ``INDICATOR_NOT_ASSIGNED``; an
    evaluator sees only the evaluations assigned to it (others are 404).

    Args:
        evaluation_id (UUID):
        body (OversightScoreCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Evaluation | ScoreIndicatorResponse400 | ScoreIndicatorResponse401 | ScoreIndicatorResponse403 | ScoreIndicatorResponse404 | ScoreIndicatorResponse409 | ScoreIndicatorResponse413 | ScoreIndicatorResponse422 | ScoreIndicatorResponse429 | ScoreIndicatorResponse500 | ScoreIndicatorResponse502 | ScoreIndicatorResponse503 | ScoreIndicatorResponse504]
    """

    kwargs = _get_kwargs(
        evaluation_id=evaluation_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    evaluation_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: OversightScoreCreate,
) -> (
    Evaluation
    | ScoreIndicatorResponse400
    | ScoreIndicatorResponse401
    | ScoreIndicatorResponse403
    | ScoreIndicatorResponse404
    | ScoreIndicatorResponse409
    | ScoreIndicatorResponse413
    | ScoreIndicatorResponse422
    | ScoreIndicatorResponse429
    | ScoreIndicatorResponse500
    | ScoreIndicatorResponse502
    | ScoreIndicatorResponse503
    | ScoreIndicatorResponse504
    | None
):
    """Score an indicator: the bureau a manual one, an evaluator a third-party one assigned to it

     422 ``INDICATOR_UNKNOWN``, ``INDICATOR_SOURCE_MISMATCH``; 403 ``INDICATOR_NOT_ASSIGNED``; an
    evaluator sees only the evaluations assigned to it (others are 404).

    Args:
        evaluation_id (UUID):
        body (OversightScoreCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Evaluation | ScoreIndicatorResponse400 | ScoreIndicatorResponse401 | ScoreIndicatorResponse403 | ScoreIndicatorResponse404 | ScoreIndicatorResponse409 | ScoreIndicatorResponse413 | ScoreIndicatorResponse422 | ScoreIndicatorResponse429 | ScoreIndicatorResponse500 | ScoreIndicatorResponse502 | ScoreIndicatorResponse503 | ScoreIndicatorResponse504
    """

    return (
        await asyncio_detailed(
            evaluation_id=evaluation_id,
            client=client,
            body=body,
        )
    ).parsed
