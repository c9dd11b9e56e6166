from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.application import Application
from ...models.serve_response_400 import ServeResponse400
from ...models.serve_response_401 import ServeResponse401
from ...models.serve_response_403 import ServeResponse403
from ...models.serve_response_404 import ServeResponse404
from ...models.serve_response_409 import ServeResponse409
from ...models.serve_response_413 import ServeResponse413
from ...models.serve_response_422 import ServeResponse422
from ...models.serve_response_429 import ServeResponse429
from ...models.serve_response_500 import ServeResponse500
from ...models.serve_response_502 import ServeResponse502
from ...models.serve_response_503 import ServeResponse503
from ...models.serve_response_504 import ServeResponse504
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
    | ServeResponse400
    | ServeResponse401
    | ServeResponse403
    | ServeResponse404
    | ServeResponse409
    | ServeResponse413
    | ServeResponse422
    | ServeResponse429
    | ServeResponse500
    | ServeResponse502
    | ServeResponse503
    | ServeResponse504
    | None
):
    if response.status_code == 200:
        response_200 = Application.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ServeResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ServeResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ServeResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ServeResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ServeResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ServeResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = ServeResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ServeResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ServeResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ServeResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ServeResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ServeResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Application
    | ServeResponse400
    | ServeResponse401
    | ServeResponse403
    | ServeResponse404
    | ServeResponse409
    | ServeResponse413
    | ServeResponse422
    | ServeResponse429
    | ServeResponse500
    | ServeResponse502
    | ServeResponse503
    | ServeResponse504
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
    | ServeResponse400
    | ServeResponse401
    | ServeResponse403
    | ServeResponse404
    | ServeResponse409
    | ServeResponse413
    | ServeResponse422
    | ServeResponse429
    | ServeResponse500
    | ServeResponse502
    | ServeResponse503
    | ServeResponse504
]:
    """Served (送达): in force

     The conclusion comes into force (event ``conclusion.in_force``) and supersedes the previous one.

    Args:
        application_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Application | ServeResponse400 | ServeResponse401 | ServeResponse403 | ServeResponse404 | ServeResponse409 | ServeResponse413 | ServeResponse422 | ServeResponse429 | ServeResponse500 | ServeResponse502 | ServeResponse503 | ServeResponse504]
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
    | ServeResponse400
    | ServeResponse401
    | ServeResponse403
    | ServeResponse404
    | ServeResponse409
    | ServeResponse413
    | ServeResponse422
    | ServeResponse429
    | ServeResponse500
    | ServeResponse502
    | ServeResponse503
    | ServeResponse504
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
        Application | ServeResponse400 | ServeResponse401 | ServeResponse403 | ServeResponse404 | ServeResponse409 | ServeResponse413 | ServeResponse422 | ServeResponse429 | ServeResponse500 | ServeResponse502 | ServeResponse503 | ServeResponse504
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
    | ServeResponse400
    | ServeResponse401
    | ServeResponse403
    | ServeResponse404
    | ServeResponse409
    | ServeResponse413
    | ServeResponse422
    | ServeResponse429
    | ServeResponse500
    | ServeResponse502
    | ServeResponse503
    | ServeResponse504
]:
    """Served (送达): in force

     The conclusion comes into force (event ``conclusion.in_force``) and supersedes the previous one.

    Args:
        application_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Application | ServeResponse400 | ServeResponse401 | ServeResponse403 | ServeResponse404 | ServeResponse409 | ServeResponse413 | ServeResponse422 | ServeResponse429 | ServeResponse500 | ServeResponse502 | ServeResponse503 | ServeResponse504]
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
    | ServeResponse400
    | ServeResponse401
    | ServeResponse403
    | ServeResponse404
    | ServeResponse409
    | ServeResponse413
    | ServeResponse422
    | ServeResponse429
    | ServeResponse500
    | ServeResponse502
    | ServeResponse503
    | ServeResponse504
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
        Application | ServeResponse400 | ServeResponse401 | ServeResponse403 | ServeResponse404 | ServeResponse409 | ServeResponse413 | ServeResponse422 | ServeResponse429 | ServeResponse500 | ServeResponse502 | ServeResponse503 | ServeResponse504
    """

    return (
        await asyncio_detailed(
            application_id=application_id,
            client=client,
        )
    ).parsed
