from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.assign_complaint_409_problem import AssignComplaint409Problem
from ...models.complaint import Complaint
from ...models.complaint_not_found_oversight_rule_not_found_problem import (
    ComplaintNotFoundOversightRuleNotFoundProblem,
)
from ...models.database_busy_upstream_unavailable_problem import DatabaseBusyUpstreamUnavailableProblem
from ...models.handling_create import HandlingCreate
from ...models.internal_error_problem import InternalErrorProblem
from ...models.payload_too_large_problem import PayloadTooLargeProblem
from ...models.propose_annual_clearing_400_problem import ProposeAnnualClearing400Problem
from ...models.propose_annual_clearing_401_problem import ProposeAnnualClearing401Problem
from ...models.propose_annual_clearing_403_problem import ProposeAnnualClearing403Problem
from ...models.rate_limited_too_many_bad_keys_problem import RateLimitedTooManyBadKeysProblem
from ...models.rotate_key_422_problem import RotateKey422Problem
from ...models.upstream_error_problem import UpstreamErrorProblem
from ...models.upstream_timeout_problem import UpstreamTimeoutProblem
from ...types import Response


def _get_kwargs(
    complaint_id: UUID,
    *,
    body: HandlingCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/complaints/{complaint_id}/handling".format(
            complaint_id=quote(str(complaint_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AssignComplaint409Problem
    | Complaint
    | ComplaintNotFoundOversightRuleNotFoundProblem
    | DatabaseBusyUpstreamUnavailableProblem
    | InternalErrorProblem
    | PayloadTooLargeProblem
    | ProposeAnnualClearing400Problem
    | ProposeAnnualClearing401Problem
    | ProposeAnnualClearing403Problem
    | RateLimitedTooManyBadKeysProblem
    | RotateKey422Problem
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
    | None
):
    if response.status_code == 201:
        response_201 = Complaint.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ProposeAnnualClearing400Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ProposeAnnualClearing401Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ProposeAnnualClearing403Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ComplaintNotFoundOversightRuleNotFoundProblem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = AssignComplaint409Problem.from_dict(response.json())

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
    AssignComplaint409Problem
    | Complaint
    | ComplaintNotFoundOversightRuleNotFoundProblem
    | DatabaseBusyUpstreamUnavailableProblem
    | InternalErrorProblem
    | PayloadTooLargeProblem
    | ProposeAnnualClearing400Problem
    | ProposeAnnualClearing401Problem
    | ProposeAnnualClearing403Problem
    | RateLimitedTooManyBadKeysProblem
    | RotateKey422Problem
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
    complaint_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: HandlingCreate,
) -> Response[
    AssignComplaint409Problem
    | Complaint
    | ComplaintNotFoundOversightRuleNotFoundProblem
    | DatabaseBusyUpstreamUnavailableProblem
    | InternalErrorProblem
    | PayloadTooLargeProblem
    | ProposeAnnualClearing400Problem
    | ProposeAnnualClearing401Problem
    | ProposeAnnualClearing403Problem
    | RateLimitedTooManyBadKeysProblem
    | RotateKey422Problem
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
]:
    """Handle it (处置)

    Args:
        complaint_id (UUID):
        body (HandlingCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssignComplaint409Problem | Complaint | ComplaintNotFoundOversightRuleNotFoundProblem | DatabaseBusyUpstreamUnavailableProblem | InternalErrorProblem | PayloadTooLargeProblem | ProposeAnnualClearing400Problem | ProposeAnnualClearing401Problem | ProposeAnnualClearing403Problem | RateLimitedTooManyBadKeysProblem | RotateKey422Problem | UpstreamErrorProblem | UpstreamTimeoutProblem]
    """

    kwargs = _get_kwargs(
        complaint_id=complaint_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    complaint_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: HandlingCreate,
) -> (
    AssignComplaint409Problem
    | Complaint
    | ComplaintNotFoundOversightRuleNotFoundProblem
    | DatabaseBusyUpstreamUnavailableProblem
    | InternalErrorProblem
    | PayloadTooLargeProblem
    | ProposeAnnualClearing400Problem
    | ProposeAnnualClearing401Problem
    | ProposeAnnualClearing403Problem
    | RateLimitedTooManyBadKeysProblem
    | RotateKey422Problem
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
    | None
):
    """Handle it (处置)

    Args:
        complaint_id (UUID):
        body (HandlingCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssignComplaint409Problem | Complaint | ComplaintNotFoundOversightRuleNotFoundProblem | DatabaseBusyUpstreamUnavailableProblem | InternalErrorProblem | PayloadTooLargeProblem | ProposeAnnualClearing400Problem | ProposeAnnualClearing401Problem | ProposeAnnualClearing403Problem | RateLimitedTooManyBadKeysProblem | RotateKey422Problem | UpstreamErrorProblem | UpstreamTimeoutProblem
    """

    return sync_detailed(
        complaint_id=complaint_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    complaint_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: HandlingCreate,
) -> Response[
    AssignComplaint409Problem
    | Complaint
    | ComplaintNotFoundOversightRuleNotFoundProblem
    | DatabaseBusyUpstreamUnavailableProblem
    | InternalErrorProblem
    | PayloadTooLargeProblem
    | ProposeAnnualClearing400Problem
    | ProposeAnnualClearing401Problem
    | ProposeAnnualClearing403Problem
    | RateLimitedTooManyBadKeysProblem
    | RotateKey422Problem
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
]:
    """Handle it (处置)

    Args:
        complaint_id (UUID):
        body (HandlingCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssignComplaint409Problem | Complaint | ComplaintNotFoundOversightRuleNotFoundProblem | DatabaseBusyUpstreamUnavailableProblem | InternalErrorProblem | PayloadTooLargeProblem | ProposeAnnualClearing400Problem | ProposeAnnualClearing401Problem | ProposeAnnualClearing403Problem | RateLimitedTooManyBadKeysProblem | RotateKey422Problem | UpstreamErrorProblem | UpstreamTimeoutProblem]
    """

    kwargs = _get_kwargs(
        complaint_id=complaint_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    complaint_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: HandlingCreate,
) -> (
    AssignComplaint409Problem
    | Complaint
    | ComplaintNotFoundOversightRuleNotFoundProblem
    | DatabaseBusyUpstreamUnavailableProblem
    | InternalErrorProblem
    | PayloadTooLargeProblem
    | ProposeAnnualClearing400Problem
    | ProposeAnnualClearing401Problem
    | ProposeAnnualClearing403Problem
    | RateLimitedTooManyBadKeysProblem
    | RotateKey422Problem
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
    | None
):
    """Handle it (处置)

    Args:
        complaint_id (UUID):
        body (HandlingCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssignComplaint409Problem | Complaint | ComplaintNotFoundOversightRuleNotFoundProblem | DatabaseBusyUpstreamUnavailableProblem | InternalErrorProblem | PayloadTooLargeProblem | ProposeAnnualClearing400Problem | ProposeAnnualClearing401Problem | ProposeAnnualClearing403Problem | RateLimitedTooManyBadKeysProblem | RotateKey422Problem | UpstreamErrorProblem | UpstreamTimeoutProblem
    """

    return (
        await asyncio_detailed(
            complaint_id=complaint_id,
            client=client,
            body=body,
        )
    ).parsed
