from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.county_list import CountyList
from ...models.list_counties_response_400 import ListCountiesResponse400
from ...models.list_counties_response_401 import ListCountiesResponse401
from ...models.list_counties_response_403 import ListCountiesResponse403
from ...models.list_counties_response_422 import ListCountiesResponse422
from ...models.list_counties_response_429 import ListCountiesResponse429
from ...models.list_counties_response_500 import ListCountiesResponse500
from ...models.list_counties_response_502 import ListCountiesResponse502
from ...models.list_counties_response_503 import ListCountiesResponse503
from ...models.list_counties_response_504 import ListCountiesResponse504
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/counties",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CountyList
    | ListCountiesResponse400
    | ListCountiesResponse401
    | ListCountiesResponse403
    | ListCountiesResponse422
    | ListCountiesResponse429
    | ListCountiesResponse500
    | ListCountiesResponse502
    | ListCountiesResponse503
    | ListCountiesResponse504
    | None
):
    if response.status_code == 200:
        response_200 = CountyList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListCountiesResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListCountiesResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListCountiesResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = ListCountiesResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ListCountiesResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ListCountiesResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ListCountiesResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ListCountiesResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ListCountiesResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CountyList
    | ListCountiesResponse400
    | ListCountiesResponse401
    | ListCountiesResponse403
    | ListCountiesResponse422
    | ListCountiesResponse429
    | ListCountiesResponse500
    | ListCountiesResponse502
    | ListCountiesResponse503
    | ListCountiesResponse504
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
) -> Response[
    CountyList
    | ListCountiesResponse400
    | ListCountiesResponse401
    | ListCountiesResponse403
    | ListCountiesResponse422
    | ListCountiesResponse429
    | ListCountiesResponse500
    | ListCountiesResponse502
    | ListCountiesResponse503
    | ListCountiesResponse504
]:
    """The accounting units (code, name, scheme start, target)

     Every role reads every unit: the list is public reference data, not personal data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CountyList | ListCountiesResponse400 | ListCountiesResponse401 | ListCountiesResponse403 | ListCountiesResponse422 | ListCountiesResponse429 | ListCountiesResponse500 | ListCountiesResponse502 | ListCountiesResponse503 | ListCountiesResponse504]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> (
    CountyList
    | ListCountiesResponse400
    | ListCountiesResponse401
    | ListCountiesResponse403
    | ListCountiesResponse422
    | ListCountiesResponse429
    | ListCountiesResponse500
    | ListCountiesResponse502
    | ListCountiesResponse503
    | ListCountiesResponse504
    | None
):
    """The accounting units (code, name, scheme start, target)

     Every role reads every unit: the list is public reference data, not personal data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CountyList | ListCountiesResponse400 | ListCountiesResponse401 | ListCountiesResponse403 | ListCountiesResponse422 | ListCountiesResponse429 | ListCountiesResponse500 | ListCountiesResponse502 | ListCountiesResponse503 | ListCountiesResponse504
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    CountyList
    | ListCountiesResponse400
    | ListCountiesResponse401
    | ListCountiesResponse403
    | ListCountiesResponse422
    | ListCountiesResponse429
    | ListCountiesResponse500
    | ListCountiesResponse502
    | ListCountiesResponse503
    | ListCountiesResponse504
]:
    """The accounting units (code, name, scheme start, target)

     Every role reads every unit: the list is public reference data, not personal data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CountyList | ListCountiesResponse400 | ListCountiesResponse401 | ListCountiesResponse403 | ListCountiesResponse422 | ListCountiesResponse429 | ListCountiesResponse500 | ListCountiesResponse502 | ListCountiesResponse503 | ListCountiesResponse504]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> (
    CountyList
    | ListCountiesResponse400
    | ListCountiesResponse401
    | ListCountiesResponse403
    | ListCountiesResponse422
    | ListCountiesResponse429
    | ListCountiesResponse500
    | ListCountiesResponse502
    | ListCountiesResponse503
    | ListCountiesResponse504
    | None
):
    """The accounting units (code, name, scheme start, target)

     Every role reads every unit: the list is public reference data, not personal data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CountyList | ListCountiesResponse400 | ListCountiesResponse401 | ListCountiesResponse403 | ListCountiesResponse422 | ListCountiesResponse429 | ListCountiesResponse500 | ListCountiesResponse502 | ListCountiesResponse503 | ListCountiesResponse504
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
