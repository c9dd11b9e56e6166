from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.county_out_of_scope_role_not_allowed_problem import CountyOutOfScopeRoleNotAllowedProblem
from ...models.database_busy_upstream_unavailable_problem import DatabaseBusyUpstreamUnavailableProblem
from ...models.get_clearing_401_problem import GetClearing401Problem
from ...models.get_clearing_422_problem import GetClearing422Problem
from ...models.internal_error_problem import InternalErrorProblem
from ...models.path_not_canonical_problem import PathNotCanonicalProblem
from ...models.payment_list import PaymentList
from ...models.rate_limited_too_many_bad_keys_problem import RateLimitedTooManyBadKeysProblem
from ...models.run_not_found_problem import RunNotFoundProblem
from ...models.upstream_error_problem import UpstreamErrorProblem
from ...models.upstream_timeout_problem import UpstreamTimeoutProblem
from ...types import Response


def _get_kwargs(
    run_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/settlement-runs/{run_id}/payments".format(
            run_id=quote(str(run_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CountyOutOfScopeRoleNotAllowedProblem
    | DatabaseBusyUpstreamUnavailableProblem
    | GetClearing401Problem
    | GetClearing422Problem
    | InternalErrorProblem
    | PathNotCanonicalProblem
    | PaymentList
    | RateLimitedTooManyBadKeysProblem
    | RunNotFoundProblem
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
    | None
):
    if response.status_code == 200:
        response_200 = PaymentList.from_dict(response.json())

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
        response_404 = RunNotFoundProblem.from_dict(response.json())

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
    | DatabaseBusyUpstreamUnavailableProblem
    | GetClearing401Problem
    | GetClearing422Problem
    | InternalErrorProblem
    | PathNotCanonicalProblem
    | PaymentList
    | RateLimitedTooManyBadKeysProblem
    | RunNotFoundProblem
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
    run_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    CountyOutOfScopeRoleNotAllowedProblem
    | DatabaseBusyUpstreamUnavailableProblem
    | GetClearing401Problem
    | GetClearing422Problem
    | InternalErrorProblem
    | PathNotCanonicalProblem
    | PaymentList
    | RateLimitedTooManyBadKeysProblem
    | RunNotFoundProblem
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
]:
    """The payouts recorded against a run (an institution: its own)

    Args:
        run_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CountyOutOfScopeRoleNotAllowedProblem | DatabaseBusyUpstreamUnavailableProblem | GetClearing401Problem | GetClearing422Problem | InternalErrorProblem | PathNotCanonicalProblem | PaymentList | RateLimitedTooManyBadKeysProblem | RunNotFoundProblem | UpstreamErrorProblem | UpstreamTimeoutProblem]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    run_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    CountyOutOfScopeRoleNotAllowedProblem
    | DatabaseBusyUpstreamUnavailableProblem
    | GetClearing401Problem
    | GetClearing422Problem
    | InternalErrorProblem
    | PathNotCanonicalProblem
    | PaymentList
    | RateLimitedTooManyBadKeysProblem
    | RunNotFoundProblem
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
    | None
):
    """The payouts recorded against a run (an institution: its own)

    Args:
        run_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CountyOutOfScopeRoleNotAllowedProblem | DatabaseBusyUpstreamUnavailableProblem | GetClearing401Problem | GetClearing422Problem | InternalErrorProblem | PathNotCanonicalProblem | PaymentList | RateLimitedTooManyBadKeysProblem | RunNotFoundProblem | UpstreamErrorProblem | UpstreamTimeoutProblem
    """

    return sync_detailed(
        run_id=run_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    run_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    CountyOutOfScopeRoleNotAllowedProblem
    | DatabaseBusyUpstreamUnavailableProblem
    | GetClearing401Problem
    | GetClearing422Problem
    | InternalErrorProblem
    | PathNotCanonicalProblem
    | PaymentList
    | RateLimitedTooManyBadKeysProblem
    | RunNotFoundProblem
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
]:
    """The payouts recorded against a run (an institution: its own)

    Args:
        run_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CountyOutOfScopeRoleNotAllowedProblem | DatabaseBusyUpstreamUnavailableProblem | GetClearing401Problem | GetClearing422Problem | InternalErrorProblem | PathNotCanonicalProblem | PaymentList | RateLimitedTooManyBadKeysProblem | RunNotFoundProblem | UpstreamErrorProblem | UpstreamTimeoutProblem]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    run_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    CountyOutOfScopeRoleNotAllowedProblem
    | DatabaseBusyUpstreamUnavailableProblem
    | GetClearing401Problem
    | GetClearing422Problem
    | InternalErrorProblem
    | PathNotCanonicalProblem
    | PaymentList
    | RateLimitedTooManyBadKeysProblem
    | RunNotFoundProblem
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
    | None
):
    """The payouts recorded against a run (an institution: its own)

    Args:
        run_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CountyOutOfScopeRoleNotAllowedProblem | DatabaseBusyUpstreamUnavailableProblem | GetClearing401Problem | GetClearing422Problem | InternalErrorProblem | PathNotCanonicalProblem | PaymentList | RateLimitedTooManyBadKeysProblem | RunNotFoundProblem | UpstreamErrorProblem | UpstreamTimeoutProblem
    """

    return (
        await asyncio_detailed(
            run_id=run_id,
            client=client,
        )
    ).parsed
