from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.evaluation import Evaluation
from ...models.finalize_evaluation_response_400 import FinalizeEvaluationResponse400
from ...models.finalize_evaluation_response_401 import FinalizeEvaluationResponse401
from ...models.finalize_evaluation_response_403 import FinalizeEvaluationResponse403
from ...models.finalize_evaluation_response_404 import FinalizeEvaluationResponse404
from ...models.finalize_evaluation_response_409 import FinalizeEvaluationResponse409
from ...models.finalize_evaluation_response_413 import FinalizeEvaluationResponse413
from ...models.finalize_evaluation_response_422 import FinalizeEvaluationResponse422
from ...models.finalize_evaluation_response_429 import FinalizeEvaluationResponse429
from ...models.finalize_evaluation_response_500 import FinalizeEvaluationResponse500
from ...models.finalize_evaluation_response_502 import FinalizeEvaluationResponse502
from ...models.finalize_evaluation_response_503 import FinalizeEvaluationResponse503
from ...models.finalize_evaluation_response_504 import FinalizeEvaluationResponse504
from ...models.step_create import StepCreate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    evaluation_id: UUID,
    *,
    body: None | StepCreate | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/evaluations/{evaluation_id}:finalize".format(
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
    | FinalizeEvaluationResponse400
    | FinalizeEvaluationResponse401
    | FinalizeEvaluationResponse403
    | FinalizeEvaluationResponse404
    | FinalizeEvaluationResponse409
    | FinalizeEvaluationResponse413
    | FinalizeEvaluationResponse422
    | FinalizeEvaluationResponse429
    | FinalizeEvaluationResponse500
    | FinalizeEvaluationResponse502
    | FinalizeEvaluationResponse503
    | FinalizeEvaluationResponse504
    | None
):
    if response.status_code == 200:
        response_200 = Evaluation.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = FinalizeEvaluationResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = FinalizeEvaluationResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = FinalizeEvaluationResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = FinalizeEvaluationResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = FinalizeEvaluationResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = FinalizeEvaluationResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = FinalizeEvaluationResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = FinalizeEvaluationResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = FinalizeEvaluationResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = FinalizeEvaluationResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = FinalizeEvaluationResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = FinalizeEvaluationResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Evaluation
    | FinalizeEvaluationResponse400
    | FinalizeEvaluationResponse401
    | FinalizeEvaluationResponse403
    | FinalizeEvaluationResponse404
    | FinalizeEvaluationResponse409
    | FinalizeEvaluationResponse413
    | FinalizeEvaluationResponse422
    | FinalizeEvaluationResponse429
    | FinalizeEvaluationResponse500
    | FinalizeEvaluationResponse502
    | FinalizeEvaluationResponse503
    | FinalizeEvaluationResponse504
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
    | FinalizeEvaluationResponse400
    | FinalizeEvaluationResponse401
    | FinalizeEvaluationResponse403
    | FinalizeEvaluationResponse404
    | FinalizeEvaluationResponse409
    | FinalizeEvaluationResponse413
    | FinalizeEvaluationResponse422
    | FinalizeEvaluationResponse429
    | FinalizeEvaluationResponse500
    | FinalizeEvaluationResponse502
    | FinalizeEvaluationResponse503
    | FinalizeEvaluationResponse504
]:
    """Make a published evaluation final once its objection window passed without objection

     409 ``OBJECTION_WINDOW_OPEN`` until the window has passed. Announces ``evaluation.finalized``.

    Args:
        evaluation_id (UUID):
        body (None | StepCreate | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Evaluation | FinalizeEvaluationResponse400 | FinalizeEvaluationResponse401 | FinalizeEvaluationResponse403 | FinalizeEvaluationResponse404 | FinalizeEvaluationResponse409 | FinalizeEvaluationResponse413 | FinalizeEvaluationResponse422 | FinalizeEvaluationResponse429 | FinalizeEvaluationResponse500 | FinalizeEvaluationResponse502 | FinalizeEvaluationResponse503 | FinalizeEvaluationResponse504]
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
    | FinalizeEvaluationResponse400
    | FinalizeEvaluationResponse401
    | FinalizeEvaluationResponse403
    | FinalizeEvaluationResponse404
    | FinalizeEvaluationResponse409
    | FinalizeEvaluationResponse413
    | FinalizeEvaluationResponse422
    | FinalizeEvaluationResponse429
    | FinalizeEvaluationResponse500
    | FinalizeEvaluationResponse502
    | FinalizeEvaluationResponse503
    | FinalizeEvaluationResponse504
    | None
):
    """Make a published evaluation final once its objection window passed without objection

     409 ``OBJECTION_WINDOW_OPEN`` until the window has passed. Announces ``evaluation.finalized``.

    Args:
        evaluation_id (UUID):
        body (None | StepCreate | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Evaluation | FinalizeEvaluationResponse400 | FinalizeEvaluationResponse401 | FinalizeEvaluationResponse403 | FinalizeEvaluationResponse404 | FinalizeEvaluationResponse409 | FinalizeEvaluationResponse413 | FinalizeEvaluationResponse422 | FinalizeEvaluationResponse429 | FinalizeEvaluationResponse500 | FinalizeEvaluationResponse502 | FinalizeEvaluationResponse503 | FinalizeEvaluationResponse504
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
    | FinalizeEvaluationResponse400
    | FinalizeEvaluationResponse401
    | FinalizeEvaluationResponse403
    | FinalizeEvaluationResponse404
    | FinalizeEvaluationResponse409
    | FinalizeEvaluationResponse413
    | FinalizeEvaluationResponse422
    | FinalizeEvaluationResponse429
    | FinalizeEvaluationResponse500
    | FinalizeEvaluationResponse502
    | FinalizeEvaluationResponse503
    | FinalizeEvaluationResponse504
]:
    """Make a published evaluation final once its objection window passed without objection

     409 ``OBJECTION_WINDOW_OPEN`` until the window has passed. Announces ``evaluation.finalized``.

    Args:
        evaluation_id (UUID):
        body (None | StepCreate | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Evaluation | FinalizeEvaluationResponse400 | FinalizeEvaluationResponse401 | FinalizeEvaluationResponse403 | FinalizeEvaluationResponse404 | FinalizeEvaluationResponse409 | FinalizeEvaluationResponse413 | FinalizeEvaluationResponse422 | FinalizeEvaluationResponse429 | FinalizeEvaluationResponse500 | FinalizeEvaluationResponse502 | FinalizeEvaluationResponse503 | FinalizeEvaluationResponse504]
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
    | FinalizeEvaluationResponse400
    | FinalizeEvaluationResponse401
    | FinalizeEvaluationResponse403
    | FinalizeEvaluationResponse404
    | FinalizeEvaluationResponse409
    | FinalizeEvaluationResponse413
    | FinalizeEvaluationResponse422
    | FinalizeEvaluationResponse429
    | FinalizeEvaluationResponse500
    | FinalizeEvaluationResponse502
    | FinalizeEvaluationResponse503
    | FinalizeEvaluationResponse504
    | None
):
    """Make a published evaluation final once its objection window passed without objection

     409 ``OBJECTION_WINDOW_OPEN`` until the window has passed. Announces ``evaluation.finalized``.

    Args:
        evaluation_id (UUID):
        body (None | StepCreate | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Evaluation | FinalizeEvaluationResponse400 | FinalizeEvaluationResponse401 | FinalizeEvaluationResponse403 | FinalizeEvaluationResponse404 | FinalizeEvaluationResponse409 | FinalizeEvaluationResponse413 | FinalizeEvaluationResponse422 | FinalizeEvaluationResponse429 | FinalizeEvaluationResponse500 | FinalizeEvaluationResponse502 | FinalizeEvaluationResponse503 | FinalizeEvaluationResponse504
    """

    return (
        await asyncio_detailed(
            evaluation_id=evaluation_id,
            client=client,
            body=body,
        )
    ).parsed
