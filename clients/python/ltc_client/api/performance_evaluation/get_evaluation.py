from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.evaluation import Evaluation
from ...models.get_evaluation_response_400 import GetEvaluationResponse400
from ...models.get_evaluation_response_401 import GetEvaluationResponse401
from ...models.get_evaluation_response_403 import GetEvaluationResponse403
from ...models.get_evaluation_response_404 import GetEvaluationResponse404
from ...models.get_evaluation_response_422 import GetEvaluationResponse422
from ...models.get_evaluation_response_429 import GetEvaluationResponse429
from ...models.get_evaluation_response_500 import GetEvaluationResponse500
from ...models.get_evaluation_response_502 import GetEvaluationResponse502
from ...models.get_evaluation_response_503 import GetEvaluationResponse503
from ...models.get_evaluation_response_504 import GetEvaluationResponse504
from ...types import Response


def _get_kwargs(
    evaluation_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/evaluations/{evaluation_id}".format(
            evaluation_id=quote(str(evaluation_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Evaluation
    | GetEvaluationResponse400
    | GetEvaluationResponse401
    | GetEvaluationResponse403
    | GetEvaluationResponse404
    | GetEvaluationResponse422
    | GetEvaluationResponse429
    | GetEvaluationResponse500
    | GetEvaluationResponse502
    | GetEvaluationResponse503
    | GetEvaluationResponse504
    | None
):
    if response.status_code == 200:
        response_200 = Evaluation.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetEvaluationResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetEvaluationResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetEvaluationResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetEvaluationResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = GetEvaluationResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetEvaluationResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetEvaluationResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = GetEvaluationResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = GetEvaluationResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = GetEvaluationResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Evaluation
    | GetEvaluationResponse400
    | GetEvaluationResponse401
    | GetEvaluationResponse403
    | GetEvaluationResponse404
    | GetEvaluationResponse422
    | GetEvaluationResponse429
    | GetEvaluationResponse500
    | GetEvaluationResponse502
    | GetEvaluationResponse503
    | GetEvaluationResponse504
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
) -> Response[
    Evaluation
    | GetEvaluationResponse400
    | GetEvaluationResponse401
    | GetEvaluationResponse403
    | GetEvaluationResponse404
    | GetEvaluationResponse422
    | GetEvaluationResponse429
    | GetEvaluationResponse500
    | GetEvaluationResponse502
    | GetEvaluationResponse503
    | GetEvaluationResponse504
]:
    """One evaluation with its scores, evidence and history

    Args:
        evaluation_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Evaluation | GetEvaluationResponse400 | GetEvaluationResponse401 | GetEvaluationResponse403 | GetEvaluationResponse404 | GetEvaluationResponse422 | GetEvaluationResponse429 | GetEvaluationResponse500 | GetEvaluationResponse502 | GetEvaluationResponse503 | GetEvaluationResponse504]
    """

    kwargs = _get_kwargs(
        evaluation_id=evaluation_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    evaluation_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    Evaluation
    | GetEvaluationResponse400
    | GetEvaluationResponse401
    | GetEvaluationResponse403
    | GetEvaluationResponse404
    | GetEvaluationResponse422
    | GetEvaluationResponse429
    | GetEvaluationResponse500
    | GetEvaluationResponse502
    | GetEvaluationResponse503
    | GetEvaluationResponse504
    | None
):
    """One evaluation with its scores, evidence and history

    Args:
        evaluation_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Evaluation | GetEvaluationResponse400 | GetEvaluationResponse401 | GetEvaluationResponse403 | GetEvaluationResponse404 | GetEvaluationResponse422 | GetEvaluationResponse429 | GetEvaluationResponse500 | GetEvaluationResponse502 | GetEvaluationResponse503 | GetEvaluationResponse504
    """

    return sync_detailed(
        evaluation_id=evaluation_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    evaluation_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    Evaluation
    | GetEvaluationResponse400
    | GetEvaluationResponse401
    | GetEvaluationResponse403
    | GetEvaluationResponse404
    | GetEvaluationResponse422
    | GetEvaluationResponse429
    | GetEvaluationResponse500
    | GetEvaluationResponse502
    | GetEvaluationResponse503
    | GetEvaluationResponse504
]:
    """One evaluation with its scores, evidence and history

    Args:
        evaluation_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Evaluation | GetEvaluationResponse400 | GetEvaluationResponse401 | GetEvaluationResponse403 | GetEvaluationResponse404 | GetEvaluationResponse422 | GetEvaluationResponse429 | GetEvaluationResponse500 | GetEvaluationResponse502 | GetEvaluationResponse503 | GetEvaluationResponse504]
    """

    kwargs = _get_kwargs(
        evaluation_id=evaluation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    evaluation_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    Evaluation
    | GetEvaluationResponse400
    | GetEvaluationResponse401
    | GetEvaluationResponse403
    | GetEvaluationResponse404
    | GetEvaluationResponse422
    | GetEvaluationResponse429
    | GetEvaluationResponse500
    | GetEvaluationResponse502
    | GetEvaluationResponse503
    | GetEvaluationResponse504
    | None
):
    """One evaluation with its scores, evidence and history

    Args:
        evaluation_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Evaluation | GetEvaluationResponse400 | GetEvaluationResponse401 | GetEvaluationResponse403 | GetEvaluationResponse404 | GetEvaluationResponse422 | GetEvaluationResponse429 | GetEvaluationResponse500 | GetEvaluationResponse502 | GetEvaluationResponse503 | GetEvaluationResponse504
    """

    return (
        await asyncio_detailed(
            evaluation_id=evaluation_id,
            client=client,
        )
    ).parsed
