from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.database_busy_problem import DatabaseBusyProblem
from ...models.get_clearing_401_problem import GetClearing401Problem
from ...models.get_clearing_422_problem import GetClearing422Problem
from ...models.internal_error_problem import InternalErrorProblem
from ...models.list_staff_403_problem import ListStaff403Problem
from ...models.path_not_canonical_problem import PathNotCanonicalProblem
from ...models.rate_limited_too_many_bad_keys_problem import RateLimitedTooManyBadKeysProblem
from ...models.staff import Staff
from ...models.staff_not_found_problem import StaffNotFoundProblem
from ...types import Response


def _get_kwargs(
    staff_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/staff/{staff_id}".format(
            staff_id=quote(str(staff_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DatabaseBusyProblem
    | GetClearing401Problem
    | GetClearing422Problem
    | InternalErrorProblem
    | ListStaff403Problem
    | PathNotCanonicalProblem
    | RateLimitedTooManyBadKeysProblem
    | Staff
    | StaffNotFoundProblem
    | None
):
    if response.status_code == 200:
        response_200 = Staff.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = PathNotCanonicalProblem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetClearing401Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListStaff403Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = StaffNotFoundProblem.from_dict(response.json())

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
    DatabaseBusyProblem
    | GetClearing401Problem
    | GetClearing422Problem
    | InternalErrorProblem
    | ListStaff403Problem
    | PathNotCanonicalProblem
    | RateLimitedTooManyBadKeysProblem
    | Staff
    | StaffNotFoundProblem
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    staff_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    DatabaseBusyProblem
    | GetClearing401Problem
    | GetClearing422Problem
    | InternalErrorProblem
    | ListStaff403Problem
    | PathNotCanonicalProblem
    | RateLimitedTooManyBadKeysProblem
    | Staff
    | StaffNotFoundProblem
]:
    """One staff account

    Args:
        staff_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatabaseBusyProblem | GetClearing401Problem | GetClearing422Problem | InternalErrorProblem | ListStaff403Problem | PathNotCanonicalProblem | RateLimitedTooManyBadKeysProblem | Staff | StaffNotFoundProblem]
    """

    kwargs = _get_kwargs(
        staff_id=staff_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    staff_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    DatabaseBusyProblem
    | GetClearing401Problem
    | GetClearing422Problem
    | InternalErrorProblem
    | ListStaff403Problem
    | PathNotCanonicalProblem
    | RateLimitedTooManyBadKeysProblem
    | Staff
    | StaffNotFoundProblem
    | None
):
    """One staff account

    Args:
        staff_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatabaseBusyProblem | GetClearing401Problem | GetClearing422Problem | InternalErrorProblem | ListStaff403Problem | PathNotCanonicalProblem | RateLimitedTooManyBadKeysProblem | Staff | StaffNotFoundProblem
    """

    return sync_detailed(
        staff_id=staff_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    staff_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    DatabaseBusyProblem
    | GetClearing401Problem
    | GetClearing422Problem
    | InternalErrorProblem
    | ListStaff403Problem
    | PathNotCanonicalProblem
    | RateLimitedTooManyBadKeysProblem
    | Staff
    | StaffNotFoundProblem
]:
    """One staff account

    Args:
        staff_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatabaseBusyProblem | GetClearing401Problem | GetClearing422Problem | InternalErrorProblem | ListStaff403Problem | PathNotCanonicalProblem | RateLimitedTooManyBadKeysProblem | Staff | StaffNotFoundProblem]
    """

    kwargs = _get_kwargs(
        staff_id=staff_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    staff_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    DatabaseBusyProblem
    | GetClearing401Problem
    | GetClearing422Problem
    | InternalErrorProblem
    | ListStaff403Problem
    | PathNotCanonicalProblem
    | RateLimitedTooManyBadKeysProblem
    | Staff
    | StaffNotFoundProblem
    | None
):
    """One staff account

    Args:
        staff_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatabaseBusyProblem | GetClearing401Problem | GetClearing422Problem | InternalErrorProblem | ListStaff403Problem | PathNotCanonicalProblem | RateLimitedTooManyBadKeysProblem | Staff | StaffNotFoundProblem
    """

    return (
        await asyncio_detailed(
            staff_id=staff_id,
            client=client,
        )
    ).parsed
