from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_staff_403_problem import CreateStaff403Problem
from ...models.create_staff_409_problem import CreateStaff409Problem
from ...models.create_staff_422_problem import CreateStaff422Problem
from ...models.database_busy_upstream_unavailable_problem import DatabaseBusyUpstreamUnavailableProblem
from ...models.internal_error_problem import InternalErrorProblem
from ...models.payload_too_large_problem import PayloadTooLargeProblem
from ...models.propose_annual_clearing_400_problem import ProposeAnnualClearing400Problem
from ...models.propose_annual_clearing_401_problem import ProposeAnnualClearing401Problem
from ...models.rate_limited_too_many_bad_keys_problem import RateLimitedTooManyBadKeysProblem
from ...models.staff import Staff
from ...models.staff_create import StaffCreate
from ...types import Response


def _get_kwargs(
    *,
    body: StaffCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/staff",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateStaff403Problem
    | CreateStaff409Problem
    | CreateStaff422Problem
    | DatabaseBusyUpstreamUnavailableProblem
    | InternalErrorProblem
    | PayloadTooLargeProblem
    | ProposeAnnualClearing400Problem
    | ProposeAnnualClearing401Problem
    | RateLimitedTooManyBadKeysProblem
    | Staff
    | None
):
    if response.status_code == 201:
        response_201 = Staff.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ProposeAnnualClearing400Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ProposeAnnualClearing401Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CreateStaff403Problem.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = CreateStaff409Problem.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = PayloadTooLargeProblem.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = CreateStaff422Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = RateLimitedTooManyBadKeysProblem.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = InternalErrorProblem.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = DatabaseBusyUpstreamUnavailableProblem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateStaff403Problem
    | CreateStaff409Problem
    | CreateStaff422Problem
    | DatabaseBusyUpstreamUnavailableProblem
    | InternalErrorProblem
    | PayloadTooLargeProblem
    | ProposeAnnualClearing400Problem
    | ProposeAnnualClearing401Problem
    | RateLimitedTooManyBadKeysProblem
    | Staff
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
    body: StaffCreate,
) -> Response[
    CreateStaff403Problem
    | CreateStaff409Problem
    | CreateStaff422Problem
    | DatabaseBusyUpstreamUnavailableProblem
    | InternalErrorProblem
    | PayloadTooLargeProblem
    | ProposeAnnualClearing400Problem
    | ProposeAnnualClearing401Problem
    | RateLimitedTooManyBadKeysProblem
    | Staff
]:
    """Create a console staff account

     The account signs in to the console with this username and password; its role and scope are those
    an API client of the same role would have.

    Args:
        body (StaffCreate): A person's account: a role and a scope exactly like an API client's
            (``ApiClientCreate``).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateStaff403Problem | CreateStaff409Problem | CreateStaff422Problem | DatabaseBusyUpstreamUnavailableProblem | InternalErrorProblem | PayloadTooLargeProblem | ProposeAnnualClearing400Problem | ProposeAnnualClearing401Problem | RateLimitedTooManyBadKeysProblem | Staff]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: StaffCreate,
) -> (
    CreateStaff403Problem
    | CreateStaff409Problem
    | CreateStaff422Problem
    | DatabaseBusyUpstreamUnavailableProblem
    | InternalErrorProblem
    | PayloadTooLargeProblem
    | ProposeAnnualClearing400Problem
    | ProposeAnnualClearing401Problem
    | RateLimitedTooManyBadKeysProblem
    | Staff
    | None
):
    """Create a console staff account

     The account signs in to the console with this username and password; its role and scope are those
    an API client of the same role would have.

    Args:
        body (StaffCreate): A person's account: a role and a scope exactly like an API client's
            (``ApiClientCreate``).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateStaff403Problem | CreateStaff409Problem | CreateStaff422Problem | DatabaseBusyUpstreamUnavailableProblem | InternalErrorProblem | PayloadTooLargeProblem | ProposeAnnualClearing400Problem | ProposeAnnualClearing401Problem | RateLimitedTooManyBadKeysProblem | Staff
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StaffCreate,
) -> Response[
    CreateStaff403Problem
    | CreateStaff409Problem
    | CreateStaff422Problem
    | DatabaseBusyUpstreamUnavailableProblem
    | InternalErrorProblem
    | PayloadTooLargeProblem
    | ProposeAnnualClearing400Problem
    | ProposeAnnualClearing401Problem
    | RateLimitedTooManyBadKeysProblem
    | Staff
]:
    """Create a console staff account

     The account signs in to the console with this username and password; its role and scope are those
    an API client of the same role would have.

    Args:
        body (StaffCreate): A person's account: a role and a scope exactly like an API client's
            (``ApiClientCreate``).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateStaff403Problem | CreateStaff409Problem | CreateStaff422Problem | DatabaseBusyUpstreamUnavailableProblem | InternalErrorProblem | PayloadTooLargeProblem | ProposeAnnualClearing400Problem | ProposeAnnualClearing401Problem | RateLimitedTooManyBadKeysProblem | Staff]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: StaffCreate,
) -> (
    CreateStaff403Problem
    | CreateStaff409Problem
    | CreateStaff422Problem
    | DatabaseBusyUpstreamUnavailableProblem
    | InternalErrorProblem
    | PayloadTooLargeProblem
    | ProposeAnnualClearing400Problem
    | ProposeAnnualClearing401Problem
    | RateLimitedTooManyBadKeysProblem
    | Staff
    | None
):
    """Create a console staff account

     The account signs in to the console with this username and password; its role and scope are those
    an API client of the same role would have.

    Args:
        body (StaffCreate): A person's account: a role and a scope exactly like an API client's
            (``ApiClientCreate``).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateStaff403Problem | CreateStaff409Problem | CreateStaff422Problem | DatabaseBusyUpstreamUnavailableProblem | InternalErrorProblem | PayloadTooLargeProblem | ProposeAnnualClearing400Problem | ProposeAnnualClearing401Problem | RateLimitedTooManyBadKeysProblem | Staff
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
