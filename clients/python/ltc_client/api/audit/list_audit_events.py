import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audit_event_list import AuditEventList
from ...models.county_out_of_scope_role_not_allowed_problem import CountyOutOfScopeRoleNotAllowedProblem
from ...models.database_busy_problem import DatabaseBusyProblem
from ...models.get_clearing_401_problem import GetClearing401Problem
from ...models.internal_error_problem import InternalErrorProblem
from ...models.list_clients_422_problem import ListClients422Problem
from ...models.path_not_canonical_problem import PathNotCanonicalProblem
from ...models.rate_limited_too_many_bad_keys_problem import RateLimitedTooManyBadKeysProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    client_id: None | Unset | UUID = UNSET,
    request_id: None | str | Unset = UNSET,
    client_request_id: None | str | Unset = UNSET,
    security_events: bool | Unset = False,
    since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_client_id: None | str | Unset
    if isinstance(client_id, Unset):
        json_client_id = UNSET
    elif isinstance(client_id, UUID):
        json_client_id = str(client_id)
    else:
        json_client_id = client_id
    params["client_id"] = json_client_id

    json_request_id: None | str | Unset
    if isinstance(request_id, Unset):
        json_request_id = UNSET
    else:
        json_request_id = request_id
    params["request_id"] = json_request_id

    json_client_request_id: None | str | Unset
    if isinstance(client_request_id, Unset):
        json_client_request_id = UNSET
    else:
        json_client_request_id = client_request_id
    params["client_request_id"] = json_client_request_id

    params["security_events"] = security_events

    json_since: None | str | Unset
    if isinstance(since, Unset):
        json_since = UNSET
    elif isinstance(since, datetime.datetime):
        json_since = since.isoformat()
    else:
        json_since = since
    params["since"] = json_since

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
        "url": "/api/v1/audit-events",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AuditEventList
    | CountyOutOfScopeRoleNotAllowedProblem
    | DatabaseBusyProblem
    | GetClearing401Problem
    | InternalErrorProblem
    | ListClients422Problem
    | PathNotCanonicalProblem
    | RateLimitedTooManyBadKeysProblem
    | None
):
    if response.status_code == 200:
        response_200 = AuditEventList.from_dict(response.json())

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

    if response.status_code == 503:
        response_503 = DatabaseBusyProblem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AuditEventList
    | CountyOutOfScopeRoleNotAllowedProblem
    | DatabaseBusyProblem
    | GetClearing401Problem
    | InternalErrorProblem
    | ListClients422Problem
    | PathNotCanonicalProblem
    | RateLimitedTooManyBadKeysProblem
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
    client_id: None | Unset | UUID = UNSET,
    request_id: None | str | Unset = UNSET,
    client_request_id: None | str | Unset = UNSET,
    security_events: bool | Unset = False,
    since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[
    AuditEventList
    | CountyOutOfScopeRoleNotAllowedProblem
    | DatabaseBusyProblem
    | GetClearing401Problem
    | InternalErrorProblem
    | ListClients422Problem
    | PathNotCanonicalProblem
    | RateLimitedTooManyBadKeysProblem
]:
    """Append-only log of mutating attempts (refused and unauthenticated ones too), newest first

    Args:
        client_id (None | Unset | UUID):
        request_id (None | str | Unset):
        client_request_id (None | str | Unset):
        security_events (bool | Unset): only unauthenticated, forbidden and throttled attempts
            Default: False.
        since (datetime.datetime | None | Unset): only calls at or after this instant
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditEventList | CountyOutOfScopeRoleNotAllowedProblem | DatabaseBusyProblem | GetClearing401Problem | InternalErrorProblem | ListClients422Problem | PathNotCanonicalProblem | RateLimitedTooManyBadKeysProblem]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        request_id=request_id,
        client_request_id=client_request_id,
        security_events=security_events,
        since=since,
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
    client_id: None | Unset | UUID = UNSET,
    request_id: None | str | Unset = UNSET,
    client_request_id: None | str | Unset = UNSET,
    security_events: bool | Unset = False,
    since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> (
    AuditEventList
    | CountyOutOfScopeRoleNotAllowedProblem
    | DatabaseBusyProblem
    | GetClearing401Problem
    | InternalErrorProblem
    | ListClients422Problem
    | PathNotCanonicalProblem
    | RateLimitedTooManyBadKeysProblem
    | None
):
    """Append-only log of mutating attempts (refused and unauthenticated ones too), newest first

    Args:
        client_id (None | Unset | UUID):
        request_id (None | str | Unset):
        client_request_id (None | str | Unset):
        security_events (bool | Unset): only unauthenticated, forbidden and throttled attempts
            Default: False.
        since (datetime.datetime | None | Unset): only calls at or after this instant
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditEventList | CountyOutOfScopeRoleNotAllowedProblem | DatabaseBusyProblem | GetClearing401Problem | InternalErrorProblem | ListClients422Problem | PathNotCanonicalProblem | RateLimitedTooManyBadKeysProblem
    """

    return sync_detailed(
        client=client,
        client_id=client_id,
        request_id=request_id,
        client_request_id=client_request_id,
        security_events=security_events,
        since=since,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    client_id: None | Unset | UUID = UNSET,
    request_id: None | str | Unset = UNSET,
    client_request_id: None | str | Unset = UNSET,
    security_events: bool | Unset = False,
    since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[
    AuditEventList
    | CountyOutOfScopeRoleNotAllowedProblem
    | DatabaseBusyProblem
    | GetClearing401Problem
    | InternalErrorProblem
    | ListClients422Problem
    | PathNotCanonicalProblem
    | RateLimitedTooManyBadKeysProblem
]:
    """Append-only log of mutating attempts (refused and unauthenticated ones too), newest first

    Args:
        client_id (None | Unset | UUID):
        request_id (None | str | Unset):
        client_request_id (None | str | Unset):
        security_events (bool | Unset): only unauthenticated, forbidden and throttled attempts
            Default: False.
        since (datetime.datetime | None | Unset): only calls at or after this instant
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditEventList | CountyOutOfScopeRoleNotAllowedProblem | DatabaseBusyProblem | GetClearing401Problem | InternalErrorProblem | ListClients422Problem | PathNotCanonicalProblem | RateLimitedTooManyBadKeysProblem]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        request_id=request_id,
        client_request_id=client_request_id,
        security_events=security_events,
        since=since,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    client_id: None | Unset | UUID = UNSET,
    request_id: None | str | Unset = UNSET,
    client_request_id: None | str | Unset = UNSET,
    security_events: bool | Unset = False,
    since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> (
    AuditEventList
    | CountyOutOfScopeRoleNotAllowedProblem
    | DatabaseBusyProblem
    | GetClearing401Problem
    | InternalErrorProblem
    | ListClients422Problem
    | PathNotCanonicalProblem
    | RateLimitedTooManyBadKeysProblem
    | None
):
    """Append-only log of mutating attempts (refused and unauthenticated ones too), newest first

    Args:
        client_id (None | Unset | UUID):
        request_id (None | str | Unset):
        client_request_id (None | str | Unset):
        security_events (bool | Unset): only unauthenticated, forbidden and throttled attempts
            Default: False.
        since (datetime.datetime | None | Unset): only calls at or after this instant
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditEventList | CountyOutOfScopeRoleNotAllowedProblem | DatabaseBusyProblem | GetClearing401Problem | InternalErrorProblem | ListClients422Problem | PathNotCanonicalProblem | RateLimitedTooManyBadKeysProblem
    """

    return (
        await asyncio_detailed(
            client=client,
            client_id=client_id,
            request_id=request_id,
            client_request_id=client_request_id,
            security_events=security_events,
            since=since,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
