from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_item_response_400 import GetItemResponse400
from ...models.get_item_response_401 import GetItemResponse401
from ...models.get_item_response_403 import GetItemResponse403
from ...models.get_item_response_404 import GetItemResponse404
from ...models.get_item_response_422 import GetItemResponse422
from ...models.get_item_response_429 import GetItemResponse429
from ...models.get_item_response_500 import GetItemResponse500
from ...models.get_item_response_502 import GetItemResponse502
from ...models.get_item_response_503 import GetItemResponse503
from ...models.get_item_response_504 import GetItemResponse504
from ...models.service_item import ServiceItem
from ...types import Response


def _get_kwargs(
    version: str,
    code: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/service-item-catalogues/{version}/items/{code}".format(
            version=quote(str(version), safe=""),
            code=quote(str(code), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetItemResponse400
    | GetItemResponse401
    | GetItemResponse403
    | GetItemResponse404
    | GetItemResponse422
    | GetItemResponse429
    | GetItemResponse500
    | GetItemResponse502
    | GetItemResponse503
    | GetItemResponse504
    | ServiceItem
    | None
):
    if response.status_code == 200:
        response_200 = ServiceItem.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetItemResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetItemResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetItemResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetItemResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = GetItemResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetItemResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetItemResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = GetItemResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = GetItemResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = GetItemResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetItemResponse400
    | GetItemResponse401
    | GetItemResponse403
    | GetItemResponse404
    | GetItemResponse422
    | GetItemResponse429
    | GetItemResponse500
    | GetItemResponse502
    | GetItemResponse503
    | GetItemResponse504
    | ServiceItem
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    version: str,
    code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetItemResponse400
    | GetItemResponse401
    | GetItemResponse403
    | GetItemResponse404
    | GetItemResponse422
    | GetItemResponse429
    | GetItemResponse500
    | GetItemResponse502
    | GetItemResponse503
    | GetItemResponse504
    | ServiceItem
]:
    """One item of a version

    Args:
        version (str):
        code (str): the national long-term-care service-item code (医保办函〔2025〕28号): 17 characters,
            upper-case letters and digits, in five parts (the parts' lengths are not checked: not
            confirmed)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetItemResponse400 | GetItemResponse401 | GetItemResponse403 | GetItemResponse404 | GetItemResponse422 | GetItemResponse429 | GetItemResponse500 | GetItemResponse502 | GetItemResponse503 | GetItemResponse504 | ServiceItem]
    """

    kwargs = _get_kwargs(
        version=version,
        code=code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    version: str,
    code: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetItemResponse400
    | GetItemResponse401
    | GetItemResponse403
    | GetItemResponse404
    | GetItemResponse422
    | GetItemResponse429
    | GetItemResponse500
    | GetItemResponse502
    | GetItemResponse503
    | GetItemResponse504
    | ServiceItem
    | None
):
    """One item of a version

    Args:
        version (str):
        code (str): the national long-term-care service-item code (医保办函〔2025〕28号): 17 characters,
            upper-case letters and digits, in five parts (the parts' lengths are not checked: not
            confirmed)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetItemResponse400 | GetItemResponse401 | GetItemResponse403 | GetItemResponse404 | GetItemResponse422 | GetItemResponse429 | GetItemResponse500 | GetItemResponse502 | GetItemResponse503 | GetItemResponse504 | ServiceItem
    """

    return sync_detailed(
        version=version,
        code=code,
        client=client,
    ).parsed


async def asyncio_detailed(
    version: str,
    code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetItemResponse400
    | GetItemResponse401
    | GetItemResponse403
    | GetItemResponse404
    | GetItemResponse422
    | GetItemResponse429
    | GetItemResponse500
    | GetItemResponse502
    | GetItemResponse503
    | GetItemResponse504
    | ServiceItem
]:
    """One item of a version

    Args:
        version (str):
        code (str): the national long-term-care service-item code (医保办函〔2025〕28号): 17 characters,
            upper-case letters and digits, in five parts (the parts' lengths are not checked: not
            confirmed)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetItemResponse400 | GetItemResponse401 | GetItemResponse403 | GetItemResponse404 | GetItemResponse422 | GetItemResponse429 | GetItemResponse500 | GetItemResponse502 | GetItemResponse503 | GetItemResponse504 | ServiceItem]
    """

    kwargs = _get_kwargs(
        version=version,
        code=code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    version: str,
    code: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetItemResponse400
    | GetItemResponse401
    | GetItemResponse403
    | GetItemResponse404
    | GetItemResponse422
    | GetItemResponse429
    | GetItemResponse500
    | GetItemResponse502
    | GetItemResponse503
    | GetItemResponse504
    | ServiceItem
    | None
):
    """One item of a version

    Args:
        version (str):
        code (str): the national long-term-care service-item code (医保办函〔2025〕28号): 17 characters,
            upper-case letters and digits, in five parts (the parts' lengths are not checked: not
            confirmed)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetItemResponse400 | GetItemResponse401 | GetItemResponse403 | GetItemResponse404 | GetItemResponse422 | GetItemResponse429 | GetItemResponse500 | GetItemResponse502 | GetItemResponse503 | GetItemResponse504 | ServiceItem
    """

    return (
        await asyncio_detailed(
            version=version,
            code=code,
            client=client,
        )
    ).parsed
