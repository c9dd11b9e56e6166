from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.evaluation import Evaluation
from ...models.object_to_evaluation_response_400 import ObjectToEvaluationResponse400
from ...models.object_to_evaluation_response_401 import ObjectToEvaluationResponse401
from ...models.object_to_evaluation_response_403 import ObjectToEvaluationResponse403
from ...models.object_to_evaluation_response_404 import ObjectToEvaluationResponse404
from ...models.object_to_evaluation_response_409 import ObjectToEvaluationResponse409
from ...models.object_to_evaluation_response_413 import ObjectToEvaluationResponse413
from ...models.object_to_evaluation_response_422 import ObjectToEvaluationResponse422
from ...models.object_to_evaluation_response_429 import ObjectToEvaluationResponse429
from ...models.object_to_evaluation_response_500 import ObjectToEvaluationResponse500
from ...models.object_to_evaluation_response_502 import ObjectToEvaluationResponse502
from ...models.object_to_evaluation_response_503 import ObjectToEvaluationResponse503
from ...models.object_to_evaluation_response_504 import ObjectToEvaluationResponse504
from ...models.oversight_objection_create import OversightObjectionCreate
from ...types import Response


def _get_kwargs(
    evaluation_id: UUID,
    *,
    body: OversightObjectionCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/evaluations/{evaluation_id}/objections".format(
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
    | ObjectToEvaluationResponse400
    | ObjectToEvaluationResponse401
    | ObjectToEvaluationResponse403
    | ObjectToEvaluationResponse404
    | ObjectToEvaluationResponse409
    | ObjectToEvaluationResponse413
    | ObjectToEvaluationResponse422
    | ObjectToEvaluationResponse429
    | ObjectToEvaluationResponse500
    | ObjectToEvaluationResponse502
    | ObjectToEvaluationResponse503
    | ObjectToEvaluationResponse504
    | None
):
    if response.status_code == 201:
        response_201 = Evaluation.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ObjectToEvaluationResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ObjectToEvaluationResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ObjectToEvaluationResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ObjectToEvaluationResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ObjectToEvaluationResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ObjectToEvaluationResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = ObjectToEvaluationResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ObjectToEvaluationResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ObjectToEvaluationResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ObjectToEvaluationResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ObjectToEvaluationResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ObjectToEvaluationResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Evaluation
    | ObjectToEvaluationResponse400
    | ObjectToEvaluationResponse401
    | ObjectToEvaluationResponse403
    | ObjectToEvaluationResponse404
    | ObjectToEvaluationResponse409
    | ObjectToEvaluationResponse413
    | ObjectToEvaluationResponse422
    | ObjectToEvaluationResponse429
    | ObjectToEvaluationResponse500
    | ObjectToEvaluationResponse502
    | ObjectToEvaluationResponse503
    | ObjectToEvaluationResponse504
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
    body: OversightObjectionCreate,
) -> Response[
    Evaluation
    | ObjectToEvaluationResponse400
    | ObjectToEvaluationResponse401
    | ObjectToEvaluationResponse403
    | ObjectToEvaluationResponse404
    | ObjectToEvaluationResponse409
    | ObjectToEvaluationResponse413
    | ObjectToEvaluationResponse422
    | ObjectToEvaluationResponse429
    | ObjectToEvaluationResponse500
    | ObjectToEvaluationResponse502
    | ObjectToEvaluationResponse503
    | ObjectToEvaluationResponse504
]:
    """Object to a published evaluation of oneself within the window (异议)

     409 ``OBJECTION_WINDOW_CLOSED`` after ``objection_until``; another's evaluation is 404.

    Args:
        evaluation_id (UUID):
        body (OversightObjectionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Evaluation | ObjectToEvaluationResponse400 | ObjectToEvaluationResponse401 | ObjectToEvaluationResponse403 | ObjectToEvaluationResponse404 | ObjectToEvaluationResponse409 | ObjectToEvaluationResponse413 | ObjectToEvaluationResponse422 | ObjectToEvaluationResponse429 | ObjectToEvaluationResponse500 | ObjectToEvaluationResponse502 | ObjectToEvaluationResponse503 | ObjectToEvaluationResponse504]
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
    body: OversightObjectionCreate,
) -> (
    Evaluation
    | ObjectToEvaluationResponse400
    | ObjectToEvaluationResponse401
    | ObjectToEvaluationResponse403
    | ObjectToEvaluationResponse404
    | ObjectToEvaluationResponse409
    | ObjectToEvaluationResponse413
    | ObjectToEvaluationResponse422
    | ObjectToEvaluationResponse429
    | ObjectToEvaluationResponse500
    | ObjectToEvaluationResponse502
    | ObjectToEvaluationResponse503
    | ObjectToEvaluationResponse504
    | None
):
    """Object to a published evaluation of oneself within the window (异议)

     409 ``OBJECTION_WINDOW_CLOSED`` after ``objection_until``; another's evaluation is 404.

    Args:
        evaluation_id (UUID):
        body (OversightObjectionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Evaluation | ObjectToEvaluationResponse400 | ObjectToEvaluationResponse401 | ObjectToEvaluationResponse403 | ObjectToEvaluationResponse404 | ObjectToEvaluationResponse409 | ObjectToEvaluationResponse413 | ObjectToEvaluationResponse422 | ObjectToEvaluationResponse429 | ObjectToEvaluationResponse500 | ObjectToEvaluationResponse502 | ObjectToEvaluationResponse503 | ObjectToEvaluationResponse504
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
    body: OversightObjectionCreate,
) -> Response[
    Evaluation
    | ObjectToEvaluationResponse400
    | ObjectToEvaluationResponse401
    | ObjectToEvaluationResponse403
    | ObjectToEvaluationResponse404
    | ObjectToEvaluationResponse409
    | ObjectToEvaluationResponse413
    | ObjectToEvaluationResponse422
    | ObjectToEvaluationResponse429
    | ObjectToEvaluationResponse500
    | ObjectToEvaluationResponse502
    | ObjectToEvaluationResponse503
    | ObjectToEvaluationResponse504
]:
    """Object to a published evaluation of oneself within the window (异议)

     409 ``OBJECTION_WINDOW_CLOSED`` after ``objection_until``; another's evaluation is 404.

    Args:
        evaluation_id (UUID):
        body (OversightObjectionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Evaluation | ObjectToEvaluationResponse400 | ObjectToEvaluationResponse401 | ObjectToEvaluationResponse403 | ObjectToEvaluationResponse404 | ObjectToEvaluationResponse409 | ObjectToEvaluationResponse413 | ObjectToEvaluationResponse422 | ObjectToEvaluationResponse429 | ObjectToEvaluationResponse500 | ObjectToEvaluationResponse502 | ObjectToEvaluationResponse503 | ObjectToEvaluationResponse504]
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
    body: OversightObjectionCreate,
) -> (
    Evaluation
    | ObjectToEvaluationResponse400
    | ObjectToEvaluationResponse401
    | ObjectToEvaluationResponse403
    | ObjectToEvaluationResponse404
    | ObjectToEvaluationResponse409
    | ObjectToEvaluationResponse413
    | ObjectToEvaluationResponse422
    | ObjectToEvaluationResponse429
    | ObjectToEvaluationResponse500
    | ObjectToEvaluationResponse502
    | ObjectToEvaluationResponse503
    | ObjectToEvaluationResponse504
    | None
):
    """Object to a published evaluation of oneself within the window (异议)

     409 ``OBJECTION_WINDOW_CLOSED`` after ``objection_until``; another's evaluation is 404.

    Args:
        evaluation_id (UUID):
        body (OversightObjectionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Evaluation | ObjectToEvaluationResponse400 | ObjectToEvaluationResponse401 | ObjectToEvaluationResponse403 | ObjectToEvaluationResponse404 | ObjectToEvaluationResponse409 | ObjectToEvaluationResponse413 | ObjectToEvaluationResponse422 | ObjectToEvaluationResponse429 | ObjectToEvaluationResponse500 | ObjectToEvaluationResponse502 | ObjectToEvaluationResponse503 | ObjectToEvaluationResponse504
    """

    return (
        await asyncio_detailed(
            evaluation_id=evaluation_id,
            client=client,
            body=body,
        )
    ).parsed
