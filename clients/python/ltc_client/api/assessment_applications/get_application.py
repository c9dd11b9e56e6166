from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.application import Application
from ...models.get_application_response_400 import GetApplicationResponse400
from ...models.get_application_response_401 import GetApplicationResponse401
from ...models.get_application_response_403 import GetApplicationResponse403
from ...models.get_application_response_404 import GetApplicationResponse404
from ...models.get_application_response_422 import GetApplicationResponse422
from ...models.get_application_response_429 import GetApplicationResponse429
from ...models.get_application_response_500 import GetApplicationResponse500
from ...models.get_application_response_502 import GetApplicationResponse502
from ...models.get_application_response_503 import GetApplicationResponse503
from ...models.get_application_response_504 import GetApplicationResponse504
from ...types import Response


def _get_kwargs(
    application_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/assessment-applications/{application_id}".format(
            application_id=quote(str(application_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Application
    | GetApplicationResponse400
    | GetApplicationResponse401
    | GetApplicationResponse403
    | GetApplicationResponse404
    | GetApplicationResponse422
    | GetApplicationResponse429
    | GetApplicationResponse500
    | GetApplicationResponse502
    | GetApplicationResponse503
    | GetApplicationResponse504
    | None
):
    if response.status_code == 200:
        response_200 = Application.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetApplicationResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetApplicationResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetApplicationResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetApplicationResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = GetApplicationResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetApplicationResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetApplicationResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = GetApplicationResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = GetApplicationResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = GetApplicationResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Application
    | GetApplicationResponse400
    | GetApplicationResponse401
    | GetApplicationResponse403
    | GetApplicationResponse404
    | GetApplicationResponse422
    | GetApplicationResponse429
    | GetApplicationResponse500
    | GetApplicationResponse502
    | GetApplicationResponse503
    | GetApplicationResponse504
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
    | GetApplicationResponse400
    | GetApplicationResponse401
    | GetApplicationResponse403
    | GetApplicationResponse404
    | GetApplicationResponse422
    | GetApplicationResponse429
    | GetApplicationResponse500
    | GetApplicationResponse502
    | GetApplicationResponse503
    | GetApplicationResponse504
]:
    """One application, all its draws

    Args:
        application_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Application | GetApplicationResponse400 | GetApplicationResponse401 | GetApplicationResponse403 | GetApplicationResponse404 | GetApplicationResponse422 | GetApplicationResponse429 | GetApplicationResponse500 | GetApplicationResponse502 | GetApplicationResponse503 | GetApplicationResponse504]
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
    | GetApplicationResponse400
    | GetApplicationResponse401
    | GetApplicationResponse403
    | GetApplicationResponse404
    | GetApplicationResponse422
    | GetApplicationResponse429
    | GetApplicationResponse500
    | GetApplicationResponse502
    | GetApplicationResponse503
    | GetApplicationResponse504
    | None
):
    """One application, all its draws

    Args:
        application_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Application | GetApplicationResponse400 | GetApplicationResponse401 | GetApplicationResponse403 | GetApplicationResponse404 | GetApplicationResponse422 | GetApplicationResponse429 | GetApplicationResponse500 | GetApplicationResponse502 | GetApplicationResponse503 | GetApplicationResponse504
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
    | GetApplicationResponse400
    | GetApplicationResponse401
    | GetApplicationResponse403
    | GetApplicationResponse404
    | GetApplicationResponse422
    | GetApplicationResponse429
    | GetApplicationResponse500
    | GetApplicationResponse502
    | GetApplicationResponse503
    | GetApplicationResponse504
]:
    """One application, all its draws

    Args:
        application_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Application | GetApplicationResponse400 | GetApplicationResponse401 | GetApplicationResponse403 | GetApplicationResponse404 | GetApplicationResponse422 | GetApplicationResponse429 | GetApplicationResponse500 | GetApplicationResponse502 | GetApplicationResponse503 | GetApplicationResponse504]
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
    | GetApplicationResponse400
    | GetApplicationResponse401
    | GetApplicationResponse403
    | GetApplicationResponse404
    | GetApplicationResponse422
    | GetApplicationResponse429
    | GetApplicationResponse500
    | GetApplicationResponse502
    | GetApplicationResponse503
    | GetApplicationResponse504
    | None
):
    """One application, all its draws

    Args:
        application_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Application | GetApplicationResponse400 | GetApplicationResponse401 | GetApplicationResponse403 | GetApplicationResponse404 | GetApplicationResponse422 | GetApplicationResponse429 | GetApplicationResponse500 | GetApplicationResponse502 | GetApplicationResponse503 | GetApplicationResponse504
    """

    return (
        await asyncio_detailed(
            application_id=application_id,
            client=client,
        )
    ).parsed
