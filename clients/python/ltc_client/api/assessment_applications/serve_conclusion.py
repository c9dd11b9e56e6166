from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.application import Application
from ...models.serve_conclusion_response_400 import ServeConclusionResponse400
from ...models.serve_conclusion_response_401 import ServeConclusionResponse401
from ...models.serve_conclusion_response_403 import ServeConclusionResponse403
from ...models.serve_conclusion_response_404 import ServeConclusionResponse404
from ...models.serve_conclusion_response_409 import ServeConclusionResponse409
from ...models.serve_conclusion_response_413 import ServeConclusionResponse413
from ...models.serve_conclusion_response_422 import ServeConclusionResponse422
from ...models.serve_conclusion_response_429 import ServeConclusionResponse429
from ...models.serve_conclusion_response_500 import ServeConclusionResponse500
from ...models.serve_conclusion_response_502 import ServeConclusionResponse502
from ...models.serve_conclusion_response_503 import ServeConclusionResponse503
from ...models.serve_conclusion_response_504 import ServeConclusionResponse504
from ...types import Response


def _get_kwargs(
    application_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/assessment-applications/{application_id}:serve".format(
            application_id=quote(str(application_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Application
    | ServeConclusionResponse400
    | ServeConclusionResponse401
    | ServeConclusionResponse403
    | ServeConclusionResponse404
    | ServeConclusionResponse409
    | ServeConclusionResponse413
    | ServeConclusionResponse422
    | ServeConclusionResponse429
    | ServeConclusionResponse500
    | ServeConclusionResponse502
    | ServeConclusionResponse503
    | ServeConclusionResponse504
    | None
):
    if response.status_code == 200:
        response_200 = Application.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ServeConclusionResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ServeConclusionResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ServeConclusionResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ServeConclusionResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ServeConclusionResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ServeConclusionResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = ServeConclusionResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ServeConclusionResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ServeConclusionResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ServeConclusionResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ServeConclusionResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ServeConclusionResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Application
    | ServeConclusionResponse400
    | ServeConclusionResponse401
    | ServeConclusionResponse403
    | ServeConclusionResponse404
    | ServeConclusionResponse409
    | ServeConclusionResponse413
    | ServeConclusionResponse422
    | ServeConclusionResponse429
    | ServeConclusionResponse500
    | ServeConclusionResponse502
    | ServeConclusionResponse503
    | ServeConclusionResponse504
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
) -> Response[
    Application
    | ServeConclusionResponse400
    | ServeConclusionResponse401
    | ServeConclusionResponse403
    | ServeConclusionResponse404
    | ServeConclusionResponse409
    | ServeConclusionResponse413
    | ServeConclusionResponse422
    | ServeConclusionResponse429
    | ServeConclusionResponse500
    | ServeConclusionResponse502
    | ServeConclusionResponse503
    | ServeConclusionResponse504
]:
    """Served (送达): in force

     The conclusion comes into force (event ``conclusion.in_force``) and supersedes the previous one.

    Args:
        application_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Application | ServeConclusionResponse400 | ServeConclusionResponse401 | ServeConclusionResponse403 | ServeConclusionResponse404 | ServeConclusionResponse409 | ServeConclusionResponse413 | ServeConclusionResponse422 | ServeConclusionResponse429 | ServeConclusionResponse500 | ServeConclusionResponse502 | ServeConclusionResponse503 | ServeConclusionResponse504]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    application_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    Application
    | ServeConclusionResponse400
    | ServeConclusionResponse401
    | ServeConclusionResponse403
    | ServeConclusionResponse404
    | ServeConclusionResponse409
    | ServeConclusionResponse413
    | ServeConclusionResponse422
    | ServeConclusionResponse429
    | ServeConclusionResponse500
    | ServeConclusionResponse502
    | ServeConclusionResponse503
    | ServeConclusionResponse504
    | None
):
    """Served (送达): in force

     The conclusion comes into force (event ``conclusion.in_force``) and supersedes the previous one.

    Args:
        application_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Application | ServeConclusionResponse400 | ServeConclusionResponse401 | ServeConclusionResponse403 | ServeConclusionResponse404 | ServeConclusionResponse409 | ServeConclusionResponse413 | ServeConclusionResponse422 | ServeConclusionResponse429 | ServeConclusionResponse500 | ServeConclusionResponse502 | ServeConclusionResponse503 | ServeConclusionResponse504
    """

    return sync_detailed(
        application_id=application_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    application_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    Application
    | ServeConclusionResponse400
    | ServeConclusionResponse401
    | ServeConclusionResponse403
    | ServeConclusionResponse404
    | ServeConclusionResponse409
    | ServeConclusionResponse413
    | ServeConclusionResponse422
    | ServeConclusionResponse429
    | ServeConclusionResponse500
    | ServeConclusionResponse502
    | ServeConclusionResponse503
    | ServeConclusionResponse504
]:
    """Served (送达): in force

     The conclusion comes into force (event ``conclusion.in_force``) and supersedes the previous one.

    Args:
        application_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Application | ServeConclusionResponse400 | ServeConclusionResponse401 | ServeConclusionResponse403 | ServeConclusionResponse404 | ServeConclusionResponse409 | ServeConclusionResponse413 | ServeConclusionResponse422 | ServeConclusionResponse429 | ServeConclusionResponse500 | ServeConclusionResponse502 | ServeConclusionResponse503 | ServeConclusionResponse504]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    application_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    Application
    | ServeConclusionResponse400
    | ServeConclusionResponse401
    | ServeConclusionResponse403
    | ServeConclusionResponse404
    | ServeConclusionResponse409
    | ServeConclusionResponse413
    | ServeConclusionResponse422
    | ServeConclusionResponse429
    | ServeConclusionResponse500
    | ServeConclusionResponse502
    | ServeConclusionResponse503
    | ServeConclusionResponse504
    | None
):
    """Served (送达): in force

     The conclusion comes into force (event ``conclusion.in_force``) and supersedes the previous one.

    Args:
        application_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Application | ServeConclusionResponse400 | ServeConclusionResponse401 | ServeConclusionResponse403 | ServeConclusionResponse404 | ServeConclusionResponse409 | ServeConclusionResponse413 | ServeConclusionResponse422 | ServeConclusionResponse429 | ServeConclusionResponse500 | ServeConclusionResponse502 | ServeConclusionResponse503 | ServeConclusionResponse504
    """

    return (
        await asyncio_detailed(
            application_id=application_id,
            client=client,
        )
    ).parsed
