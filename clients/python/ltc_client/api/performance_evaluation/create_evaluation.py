from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_evaluation_response_400 import CreateEvaluationResponse400
from ...models.create_evaluation_response_401 import CreateEvaluationResponse401
from ...models.create_evaluation_response_403 import CreateEvaluationResponse403
from ...models.create_evaluation_response_409 import CreateEvaluationResponse409
from ...models.create_evaluation_response_413 import CreateEvaluationResponse413
from ...models.create_evaluation_response_422 import CreateEvaluationResponse422
from ...models.create_evaluation_response_429 import CreateEvaluationResponse429
from ...models.create_evaluation_response_500 import CreateEvaluationResponse500
from ...models.create_evaluation_response_502 import CreateEvaluationResponse502
from ...models.create_evaluation_response_503 import CreateEvaluationResponse503
from ...models.create_evaluation_response_504 import CreateEvaluationResponse504
from ...models.evaluation import Evaluation
from ...models.evaluation_create import EvaluationCreate
from ...types import Response


def _get_kwargs(
    *,
    body: EvaluationCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/evaluations",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateEvaluationResponse400
    | CreateEvaluationResponse401
    | CreateEvaluationResponse403
    | CreateEvaluationResponse409
    | CreateEvaluationResponse413
    | CreateEvaluationResponse422
    | CreateEvaluationResponse429
    | CreateEvaluationResponse500
    | CreateEvaluationResponse502
    | CreateEvaluationResponse503
    | CreateEvaluationResponse504
    | Evaluation
    | None
):
    if response.status_code == 201:
        response_201 = Evaluation.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = CreateEvaluationResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateEvaluationResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CreateEvaluationResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = CreateEvaluationResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = CreateEvaluationResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = CreateEvaluationResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = CreateEvaluationResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = CreateEvaluationResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = CreateEvaluationResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = CreateEvaluationResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = CreateEvaluationResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateEvaluationResponse400
    | CreateEvaluationResponse401
    | CreateEvaluationResponse403
    | CreateEvaluationResponse409
    | CreateEvaluationResponse413
    | CreateEvaluationResponse422
    | CreateEvaluationResponse429
    | CreateEvaluationResponse500
    | CreateEvaluationResponse502
    | CreateEvaluationResponse503
    | CreateEvaluationResponse504
    | Evaluation
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
    body: EvaluationCreate,
) -> Response[
    CreateEvaluationResponse400
    | CreateEvaluationResponse401
    | CreateEvaluationResponse403
    | CreateEvaluationResponse409
    | CreateEvaluationResponse413
    | CreateEvaluationResponse422
    | CreateEvaluationResponse429
    | CreateEvaluationResponse500
    | CreateEvaluationResponse502
    | CreateEvaluationResponse503
    | CreateEvaluationResponse504
    | Evaluation
]:
    """Open an evaluation (绩效评价)

     A subject (a contractor on its contract, an institution or an expert with its county) for a period
    under an approved scheme version: 422 ``SCHEME_UNKNOWN``, 409 ``SCHEME_NOT_APPROVED``, 422
    ``EVALUATION_SUBJECT_INVALID``, 409 ``EVALUATION_EXISTS``.

    Args:
        body (EvaluationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateEvaluationResponse400 | CreateEvaluationResponse401 | CreateEvaluationResponse403 | CreateEvaluationResponse409 | CreateEvaluationResponse413 | CreateEvaluationResponse422 | CreateEvaluationResponse429 | CreateEvaluationResponse500 | CreateEvaluationResponse502 | CreateEvaluationResponse503 | CreateEvaluationResponse504 | Evaluation]
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
    body: EvaluationCreate,
) -> (
    CreateEvaluationResponse400
    | CreateEvaluationResponse401
    | CreateEvaluationResponse403
    | CreateEvaluationResponse409
    | CreateEvaluationResponse413
    | CreateEvaluationResponse422
    | CreateEvaluationResponse429
    | CreateEvaluationResponse500
    | CreateEvaluationResponse502
    | CreateEvaluationResponse503
    | CreateEvaluationResponse504
    | Evaluation
    | None
):
    """Open an evaluation (绩效评价)

     A subject (a contractor on its contract, an institution or an expert with its county) for a period
    under an approved scheme version: 422 ``SCHEME_UNKNOWN``, 409 ``SCHEME_NOT_APPROVED``, 422
    ``EVALUATION_SUBJECT_INVALID``, 409 ``EVALUATION_EXISTS``.

    Args:
        body (EvaluationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateEvaluationResponse400 | CreateEvaluationResponse401 | CreateEvaluationResponse403 | CreateEvaluationResponse409 | CreateEvaluationResponse413 | CreateEvaluationResponse422 | CreateEvaluationResponse429 | CreateEvaluationResponse500 | CreateEvaluationResponse502 | CreateEvaluationResponse503 | CreateEvaluationResponse504 | Evaluation
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EvaluationCreate,
) -> Response[
    CreateEvaluationResponse400
    | CreateEvaluationResponse401
    | CreateEvaluationResponse403
    | CreateEvaluationResponse409
    | CreateEvaluationResponse413
    | CreateEvaluationResponse422
    | CreateEvaluationResponse429
    | CreateEvaluationResponse500
    | CreateEvaluationResponse502
    | CreateEvaluationResponse503
    | CreateEvaluationResponse504
    | Evaluation
]:
    """Open an evaluation (绩效评价)

     A subject (a contractor on its contract, an institution or an expert with its county) for a period
    under an approved scheme version: 422 ``SCHEME_UNKNOWN``, 409 ``SCHEME_NOT_APPROVED``, 422
    ``EVALUATION_SUBJECT_INVALID``, 409 ``EVALUATION_EXISTS``.

    Args:
        body (EvaluationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateEvaluationResponse400 | CreateEvaluationResponse401 | CreateEvaluationResponse403 | CreateEvaluationResponse409 | CreateEvaluationResponse413 | CreateEvaluationResponse422 | CreateEvaluationResponse429 | CreateEvaluationResponse500 | CreateEvaluationResponse502 | CreateEvaluationResponse503 | CreateEvaluationResponse504 | Evaluation]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: EvaluationCreate,
) -> (
    CreateEvaluationResponse400
    | CreateEvaluationResponse401
    | CreateEvaluationResponse403
    | CreateEvaluationResponse409
    | CreateEvaluationResponse413
    | CreateEvaluationResponse422
    | CreateEvaluationResponse429
    | CreateEvaluationResponse500
    | CreateEvaluationResponse502
    | CreateEvaluationResponse503
    | CreateEvaluationResponse504
    | Evaluation
    | None
):
    """Open an evaluation (绩效评价)

     A subject (a contractor on its contract, an institution or an expert with its county) for a period
    under an approved scheme version: 422 ``SCHEME_UNKNOWN``, 409 ``SCHEME_NOT_APPROVED``, 422
    ``EVALUATION_SUBJECT_INVALID``, 409 ``EVALUATION_EXISTS``.

    Args:
        body (EvaluationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateEvaluationResponse400 | CreateEvaluationResponse401 | CreateEvaluationResponse403 | CreateEvaluationResponse409 | CreateEvaluationResponse413 | CreateEvaluationResponse422 | CreateEvaluationResponse429 | CreateEvaluationResponse500 | CreateEvaluationResponse502 | CreateEvaluationResponse503 | CreateEvaluationResponse504 | Evaluation
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
