from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.county import County
from ...models.get_county_response_400 import GetCountyResponse400
from ...models.get_county_response_401 import GetCountyResponse401
from ...models.get_county_response_403 import GetCountyResponse403
from ...models.get_county_response_404 import GetCountyResponse404
from ...models.get_county_response_422 import GetCountyResponse422
from ...models.get_county_response_429 import GetCountyResponse429
from ...models.get_county_response_500 import GetCountyResponse500
from ...models.get_county_response_502 import GetCountyResponse502
from ...models.get_county_response_503 import GetCountyResponse503
from ...models.get_county_response_504 import GetCountyResponse504
from ...types import Response


def _get_kwargs(
    code: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/counties/{code}".format(
            code=quote(str(code), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    County
    | GetCountyResponse400
    | GetCountyResponse401
    | GetCountyResponse403
    | GetCountyResponse404
    | GetCountyResponse422
    | GetCountyResponse429
    | GetCountyResponse500
    | GetCountyResponse502
    | GetCountyResponse503
    | GetCountyResponse504
    | None
):
    if response.status_code == 200:
        response_200 = County.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetCountyResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetCountyResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetCountyResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetCountyResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = GetCountyResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetCountyResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetCountyResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = GetCountyResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = GetCountyResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = GetCountyResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    County
    | GetCountyResponse400
    | GetCountyResponse401
    | GetCountyResponse403
    | GetCountyResponse404
    | GetCountyResponse422
    | GetCountyResponse429
    | GetCountyResponse500
    | GetCountyResponse502
    | GetCountyResponse503
    | GetCountyResponse504
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    County
    | GetCountyResponse400
    | GetCountyResponse401
    | GetCountyResponse403
    | GetCountyResponse404
    | GetCountyResponse422
    | GetCountyResponse429
    | GetCountyResponse500
    | GetCountyResponse502
    | GetCountyResponse503
    | GetCountyResponse504
]:
    """One accounting unit

    Args:
        code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[County | GetCountyResponse400 | GetCountyResponse401 | GetCountyResponse403 | GetCountyResponse404 | GetCountyResponse422 | GetCountyResponse429 | GetCountyResponse500 | GetCountyResponse502 | GetCountyResponse503 | GetCountyResponse504]
    """

    kwargs = _get_kwargs(
        code=code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    code: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    County
    | GetCountyResponse400
    | GetCountyResponse401
    | GetCountyResponse403
    | GetCountyResponse404
    | GetCountyResponse422
    | GetCountyResponse429
    | GetCountyResponse500
    | GetCountyResponse502
    | GetCountyResponse503
    | GetCountyResponse504
    | None
):
    """One accounting unit

    Args:
        code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        County | GetCountyResponse400 | GetCountyResponse401 | GetCountyResponse403 | GetCountyResponse404 | GetCountyResponse422 | GetCountyResponse429 | GetCountyResponse500 | GetCountyResponse502 | GetCountyResponse503 | GetCountyResponse504
    """

    return sync_detailed(
        code=code,
        client=client,
    ).parsed


async def asyncio_detailed(
    code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    County
    | GetCountyResponse400
    | GetCountyResponse401
    | GetCountyResponse403
    | GetCountyResponse404
    | GetCountyResponse422
    | GetCountyResponse429
    | GetCountyResponse500
    | GetCountyResponse502
    | GetCountyResponse503
    | GetCountyResponse504
]:
    """One accounting unit

    Args:
        code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[County | GetCountyResponse400 | GetCountyResponse401 | GetCountyResponse403 | GetCountyResponse404 | GetCountyResponse422 | GetCountyResponse429 | GetCountyResponse500 | GetCountyResponse502 | GetCountyResponse503 | GetCountyResponse504]
    """

    kwargs = _get_kwargs(
        code=code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    code: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    County
    | GetCountyResponse400
    | GetCountyResponse401
    | GetCountyResponse403
    | GetCountyResponse404
    | GetCountyResponse422
    | GetCountyResponse429
    | GetCountyResponse500
    | GetCountyResponse502
    | GetCountyResponse503
    | GetCountyResponse504
    | None
):
    """One accounting unit

    Args:
        code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        County | GetCountyResponse400 | GetCountyResponse401 | GetCountyResponse403 | GetCountyResponse404 | GetCountyResponse422 | GetCountyResponse429 | GetCountyResponse500 | GetCountyResponse502 | GetCountyResponse503 | GetCountyResponse504
    """

    return (
        await asyncio_detailed(
            code=code,
            client=client,
        )
    ).parsed
