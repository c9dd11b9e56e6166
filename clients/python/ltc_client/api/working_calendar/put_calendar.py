from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.put_calendar_response_400 import PutCalendarResponse400
from ...models.put_calendar_response_401 import PutCalendarResponse401
from ...models.put_calendar_response_403 import PutCalendarResponse403
from ...models.put_calendar_response_404 import PutCalendarResponse404
from ...models.put_calendar_response_409 import PutCalendarResponse409
from ...models.put_calendar_response_413 import PutCalendarResponse413
from ...models.put_calendar_response_422 import PutCalendarResponse422
from ...models.put_calendar_response_429 import PutCalendarResponse429
from ...models.put_calendar_response_500 import PutCalendarResponse500
from ...models.put_calendar_response_502 import PutCalendarResponse502
from ...models.put_calendar_response_503 import PutCalendarResponse503
from ...models.put_calendar_response_504 import PutCalendarResponse504
from ...models.working_calendar import WorkingCalendar
from ...models.working_calendar_update import WorkingCalendarUpdate
from ...types import Response


def _get_kwargs(
    year: int,
    *,
    body: WorkingCalendarUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/working-calendars/{year}".format(
            year=quote(str(year), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    PutCalendarResponse400
    | PutCalendarResponse401
    | PutCalendarResponse403
    | PutCalendarResponse404
    | PutCalendarResponse409
    | PutCalendarResponse413
    | PutCalendarResponse422
    | PutCalendarResponse429
    | PutCalendarResponse500
    | PutCalendarResponse502
    | PutCalendarResponse503
    | PutCalendarResponse504
    | WorkingCalendar
    | None
):
    if response.status_code == 200:
        response_200 = WorkingCalendar.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = PutCalendarResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = PutCalendarResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = PutCalendarResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = PutCalendarResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = PutCalendarResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = PutCalendarResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = PutCalendarResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = PutCalendarResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = PutCalendarResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = PutCalendarResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = PutCalendarResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = PutCalendarResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    PutCalendarResponse400
    | PutCalendarResponse401
    | PutCalendarResponse403
    | PutCalendarResponse404
    | PutCalendarResponse409
    | PutCalendarResponse413
    | PutCalendarResponse422
    | PutCalendarResponse429
    | PutCalendarResponse500
    | PutCalendarResponse502
    | PutCalendarResponse503
    | PutCalendarResponse504
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
    body: WorkingCalendarUpdate,
) -> Response[
    PutCalendarResponse400
    | PutCalendarResponse401
    | PutCalendarResponse403
    | PutCalendarResponse404
    | PutCalendarResponse409
    | PutCalendarResponse413
    | PutCalendarResponse422
    | PutCalendarResponse429
    | PutCalendarResponse500
    | PutCalendarResponse502
    | PutCalendarResponse503
    | PutCalendarResponse504
    | WorkingCalendar
]:
    """Set a year's calendar (bureau)

     Replaces the year: weekends are days off, ``holidays`` too, ``makeup_workdays`` are working days.

    Args:
        year (int): a calendar year
        body (WorkingCalendarUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PutCalendarResponse400 | PutCalendarResponse401 | PutCalendarResponse403 | PutCalendarResponse404 | PutCalendarResponse409 | PutCalendarResponse413 | PutCalendarResponse422 | PutCalendarResponse429 | PutCalendarResponse500 | PutCalendarResponse502 | PutCalendarResponse503 | PutCalendarResponse504 | WorkingCalendar]
    """

    kwargs = _get_kwargs(
        year=year,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    year: int,
    *,
    client: AuthenticatedClient | Client,
    body: WorkingCalendarUpdate,
) -> (
    PutCalendarResponse400
    | PutCalendarResponse401
    | PutCalendarResponse403
    | PutCalendarResponse404
    | PutCalendarResponse409
    | PutCalendarResponse413
    | PutCalendarResponse422
    | PutCalendarResponse429
    | PutCalendarResponse500
    | PutCalendarResponse502
    | PutCalendarResponse503
    | PutCalendarResponse504
    | WorkingCalendar
    | None
):
    """Set a year's calendar (bureau)

     Replaces the year: weekends are days off, ``holidays`` too, ``makeup_workdays`` are working days.

    Args:
        year (int): a calendar year
        body (WorkingCalendarUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PutCalendarResponse400 | PutCalendarResponse401 | PutCalendarResponse403 | PutCalendarResponse404 | PutCalendarResponse409 | PutCalendarResponse413 | PutCalendarResponse422 | PutCalendarResponse429 | PutCalendarResponse500 | PutCalendarResponse502 | PutCalendarResponse503 | PutCalendarResponse504 | WorkingCalendar
    """

    return sync_detailed(
        year=year,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    year: int,
    *,
    client: AuthenticatedClient | Client,
    body: WorkingCalendarUpdate,
) -> Response[
    PutCalendarResponse400
    | PutCalendarResponse401
    | PutCalendarResponse403
    | PutCalendarResponse404
    | PutCalendarResponse409
    | PutCalendarResponse413
    | PutCalendarResponse422
    | PutCalendarResponse429
    | PutCalendarResponse500
    | PutCalendarResponse502
    | PutCalendarResponse503
    | PutCalendarResponse504
    | WorkingCalendar
]:
    """Set a year's calendar (bureau)

     Replaces the year: weekends are days off, ``holidays`` too, ``makeup_workdays`` are working days.

    Args:
        year (int): a calendar year
        body (WorkingCalendarUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PutCalendarResponse400 | PutCalendarResponse401 | PutCalendarResponse403 | PutCalendarResponse404 | PutCalendarResponse409 | PutCalendarResponse413 | PutCalendarResponse422 | PutCalendarResponse429 | PutCalendarResponse500 | PutCalendarResponse502 | PutCalendarResponse503 | PutCalendarResponse504 | WorkingCalendar]
    """

    kwargs = _get_kwargs(
        year=year,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    year: int,
    *,
    client: AuthenticatedClient | Client,
    body: WorkingCalendarUpdate,
) -> (
    PutCalendarResponse400
    | PutCalendarResponse401
    | PutCalendarResponse403
    | PutCalendarResponse404
    | PutCalendarResponse409
    | PutCalendarResponse413
    | PutCalendarResponse422
    | PutCalendarResponse429
    | PutCalendarResponse500
    | PutCalendarResponse502
    | PutCalendarResponse503
    | PutCalendarResponse504
    | WorkingCalendar
    | None
):
    """Set a year's calendar (bureau)

     Replaces the year: weekends are days off, ``holidays`` too, ``makeup_workdays`` are working days.

    Args:
        year (int): a calendar year
        body (WorkingCalendarUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PutCalendarResponse400 | PutCalendarResponse401 | PutCalendarResponse403 | PutCalendarResponse404 | PutCalendarResponse409 | PutCalendarResponse413 | PutCalendarResponse422 | PutCalendarResponse429 | PutCalendarResponse500 | PutCalendarResponse502 | PutCalendarResponse503 | PutCalendarResponse504 | WorkingCalendar
    """

    return (
        await asyncio_detailed(
            year=year,
            client=client,
            body=body,
        )
    ).parsed
