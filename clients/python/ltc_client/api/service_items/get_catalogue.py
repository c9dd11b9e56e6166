from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.catalogue import Catalogue
from ...models.get_catalogue_response_400 import GetCatalogueResponse400
from ...models.get_catalogue_response_401 import GetCatalogueResponse401
from ...models.get_catalogue_response_403 import GetCatalogueResponse403
from ...models.get_catalogue_response_404 import GetCatalogueResponse404
from ...models.get_catalogue_response_422 import GetCatalogueResponse422
from ...models.get_catalogue_response_429 import GetCatalogueResponse429
from ...models.get_catalogue_response_500 import GetCatalogueResponse500
from ...models.get_catalogue_response_502 import GetCatalogueResponse502
from ...models.get_catalogue_response_503 import GetCatalogueResponse503
from ...models.get_catalogue_response_504 import GetCatalogueResponse504
from ...types import Response


def _get_kwargs(
    version: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/service-item-catalogues/{version}".format(
            version=quote(str(version), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Catalogue
    | GetCatalogueResponse400
    | GetCatalogueResponse401
    | GetCatalogueResponse403
    | GetCatalogueResponse404
    | GetCatalogueResponse422
    | GetCatalogueResponse429
    | GetCatalogueResponse500
    | GetCatalogueResponse502
    | GetCatalogueResponse503
    | GetCatalogueResponse504
    | None
):
    if response.status_code == 200:
        response_200 = Catalogue.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetCatalogueResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetCatalogueResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetCatalogueResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetCatalogueResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = GetCatalogueResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetCatalogueResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetCatalogueResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = GetCatalogueResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = GetCatalogueResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = GetCatalogueResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Catalogue
    | GetCatalogueResponse400
    | GetCatalogueResponse401
    | GetCatalogueResponse403
    | GetCatalogueResponse404
    | GetCatalogueResponse422
    | GetCatalogueResponse429
    | GetCatalogueResponse500
    | GetCatalogueResponse502
    | GetCatalogueResponse503
    | GetCatalogueResponse504
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    version: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    Catalogue
    | GetCatalogueResponse400
    | GetCatalogueResponse401
    | GetCatalogueResponse403
    | GetCatalogueResponse404
    | GetCatalogueResponse422
    | GetCatalogueResponse429
    | GetCatalogueResponse500
    | GetCatalogueResponse502
    | GetCatalogueResponse503
    | GetCatalogueResponse504
]:
    """One version with its items, every value flagged confirmed or not

    Args:
        version (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Catalogue | GetCatalogueResponse400 | GetCatalogueResponse401 | GetCatalogueResponse403 | GetCatalogueResponse404 | GetCatalogueResponse422 | GetCatalogueResponse429 | GetCatalogueResponse500 | GetCatalogueResponse502 | GetCatalogueResponse503 | GetCatalogueResponse504]
    """

    kwargs = _get_kwargs(
        version=version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    version: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    Catalogue
    | GetCatalogueResponse400
    | GetCatalogueResponse401
    | GetCatalogueResponse403
    | GetCatalogueResponse404
    | GetCatalogueResponse422
    | GetCatalogueResponse429
    | GetCatalogueResponse500
    | GetCatalogueResponse502
    | GetCatalogueResponse503
    | GetCatalogueResponse504
    | None
):
    """One version with its items, every value flagged confirmed or not

    Args:
        version (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Catalogue | GetCatalogueResponse400 | GetCatalogueResponse401 | GetCatalogueResponse403 | GetCatalogueResponse404 | GetCatalogueResponse422 | GetCatalogueResponse429 | GetCatalogueResponse500 | GetCatalogueResponse502 | GetCatalogueResponse503 | GetCatalogueResponse504
    """

    return sync_detailed(
        version=version,
        client=client,
    ).parsed


async def asyncio_detailed(
    version: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    Catalogue
    | GetCatalogueResponse400
    | GetCatalogueResponse401
    | GetCatalogueResponse403
    | GetCatalogueResponse404
    | GetCatalogueResponse422
    | GetCatalogueResponse429
    | GetCatalogueResponse500
    | GetCatalogueResponse502
    | GetCatalogueResponse503
    | GetCatalogueResponse504
]:
    """One version with its items, every value flagged confirmed or not

    Args:
        version (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Catalogue | GetCatalogueResponse400 | GetCatalogueResponse401 | GetCatalogueResponse403 | GetCatalogueResponse404 | GetCatalogueResponse422 | GetCatalogueResponse429 | GetCatalogueResponse500 | GetCatalogueResponse502 | GetCatalogueResponse503 | GetCatalogueResponse504]
    """

    kwargs = _get_kwargs(
        version=version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    version: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    Catalogue
    | GetCatalogueResponse400
    | GetCatalogueResponse401
    | GetCatalogueResponse403
    | GetCatalogueResponse404
    | GetCatalogueResponse422
    | GetCatalogueResponse429
    | GetCatalogueResponse500
    | GetCatalogueResponse502
    | GetCatalogueResponse503
    | GetCatalogueResponse504
    | None
):
    """One version with its items, every value flagged confirmed or not

    Args:
        version (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Catalogue | GetCatalogueResponse400 | GetCatalogueResponse401 | GetCatalogueResponse403 | GetCatalogueResponse404 | GetCatalogueResponse422 | GetCatalogueResponse429 | GetCatalogueResponse500 | GetCatalogueResponse502 | GetCatalogueResponse503 | GetCatalogueResponse504
    """

    return (
        await asyncio_detailed(
            version=version,
            client=client,
        )
    ).parsed
