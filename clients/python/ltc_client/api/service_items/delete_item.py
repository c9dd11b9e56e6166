from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_item_response_400 import DeleteItemResponse400
from ...models.delete_item_response_401 import DeleteItemResponse401
from ...models.delete_item_response_403 import DeleteItemResponse403
from ...models.delete_item_response_404 import DeleteItemResponse404
from ...models.delete_item_response_409 import DeleteItemResponse409
from ...models.delete_item_response_422 import DeleteItemResponse422
from ...models.delete_item_response_429 import DeleteItemResponse429
from ...models.delete_item_response_500 import DeleteItemResponse500
from ...models.delete_item_response_502 import DeleteItemResponse502
from ...models.delete_item_response_503 import DeleteItemResponse503
from ...models.delete_item_response_504 import DeleteItemResponse504
from ...types import Response


def _get_kwargs(
    version: str,
    code: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/service-item-catalogues/{version}/items/{code}".format(
            version=quote(str(version), safe=""),
            code=quote(str(code), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | DeleteItemResponse400
    | DeleteItemResponse401
    | DeleteItemResponse403
    | DeleteItemResponse404
    | DeleteItemResponse409
    | DeleteItemResponse422
    | DeleteItemResponse429
    | DeleteItemResponse500
    | DeleteItemResponse502
    | DeleteItemResponse503
    | DeleteItemResponse504
    | None
):
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = DeleteItemResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = DeleteItemResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = DeleteItemResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = DeleteItemResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = DeleteItemResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = DeleteItemResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = DeleteItemResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = DeleteItemResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = DeleteItemResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = DeleteItemResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = DeleteItemResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any
    | DeleteItemResponse400
    | DeleteItemResponse401
    | DeleteItemResponse403
    | DeleteItemResponse404
    | DeleteItemResponse409
    | DeleteItemResponse422
    | DeleteItemResponse429
    | DeleteItemResponse500
    | DeleteItemResponse502
    | DeleteItemResponse503
    | DeleteItemResponse504
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
    Any
    | DeleteItemResponse400
    | DeleteItemResponse401
    | DeleteItemResponse403
    | DeleteItemResponse404
    | DeleteItemResponse409
    | DeleteItemResponse422
    | DeleteItemResponse429
    | DeleteItemResponse500
    | DeleteItemResponse502
    | DeleteItemResponse503
    | DeleteItemResponse504
]:
    """Take an item out of a draft (bureau)

    Args:
        version (str):
        code (str): the national long-term-care service-item code (医保办函〔2025〕28号): 17 characters,
            upper-case letters and digits, in five parts (the parts' lengths are not checked: not
            confirmed)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeleteItemResponse400 | DeleteItemResponse401 | DeleteItemResponse403 | DeleteItemResponse404 | DeleteItemResponse409 | DeleteItemResponse422 | DeleteItemResponse429 | DeleteItemResponse500 | DeleteItemResponse502 | DeleteItemResponse503 | DeleteItemResponse504]
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
    Any
    | DeleteItemResponse400
    | DeleteItemResponse401
    | DeleteItemResponse403
    | DeleteItemResponse404
    | DeleteItemResponse409
    | DeleteItemResponse422
    | DeleteItemResponse429
    | DeleteItemResponse500
    | DeleteItemResponse502
    | DeleteItemResponse503
    | DeleteItemResponse504
    | None
):
    """Take an item out of a draft (bureau)

    Args:
        version (str):
        code (str): the national long-term-care service-item code (医保办函〔2025〕28号): 17 characters,
            upper-case letters and digits, in five parts (the parts' lengths are not checked: not
            confirmed)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeleteItemResponse400 | DeleteItemResponse401 | DeleteItemResponse403 | DeleteItemResponse404 | DeleteItemResponse409 | DeleteItemResponse422 | DeleteItemResponse429 | DeleteItemResponse500 | DeleteItemResponse502 | DeleteItemResponse503 | DeleteItemResponse504
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
    Any
    | DeleteItemResponse400
    | DeleteItemResponse401
    | DeleteItemResponse403
    | DeleteItemResponse404
    | DeleteItemResponse409
    | DeleteItemResponse422
    | DeleteItemResponse429
    | DeleteItemResponse500
    | DeleteItemResponse502
    | DeleteItemResponse503
    | DeleteItemResponse504
]:
    """Take an item out of a draft (bureau)

    Args:
        version (str):
        code (str): the national long-term-care service-item code (医保办函〔2025〕28号): 17 characters,
            upper-case letters and digits, in five parts (the parts' lengths are not checked: not
            confirmed)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeleteItemResponse400 | DeleteItemResponse401 | DeleteItemResponse403 | DeleteItemResponse404 | DeleteItemResponse409 | DeleteItemResponse422 | DeleteItemResponse429 | DeleteItemResponse500 | DeleteItemResponse502 | DeleteItemResponse503 | DeleteItemResponse504]
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
    Any
    | DeleteItemResponse400
    | DeleteItemResponse401
    | DeleteItemResponse403
    | DeleteItemResponse404
    | DeleteItemResponse409
    | DeleteItemResponse422
    | DeleteItemResponse429
    | DeleteItemResponse500
    | DeleteItemResponse502
    | DeleteItemResponse503
    | DeleteItemResponse504
    | None
):
    """Take an item out of a draft (bureau)

    Args:
        version (str):
        code (str): the national long-term-care service-item code (医保办函〔2025〕28号): 17 characters,
            upper-case letters and digits, in five parts (the parts' lengths are not checked: not
            confirmed)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeleteItemResponse400 | DeleteItemResponse401 | DeleteItemResponse403 | DeleteItemResponse404 | DeleteItemResponse409 | DeleteItemResponse422 | DeleteItemResponse429 | DeleteItemResponse500 | DeleteItemResponse502 | DeleteItemResponse503 | DeleteItemResponse504
    """

    return (
        await asyncio_detailed(
            version=version,
            code=code,
            client=client,
        )
    ).parsed
