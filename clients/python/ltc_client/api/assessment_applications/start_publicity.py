from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.application import Application
from ...models.start_publicity_response_400 import StartPublicityResponse400
from ...models.start_publicity_response_401 import StartPublicityResponse401
from ...models.start_publicity_response_403 import StartPublicityResponse403
from ...models.start_publicity_response_404 import StartPublicityResponse404
from ...models.start_publicity_response_409 import StartPublicityResponse409
from ...models.start_publicity_response_413 import StartPublicityResponse413
from ...models.start_publicity_response_422 import StartPublicityResponse422
from ...models.start_publicity_response_429 import StartPublicityResponse429
from ...models.start_publicity_response_500 import StartPublicityResponse500
from ...models.start_publicity_response_502 import StartPublicityResponse502
from ...models.start_publicity_response_503 import StartPublicityResponse503
from ...models.start_publicity_response_504 import StartPublicityResponse504
from ...types import Response


def _get_kwargs(
    application_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/assessment-applications/{application_id}:start-publicity".format(
            application_id=quote(str(application_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Application
    | StartPublicityResponse400
    | StartPublicityResponse401
    | StartPublicityResponse403
    | StartPublicityResponse404
    | StartPublicityResponse409
    | StartPublicityResponse413
    | StartPublicityResponse422
    | StartPublicityResponse429
    | StartPublicityResponse500
    | StartPublicityResponse502
    | StartPublicityResponse503
    | StartPublicityResponse504
    | None
):
    if response.status_code == 200:
        response_200 = Application.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = StartPublicityResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = StartPublicityResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = StartPublicityResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = StartPublicityResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = StartPublicityResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = StartPublicityResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = StartPublicityResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = StartPublicityResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = StartPublicityResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = StartPublicityResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = StartPublicityResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = StartPublicityResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Application
    | StartPublicityResponse400
    | StartPublicityResponse401
    | StartPublicityResponse403
    | StartPublicityResponse404
    | StartPublicityResponse409
    | StartPublicityResponse413
    | StartPublicityResponse422
    | StartPublicityResponse429
    | StartPublicityResponse500
    | StartPublicityResponse502
    | StartPublicityResponse503
    | StartPublicityResponse504
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
    | StartPublicityResponse400
    | StartPublicityResponse401
    | StartPublicityResponse403
    | StartPublicityResponse404
    | StartPublicityResponse409
    | StartPublicityResponse413
    | StartPublicityResponse422
    | StartPublicityResponse429
    | StartPublicityResponse500
    | StartPublicityResponse502
    | StartPublicityResponse503
    | StartPublicityResponse504
]:
    """Publicity (公示)

    Args:
        application_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Application | StartPublicityResponse400 | StartPublicityResponse401 | StartPublicityResponse403 | StartPublicityResponse404 | StartPublicityResponse409 | StartPublicityResponse413 | StartPublicityResponse422 | StartPublicityResponse429 | StartPublicityResponse500 | StartPublicityResponse502 | StartPublicityResponse503 | StartPublicityResponse504]
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
    | StartPublicityResponse400
    | StartPublicityResponse401
    | StartPublicityResponse403
    | StartPublicityResponse404
    | StartPublicityResponse409
    | StartPublicityResponse413
    | StartPublicityResponse422
    | StartPublicityResponse429
    | StartPublicityResponse500
    | StartPublicityResponse502
    | StartPublicityResponse503
    | StartPublicityResponse504
    | None
):
    """Publicity (公示)

    Args:
        application_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Application | StartPublicityResponse400 | StartPublicityResponse401 | StartPublicityResponse403 | StartPublicityResponse404 | StartPublicityResponse409 | StartPublicityResponse413 | StartPublicityResponse422 | StartPublicityResponse429 | StartPublicityResponse500 | StartPublicityResponse502 | StartPublicityResponse503 | StartPublicityResponse504
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
    | StartPublicityResponse400
    | StartPublicityResponse401
    | StartPublicityResponse403
    | StartPublicityResponse404
    | StartPublicityResponse409
    | StartPublicityResponse413
    | StartPublicityResponse422
    | StartPublicityResponse429
    | StartPublicityResponse500
    | StartPublicityResponse502
    | StartPublicityResponse503
    | StartPublicityResponse504
]:
    """Publicity (公示)

    Args:
        application_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Application | StartPublicityResponse400 | StartPublicityResponse401 | StartPublicityResponse403 | StartPublicityResponse404 | StartPublicityResponse409 | StartPublicityResponse413 | StartPublicityResponse422 | StartPublicityResponse429 | StartPublicityResponse500 | StartPublicityResponse502 | StartPublicityResponse503 | StartPublicityResponse504]
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
    | StartPublicityResponse400
    | StartPublicityResponse401
    | StartPublicityResponse403
    | StartPublicityResponse404
    | StartPublicityResponse409
    | StartPublicityResponse413
    | StartPublicityResponse422
    | StartPublicityResponse429
    | StartPublicityResponse500
    | StartPublicityResponse502
    | StartPublicityResponse503
    | StartPublicityResponse504
    | None
):
    """Publicity (公示)

    Args:
        application_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Application | StartPublicityResponse400 | StartPublicityResponse401 | StartPublicityResponse403 | StartPublicityResponse404 | StartPublicityResponse409 | StartPublicityResponse413 | StartPublicityResponse422 | StartPublicityResponse429 | StartPublicityResponse500 | StartPublicityResponse502 | StartPublicityResponse503 | StartPublicityResponse504
    """

    return (
        await asyncio_detailed(
            application_id=application_id,
            client=client,
        )
    ).parsed
