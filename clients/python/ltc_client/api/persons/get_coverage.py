import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.county_out_of_scope_role_not_allowed_problem import CountyOutOfScopeRoleNotAllowedProblem
from ...models.coverage import Coverage
from ...models.database_busy_upstream_unavailable_problem import DatabaseBusyUpstreamUnavailableProblem
from ...models.get_clearing_401_problem import GetClearing401Problem
from ...models.get_clearing_422_problem import GetClearing422Problem
from ...models.internal_error_problem import InternalErrorProblem
from ...models.path_not_canonical_problem import PathNotCanonicalProblem
from ...models.person_not_found_problem import PersonNotFoundProblem
from ...models.rate_limited_too_many_bad_keys_problem import RateLimitedTooManyBadKeysProblem
from ...models.upstream_error_problem import UpstreamErrorProblem
from ...models.upstream_timeout_problem import UpstreamTimeoutProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    person_id: UUID,
    *,
    on: datetime.date | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_on: None | str | Unset
    if isinstance(on, Unset):
        json_on = UNSET
    elif isinstance(on, datetime.date):
        json_on = on.isoformat()
    else:
        json_on = on
    params["on"] = json_on

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/persons/{person_id}/coverage".format(
            person_id=quote(str(person_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CountyOutOfScopeRoleNotAllowedProblem
    | Coverage
    | DatabaseBusyUpstreamUnavailableProblem
    | GetClearing401Problem
    | GetClearing422Problem
    | InternalErrorProblem
    | PathNotCanonicalProblem
    | PersonNotFoundProblem
    | RateLimitedTooManyBadKeysProblem
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
    | None
):
    if response.status_code == 200:
        response_200 = Coverage.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = PersonNotFoundProblem.from_dict(response.json())

        return response_404

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
    | Coverage
    | DatabaseBusyUpstreamUnavailableProblem
    | GetClearing401Problem
    | GetClearing422Problem
    | InternalErrorProblem
    | PathNotCanonicalProblem
    | PersonNotFoundProblem
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
    person_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    on: datetime.date | None | Unset = UNSET,
) -> Response[
    CountyOutOfScopeRoleNotAllowedProblem
    | Coverage
    | DatabaseBusyUpstreamUnavailableProblem
    | GetClearing401Problem
    | GetClearing422Problem
    | InternalErrorProblem
    | PathNotCanonicalProblem
    | PersonNotFoundProblem
    | RateLimitedTooManyBadKeysProblem
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
]:
    """Covered on a date, and why not

     An institution reads the coverage of its own clients only (the care institution named on their
    disability level in force); any other person is a 404 to it.

    Args:
        person_id (UUID):
        on (datetime.date | None | Unset): default: today (Asia/Shanghai)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CountyOutOfScopeRoleNotAllowedProblem | Coverage | DatabaseBusyUpstreamUnavailableProblem | GetClearing401Problem | GetClearing422Problem | InternalErrorProblem | PathNotCanonicalProblem | PersonNotFoundProblem | RateLimitedTooManyBadKeysProblem | UpstreamErrorProblem | UpstreamTimeoutProblem]
    """

    kwargs = _get_kwargs(
        person_id=person_id,
        on=on,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    person_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    on: datetime.date | None | Unset = UNSET,
) -> (
    CountyOutOfScopeRoleNotAllowedProblem
    | Coverage
    | DatabaseBusyUpstreamUnavailableProblem
    | GetClearing401Problem
    | GetClearing422Problem
    | InternalErrorProblem
    | PathNotCanonicalProblem
    | PersonNotFoundProblem
    | RateLimitedTooManyBadKeysProblem
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
    | None
):
    """Covered on a date, and why not

     An institution reads the coverage of its own clients only (the care institution named on their
    disability level in force); any other person is a 404 to it.

    Args:
        person_id (UUID):
        on (datetime.date | None | Unset): default: today (Asia/Shanghai)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CountyOutOfScopeRoleNotAllowedProblem | Coverage | DatabaseBusyUpstreamUnavailableProblem | GetClearing401Problem | GetClearing422Problem | InternalErrorProblem | PathNotCanonicalProblem | PersonNotFoundProblem | RateLimitedTooManyBadKeysProblem | UpstreamErrorProblem | UpstreamTimeoutProblem
    """

    return sync_detailed(
        person_id=person_id,
        client=client,
        on=on,
    ).parsed


async def asyncio_detailed(
    person_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    on: datetime.date | None | Unset = UNSET,
) -> Response[
    CountyOutOfScopeRoleNotAllowedProblem
    | Coverage
    | DatabaseBusyUpstreamUnavailableProblem
    | GetClearing401Problem
    | GetClearing422Problem
    | InternalErrorProblem
    | PathNotCanonicalProblem
    | PersonNotFoundProblem
    | RateLimitedTooManyBadKeysProblem
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
]:
    """Covered on a date, and why not

     An institution reads the coverage of its own clients only (the care institution named on their
    disability level in force); any other person is a 404 to it.

    Args:
        person_id (UUID):
        on (datetime.date | None | Unset): default: today (Asia/Shanghai)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CountyOutOfScopeRoleNotAllowedProblem | Coverage | DatabaseBusyUpstreamUnavailableProblem | GetClearing401Problem | GetClearing422Problem | InternalErrorProblem | PathNotCanonicalProblem | PersonNotFoundProblem | RateLimitedTooManyBadKeysProblem | UpstreamErrorProblem | UpstreamTimeoutProblem]
    """

    kwargs = _get_kwargs(
        person_id=person_id,
        on=on,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    person_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    on: datetime.date | None | Unset = UNSET,
) -> (
    CountyOutOfScopeRoleNotAllowedProblem
    | Coverage
    | DatabaseBusyUpstreamUnavailableProblem
    | GetClearing401Problem
    | GetClearing422Problem
    | InternalErrorProblem
    | PathNotCanonicalProblem
    | PersonNotFoundProblem
    | RateLimitedTooManyBadKeysProblem
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
    | None
):
    """Covered on a date, and why not

     An institution reads the coverage of its own clients only (the care institution named on their
    disability level in force); any other person is a 404 to it.

    Args:
        person_id (UUID):
        on (datetime.date | None | Unset): default: today (Asia/Shanghai)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CountyOutOfScopeRoleNotAllowedProblem | Coverage | DatabaseBusyUpstreamUnavailableProblem | GetClearing401Problem | GetClearing422Problem | InternalErrorProblem | PathNotCanonicalProblem | PersonNotFoundProblem | RateLimitedTooManyBadKeysProblem | UpstreamErrorProblem | UpstreamTimeoutProblem
    """

    return (
        await asyncio_detailed(
            person_id=person_id,
            client=client,
            on=on,
        )
    ).parsed
