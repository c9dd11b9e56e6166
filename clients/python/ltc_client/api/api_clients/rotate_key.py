from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.client_not_found_problem import ClientNotFoundProblem
from ...models.county_out_of_scope_role_not_allowed_problem import CountyOutOfScopeRoleNotAllowedProblem
from ...models.database_busy_problem import DatabaseBusyProblem
from ...models.internal_error_problem import InternalErrorProblem
from ...models.issued_key import IssuedKey
from ...models.payload_too_large_problem import PayloadTooLargeProblem
from ...models.propose_annual_clearing_400_problem import ProposeAnnualClearing400Problem
from ...models.propose_annual_clearing_401_problem import ProposeAnnualClearing401Problem
from ...models.rate_limited_too_many_bad_keys_problem import RateLimitedTooManyBadKeysProblem
from ...models.rotate_key_409_problem import RotateKey409Problem
from ...models.rotate_key_422_problem import RotateKey422Problem
from ...models.rotate_request import RotateRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    client_id: UUID,
    *,
    body: None | RotateRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/api-clients/{client_id}/rotate".format(
            client_id=quote(str(client_id), safe=""),
        ),
    }

    if isinstance(body, RotateRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ClientNotFoundProblem
    | CountyOutOfScopeRoleNotAllowedProblem
    | DatabaseBusyProblem
    | InternalErrorProblem
    | IssuedKey
    | PayloadTooLargeProblem
    | ProposeAnnualClearing400Problem
    | ProposeAnnualClearing401Problem
    | RateLimitedTooManyBadKeysProblem
    | RotateKey409Problem
    | RotateKey422Problem
    | None
):
    if response.status_code == 200:
        response_200 = IssuedKey.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ProposeAnnualClearing400Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ProposeAnnualClearing401Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CountyOutOfScopeRoleNotAllowedProblem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ClientNotFoundProblem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = RotateKey409Problem.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = PayloadTooLargeProblem.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = RotateKey422Problem.from_dict(response.json())

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
    ClientNotFoundProblem
    | CountyOutOfScopeRoleNotAllowedProblem
    | DatabaseBusyProblem
    | InternalErrorProblem
    | IssuedKey
    | PayloadTooLargeProblem
    | ProposeAnnualClearing400Problem
    | ProposeAnnualClearing401Problem
    | RateLimitedTooManyBadKeysProblem
    | RotateKey409Problem
    | RotateKey422Problem
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
    body: None | RotateRequest | Unset = UNSET,
) -> Response[
    ClientNotFoundProblem
    | CountyOutOfScopeRoleNotAllowedProblem
    | DatabaseBusyProblem
    | InternalErrorProblem
    | IssuedKey
    | PayloadTooLargeProblem
    | ProposeAnnualClearing400Problem
    | ProposeAnnualClearing401Problem
    | RateLimitedTooManyBadKeysProblem
    | RotateKey409Problem
    | RotateKey422Problem
]:
    """Issue a new key; the old one lapses

     The keys before the new one keep working for `grace_seconds` (default: the configured grace).

    Args:
        client_id (UUID):
        body (None | RotateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientNotFoundProblem | CountyOutOfScopeRoleNotAllowedProblem | DatabaseBusyProblem | InternalErrorProblem | IssuedKey | PayloadTooLargeProblem | ProposeAnnualClearing400Problem | ProposeAnnualClearing401Problem | RateLimitedTooManyBadKeysProblem | RotateKey409Problem | RotateKey422Problem]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    client_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: None | RotateRequest | Unset = UNSET,
) -> (
    ClientNotFoundProblem
    | CountyOutOfScopeRoleNotAllowedProblem
    | DatabaseBusyProblem
    | InternalErrorProblem
    | IssuedKey
    | PayloadTooLargeProblem
    | ProposeAnnualClearing400Problem
    | ProposeAnnualClearing401Problem
    | RateLimitedTooManyBadKeysProblem
    | RotateKey409Problem
    | RotateKey422Problem
    | None
):
    """Issue a new key; the old one lapses

     The keys before the new one keep working for `grace_seconds` (default: the configured grace).

    Args:
        client_id (UUID):
        body (None | RotateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientNotFoundProblem | CountyOutOfScopeRoleNotAllowedProblem | DatabaseBusyProblem | InternalErrorProblem | IssuedKey | PayloadTooLargeProblem | ProposeAnnualClearing400Problem | ProposeAnnualClearing401Problem | RateLimitedTooManyBadKeysProblem | RotateKey409Problem | RotateKey422Problem
    """

    return sync_detailed(
        client_id=client_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    client_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: None | RotateRequest | Unset = UNSET,
) -> Response[
    ClientNotFoundProblem
    | CountyOutOfScopeRoleNotAllowedProblem
    | DatabaseBusyProblem
    | InternalErrorProblem
    | IssuedKey
    | PayloadTooLargeProblem
    | ProposeAnnualClearing400Problem
    | ProposeAnnualClearing401Problem
    | RateLimitedTooManyBadKeysProblem
    | RotateKey409Problem
    | RotateKey422Problem
]:
    """Issue a new key; the old one lapses

     The keys before the new one keep working for `grace_seconds` (default: the configured grace).

    Args:
        client_id (UUID):
        body (None | RotateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientNotFoundProblem | CountyOutOfScopeRoleNotAllowedProblem | DatabaseBusyProblem | InternalErrorProblem | IssuedKey | PayloadTooLargeProblem | ProposeAnnualClearing400Problem | ProposeAnnualClearing401Problem | RateLimitedTooManyBadKeysProblem | RotateKey409Problem | RotateKey422Problem]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: None | RotateRequest | Unset = UNSET,
) -> (
    ClientNotFoundProblem
    | CountyOutOfScopeRoleNotAllowedProblem
    | DatabaseBusyProblem
    | InternalErrorProblem
    | IssuedKey
    | PayloadTooLargeProblem
    | ProposeAnnualClearing400Problem
    | ProposeAnnualClearing401Problem
    | RateLimitedTooManyBadKeysProblem
    | RotateKey409Problem
    | RotateKey422Problem
    | None
):
    """Issue a new key; the old one lapses

     The keys before the new one keep working for `grace_seconds` (default: the configured grace).

    Args:
        client_id (UUID):
        body (None | RotateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientNotFoundProblem | CountyOutOfScopeRoleNotAllowedProblem | DatabaseBusyProblem | InternalErrorProblem | IssuedKey | PayloadTooLargeProblem | ProposeAnnualClearing400Problem | ProposeAnnualClearing401Problem | RateLimitedTooManyBadKeysProblem | RotateKey409Problem | RotateKey422Problem
    """

    return (
        await asyncio_detailed(
            client_id=client_id,
            client=client,
            body=body,
        )
    ).parsed
