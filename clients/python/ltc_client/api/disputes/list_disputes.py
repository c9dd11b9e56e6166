from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.county_out_of_scope_role_not_allowed_problem import CountyOutOfScopeRoleNotAllowedProblem
from ...models.database_busy_upstream_unavailable_problem import DatabaseBusyUpstreamUnavailableProblem
from ...models.dispute_page import DisputePage
from ...models.dispute_status import DisputeStatus
from ...models.get_clearing_401_problem import GetClearing401Problem
from ...models.internal_error_problem import InternalErrorProblem
from ...models.list_clients_422_problem import ListClients422Problem
from ...models.path_not_canonical_problem import PathNotCanonicalProblem
from ...models.rate_limited_too_many_bad_keys_problem import RateLimitedTooManyBadKeysProblem
from ...models.upstream_error_problem import UpstreamErrorProblem
from ...models.upstream_timeout_problem import UpstreamTimeoutProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    county_code: None | str | Unset = UNSET,
    status: DisputeStatus | None | Unset = UNSET,
    institution_id: None | str | Unset = UNSET,
    month: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_county_code: None | str | Unset
    if isinstance(county_code, Unset):
        json_county_code = UNSET
    else:
        json_county_code = county_code
    params["county_code"] = json_county_code

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, DisputeStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_institution_id: None | str | Unset
    if isinstance(institution_id, Unset):
        json_institution_id = UNSET
    else:
        json_institution_id = institution_id
    params["institution_id"] = json_institution_id

    json_month: None | str | Unset
    if isinstance(month, Unset):
        json_month = UNSET
    else:
        json_month = month
    params["month"] = json_month

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/disputes",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CountyOutOfScopeRoleNotAllowedProblem
    | DatabaseBusyUpstreamUnavailableProblem
    | DisputePage
    | GetClearing401Problem
    | InternalErrorProblem
    | ListClients422Problem
    | PathNotCanonicalProblem
    | RateLimitedTooManyBadKeysProblem
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
    | None
):
    if response.status_code == 200:
        response_200 = DisputePage.from_dict(response.json())

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
        response_422 = ListClients422Problem.from_dict(response.json())

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
        response_503 = DatabaseBusyUpstreamUnavailableProblem.from_dict(response.json())

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
    CountyOutOfScopeRoleNotAllowedProblem
    | DatabaseBusyUpstreamUnavailableProblem
    | DisputePage
    | GetClearing401Problem
    | InternalErrorProblem
    | ListClients422Problem
    | PathNotCanonicalProblem
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
    county_code: None | str | Unset = UNSET,
    status: DisputeStatus | None | Unset = UNSET,
    institution_id: None | str | Unset = UNSET,
    month: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[
    CountyOutOfScopeRoleNotAllowedProblem
    | DatabaseBusyUpstreamUnavailableProblem
    | DisputePage
    | GetClearing401Problem
    | InternalErrorProblem
    | ListClients422Problem
    | PathNotCanonicalProblem
    | RateLimitedTooManyBadKeysProblem
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
]:
    """Disputes, oldest first: a contractor's counties' (its queue: ?status=open), an institution's

     `month` keeps the disputes of records served in that month (the month a statement is for).

    Args:
        county_code (None | str | Unset):
        status (DisputeStatus | None | Unset):
        institution_id (None | str | Unset):
        month (None | str | Unset):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CountyOutOfScopeRoleNotAllowedProblem | DatabaseBusyUpstreamUnavailableProblem | DisputePage | GetClearing401Problem | InternalErrorProblem | ListClients422Problem | PathNotCanonicalProblem | RateLimitedTooManyBadKeysProblem | UpstreamErrorProblem | UpstreamTimeoutProblem]
    """

    kwargs = _get_kwargs(
        county_code=county_code,
        status=status,
        institution_id=institution_id,
        month=month,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    county_code: None | str | Unset = UNSET,
    status: DisputeStatus | None | Unset = UNSET,
    institution_id: None | str | Unset = UNSET,
    month: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> (
    CountyOutOfScopeRoleNotAllowedProblem
    | DatabaseBusyUpstreamUnavailableProblem
    | DisputePage
    | GetClearing401Problem
    | InternalErrorProblem
    | ListClients422Problem
    | PathNotCanonicalProblem
    | RateLimitedTooManyBadKeysProblem
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
    | None
):
    """Disputes, oldest first: a contractor's counties' (its queue: ?status=open), an institution's

     `month` keeps the disputes of records served in that month (the month a statement is for).

    Args:
        county_code (None | str | Unset):
        status (DisputeStatus | None | Unset):
        institution_id (None | str | Unset):
        month (None | str | Unset):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CountyOutOfScopeRoleNotAllowedProblem | DatabaseBusyUpstreamUnavailableProblem | DisputePage | GetClearing401Problem | InternalErrorProblem | ListClients422Problem | PathNotCanonicalProblem | RateLimitedTooManyBadKeysProblem | UpstreamErrorProblem | UpstreamTimeoutProblem
    """

    return sync_detailed(
        client=client,
        county_code=county_code,
        status=status,
        institution_id=institution_id,
        month=month,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    county_code: None | str | Unset = UNSET,
    status: DisputeStatus | None | Unset = UNSET,
    institution_id: None | str | Unset = UNSET,
    month: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[
    CountyOutOfScopeRoleNotAllowedProblem
    | DatabaseBusyUpstreamUnavailableProblem
    | DisputePage
    | GetClearing401Problem
    | InternalErrorProblem
    | ListClients422Problem
    | PathNotCanonicalProblem
    | RateLimitedTooManyBadKeysProblem
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
]:
    """Disputes, oldest first: a contractor's counties' (its queue: ?status=open), an institution's

     `month` keeps the disputes of records served in that month (the month a statement is for).

    Args:
        county_code (None | str | Unset):
        status (DisputeStatus | None | Unset):
        institution_id (None | str | Unset):
        month (None | str | Unset):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CountyOutOfScopeRoleNotAllowedProblem | DatabaseBusyUpstreamUnavailableProblem | DisputePage | GetClearing401Problem | InternalErrorProblem | ListClients422Problem | PathNotCanonicalProblem | RateLimitedTooManyBadKeysProblem | UpstreamErrorProblem | UpstreamTimeoutProblem]
    """

    kwargs = _get_kwargs(
        county_code=county_code,
        status=status,
        institution_id=institution_id,
        month=month,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    county_code: None | str | Unset = UNSET,
    status: DisputeStatus | None | Unset = UNSET,
    institution_id: None | str | Unset = UNSET,
    month: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> (
    CountyOutOfScopeRoleNotAllowedProblem
    | DatabaseBusyUpstreamUnavailableProblem
    | DisputePage
    | GetClearing401Problem
    | InternalErrorProblem
    | ListClients422Problem
    | PathNotCanonicalProblem
    | RateLimitedTooManyBadKeysProblem
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
    | None
):
    """Disputes, oldest first: a contractor's counties' (its queue: ?status=open), an institution's

     `month` keeps the disputes of records served in that month (the month a statement is for).

    Args:
        county_code (None | str | Unset):
        status (DisputeStatus | None | Unset):
        institution_id (None | str | Unset):
        month (None | str | Unset):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CountyOutOfScopeRoleNotAllowedProblem | DatabaseBusyUpstreamUnavailableProblem | DisputePage | GetClearing401Problem | InternalErrorProblem | ListClients422Problem | PathNotCanonicalProblem | RateLimitedTooManyBadKeysProblem | UpstreamErrorProblem | UpstreamTimeoutProblem
    """

    return (
        await asyncio_detailed(
            client=client,
            county_code=county_code,
            status=status,
            institution_id=institution_id,
            month=month,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
