from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_client import ApiClient
from ...models.client_not_found_problem import ClientNotFoundProblem
from ...models.county_out_of_scope_role_not_allowed_problem import CountyOutOfScopeRoleNotAllowedProblem
from ...models.database_busy_problem import DatabaseBusyProblem
from ...models.get_clearing_401_problem import GetClearing401Problem
from ...models.get_clearing_422_problem import GetClearing422Problem
from ...models.internal_error_problem import InternalErrorProblem
from ...models.path_not_canonical_problem import PathNotCanonicalProblem
from ...models.rate_limited_too_many_bad_keys_problem import RateLimitedTooManyBadKeysProblem
from ...types import Response


def _get_kwargs(
    client_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/api-clients/{client_id}".format(
            client_id=quote(str(client_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ApiClient
    | ClientNotFoundProblem
    | CountyOutOfScopeRoleNotAllowedProblem
    | DatabaseBusyProblem
    | GetClearing401Problem
    | GetClearing422Problem
    | InternalErrorProblem
    | PathNotCanonicalProblem
    | RateLimitedTooManyBadKeysProblem
    | None
):
    if response.status_code == 200:
        response_200 = ApiClient.from_dict(response.json())

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
        response_404 = ClientNotFoundProblem.from_dict(response.json())

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
    ApiClient
    | ClientNotFoundProblem
    | CountyOutOfScopeRoleNotAllowedProblem
    | DatabaseBusyProblem
    | GetClearing401Problem
    | GetClearing422Problem
    | InternalErrorProblem
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
    client_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    ApiClient
    | ClientNotFoundProblem
    | CountyOutOfScopeRoleNotAllowedProblem
    | DatabaseBusyProblem
    | GetClearing401Problem
    | GetClearing422Problem
    | InternalErrorProblem
    | PathNotCanonicalProblem
    | RateLimitedTooManyBadKeysProblem
]:
    """One API client

    Args:
        client_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiClient | ClientNotFoundProblem | CountyOutOfScopeRoleNotAllowedProblem | DatabaseBusyProblem | GetClearing401Problem | GetClearing422Problem | InternalErrorProblem | PathNotCanonicalProblem | RateLimitedTooManyBadKeysProblem]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    client_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    ApiClient
    | ClientNotFoundProblem
    | CountyOutOfScopeRoleNotAllowedProblem
    | DatabaseBusyProblem
    | GetClearing401Problem
    | GetClearing422Problem
    | InternalErrorProblem
    | PathNotCanonicalProblem
    | RateLimitedTooManyBadKeysProblem
    | None
):
    """One API client

    Args:
        client_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiClient | ClientNotFoundProblem | CountyOutOfScopeRoleNotAllowedProblem | DatabaseBusyProblem | GetClearing401Problem | GetClearing422Problem | InternalErrorProblem | PathNotCanonicalProblem | RateLimitedTooManyBadKeysProblem
    """

    return sync_detailed(
        client_id=client_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    client_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    ApiClient
    | ClientNotFoundProblem
    | CountyOutOfScopeRoleNotAllowedProblem
    | DatabaseBusyProblem
    | GetClearing401Problem
    | GetClearing422Problem
    | InternalErrorProblem
    | PathNotCanonicalProblem
    | RateLimitedTooManyBadKeysProblem
]:
    """One API client

    Args:
        client_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiClient | ClientNotFoundProblem | CountyOutOfScopeRoleNotAllowedProblem | DatabaseBusyProblem | GetClearing401Problem | GetClearing422Problem | InternalErrorProblem | PathNotCanonicalProblem | RateLimitedTooManyBadKeysProblem]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    ApiClient
    | ClientNotFoundProblem
    | CountyOutOfScopeRoleNotAllowedProblem
    | DatabaseBusyProblem
    | GetClearing401Problem
    | GetClearing422Problem
    | InternalErrorProblem
    | PathNotCanonicalProblem
    | RateLimitedTooManyBadKeysProblem
    | None
):
    """One API client

    Args:
        client_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiClient | ClientNotFoundProblem | CountyOutOfScopeRoleNotAllowedProblem | DatabaseBusyProblem | GetClearing401Problem | GetClearing422Problem | InternalErrorProblem | PathNotCanonicalProblem | RateLimitedTooManyBadKeysProblem
    """

    return (
        await asyncio_detailed(
            client_id=client_id,
            client=client,
        )
    ).parsed
