from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulletin import Bulletin
from ...models.county_out_of_scope_role_not_allowed_problem import CountyOutOfScopeRoleNotAllowedProblem
from ...models.get_clearing_401_problem import GetClearing401Problem
from ...models.get_clearing_422_problem import GetClearing422Problem
from ...models.internal_error_problem import InternalErrorProblem
from ...models.path_not_canonical_problem import PathNotCanonicalProblem
from ...models.quarterly_bulletin_503_problem import QuarterlyBulletin503Problem
from ...models.quarterly_bulletin_format_type_0 import QuarterlyBulletinFormatType0
from ...models.rate_limited_too_many_bad_keys_problem import RateLimitedTooManyBadKeysProblem
from ...models.upstream_error_problem import UpstreamErrorProblem
from ...models.upstream_timeout_problem import UpstreamTimeoutProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    year: int,
    quarter: int,
    format_: None | QuarterlyBulletinFormatType0 | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["year"] = year

    params["quarter"] = quarter

    json_format_: None | str | Unset
    if isinstance(format_, Unset):
        json_format_ = UNSET
    elif isinstance(format_, QuarterlyBulletinFormatType0):
        json_format_ = format_.value
    else:
        json_format_ = format_
    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/reports/quarterly",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Bulletin
    | CountyOutOfScopeRoleNotAllowedProblem
    | GetClearing401Problem
    | GetClearing422Problem
    | InternalErrorProblem
    | PathNotCanonicalProblem
    | QuarterlyBulletin503Problem
    | RateLimitedTooManyBadKeysProblem
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
    | None
):
    if response.status_code == 200:
        response_200 = Bulletin.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = PathNotCanonicalProblem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetClearing401Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CountyOutOfScopeRoleNotAllowedProblem.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = GetClearing422Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = RateLimitedTooManyBadKeysProblem.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = InternalErrorProblem.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = UpstreamErrorProblem.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = QuarterlyBulletin503Problem.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = UpstreamTimeoutProblem.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Bulletin
    | CountyOutOfScopeRoleNotAllowedProblem
    | GetClearing401Problem
    | GetClearing422Problem
    | InternalErrorProblem
    | PathNotCanonicalProblem
    | QuarterlyBulletin503Problem
    | RateLimitedTooManyBadKeysProblem
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
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
    year: int,
    quarter: int,
    format_: None | QuarterlyBulletinFormatType0 | Unset = UNSET,
) -> Response[
    Bulletin
    | CountyOutOfScopeRoleNotAllowedProblem
    | GetClearing401Problem
    | GetClearing422Problem
    | InternalErrorProblem
    | PathNotCanonicalProblem
    | QuarterlyBulletin503Problem
    | RateLimitedTooManyBadKeysProblem
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
]:
    """The quarterly data bulletin (数据通报) per county and city, ranked; CSV by Accept or format

     Every county's line of the quarter and the city's, ranked by insured against the 确保数; a contractor
    reads its counties' lines (with their rank among the 13) and the city's totals. ``Accept: text/csv``
    or
    ``format=csv`` for a file. 503 ``BULLETIN_SOURCE_UNAVAILABLE`` when enrollment or assessment cannot
    answer its KPI report.

    Args:
        year (int):
        quarter (int):
        format_ (None | QuarterlyBulletinFormatType0 | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Bulletin | CountyOutOfScopeRoleNotAllowedProblem | GetClearing401Problem | GetClearing422Problem | InternalErrorProblem | PathNotCanonicalProblem | QuarterlyBulletin503Problem | RateLimitedTooManyBadKeysProblem | UpstreamErrorProblem | UpstreamTimeoutProblem]
    """

    kwargs = _get_kwargs(
        year=year,
        quarter=quarter,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    year: int,
    quarter: int,
    format_: None | QuarterlyBulletinFormatType0 | Unset = UNSET,
) -> (
    Bulletin
    | CountyOutOfScopeRoleNotAllowedProblem
    | GetClearing401Problem
    | GetClearing422Problem
    | InternalErrorProblem
    | PathNotCanonicalProblem
    | QuarterlyBulletin503Problem
    | RateLimitedTooManyBadKeysProblem
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
    | None
):
    """The quarterly data bulletin (数据通报) per county and city, ranked; CSV by Accept or format

     Every county's line of the quarter and the city's, ranked by insured against the 确保数; a contractor
    reads its counties' lines (with their rank among the 13) and the city's totals. ``Accept: text/csv``
    or
    ``format=csv`` for a file. 503 ``BULLETIN_SOURCE_UNAVAILABLE`` when enrollment or assessment cannot
    answer its KPI report.

    Args:
        year (int):
        quarter (int):
        format_ (None | QuarterlyBulletinFormatType0 | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Bulletin | CountyOutOfScopeRoleNotAllowedProblem | GetClearing401Problem | GetClearing422Problem | InternalErrorProblem | PathNotCanonicalProblem | QuarterlyBulletin503Problem | RateLimitedTooManyBadKeysProblem | UpstreamErrorProblem | UpstreamTimeoutProblem
    """

    return sync_detailed(
        client=client,
        year=year,
        quarter=quarter,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    year: int,
    quarter: int,
    format_: None | QuarterlyBulletinFormatType0 | Unset = UNSET,
) -> Response[
    Bulletin
    | CountyOutOfScopeRoleNotAllowedProblem
    | GetClearing401Problem
    | GetClearing422Problem
    | InternalErrorProblem
    | PathNotCanonicalProblem
    | QuarterlyBulletin503Problem
    | RateLimitedTooManyBadKeysProblem
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
]:
    """The quarterly data bulletin (数据通报) per county and city, ranked; CSV by Accept or format

     Every county's line of the quarter and the city's, ranked by insured against the 确保数; a contractor
    reads its counties' lines (with their rank among the 13) and the city's totals. ``Accept: text/csv``
    or
    ``format=csv`` for a file. 503 ``BULLETIN_SOURCE_UNAVAILABLE`` when enrollment or assessment cannot
    answer its KPI report.

    Args:
        year (int):
        quarter (int):
        format_ (None | QuarterlyBulletinFormatType0 | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Bulletin | CountyOutOfScopeRoleNotAllowedProblem | GetClearing401Problem | GetClearing422Problem | InternalErrorProblem | PathNotCanonicalProblem | QuarterlyBulletin503Problem | RateLimitedTooManyBadKeysProblem | UpstreamErrorProblem | UpstreamTimeoutProblem]
    """

    kwargs = _get_kwargs(
        year=year,
        quarter=quarter,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    year: int,
    quarter: int,
    format_: None | QuarterlyBulletinFormatType0 | Unset = UNSET,
) -> (
    Bulletin
    | CountyOutOfScopeRoleNotAllowedProblem
    | GetClearing401Problem
    | GetClearing422Problem
    | InternalErrorProblem
    | PathNotCanonicalProblem
    | QuarterlyBulletin503Problem
    | RateLimitedTooManyBadKeysProblem
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
    | None
):
    """The quarterly data bulletin (数据通报) per county and city, ranked; CSV by Accept or format

     Every county's line of the quarter and the city's, ranked by insured against the 确保数; a contractor
    reads its counties' lines (with their rank among the 13) and the city's totals. ``Accept: text/csv``
    or
    ``format=csv`` for a file. 503 ``BULLETIN_SOURCE_UNAVAILABLE`` when enrollment or assessment cannot
    answer its KPI report.

    Args:
        year (int):
        quarter (int):
        format_ (None | QuarterlyBulletinFormatType0 | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Bulletin | CountyOutOfScopeRoleNotAllowedProblem | GetClearing401Problem | GetClearing422Problem | InternalErrorProblem | PathNotCanonicalProblem | QuarterlyBulletin503Problem | RateLimitedTooManyBadKeysProblem | UpstreamErrorProblem | UpstreamTimeoutProblem
    """

    return (
        await asyncio_detailed(
            client=client,
            year=year,
            quarter=quarter,
            format_=format_,
        )
    ).parsed
