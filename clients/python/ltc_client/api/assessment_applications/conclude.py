from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.conclude_response_400 import ConcludeResponse400
from ...models.conclude_response_401 import ConcludeResponse401
from ...models.conclude_response_403 import ConcludeResponse403
from ...models.conclude_response_404 import ConcludeResponse404
from ...models.conclude_response_409 import ConcludeResponse409
from ...models.conclude_response_413 import ConcludeResponse413
from ...models.conclude_response_422 import ConcludeResponse422
from ...models.conclude_response_429 import ConcludeResponse429
from ...models.conclude_response_500 import ConcludeResponse500
from ...models.conclude_response_502 import ConcludeResponse502
from ...models.conclude_response_503 import ConcludeResponse503
from ...models.conclude_response_504 import ConcludeResponse504
from ...models.conclusion_create import ConclusionCreate
from ...models.conclusion_result import ConclusionResult
from ...types import Response


def _get_kwargs(
    application_id: UUID,
    *,
    body: ConclusionCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/assessment-applications/{application_id}/conclusion".format(
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
    ConcludeResponse400
    | ConcludeResponse401
    | ConcludeResponse403
    | ConcludeResponse404
    | ConcludeResponse409
    | ConcludeResponse413
    | ConcludeResponse422
    | ConcludeResponse429
    | ConcludeResponse500
    | ConcludeResponse502
    | ConcludeResponse503
    | ConcludeResponse504
    | ConclusionResult
    | None
):
    if response.status_code == 201:
        response_201 = ConclusionResult.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ConcludeResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ConcludeResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ConcludeResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ConcludeResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ConcludeResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ConcludeResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = ConcludeResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ConcludeResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ConcludeResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ConcludeResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ConcludeResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ConcludeResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ConcludeResponse400
    | ConcludeResponse401
    | ConcludeResponse403
    | ConcludeResponse404
    | ConcludeResponse409
    | ConcludeResponse413
    | ConcludeResponse422
    | ConcludeResponse429
    | ConcludeResponse500
    | ConcludeResponse502
    | ConcludeResponse503
    | ConcludeResponse504
    | ConclusionResult
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
    body: ConclusionCreate,
) -> Response[
    ConcludeResponse400
    | ConcludeResponse401
    | ConcludeResponse403
    | ConcludeResponse404
    | ConcludeResponse409
    | ConcludeResponse413
    | ConcludeResponse422
    | ConcludeResponse429
    | ConcludeResponse500
    | ConcludeResponse502
    | ConcludeResponse503
    | ConcludeResponse504
    | ConclusionResult
]:
    """Confirm the computed level or override it with a reason

    Args:
        application_id (UUID):
        body (ConclusionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConcludeResponse400 | ConcludeResponse401 | ConcludeResponse403 | ConcludeResponse404 | ConcludeResponse409 | ConcludeResponse413 | ConcludeResponse422 | ConcludeResponse429 | ConcludeResponse500 | ConcludeResponse502 | ConcludeResponse503 | ConcludeResponse504 | ConclusionResult]
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
    body: ConclusionCreate,
) -> (
    ConcludeResponse400
    | ConcludeResponse401
    | ConcludeResponse403
    | ConcludeResponse404
    | ConcludeResponse409
    | ConcludeResponse413
    | ConcludeResponse422
    | ConcludeResponse429
    | ConcludeResponse500
    | ConcludeResponse502
    | ConcludeResponse503
    | ConcludeResponse504
    | ConclusionResult
    | None
):
    """Confirm the computed level or override it with a reason

    Args:
        application_id (UUID):
        body (ConclusionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConcludeResponse400 | ConcludeResponse401 | ConcludeResponse403 | ConcludeResponse404 | ConcludeResponse409 | ConcludeResponse413 | ConcludeResponse422 | ConcludeResponse429 | ConcludeResponse500 | ConcludeResponse502 | ConcludeResponse503 | ConcludeResponse504 | ConclusionResult
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
    body: ConclusionCreate,
) -> Response[
    ConcludeResponse400
    | ConcludeResponse401
    | ConcludeResponse403
    | ConcludeResponse404
    | ConcludeResponse409
    | ConcludeResponse413
    | ConcludeResponse422
    | ConcludeResponse429
    | ConcludeResponse500
    | ConcludeResponse502
    | ConcludeResponse503
    | ConcludeResponse504
    | ConclusionResult
]:
    """Confirm the computed level or override it with a reason

    Args:
        application_id (UUID):
        body (ConclusionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConcludeResponse400 | ConcludeResponse401 | ConcludeResponse403 | ConcludeResponse404 | ConcludeResponse409 | ConcludeResponse413 | ConcludeResponse422 | ConcludeResponse429 | ConcludeResponse500 | ConcludeResponse502 | ConcludeResponse503 | ConcludeResponse504 | ConclusionResult]
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
    body: ConclusionCreate,
) -> (
    ConcludeResponse400
    | ConcludeResponse401
    | ConcludeResponse403
    | ConcludeResponse404
    | ConcludeResponse409
    | ConcludeResponse413
    | ConcludeResponse422
    | ConcludeResponse429
    | ConcludeResponse500
    | ConcludeResponse502
    | ConcludeResponse503
    | ConcludeResponse504
    | ConclusionResult
    | None
):
    """Confirm the computed level or override it with a reason

    Args:
        application_id (UUID):
        body (ConclusionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConcludeResponse400 | ConcludeResponse401 | ConcludeResponse403 | ConcludeResponse404 | ConcludeResponse409 | ConcludeResponse413 | ConcludeResponse422 | ConcludeResponse429 | ConcludeResponse500 | ConcludeResponse502 | ConcludeResponse503 | ConcludeResponse504 | ConclusionResult
    """

    return (
        await asyncio_detailed(
            application_id=application_id,
            client=client,
            body=body,
        )
    ).parsed
