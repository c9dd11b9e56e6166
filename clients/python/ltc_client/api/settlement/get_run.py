from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_run_response_400 import GetRunResponse400
from ...models.get_run_response_401 import GetRunResponse401
from ...models.get_run_response_403 import GetRunResponse403
from ...models.get_run_response_404 import GetRunResponse404
from ...models.get_run_response_422 import GetRunResponse422
from ...models.get_run_response_429 import GetRunResponse429
from ...models.get_run_response_500 import GetRunResponse500
from ...models.get_run_response_502 import GetRunResponse502
from ...models.get_run_response_503 import GetRunResponse503
from ...models.get_run_response_504 import GetRunResponse504
from ...models.run import Run
from ...types import Response


def _get_kwargs(
    run_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/settlement-runs/{run_id}".format(
            run_id=quote(str(run_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetRunResponse400
    | GetRunResponse401
    | GetRunResponse403
    | GetRunResponse404
    | GetRunResponse422
    | GetRunResponse429
    | GetRunResponse500
    | GetRunResponse502
    | GetRunResponse503
    | GetRunResponse504
    | Run
    | None
):
    if response.status_code == 200:
        response_200 = Run.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetRunResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetRunResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetRunResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetRunResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = GetRunResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetRunResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetRunResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = GetRunResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = GetRunResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = GetRunResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetRunResponse400
    | GetRunResponse401
    | GetRunResponse403
    | GetRunResponse404
    | GetRunResponse422
    | GetRunResponse429
    | GetRunResponse500
    | GetRunResponse502
    | GetRunResponse503
    | GetRunResponse504
    | Run
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    run_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetRunResponse400
    | GetRunResponse401
    | GetRunResponse403
    | GetRunResponse404
    | GetRunResponse422
    | GetRunResponse429
    | GetRunResponse500
    | GetRunResponse502
    | GetRunResponse503
    | GetRunResponse504
    | Run
]:
    """A run and its statements

    Args:
        run_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetRunResponse400 | GetRunResponse401 | GetRunResponse403 | GetRunResponse404 | GetRunResponse422 | GetRunResponse429 | GetRunResponse500 | GetRunResponse502 | GetRunResponse503 | GetRunResponse504 | Run]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    run_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetRunResponse400
    | GetRunResponse401
    | GetRunResponse403
    | GetRunResponse404
    | GetRunResponse422
    | GetRunResponse429
    | GetRunResponse500
    | GetRunResponse502
    | GetRunResponse503
    | GetRunResponse504
    | Run
    | None
):
    """A run and its statements

    Args:
        run_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetRunResponse400 | GetRunResponse401 | GetRunResponse403 | GetRunResponse404 | GetRunResponse422 | GetRunResponse429 | GetRunResponse500 | GetRunResponse502 | GetRunResponse503 | GetRunResponse504 | Run
    """

    return sync_detailed(
        run_id=run_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    run_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetRunResponse400
    | GetRunResponse401
    | GetRunResponse403
    | GetRunResponse404
    | GetRunResponse422
    | GetRunResponse429
    | GetRunResponse500
    | GetRunResponse502
    | GetRunResponse503
    | GetRunResponse504
    | Run
]:
    """A run and its statements

    Args:
        run_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetRunResponse400 | GetRunResponse401 | GetRunResponse403 | GetRunResponse404 | GetRunResponse422 | GetRunResponse429 | GetRunResponse500 | GetRunResponse502 | GetRunResponse503 | GetRunResponse504 | Run]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    run_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetRunResponse400
    | GetRunResponse401
    | GetRunResponse403
    | GetRunResponse404
    | GetRunResponse422
    | GetRunResponse429
    | GetRunResponse500
    | GetRunResponse502
    | GetRunResponse503
    | GetRunResponse504
    | Run
    | None
):
    """A run and its statements

    Args:
        run_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetRunResponse400 | GetRunResponse401 | GetRunResponse403 | GetRunResponse404 | GetRunResponse422 | GetRunResponse429 | GetRunResponse500 | GetRunResponse502 | GetRunResponse503 | GetRunResponse504 | Run
    """

    return (
        await asyncio_detailed(
            run_id=run_id,
            client=client,
        )
    ).parsed
