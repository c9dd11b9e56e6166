from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.application import Application
from ...models.object_to_conclusion_response_400 import ObjectToConclusionResponse400
from ...models.object_to_conclusion_response_401 import ObjectToConclusionResponse401
from ...models.object_to_conclusion_response_403 import ObjectToConclusionResponse403
from ...models.object_to_conclusion_response_404 import ObjectToConclusionResponse404
from ...models.object_to_conclusion_response_409 import ObjectToConclusionResponse409
from ...models.object_to_conclusion_response_413 import ObjectToConclusionResponse413
from ...models.object_to_conclusion_response_422 import ObjectToConclusionResponse422
from ...models.object_to_conclusion_response_429 import ObjectToConclusionResponse429
from ...models.object_to_conclusion_response_500 import ObjectToConclusionResponse500
from ...models.object_to_conclusion_response_502 import ObjectToConclusionResponse502
from ...models.object_to_conclusion_response_503 import ObjectToConclusionResponse503
from ...models.object_to_conclusion_response_504 import ObjectToConclusionResponse504
from ...models.objection_create import ObjectionCreate
from ...types import Response


def _get_kwargs(
    application_id: UUID,
    *,
    body: ObjectionCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/assessment-applications/{application_id}/objections".format(
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
    | ObjectToConclusionResponse400
    | ObjectToConclusionResponse401
    | ObjectToConclusionResponse403
    | ObjectToConclusionResponse404
    | ObjectToConclusionResponse409
    | ObjectToConclusionResponse413
    | ObjectToConclusionResponse422
    | ObjectToConclusionResponse429
    | ObjectToConclusionResponse500
    | ObjectToConclusionResponse502
    | ObjectToConclusionResponse503
    | ObjectToConclusionResponse504
    | None
):
    if response.status_code == 201:
        response_201 = Application.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ObjectToConclusionResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ObjectToConclusionResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ObjectToConclusionResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ObjectToConclusionResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ObjectToConclusionResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ObjectToConclusionResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = ObjectToConclusionResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ObjectToConclusionResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ObjectToConclusionResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ObjectToConclusionResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ObjectToConclusionResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ObjectToConclusionResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Application
    | ObjectToConclusionResponse400
    | ObjectToConclusionResponse401
    | ObjectToConclusionResponse403
    | ObjectToConclusionResponse404
    | ObjectToConclusionResponse409
    | ObjectToConclusionResponse413
    | ObjectToConclusionResponse422
    | ObjectToConclusionResponse429
    | ObjectToConclusionResponse500
    | ObjectToConclusionResponse502
    | ObjectToConclusionResponse503
    | ObjectToConclusionResponse504
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
    body: ObjectionCreate,
) -> Response[
    Application
    | ObjectToConclusionResponse400
    | ObjectToConclusionResponse401
    | ObjectToConclusionResponse403
    | ObjectToConclusionResponse404
    | ObjectToConclusionResponse409
    | ObjectToConclusionResponse413
    | ObjectToConclusionResponse422
    | ObjectToConclusionResponse429
    | ObjectToConclusionResponse500
    | ObjectToConclusionResponse502
    | ObjectToConclusionResponse503
    | ObjectToConclusionResponse504
]:
    """Objection within the window → re-assessment with a new panel

    Args:
        application_id (UUID):
        body (ObjectionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Application | ObjectToConclusionResponse400 | ObjectToConclusionResponse401 | ObjectToConclusionResponse403 | ObjectToConclusionResponse404 | ObjectToConclusionResponse409 | ObjectToConclusionResponse413 | ObjectToConclusionResponse422 | ObjectToConclusionResponse429 | ObjectToConclusionResponse500 | ObjectToConclusionResponse502 | ObjectToConclusionResponse503 | ObjectToConclusionResponse504]
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
    body: ObjectionCreate,
) -> (
    Application
    | ObjectToConclusionResponse400
    | ObjectToConclusionResponse401
    | ObjectToConclusionResponse403
    | ObjectToConclusionResponse404
    | ObjectToConclusionResponse409
    | ObjectToConclusionResponse413
    | ObjectToConclusionResponse422
    | ObjectToConclusionResponse429
    | ObjectToConclusionResponse500
    | ObjectToConclusionResponse502
    | ObjectToConclusionResponse503
    | ObjectToConclusionResponse504
    | None
):
    """Objection within the window → re-assessment with a new panel

    Args:
        application_id (UUID):
        body (ObjectionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Application | ObjectToConclusionResponse400 | ObjectToConclusionResponse401 | ObjectToConclusionResponse403 | ObjectToConclusionResponse404 | ObjectToConclusionResponse409 | ObjectToConclusionResponse413 | ObjectToConclusionResponse422 | ObjectToConclusionResponse429 | ObjectToConclusionResponse500 | ObjectToConclusionResponse502 | ObjectToConclusionResponse503 | ObjectToConclusionResponse504
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
    body: ObjectionCreate,
) -> Response[
    Application
    | ObjectToConclusionResponse400
    | ObjectToConclusionResponse401
    | ObjectToConclusionResponse403
    | ObjectToConclusionResponse404
    | ObjectToConclusionResponse409
    | ObjectToConclusionResponse413
    | ObjectToConclusionResponse422
    | ObjectToConclusionResponse429
    | ObjectToConclusionResponse500
    | ObjectToConclusionResponse502
    | ObjectToConclusionResponse503
    | ObjectToConclusionResponse504
]:
    """Objection within the window → re-assessment with a new panel

    Args:
        application_id (UUID):
        body (ObjectionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Application | ObjectToConclusionResponse400 | ObjectToConclusionResponse401 | ObjectToConclusionResponse403 | ObjectToConclusionResponse404 | ObjectToConclusionResponse409 | ObjectToConclusionResponse413 | ObjectToConclusionResponse422 | ObjectToConclusionResponse429 | ObjectToConclusionResponse500 | ObjectToConclusionResponse502 | ObjectToConclusionResponse503 | ObjectToConclusionResponse504]
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
    body: ObjectionCreate,
) -> (
    Application
    | ObjectToConclusionResponse400
    | ObjectToConclusionResponse401
    | ObjectToConclusionResponse403
    | ObjectToConclusionResponse404
    | ObjectToConclusionResponse409
    | ObjectToConclusionResponse413
    | ObjectToConclusionResponse422
    | ObjectToConclusionResponse429
    | ObjectToConclusionResponse500
    | ObjectToConclusionResponse502
    | ObjectToConclusionResponse503
    | ObjectToConclusionResponse504
    | None
):
    """Objection within the window → re-assessment with a new panel

    Args:
        application_id (UUID):
        body (ObjectionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Application | ObjectToConclusionResponse400 | ObjectToConclusionResponse401 | ObjectToConclusionResponse403 | ObjectToConclusionResponse404 | ObjectToConclusionResponse409 | ObjectToConclusionResponse413 | ObjectToConclusionResponse422 | ObjectToConclusionResponse429 | ObjectToConclusionResponse500 | ObjectToConclusionResponse502 | ObjectToConclusionResponse503 | ObjectToConclusionResponse504
    """

    return (
        await asyncio_detailed(
            application_id=application_id,
            client=client,
            body=body,
        )
    ).parsed
