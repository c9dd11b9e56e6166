from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.evaluation import Evaluation
from ...models.step_create import StepCreate
from ...models.total_evaluation_response_400 import TotalEvaluationResponse400
from ...models.total_evaluation_response_401 import TotalEvaluationResponse401
from ...models.total_evaluation_response_403 import TotalEvaluationResponse403
from ...models.total_evaluation_response_404 import TotalEvaluationResponse404
from ...models.total_evaluation_response_409 import TotalEvaluationResponse409
from ...models.total_evaluation_response_413 import TotalEvaluationResponse413
from ...models.total_evaluation_response_422 import TotalEvaluationResponse422
from ...models.total_evaluation_response_429 import TotalEvaluationResponse429
from ...models.total_evaluation_response_500 import TotalEvaluationResponse500
from ...models.total_evaluation_response_502 import TotalEvaluationResponse502
from ...models.total_evaluation_response_503 import TotalEvaluationResponse503
from ...models.total_evaluation_response_504 import TotalEvaluationResponse504
from ...types import UNSET, Response, Unset


def _get_kwargs(
    evaluation_id: UUID,
    *,
    body: None | StepCreate | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/evaluations/{evaluation_id}:total".format(
            evaluation_id=quote(str(evaluation_id), safe=""),
        ),
    }

    if isinstance(body, StepCreate):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Evaluation
    | TotalEvaluationResponse400
    | TotalEvaluationResponse401
    | TotalEvaluationResponse403
    | TotalEvaluationResponse404
    | TotalEvaluationResponse409
    | TotalEvaluationResponse413
    | TotalEvaluationResponse422
    | TotalEvaluationResponse429
    | TotalEvaluationResponse500
    | TotalEvaluationResponse502
    | TotalEvaluationResponse503
    | TotalEvaluationResponse504
    | None
):
    if response.status_code == 200:
        response_200 = Evaluation.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = TotalEvaluationResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = TotalEvaluationResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = TotalEvaluationResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = TotalEvaluationResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = TotalEvaluationResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = TotalEvaluationResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = TotalEvaluationResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = TotalEvaluationResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = TotalEvaluationResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = TotalEvaluationResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = TotalEvaluationResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = TotalEvaluationResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Evaluation
    | TotalEvaluationResponse400
    | TotalEvaluationResponse401
    | TotalEvaluationResponse403
    | TotalEvaluationResponse404
    | TotalEvaluationResponse409
    | TotalEvaluationResponse413
    | TotalEvaluationResponse422
    | TotalEvaluationResponse429
    | TotalEvaluationResponse500
    | TotalEvaluationResponse502
    | TotalEvaluationResponse503
    | TotalEvaluationResponse504
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
    body: None | StepCreate | Unset = UNSET,
) -> Response[
    Evaluation
    | TotalEvaluationResponse400
    | TotalEvaluationResponse401
    | TotalEvaluationResponse403
    | TotalEvaluationResponse404
    | TotalEvaluationResponse409
    | TotalEvaluationResponse413
    | TotalEvaluationResponse422
    | TotalEvaluationResponse429
    | TotalEvaluationResponse500
    | TotalEvaluationResponse502
    | TotalEvaluationResponse503
    | TotalEvaluationResponse504
]:
    """Total the scores: the grade and its consequences

     409 ``EVALUATION_INCOMPLETE`` naming the indicators without a score (``missing``).

    Args:
        evaluation_id (UUID):
        body (None | StepCreate | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Evaluation | TotalEvaluationResponse400 | TotalEvaluationResponse401 | TotalEvaluationResponse403 | TotalEvaluationResponse404 | TotalEvaluationResponse409 | TotalEvaluationResponse413 | TotalEvaluationResponse422 | TotalEvaluationResponse429 | TotalEvaluationResponse500 | TotalEvaluationResponse502 | TotalEvaluationResponse503 | TotalEvaluationResponse504]
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
    body: None | StepCreate | Unset = UNSET,
) -> (
    Evaluation
    | TotalEvaluationResponse400
    | TotalEvaluationResponse401
    | TotalEvaluationResponse403
    | TotalEvaluationResponse404
    | TotalEvaluationResponse409
    | TotalEvaluationResponse413
    | TotalEvaluationResponse422
    | TotalEvaluationResponse429
    | TotalEvaluationResponse500
    | TotalEvaluationResponse502
    | TotalEvaluationResponse503
    | TotalEvaluationResponse504
    | None
):
    """Total the scores: the grade and its consequences

     409 ``EVALUATION_INCOMPLETE`` naming the indicators without a score (``missing``).

    Args:
        evaluation_id (UUID):
        body (None | StepCreate | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Evaluation | TotalEvaluationResponse400 | TotalEvaluationResponse401 | TotalEvaluationResponse403 | TotalEvaluationResponse404 | TotalEvaluationResponse409 | TotalEvaluationResponse413 | TotalEvaluationResponse422 | TotalEvaluationResponse429 | TotalEvaluationResponse500 | TotalEvaluationResponse502 | TotalEvaluationResponse503 | TotalEvaluationResponse504
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
    body: None | StepCreate | Unset = UNSET,
) -> Response[
    Evaluation
    | TotalEvaluationResponse400
    | TotalEvaluationResponse401
    | TotalEvaluationResponse403
    | TotalEvaluationResponse404
    | TotalEvaluationResponse409
    | TotalEvaluationResponse413
    | TotalEvaluationResponse422
    | TotalEvaluationResponse429
    | TotalEvaluationResponse500
    | TotalEvaluationResponse502
    | TotalEvaluationResponse503
    | TotalEvaluationResponse504
]:
    """Total the scores: the grade and its consequences

     409 ``EVALUATION_INCOMPLETE`` naming the indicators without a score (``missing``).

    Args:
        evaluation_id (UUID):
        body (None | StepCreate | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Evaluation | TotalEvaluationResponse400 | TotalEvaluationResponse401 | TotalEvaluationResponse403 | TotalEvaluationResponse404 | TotalEvaluationResponse409 | TotalEvaluationResponse413 | TotalEvaluationResponse422 | TotalEvaluationResponse429 | TotalEvaluationResponse500 | TotalEvaluationResponse502 | TotalEvaluationResponse503 | TotalEvaluationResponse504]
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
    body: None | StepCreate | Unset = UNSET,
) -> (
    Evaluation
    | TotalEvaluationResponse400
    | TotalEvaluationResponse401
    | TotalEvaluationResponse403
    | TotalEvaluationResponse404
    | TotalEvaluationResponse409
    | TotalEvaluationResponse413
    | TotalEvaluationResponse422
    | TotalEvaluationResponse429
    | TotalEvaluationResponse500
    | TotalEvaluationResponse502
    | TotalEvaluationResponse503
    | TotalEvaluationResponse504
    | None
):
    """Total the scores: the grade and its consequences

     409 ``EVALUATION_INCOMPLETE`` naming the indicators without a score (``missing``).

    Args:
        evaluation_id (UUID):
        body (None | StepCreate | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Evaluation | TotalEvaluationResponse400 | TotalEvaluationResponse401 | TotalEvaluationResponse403 | TotalEvaluationResponse404 | TotalEvaluationResponse409 | TotalEvaluationResponse413 | TotalEvaluationResponse422 | TotalEvaluationResponse429 | TotalEvaluationResponse500 | TotalEvaluationResponse502 | TotalEvaluationResponse503 | TotalEvaluationResponse504
    """

    return (
        await asyncio_detailed(
            evaluation_id=evaluation_id,
            client=client,
            body=body,
        )
    ).parsed
