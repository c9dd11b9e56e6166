from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.application import Application
from ...models.score_create import ScoreCreate
from ...models.submit_score_response_400 import SubmitScoreResponse400
from ...models.submit_score_response_401 import SubmitScoreResponse401
from ...models.submit_score_response_403 import SubmitScoreResponse403
from ...models.submit_score_response_404 import SubmitScoreResponse404
from ...models.submit_score_response_409 import SubmitScoreResponse409
from ...models.submit_score_response_413 import SubmitScoreResponse413
from ...models.submit_score_response_422 import SubmitScoreResponse422
from ...models.submit_score_response_429 import SubmitScoreResponse429
from ...models.submit_score_response_500 import SubmitScoreResponse500
from ...models.submit_score_response_502 import SubmitScoreResponse502
from ...models.submit_score_response_503 import SubmitScoreResponse503
from ...models.submit_score_response_504 import SubmitScoreResponse504
from ...types import Response


def _get_kwargs(
    application_id: UUID,
    *,
    body: ScoreCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/assessment-applications/{application_id}/scores".format(
            application_id=quote(str(application_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Application
    | SubmitScoreResponse400
    | SubmitScoreResponse401
    | SubmitScoreResponse403
    | SubmitScoreResponse404
    | SubmitScoreResponse409
    | SubmitScoreResponse413
    | SubmitScoreResponse422
    | SubmitScoreResponse429
    | SubmitScoreResponse500
    | SubmitScoreResponse502
    | SubmitScoreResponse503
    | SubmitScoreResponse504
    | None
):
    if response.status_code == 201:
        response_201 = Application.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = SubmitScoreResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = SubmitScoreResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = SubmitScoreResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = SubmitScoreResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = SubmitScoreResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = SubmitScoreResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = SubmitScoreResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = SubmitScoreResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = SubmitScoreResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = SubmitScoreResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = SubmitScoreResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = SubmitScoreResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Application
    | SubmitScoreResponse400
    | SubmitScoreResponse401
    | SubmitScoreResponse403
    | SubmitScoreResponse404
    | SubmitScoreResponse409
    | SubmitScoreResponse413
    | SubmitScoreResponse422
    | SubmitScoreResponse429
    | SubmitScoreResponse500
    | SubmitScoreResponse502
    | SubmitScoreResponse503
    | SubmitScoreResponse504
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    application_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ScoreCreate,
) -> Response[
    Application
    | SubmitScoreResponse400
    | SubmitScoreResponse401
    | SubmitScoreResponse403
    | SubmitScoreResponse404
    | SubmitScoreResponse409
    | SubmitScoreResponse413
    | SubmitScoreResponse422
    | SubmitScoreResponse429
    | SubmitScoreResponse500
    | SubmitScoreResponse502
    | SubmitScoreResponse503
    | SubmitScoreResponse504
]:
    """One assessor's 17 items

    Args:
        application_id (UUID):
        body (ScoreCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Application | SubmitScoreResponse400 | SubmitScoreResponse401 | SubmitScoreResponse403 | SubmitScoreResponse404 | SubmitScoreResponse409 | SubmitScoreResponse413 | SubmitScoreResponse422 | SubmitScoreResponse429 | SubmitScoreResponse500 | SubmitScoreResponse502 | SubmitScoreResponse503 | SubmitScoreResponse504]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    application_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ScoreCreate,
) -> (
    Application
    | SubmitScoreResponse400
    | SubmitScoreResponse401
    | SubmitScoreResponse403
    | SubmitScoreResponse404
    | SubmitScoreResponse409
    | SubmitScoreResponse413
    | SubmitScoreResponse422
    | SubmitScoreResponse429
    | SubmitScoreResponse500
    | SubmitScoreResponse502
    | SubmitScoreResponse503
    | SubmitScoreResponse504
    | None
):
    """One assessor's 17 items

    Args:
        application_id (UUID):
        body (ScoreCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Application | SubmitScoreResponse400 | SubmitScoreResponse401 | SubmitScoreResponse403 | SubmitScoreResponse404 | SubmitScoreResponse409 | SubmitScoreResponse413 | SubmitScoreResponse422 | SubmitScoreResponse429 | SubmitScoreResponse500 | SubmitScoreResponse502 | SubmitScoreResponse503 | SubmitScoreResponse504
    """

    return sync_detailed(
        application_id=application_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    application_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ScoreCreate,
) -> Response[
    Application
    | SubmitScoreResponse400
    | SubmitScoreResponse401
    | SubmitScoreResponse403
    | SubmitScoreResponse404
    | SubmitScoreResponse409
    | SubmitScoreResponse413
    | SubmitScoreResponse422
    | SubmitScoreResponse429
    | SubmitScoreResponse500
    | SubmitScoreResponse502
    | SubmitScoreResponse503
    | SubmitScoreResponse504
]:
    """One assessor's 17 items

    Args:
        application_id (UUID):
        body (ScoreCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Application | SubmitScoreResponse400 | SubmitScoreResponse401 | SubmitScoreResponse403 | SubmitScoreResponse404 | SubmitScoreResponse409 | SubmitScoreResponse413 | SubmitScoreResponse422 | SubmitScoreResponse429 | SubmitScoreResponse500 | SubmitScoreResponse502 | SubmitScoreResponse503 | SubmitScoreResponse504]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    application_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ScoreCreate,
) -> (
    Application
    | SubmitScoreResponse400
    | SubmitScoreResponse401
    | SubmitScoreResponse403
    | SubmitScoreResponse404
    | SubmitScoreResponse409
    | SubmitScoreResponse413
    | SubmitScoreResponse422
    | SubmitScoreResponse429
    | SubmitScoreResponse500
    | SubmitScoreResponse502
    | SubmitScoreResponse503
    | SubmitScoreResponse504
    | None
):
    """One assessor's 17 items

    Args:
        application_id (UUID):
        body (ScoreCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Application | SubmitScoreResponse400 | SubmitScoreResponse401 | SubmitScoreResponse403 | SubmitScoreResponse404 | SubmitScoreResponse409 | SubmitScoreResponse413 | SubmitScoreResponse422 | SubmitScoreResponse429 | SubmitScoreResponse500 | SubmitScoreResponse502 | SubmitScoreResponse503 | SubmitScoreResponse504
    """

    return (
        await asyncio_detailed(
            application_id=application_id,
            client=client,
            body=body,
        )
    ).parsed
