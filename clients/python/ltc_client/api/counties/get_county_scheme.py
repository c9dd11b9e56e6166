from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_county_scheme_response_400 import GetCountySchemeResponse400
from ...models.get_county_scheme_response_401 import GetCountySchemeResponse401
from ...models.get_county_scheme_response_403 import GetCountySchemeResponse403
from ...models.get_county_scheme_response_404 import GetCountySchemeResponse404
from ...models.get_county_scheme_response_422 import GetCountySchemeResponse422
from ...models.get_county_scheme_response_429 import GetCountySchemeResponse429
from ...models.get_county_scheme_response_500 import GetCountySchemeResponse500
from ...models.get_county_scheme_response_502 import GetCountySchemeResponse502
from ...models.get_county_scheme_response_503 import GetCountySchemeResponse503
from ...models.get_county_scheme_response_504 import GetCountySchemeResponse504
from ...models.scheme_history import SchemeHistory
from ...types import Response


def _get_kwargs(
    code: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/counties/{code}/scheme".format(
            code=quote(str(code), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetCountySchemeResponse400
    | GetCountySchemeResponse401
    | GetCountySchemeResponse403
    | GetCountySchemeResponse404
    | GetCountySchemeResponse422
    | GetCountySchemeResponse429
    | GetCountySchemeResponse500
    | GetCountySchemeResponse502
    | GetCountySchemeResponse503
    | GetCountySchemeResponse504
    | SchemeHistory
    | None
):
    if response.status_code == 200:
        response_200 = SchemeHistory.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetCountySchemeResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetCountySchemeResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetCountySchemeResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetCountySchemeResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = GetCountySchemeResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetCountySchemeResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetCountySchemeResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = GetCountySchemeResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = GetCountySchemeResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = GetCountySchemeResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetCountySchemeResponse400
    | GetCountySchemeResponse401
    | GetCountySchemeResponse403
    | GetCountySchemeResponse404
    | GetCountySchemeResponse422
    | GetCountySchemeResponse429
    | GetCountySchemeResponse500
    | GetCountySchemeResponse502
    | GetCountySchemeResponse503
    | GetCountySchemeResponse504
    | SchemeHistory
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
    GetCountySchemeResponse400
    | GetCountySchemeResponse401
    | GetCountySchemeResponse403
    | GetCountySchemeResponse404
    | GetCountySchemeResponse422
    | GetCountySchemeResponse429
    | GetCountySchemeResponse500
    | GetCountySchemeResponse502
    | GetCountySchemeResponse503
    | GetCountySchemeResponse504
    | SchemeHistory
]:
    """A unit's scheme start in force and its history

    Args:
        code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCountySchemeResponse400 | GetCountySchemeResponse401 | GetCountySchemeResponse403 | GetCountySchemeResponse404 | GetCountySchemeResponse422 | GetCountySchemeResponse429 | GetCountySchemeResponse500 | GetCountySchemeResponse502 | GetCountySchemeResponse503 | GetCountySchemeResponse504 | SchemeHistory]
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
    GetCountySchemeResponse400
    | GetCountySchemeResponse401
    | GetCountySchemeResponse403
    | GetCountySchemeResponse404
    | GetCountySchemeResponse422
    | GetCountySchemeResponse429
    | GetCountySchemeResponse500
    | GetCountySchemeResponse502
    | GetCountySchemeResponse503
    | GetCountySchemeResponse504
    | SchemeHistory
    | None
):
    """A unit's scheme start in force and its history

    Args:
        code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCountySchemeResponse400 | GetCountySchemeResponse401 | GetCountySchemeResponse403 | GetCountySchemeResponse404 | GetCountySchemeResponse422 | GetCountySchemeResponse429 | GetCountySchemeResponse500 | GetCountySchemeResponse502 | GetCountySchemeResponse503 | GetCountySchemeResponse504 | SchemeHistory
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
    GetCountySchemeResponse400
    | GetCountySchemeResponse401
    | GetCountySchemeResponse403
    | GetCountySchemeResponse404
    | GetCountySchemeResponse422
    | GetCountySchemeResponse429
    | GetCountySchemeResponse500
    | GetCountySchemeResponse502
    | GetCountySchemeResponse503
    | GetCountySchemeResponse504
    | SchemeHistory
]:
    """A unit's scheme start in force and its history

    Args:
        code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCountySchemeResponse400 | GetCountySchemeResponse401 | GetCountySchemeResponse403 | GetCountySchemeResponse404 | GetCountySchemeResponse422 | GetCountySchemeResponse429 | GetCountySchemeResponse500 | GetCountySchemeResponse502 | GetCountySchemeResponse503 | GetCountySchemeResponse504 | SchemeHistory]
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
    GetCountySchemeResponse400
    | GetCountySchemeResponse401
    | GetCountySchemeResponse403
    | GetCountySchemeResponse404
    | GetCountySchemeResponse422
    | GetCountySchemeResponse429
    | GetCountySchemeResponse500
    | GetCountySchemeResponse502
    | GetCountySchemeResponse503
    | GetCountySchemeResponse504
    | SchemeHistory
    | None
):
    """A unit's scheme start in force and its history

    Args:
        code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCountySchemeResponse400 | GetCountySchemeResponse401 | GetCountySchemeResponse403 | GetCountySchemeResponse404 | GetCountySchemeResponse422 | GetCountySchemeResponse429 | GetCountySchemeResponse500 | GetCountySchemeResponse502 | GetCountySchemeResponse503 | GetCountySchemeResponse504 | SchemeHistory
    """

    return (
        await asyncio_detailed(
            code=code,
            client=client,
        )
    ).parsed
