from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.assign_indicator_response_400 import AssignIndicatorResponse400
from ...models.assign_indicator_response_401 import AssignIndicatorResponse401
from ...models.assign_indicator_response_403 import AssignIndicatorResponse403
from ...models.assign_indicator_response_404 import AssignIndicatorResponse404
from ...models.assign_indicator_response_409 import AssignIndicatorResponse409
from ...models.assign_indicator_response_413 import AssignIndicatorResponse413
from ...models.assign_indicator_response_422 import AssignIndicatorResponse422
from ...models.assign_indicator_response_429 import AssignIndicatorResponse429
from ...models.assign_indicator_response_500 import AssignIndicatorResponse500
from ...models.assign_indicator_response_502 import AssignIndicatorResponse502
from ...models.assign_indicator_response_503 import AssignIndicatorResponse503
from ...models.assign_indicator_response_504 import AssignIndicatorResponse504
from ...models.evaluation import Evaluation
from ...models.services_oversight_evaluations_schemas_assignment_create import (
    ServicesOversightEvaluationsSchemasAssignmentCreate,
)
from ...types import Response


def _get_kwargs(
    evaluation_id: UUID,
    *,
    body: ServicesOversightEvaluationsSchemasAssignmentCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/evaluations/{evaluation_id}/assignments".format(
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
    AssignIndicatorResponse400
    | AssignIndicatorResponse401
    | AssignIndicatorResponse403
    | AssignIndicatorResponse404
    | AssignIndicatorResponse409
    | AssignIndicatorResponse413
    | AssignIndicatorResponse422
    | AssignIndicatorResponse429
    | AssignIndicatorResponse500
    | AssignIndicatorResponse502
    | AssignIndicatorResponse503
    | AssignIndicatorResponse504
    | Evaluation
    | None
):
    if response.status_code == 200:
        response_200 = Evaluation.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = AssignIndicatorResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = AssignIndicatorResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = AssignIndicatorResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = AssignIndicatorResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = AssignIndicatorResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = AssignIndicatorResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = AssignIndicatorResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = AssignIndicatorResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = AssignIndicatorResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = AssignIndicatorResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = AssignIndicatorResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = AssignIndicatorResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AssignIndicatorResponse400
    | AssignIndicatorResponse401
    | AssignIndicatorResponse403
    | AssignIndicatorResponse404
    | AssignIndicatorResponse409
    | AssignIndicatorResponse413
    | AssignIndicatorResponse422
    | AssignIndicatorResponse429
    | AssignIndicatorResponse500
    | AssignIndicatorResponse502
    | AssignIndicatorResponse503
    | AssignIndicatorResponse504
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
    body: ServicesOversightEvaluationsSchemasAssignmentCreate,
) -> Response[
    AssignIndicatorResponse400
    | AssignIndicatorResponse401
    | AssignIndicatorResponse403
    | AssignIndicatorResponse404
    | AssignIndicatorResponse409
    | AssignIndicatorResponse413
    | AssignIndicatorResponse422
    | AssignIndicatorResponse429
    | AssignIndicatorResponse500
    | AssignIndicatorResponse502
    | AssignIndicatorResponse503
    | AssignIndicatorResponse504
    | Evaluation
]:
    """Assign a third-party indicator to an evaluator (第三方)

    Args:
        evaluation_id (UUID):
        body (ServicesOversightEvaluationsSchemasAssignmentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssignIndicatorResponse400 | AssignIndicatorResponse401 | AssignIndicatorResponse403 | AssignIndicatorResponse404 | AssignIndicatorResponse409 | AssignIndicatorResponse413 | AssignIndicatorResponse422 | AssignIndicatorResponse429 | AssignIndicatorResponse500 | AssignIndicatorResponse502 | AssignIndicatorResponse503 | AssignIndicatorResponse504 | Evaluation]
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
    body: ServicesOversightEvaluationsSchemasAssignmentCreate,
) -> (
    AssignIndicatorResponse400
    | AssignIndicatorResponse401
    | AssignIndicatorResponse403
    | AssignIndicatorResponse404
    | AssignIndicatorResponse409
    | AssignIndicatorResponse413
    | AssignIndicatorResponse422
    | AssignIndicatorResponse429
    | AssignIndicatorResponse500
    | AssignIndicatorResponse502
    | AssignIndicatorResponse503
    | AssignIndicatorResponse504
    | Evaluation
    | None
):
    """Assign a third-party indicator to an evaluator (第三方)

    Args:
        evaluation_id (UUID):
        body (ServicesOversightEvaluationsSchemasAssignmentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssignIndicatorResponse400 | AssignIndicatorResponse401 | AssignIndicatorResponse403 | AssignIndicatorResponse404 | AssignIndicatorResponse409 | AssignIndicatorResponse413 | AssignIndicatorResponse422 | AssignIndicatorResponse429 | AssignIndicatorResponse500 | AssignIndicatorResponse502 | AssignIndicatorResponse503 | AssignIndicatorResponse504 | Evaluation
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
    body: ServicesOversightEvaluationsSchemasAssignmentCreate,
) -> Response[
    AssignIndicatorResponse400
    | AssignIndicatorResponse401
    | AssignIndicatorResponse403
    | AssignIndicatorResponse404
    | AssignIndicatorResponse409
    | AssignIndicatorResponse413
    | AssignIndicatorResponse422
    | AssignIndicatorResponse429
    | AssignIndicatorResponse500
    | AssignIndicatorResponse502
    | AssignIndicatorResponse503
    | AssignIndicatorResponse504
    | Evaluation
]:
    """Assign a third-party indicator to an evaluator (第三方)

    Args:
        evaluation_id (UUID):
        body (ServicesOversightEvaluationsSchemasAssignmentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssignIndicatorResponse400 | AssignIndicatorResponse401 | AssignIndicatorResponse403 | AssignIndicatorResponse404 | AssignIndicatorResponse409 | AssignIndicatorResponse413 | AssignIndicatorResponse422 | AssignIndicatorResponse429 | AssignIndicatorResponse500 | AssignIndicatorResponse502 | AssignIndicatorResponse503 | AssignIndicatorResponse504 | Evaluation]
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
    body: ServicesOversightEvaluationsSchemasAssignmentCreate,
) -> (
    AssignIndicatorResponse400
    | AssignIndicatorResponse401
    | AssignIndicatorResponse403
    | AssignIndicatorResponse404
    | AssignIndicatorResponse409
    | AssignIndicatorResponse413
    | AssignIndicatorResponse422
    | AssignIndicatorResponse429
    | AssignIndicatorResponse500
    | AssignIndicatorResponse502
    | AssignIndicatorResponse503
    | AssignIndicatorResponse504
    | Evaluation
    | None
):
    """Assign a third-party indicator to an evaluator (第三方)

    Args:
        evaluation_id (UUID):
        body (ServicesOversightEvaluationsSchemasAssignmentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssignIndicatorResponse400 | AssignIndicatorResponse401 | AssignIndicatorResponse403 | AssignIndicatorResponse404 | AssignIndicatorResponse409 | AssignIndicatorResponse413 | AssignIndicatorResponse422 | AssignIndicatorResponse429 | AssignIndicatorResponse500 | AssignIndicatorResponse502 | AssignIndicatorResponse503 | AssignIndicatorResponse504 | Evaluation
    """

    return (
        await asyncio_detailed(
            evaluation_id=evaluation_id,
            client=client,
            body=body,
        )
    ).parsed
