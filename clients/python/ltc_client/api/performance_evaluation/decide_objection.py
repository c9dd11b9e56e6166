from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.decide_objection_response_400 import DecideObjectionResponse400
from ...models.decide_objection_response_401 import DecideObjectionResponse401
from ...models.decide_objection_response_403 import DecideObjectionResponse403
from ...models.decide_objection_response_404 import DecideObjectionResponse404
from ...models.decide_objection_response_409 import DecideObjectionResponse409
from ...models.decide_objection_response_413 import DecideObjectionResponse413
from ...models.decide_objection_response_422 import DecideObjectionResponse422
from ...models.decide_objection_response_429 import DecideObjectionResponse429
from ...models.decide_objection_response_500 import DecideObjectionResponse500
from ...models.decide_objection_response_502 import DecideObjectionResponse502
from ...models.decide_objection_response_503 import DecideObjectionResponse503
from ...models.decide_objection_response_504 import DecideObjectionResponse504
from ...models.evaluation import Evaluation
from ...models.services_oversight_evaluations_schemas_decision_create import (
    ServicesOversightEvaluationsSchemasDecisionCreate,
)
from ...types import Response


def _get_kwargs(
    evaluation_id: UUID,
    *,
    body: ServicesOversightEvaluationsSchemasDecisionCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/evaluations/{evaluation_id}/objection-decision".format(
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
    DecideObjectionResponse400
    | DecideObjectionResponse401
    | DecideObjectionResponse403
    | DecideObjectionResponse404
    | DecideObjectionResponse409
    | DecideObjectionResponse413
    | DecideObjectionResponse422
    | DecideObjectionResponse429
    | DecideObjectionResponse500
    | DecideObjectionResponse502
    | DecideObjectionResponse503
    | DecideObjectionResponse504
    | Evaluation
    | None
):
    if response.status_code == 200:
        response_200 = Evaluation.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DecideObjectionResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = DecideObjectionResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = DecideObjectionResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = DecideObjectionResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = DecideObjectionResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = DecideObjectionResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = DecideObjectionResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = DecideObjectionResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = DecideObjectionResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = DecideObjectionResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = DecideObjectionResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = DecideObjectionResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DecideObjectionResponse400
    | DecideObjectionResponse401
    | DecideObjectionResponse403
    | DecideObjectionResponse404
    | DecideObjectionResponse409
    | DecideObjectionResponse413
    | DecideObjectionResponse422
    | DecideObjectionResponse429
    | DecideObjectionResponse500
    | DecideObjectionResponse502
    | DecideObjectionResponse503
    | DecideObjectionResponse504
    | Evaluation
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
    body: ServicesOversightEvaluationsSchemasDecisionCreate,
) -> Response[
    DecideObjectionResponse400
    | DecideObjectionResponse401
    | DecideObjectionResponse403
    | DecideObjectionResponse404
    | DecideObjectionResponse409
    | DecideObjectionResponse413
    | DecideObjectionResponse422
    | DecideObjectionResponse429
    | DecideObjectionResponse500
    | DecideObjectionResponse502
    | DecideObjectionResponse503
    | DecideObjectionResponse504
    | Evaluation
]:
    """Decide the objection (re-score when upheld); the evaluation is then final

    Args:
        evaluation_id (UUID):
        body (ServicesOversightEvaluationsSchemasDecisionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DecideObjectionResponse400 | DecideObjectionResponse401 | DecideObjectionResponse403 | DecideObjectionResponse404 | DecideObjectionResponse409 | DecideObjectionResponse413 | DecideObjectionResponse422 | DecideObjectionResponse429 | DecideObjectionResponse500 | DecideObjectionResponse502 | DecideObjectionResponse503 | DecideObjectionResponse504 | Evaluation]
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
    body: ServicesOversightEvaluationsSchemasDecisionCreate,
) -> (
    DecideObjectionResponse400
    | DecideObjectionResponse401
    | DecideObjectionResponse403
    | DecideObjectionResponse404
    | DecideObjectionResponse409
    | DecideObjectionResponse413
    | DecideObjectionResponse422
    | DecideObjectionResponse429
    | DecideObjectionResponse500
    | DecideObjectionResponse502
    | DecideObjectionResponse503
    | DecideObjectionResponse504
    | Evaluation
    | None
):
    """Decide the objection (re-score when upheld); the evaluation is then final

    Args:
        evaluation_id (UUID):
        body (ServicesOversightEvaluationsSchemasDecisionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DecideObjectionResponse400 | DecideObjectionResponse401 | DecideObjectionResponse403 | DecideObjectionResponse404 | DecideObjectionResponse409 | DecideObjectionResponse413 | DecideObjectionResponse422 | DecideObjectionResponse429 | DecideObjectionResponse500 | DecideObjectionResponse502 | DecideObjectionResponse503 | DecideObjectionResponse504 | Evaluation
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
    body: ServicesOversightEvaluationsSchemasDecisionCreate,
) -> Response[
    DecideObjectionResponse400
    | DecideObjectionResponse401
    | DecideObjectionResponse403
    | DecideObjectionResponse404
    | DecideObjectionResponse409
    | DecideObjectionResponse413
    | DecideObjectionResponse422
    | DecideObjectionResponse429
    | DecideObjectionResponse500
    | DecideObjectionResponse502
    | DecideObjectionResponse503
    | DecideObjectionResponse504
    | Evaluation
]:
    """Decide the objection (re-score when upheld); the evaluation is then final

    Args:
        evaluation_id (UUID):
        body (ServicesOversightEvaluationsSchemasDecisionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DecideObjectionResponse400 | DecideObjectionResponse401 | DecideObjectionResponse403 | DecideObjectionResponse404 | DecideObjectionResponse409 | DecideObjectionResponse413 | DecideObjectionResponse422 | DecideObjectionResponse429 | DecideObjectionResponse500 | DecideObjectionResponse502 | DecideObjectionResponse503 | DecideObjectionResponse504 | Evaluation]
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
    body: ServicesOversightEvaluationsSchemasDecisionCreate,
) -> (
    DecideObjectionResponse400
    | DecideObjectionResponse401
    | DecideObjectionResponse403
    | DecideObjectionResponse404
    | DecideObjectionResponse409
    | DecideObjectionResponse413
    | DecideObjectionResponse422
    | DecideObjectionResponse429
    | DecideObjectionResponse500
    | DecideObjectionResponse502
    | DecideObjectionResponse503
    | DecideObjectionResponse504
    | Evaluation
    | None
):
    """Decide the objection (re-score when upheld); the evaluation is then final

    Args:
        evaluation_id (UUID):
        body (ServicesOversightEvaluationsSchemasDecisionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DecideObjectionResponse400 | DecideObjectionResponse401 | DecideObjectionResponse403 | DecideObjectionResponse404 | DecideObjectionResponse409 | DecideObjectionResponse413 | DecideObjectionResponse422 | DecideObjectionResponse429 | DecideObjectionResponse500 | DecideObjectionResponse502 | DecideObjectionResponse503 | DecideObjectionResponse504 | Evaluation
    """

    return (
        await asyncio_detailed(
            evaluation_id=evaluation_id,
            client=client,
            body=body,
        )
    ).parsed
