from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_calendar_response_400 import GetCalendarResponse400
from ...models.get_calendar_response_401 import GetCalendarResponse401
from ...models.get_calendar_response_403 import GetCalendarResponse403
from ...models.get_calendar_response_404 import GetCalendarResponse404
from ...models.get_calendar_response_422 import GetCalendarResponse422
from ...models.get_calendar_response_429 import GetCalendarResponse429
from ...models.get_calendar_response_500 import GetCalendarResponse500
from ...models.get_calendar_response_502 import GetCalendarResponse502
from ...models.get_calendar_response_503 import GetCalendarResponse503
from ...models.get_calendar_response_504 import GetCalendarResponse504
from ...models.working_calendar import WorkingCalendar
from ...types import Response


def _get_kwargs(
    year: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/working-calendars/{year}".format(
            year=quote(str(year), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetCalendarResponse400
    | GetCalendarResponse401
    | GetCalendarResponse403
    | GetCalendarResponse404
    | GetCalendarResponse422
    | GetCalendarResponse429
    | GetCalendarResponse500
    | GetCalendarResponse502
    | GetCalendarResponse503
    | GetCalendarResponse504
    | WorkingCalendar
    | None
):
    if response.status_code == 200:
        response_200 = WorkingCalendar.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetCalendarResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetCalendarResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetCalendarResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetCalendarResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = GetCalendarResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetCalendarResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetCalendarResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = GetCalendarResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = GetCalendarResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = GetCalendarResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetCalendarResponse400
    | GetCalendarResponse401
    | GetCalendarResponse403
    | GetCalendarResponse404
    | GetCalendarResponse422
    | GetCalendarResponse429
    | GetCalendarResponse500
    | GetCalendarResponse502
    | GetCalendarResponse503
    | GetCalendarResponse504
    | WorkingCalendar
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    year: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetCalendarResponse400
    | GetCalendarResponse401
    | GetCalendarResponse403
    | GetCalendarResponse404
    | GetCalendarResponse422
    | GetCalendarResponse429
    | GetCalendarResponse500
    | GetCalendarResponse502
    | GetCalendarResponse503
    | GetCalendarResponse504
    | WorkingCalendar
]:
    """Holidays and make-up workdays of a year

    Args:
        year (int): a calendar year

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCalendarResponse400 | GetCalendarResponse401 | GetCalendarResponse403 | GetCalendarResponse404 | GetCalendarResponse422 | GetCalendarResponse429 | GetCalendarResponse500 | GetCalendarResponse502 | GetCalendarResponse503 | GetCalendarResponse504 | WorkingCalendar]
    """

    kwargs = _get_kwargs(
        year=year,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    year: int,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetCalendarResponse400
    | GetCalendarResponse401
    | GetCalendarResponse403
    | GetCalendarResponse404
    | GetCalendarResponse422
    | GetCalendarResponse429
    | GetCalendarResponse500
    | GetCalendarResponse502
    | GetCalendarResponse503
    | GetCalendarResponse504
    | WorkingCalendar
    | None
):
    """Holidays and make-up workdays of a year

    Args:
        year (int): a calendar year

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCalendarResponse400 | GetCalendarResponse401 | GetCalendarResponse403 | GetCalendarResponse404 | GetCalendarResponse422 | GetCalendarResponse429 | GetCalendarResponse500 | GetCalendarResponse502 | GetCalendarResponse503 | GetCalendarResponse504 | WorkingCalendar
    """

    return sync_detailed(
        year=year,
        client=client,
    ).parsed


async def asyncio_detailed(
    year: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetCalendarResponse400
    | GetCalendarResponse401
    | GetCalendarResponse403
    | GetCalendarResponse404
    | GetCalendarResponse422
    | GetCalendarResponse429
    | GetCalendarResponse500
    | GetCalendarResponse502
    | GetCalendarResponse503
    | GetCalendarResponse504
    | WorkingCalendar
]:
    """Holidays and make-up workdays of a year

    Args:
        year (int): a calendar year

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCalendarResponse400 | GetCalendarResponse401 | GetCalendarResponse403 | GetCalendarResponse404 | GetCalendarResponse422 | GetCalendarResponse429 | GetCalendarResponse500 | GetCalendarResponse502 | GetCalendarResponse503 | GetCalendarResponse504 | WorkingCalendar]
    """

    kwargs = _get_kwargs(
        year=year,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    year: int,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetCalendarResponse400
    | GetCalendarResponse401
    | GetCalendarResponse403
    | GetCalendarResponse404
    | GetCalendarResponse422
    | GetCalendarResponse429
    | GetCalendarResponse500
    | GetCalendarResponse502
    | GetCalendarResponse503
    | GetCalendarResponse504
    | WorkingCalendar
    | None
):
    """Holidays and make-up workdays of a year

    Args:
        year (int): a calendar year

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCalendarResponse400 | GetCalendarResponse401 | GetCalendarResponse403 | GetCalendarResponse404 | GetCalendarResponse422 | GetCalendarResponse429 | GetCalendarResponse500 | GetCalendarResponse502 | GetCalendarResponse503 | GetCalendarResponse504 | WorkingCalendar
    """

    return (
        await asyncio_detailed(
            year=year,
            client=client,
        )
    ).parsed
