from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.already_exists_conflict_problem import AlreadyExistsConflictProblem
from ...models.database_busy_problem import DatabaseBusyProblem
from ...models.internal_error_problem import InternalErrorProblem
from ...models.list_staff_403_problem import ListStaff403Problem
from ...models.payload_too_large_problem import PayloadTooLargeProblem
from ...models.propose_annual_clearing_400_problem import ProposeAnnualClearing400Problem
from ...models.propose_annual_clearing_401_problem import ProposeAnnualClearing401Problem
from ...models.rate_limited_too_many_bad_keys_problem import RateLimitedTooManyBadKeysProblem
from ...models.revoke_client_422_problem import RevokeClient422Problem
from ...models.staff import Staff
from ...models.staff_not_found_problem import StaffNotFoundProblem
from ...types import Response


def _get_kwargs(
    staff_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/staff/{staff_id}/enable".format(
            staff_id=quote(str(staff_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AlreadyExistsConflictProblem
    | DatabaseBusyProblem
    | InternalErrorProblem
    | ListStaff403Problem
    | PayloadTooLargeProblem
    | ProposeAnnualClearing400Problem
    | ProposeAnnualClearing401Problem
    | RateLimitedTooManyBadKeysProblem
    | RevokeClient422Problem
    | Staff
    | StaffNotFoundProblem
    | None
):
    if response.status_code == 200:
        response_200 = Staff.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ProposeAnnualClearing400Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ProposeAnnualClearing401Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListStaff403Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = StaffNotFoundProblem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = AlreadyExistsConflictProblem.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = PayloadTooLargeProblem.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = RevokeClient422Problem.from_dict(response.json())

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
    AlreadyExistsConflictProblem
    | DatabaseBusyProblem
    | InternalErrorProblem
    | ListStaff403Problem
    | PayloadTooLargeProblem
    | ProposeAnnualClearing400Problem
    | ProposeAnnualClearing401Problem
    | RateLimitedTooManyBadKeysProblem
    | RevokeClient422Problem
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
    AlreadyExistsConflictProblem
    | DatabaseBusyProblem
    | InternalErrorProblem
    | ListStaff403Problem
    | PayloadTooLargeProblem
    | ProposeAnnualClearing400Problem
    | ProposeAnnualClearing401Problem
    | RateLimitedTooManyBadKeysProblem
    | RevokeClient422Problem
    | Staff
    | StaffNotFoundProblem
]:
    """Enable a disabled account again

    Args:
        staff_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlreadyExistsConflictProblem | DatabaseBusyProblem | InternalErrorProblem | ListStaff403Problem | PayloadTooLargeProblem | ProposeAnnualClearing400Problem | ProposeAnnualClearing401Problem | RateLimitedTooManyBadKeysProblem | RevokeClient422Problem | Staff | StaffNotFoundProblem]
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
    AlreadyExistsConflictProblem
    | DatabaseBusyProblem
    | InternalErrorProblem
    | ListStaff403Problem
    | PayloadTooLargeProblem
    | ProposeAnnualClearing400Problem
    | ProposeAnnualClearing401Problem
    | RateLimitedTooManyBadKeysProblem
    | RevokeClient422Problem
    | Staff
    | StaffNotFoundProblem
    | None
):
    """Enable a disabled account again

    Args:
        staff_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlreadyExistsConflictProblem | DatabaseBusyProblem | InternalErrorProblem | ListStaff403Problem | PayloadTooLargeProblem | ProposeAnnualClearing400Problem | ProposeAnnualClearing401Problem | RateLimitedTooManyBadKeysProblem | RevokeClient422Problem | Staff | StaffNotFoundProblem
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
    AlreadyExistsConflictProblem
    | DatabaseBusyProblem
    | InternalErrorProblem
    | ListStaff403Problem
    | PayloadTooLargeProblem
    | ProposeAnnualClearing400Problem
    | ProposeAnnualClearing401Problem
    | RateLimitedTooManyBadKeysProblem
    | RevokeClient422Problem
    | Staff
    | StaffNotFoundProblem
]:
    """Enable a disabled account again

    Args:
        staff_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlreadyExistsConflictProblem | DatabaseBusyProblem | InternalErrorProblem | ListStaff403Problem | PayloadTooLargeProblem | ProposeAnnualClearing400Problem | ProposeAnnualClearing401Problem | RateLimitedTooManyBadKeysProblem | RevokeClient422Problem | Staff | StaffNotFoundProblem]
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
    AlreadyExistsConflictProblem
    | DatabaseBusyProblem
    | InternalErrorProblem
    | ListStaff403Problem
    | PayloadTooLargeProblem
    | ProposeAnnualClearing400Problem
    | ProposeAnnualClearing401Problem
    | RateLimitedTooManyBadKeysProblem
    | RevokeClient422Problem
    | Staff
    | StaffNotFoundProblem
    | None
):
    """Enable a disabled account again

    Args:
        staff_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlreadyExistsConflictProblem | DatabaseBusyProblem | InternalErrorProblem | ListStaff403Problem | PayloadTooLargeProblem | ProposeAnnualClearing400Problem | ProposeAnnualClearing401Problem | RateLimitedTooManyBadKeysProblem | RevokeClient422Problem | Staff | StaffNotFoundProblem
    """

    return (
        await asyncio_detailed(
            staff_id=staff_id,
            client=client,
        )
    ).parsed
