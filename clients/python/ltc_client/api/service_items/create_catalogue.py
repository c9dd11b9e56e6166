from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.catalogue import Catalogue
from ...models.catalogue_create import CatalogueCreate
from ...models.create_catalogue_response_400 import CreateCatalogueResponse400
from ...models.create_catalogue_response_401 import CreateCatalogueResponse401
from ...models.create_catalogue_response_403 import CreateCatalogueResponse403
from ...models.create_catalogue_response_404 import CreateCatalogueResponse404
from ...models.create_catalogue_response_409 import CreateCatalogueResponse409
from ...models.create_catalogue_response_413 import CreateCatalogueResponse413
from ...models.create_catalogue_response_422 import CreateCatalogueResponse422
from ...models.create_catalogue_response_429 import CreateCatalogueResponse429
from ...models.create_catalogue_response_500 import CreateCatalogueResponse500
from ...models.create_catalogue_response_502 import CreateCatalogueResponse502
from ...models.create_catalogue_response_503 import CreateCatalogueResponse503
from ...models.create_catalogue_response_504 import CreateCatalogueResponse504
from ...types import Response


def _get_kwargs(
    *,
    body: CatalogueCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/service-item-catalogues",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Catalogue
    | CreateCatalogueResponse400
    | CreateCatalogueResponse401
    | CreateCatalogueResponse403
    | CreateCatalogueResponse404
    | CreateCatalogueResponse409
    | CreateCatalogueResponse413
    | CreateCatalogueResponse422
    | CreateCatalogueResponse429
    | CreateCatalogueResponse500
    | CreateCatalogueResponse502
    | CreateCatalogueResponse503
    | CreateCatalogueResponse504
    | None
):
    if response.status_code == 201:
        response_201 = Catalogue.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = CreateCatalogueResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateCatalogueResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CreateCatalogueResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = CreateCatalogueResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = CreateCatalogueResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = CreateCatalogueResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = CreateCatalogueResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = CreateCatalogueResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = CreateCatalogueResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = CreateCatalogueResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = CreateCatalogueResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = CreateCatalogueResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Catalogue
    | CreateCatalogueResponse400
    | CreateCatalogueResponse401
    | CreateCatalogueResponse403
    | CreateCatalogueResponse404
    | CreateCatalogueResponse409
    | CreateCatalogueResponse413
    | CreateCatalogueResponse422
    | CreateCatalogueResponse429
    | CreateCatalogueResponse500
    | CreateCatalogueResponse502
    | CreateCatalogueResponse503
    | CreateCatalogueResponse504
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
    body: CatalogueCreate,
) -> Response[
    Catalogue
    | CreateCatalogueResponse400
    | CreateCatalogueResponse401
    | CreateCatalogueResponse403
    | CreateCatalogueResponse404
    | CreateCatalogueResponse409
    | CreateCatalogueResponse413
    | CreateCatalogueResponse422
    | CreateCatalogueResponse429
    | CreateCatalogueResponse500
    | CreateCatalogueResponse502
    | CreateCatalogueResponse503
    | CreateCatalogueResponse504
]:
    """Draft a version of the catalogue (bureau), with its items or without

    Args:
        body (CatalogueCreate): A new draft version, with its items or without (add them one by
            one, then publish).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Catalogue | CreateCatalogueResponse400 | CreateCatalogueResponse401 | CreateCatalogueResponse403 | CreateCatalogueResponse404 | CreateCatalogueResponse409 | CreateCatalogueResponse413 | CreateCatalogueResponse422 | CreateCatalogueResponse429 | CreateCatalogueResponse500 | CreateCatalogueResponse502 | CreateCatalogueResponse503 | CreateCatalogueResponse504]
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
    body: CatalogueCreate,
) -> (
    Catalogue
    | CreateCatalogueResponse400
    | CreateCatalogueResponse401
    | CreateCatalogueResponse403
    | CreateCatalogueResponse404
    | CreateCatalogueResponse409
    | CreateCatalogueResponse413
    | CreateCatalogueResponse422
    | CreateCatalogueResponse429
    | CreateCatalogueResponse500
    | CreateCatalogueResponse502
    | CreateCatalogueResponse503
    | CreateCatalogueResponse504
    | None
):
    """Draft a version of the catalogue (bureau), with its items or without

    Args:
        body (CatalogueCreate): A new draft version, with its items or without (add them one by
            one, then publish).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Catalogue | CreateCatalogueResponse400 | CreateCatalogueResponse401 | CreateCatalogueResponse403 | CreateCatalogueResponse404 | CreateCatalogueResponse409 | CreateCatalogueResponse413 | CreateCatalogueResponse422 | CreateCatalogueResponse429 | CreateCatalogueResponse500 | CreateCatalogueResponse502 | CreateCatalogueResponse503 | CreateCatalogueResponse504
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CatalogueCreate,
) -> Response[
    Catalogue
    | CreateCatalogueResponse400
    | CreateCatalogueResponse401
    | CreateCatalogueResponse403
    | CreateCatalogueResponse404
    | CreateCatalogueResponse409
    | CreateCatalogueResponse413
    | CreateCatalogueResponse422
    | CreateCatalogueResponse429
    | CreateCatalogueResponse500
    | CreateCatalogueResponse502
    | CreateCatalogueResponse503
    | CreateCatalogueResponse504
]:
    """Draft a version of the catalogue (bureau), with its items or without

    Args:
        body (CatalogueCreate): A new draft version, with its items or without (add them one by
            one, then publish).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Catalogue | CreateCatalogueResponse400 | CreateCatalogueResponse401 | CreateCatalogueResponse403 | CreateCatalogueResponse404 | CreateCatalogueResponse409 | CreateCatalogueResponse413 | CreateCatalogueResponse422 | CreateCatalogueResponse429 | CreateCatalogueResponse500 | CreateCatalogueResponse502 | CreateCatalogueResponse503 | CreateCatalogueResponse504]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CatalogueCreate,
) -> (
    Catalogue
    | CreateCatalogueResponse400
    | CreateCatalogueResponse401
    | CreateCatalogueResponse403
    | CreateCatalogueResponse404
    | CreateCatalogueResponse409
    | CreateCatalogueResponse413
    | CreateCatalogueResponse422
    | CreateCatalogueResponse429
    | CreateCatalogueResponse500
    | CreateCatalogueResponse502
    | CreateCatalogueResponse503
    | CreateCatalogueResponse504
    | None
):
    """Draft a version of the catalogue (bureau), with its items or without

    Args:
        body (CatalogueCreate): A new draft version, with its items or without (add them one by
            one, then publish).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Catalogue | CreateCatalogueResponse400 | CreateCatalogueResponse401 | CreateCatalogueResponse403 | CreateCatalogueResponse404 | CreateCatalogueResponse409 | CreateCatalogueResponse413 | CreateCatalogueResponse422 | CreateCatalogueResponse429 | CreateCatalogueResponse500 | CreateCatalogueResponse502 | CreateCatalogueResponse503 | CreateCatalogueResponse504
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
