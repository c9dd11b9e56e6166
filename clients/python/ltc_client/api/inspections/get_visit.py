from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_visit_response_400 import GetVisitResponse400
from ...models.get_visit_response_401 import GetVisitResponse401
from ...models.get_visit_response_403 import GetVisitResponse403
from ...models.get_visit_response_404 import GetVisitResponse404
from ...models.get_visit_response_422 import GetVisitResponse422
from ...models.get_visit_response_429 import GetVisitResponse429
from ...models.get_visit_response_500 import GetVisitResponse500
from ...models.get_visit_response_502 import GetVisitResponse502
from ...models.get_visit_response_503 import GetVisitResponse503
from ...models.get_visit_response_504 import GetVisitResponse504
from ...models.inspection import Inspection
from ...types import Response


def _get_kwargs(
    inspection_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/inspections/{inspection_id}".format(
            inspection_id=quote(str(inspection_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetVisitResponse400
    | GetVisitResponse401
    | GetVisitResponse403
    | GetVisitResponse404
    | GetVisitResponse422
    | GetVisitResponse429
    | GetVisitResponse500
    | GetVisitResponse502
    | GetVisitResponse503
    | GetVisitResponse504
    | Inspection
    | None
):
    if response.status_code == 200:
        response_200 = Inspection.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetVisitResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetVisitResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetVisitResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetVisitResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = GetVisitResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetVisitResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetVisitResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = GetVisitResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = GetVisitResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = GetVisitResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetVisitResponse400
    | GetVisitResponse401
    | GetVisitResponse403
    | GetVisitResponse404
    | GetVisitResponse422
    | GetVisitResponse429
    | GetVisitResponse500
    | GetVisitResponse502
    | GetVisitResponse503
    | GetVisitResponse504
    | Inspection
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    inspection_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetVisitResponse400
    | GetVisitResponse401
    | GetVisitResponse403
    | GetVisitResponse404
    | GetVisitResponse422
    | GetVisitResponse429
    | GetVisitResponse500
    | GetVisitResponse502
    | GetVisitResponse503
    | GetVisitResponse504
    | Inspection
]:
    """One visit

    Args:
        inspection_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetVisitResponse400 | GetVisitResponse401 | GetVisitResponse403 | GetVisitResponse404 | GetVisitResponse422 | GetVisitResponse429 | GetVisitResponse500 | GetVisitResponse502 | GetVisitResponse503 | GetVisitResponse504 | Inspection]
    """

    kwargs = _get_kwargs(
        inspection_id=inspection_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    inspection_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetVisitResponse400
    | GetVisitResponse401
    | GetVisitResponse403
    | GetVisitResponse404
    | GetVisitResponse422
    | GetVisitResponse429
    | GetVisitResponse500
    | GetVisitResponse502
    | GetVisitResponse503
    | GetVisitResponse504
    | Inspection
    | None
):
    """One visit

    Args:
        inspection_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetVisitResponse400 | GetVisitResponse401 | GetVisitResponse403 | GetVisitResponse404 | GetVisitResponse422 | GetVisitResponse429 | GetVisitResponse500 | GetVisitResponse502 | GetVisitResponse503 | GetVisitResponse504 | Inspection
    """

    return sync_detailed(
        inspection_id=inspection_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    inspection_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetVisitResponse400
    | GetVisitResponse401
    | GetVisitResponse403
    | GetVisitResponse404
    | GetVisitResponse422
    | GetVisitResponse429
    | GetVisitResponse500
    | GetVisitResponse502
    | GetVisitResponse503
    | GetVisitResponse504
    | Inspection
]:
    """One visit

    Args:
        inspection_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetVisitResponse400 | GetVisitResponse401 | GetVisitResponse403 | GetVisitResponse404 | GetVisitResponse422 | GetVisitResponse429 | GetVisitResponse500 | GetVisitResponse502 | GetVisitResponse503 | GetVisitResponse504 | Inspection]
    """

    kwargs = _get_kwargs(
        inspection_id=inspection_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    inspection_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetVisitResponse400
    | GetVisitResponse401
    | GetVisitResponse403
    | GetVisitResponse404
    | GetVisitResponse422
    | GetVisitResponse429
    | GetVisitResponse500
    | GetVisitResponse502
    | GetVisitResponse503
    | GetVisitResponse504
    | Inspection
    | None
):
    """One visit

    Args:
        inspection_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetVisitResponse400 | GetVisitResponse401 | GetVisitResponse403 | GetVisitResponse404 | GetVisitResponse422 | GetVisitResponse429 | GetVisitResponse500 | GetVisitResponse502 | GetVisitResponse503 | GetVisitResponse504 | Inspection
    """

    return (
        await asyncio_detailed(
            inspection_id=inspection_id,
            client=client,
        )
    ).parsed
