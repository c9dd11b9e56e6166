from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.catalogue import Catalogue
from ...models.publish_catalogue_response_400 import PublishCatalogueResponse400
from ...models.publish_catalogue_response_401 import PublishCatalogueResponse401
from ...models.publish_catalogue_response_403 import PublishCatalogueResponse403
from ...models.publish_catalogue_response_404 import PublishCatalogueResponse404
from ...models.publish_catalogue_response_409 import PublishCatalogueResponse409
from ...models.publish_catalogue_response_413 import PublishCatalogueResponse413
from ...models.publish_catalogue_response_422 import PublishCatalogueResponse422
from ...models.publish_catalogue_response_429 import PublishCatalogueResponse429
from ...models.publish_catalogue_response_500 import PublishCatalogueResponse500
from ...models.publish_catalogue_response_502 import PublishCatalogueResponse502
from ...models.publish_catalogue_response_503 import PublishCatalogueResponse503
from ...models.publish_catalogue_response_504 import PublishCatalogueResponse504
from ...types import Response


def _get_kwargs(
    version: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/service-item-catalogues/{version}:publish".format(
            version=quote(str(version), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Catalogue
    | PublishCatalogueResponse400
    | PublishCatalogueResponse401
    | PublishCatalogueResponse403
    | PublishCatalogueResponse404
    | PublishCatalogueResponse409
    | PublishCatalogueResponse413
    | PublishCatalogueResponse422
    | PublishCatalogueResponse429
    | PublishCatalogueResponse500
    | PublishCatalogueResponse502
    | PublishCatalogueResponse503
    | PublishCatalogueResponse504
    | None
):
    if response.status_code == 200:
        response_200 = Catalogue.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = PublishCatalogueResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = PublishCatalogueResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = PublishCatalogueResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = PublishCatalogueResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = PublishCatalogueResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = PublishCatalogueResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = PublishCatalogueResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = PublishCatalogueResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = PublishCatalogueResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = PublishCatalogueResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = PublishCatalogueResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = PublishCatalogueResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Catalogue
    | PublishCatalogueResponse400
    | PublishCatalogueResponse401
    | PublishCatalogueResponse403
    | PublishCatalogueResponse404
    | PublishCatalogueResponse409
    | PublishCatalogueResponse413
    | PublishCatalogueResponse422
    | PublishCatalogueResponse429
    | PublishCatalogueResponse500
    | PublishCatalogueResponse502
    | PublishCatalogueResponse503
    | PublishCatalogueResponse504
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
    | PublishCatalogueResponse400
    | PublishCatalogueResponse401
    | PublishCatalogueResponse403
    | PublishCatalogueResponse404
    | PublishCatalogueResponse409
    | PublishCatalogueResponse413
    | PublishCatalogueResponse422
    | PublishCatalogueResponse429
    | PublishCatalogueResponse500
    | PublishCatalogueResponse502
    | PublishCatalogueResponse503
    | PublishCatalogueResponse504
]:
    """Publish a draft: in force from its effective_from until the next published version (bureau)

    Args:
        version (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Catalogue | PublishCatalogueResponse400 | PublishCatalogueResponse401 | PublishCatalogueResponse403 | PublishCatalogueResponse404 | PublishCatalogueResponse409 | PublishCatalogueResponse413 | PublishCatalogueResponse422 | PublishCatalogueResponse429 | PublishCatalogueResponse500 | PublishCatalogueResponse502 | PublishCatalogueResponse503 | PublishCatalogueResponse504]
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
    | PublishCatalogueResponse400
    | PublishCatalogueResponse401
    | PublishCatalogueResponse403
    | PublishCatalogueResponse404
    | PublishCatalogueResponse409
    | PublishCatalogueResponse413
    | PublishCatalogueResponse422
    | PublishCatalogueResponse429
    | PublishCatalogueResponse500
    | PublishCatalogueResponse502
    | PublishCatalogueResponse503
    | PublishCatalogueResponse504
    | None
):
    """Publish a draft: in force from its effective_from until the next published version (bureau)

    Args:
        version (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Catalogue | PublishCatalogueResponse400 | PublishCatalogueResponse401 | PublishCatalogueResponse403 | PublishCatalogueResponse404 | PublishCatalogueResponse409 | PublishCatalogueResponse413 | PublishCatalogueResponse422 | PublishCatalogueResponse429 | PublishCatalogueResponse500 | PublishCatalogueResponse502 | PublishCatalogueResponse503 | PublishCatalogueResponse504
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
    | PublishCatalogueResponse400
    | PublishCatalogueResponse401
    | PublishCatalogueResponse403
    | PublishCatalogueResponse404
    | PublishCatalogueResponse409
    | PublishCatalogueResponse413
    | PublishCatalogueResponse422
    | PublishCatalogueResponse429
    | PublishCatalogueResponse500
    | PublishCatalogueResponse502
    | PublishCatalogueResponse503
    | PublishCatalogueResponse504
]:
    """Publish a draft: in force from its effective_from until the next published version (bureau)

    Args:
        version (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Catalogue | PublishCatalogueResponse400 | PublishCatalogueResponse401 | PublishCatalogueResponse403 | PublishCatalogueResponse404 | PublishCatalogueResponse409 | PublishCatalogueResponse413 | PublishCatalogueResponse422 | PublishCatalogueResponse429 | PublishCatalogueResponse500 | PublishCatalogueResponse502 | PublishCatalogueResponse503 | PublishCatalogueResponse504]
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
    | PublishCatalogueResponse400
    | PublishCatalogueResponse401
    | PublishCatalogueResponse403
    | PublishCatalogueResponse404
    | PublishCatalogueResponse409
    | PublishCatalogueResponse413
    | PublishCatalogueResponse422
    | PublishCatalogueResponse429
    | PublishCatalogueResponse500
    | PublishCatalogueResponse502
    | PublishCatalogueResponse503
    | PublishCatalogueResponse504
    | None
):
    """Publish a draft: in force from its effective_from until the next published version (bureau)

    Args:
        version (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Catalogue | PublishCatalogueResponse400 | PublishCatalogueResponse401 | PublishCatalogueResponse403 | PublishCatalogueResponse404 | PublishCatalogueResponse409 | PublishCatalogueResponse413 | PublishCatalogueResponse422 | PublishCatalogueResponse429 | PublishCatalogueResponse500 | PublishCatalogueResponse502 | PublishCatalogueResponse503 | PublishCatalogueResponse504
    """

    return (
        await asyncio_detailed(
            version=version,
            client=client,
        )
    ).parsed
