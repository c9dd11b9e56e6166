from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.database_busy_upstream_unavailable_problem import DatabaseBusyUpstreamUnavailableProblem
from ...models.decide_dispute_409_problem import DecideDispute409Problem
from ...models.decide_dispute_422_problem import DecideDispute422Problem
from ...models.dispute import Dispute
from ...models.dispute_decision import DisputeDecision
from ...models.dispute_not_found_record_not_found_problem import DisputeNotFoundRecordNotFoundProblem
from ...models.internal_error_problem import InternalErrorProblem
from ...models.payload_too_large_problem import PayloadTooLargeProblem
from ...models.propose_annual_clearing_400_problem import ProposeAnnualClearing400Problem
from ...models.propose_annual_clearing_401_problem import ProposeAnnualClearing401Problem
from ...models.propose_annual_clearing_403_problem import ProposeAnnualClearing403Problem
from ...models.rate_limited_too_many_bad_keys_problem import RateLimitedTooManyBadKeysProblem
from ...models.upstream_error_problem import UpstreamErrorProblem
from ...models.upstream_timeout_problem import UpstreamTimeoutProblem
from ...types import Response


def _get_kwargs(
    id: int,
    dispute_id: UUID,
    *,
    body: DisputeDecision,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/service-records/{id}/disputes/{dispute_id}/decision".format(
            id=quote(str(id), safe=""),
            dispute_id=quote(str(dispute_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DatabaseBusyUpstreamUnavailableProblem
    | DecideDispute409Problem
    | DecideDispute422Problem
    | Dispute
    | DisputeNotFoundRecordNotFoundProblem
    | InternalErrorProblem
    | PayloadTooLargeProblem
    | ProposeAnnualClearing400Problem
    | ProposeAnnualClearing401Problem
    | ProposeAnnualClearing403Problem
    | RateLimitedTooManyBadKeysProblem
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
    | None
):
    if response.status_code == 200:
        response_200 = Dispute.from_dict(response.json())

        return response_200

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
        response_404 = DisputeNotFoundRecordNotFoundProblem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = DecideDispute409Problem.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = PayloadTooLargeProblem.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = DecideDispute422Problem.from_dict(response.json())

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
    DatabaseBusyUpstreamUnavailableProblem
    | DecideDispute409Problem
    | DecideDispute422Problem
    | Dispute
    | DisputeNotFoundRecordNotFoundProblem
    | InternalErrorProblem
    | PayloadTooLargeProblem
    | ProposeAnnualClearing400Problem
    | ProposeAnnualClearing401Problem
    | ProposeAnnualClearing403Problem
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
    id: int,
    dispute_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: DisputeDecision,
) -> Response[
    DatabaseBusyUpstreamUnavailableProblem
    | DecideDispute409Problem
    | DecideDispute422Problem
    | Dispute
    | DisputeNotFoundRecordNotFoundProblem
    | InternalErrorProblem
    | PayloadTooLargeProblem
    | ProposeAnnualClearing400Problem
    | ProposeAnnualClearing401Problem
    | ProposeAnnualClearing403Problem
    | RateLimitedTooManyBadKeysProblem
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
]:
    """Uphold or reject a dispute (the contractor); upheld → paid with the next settlement

    Args:
        id (int): the platform's id of the record (`id` in its answers) — not the institution's
            own `record_id`, which names it only within the institution's batches and files
        dispute_id (UUID):
        body (DisputeDecision):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatabaseBusyUpstreamUnavailableProblem | DecideDispute409Problem | DecideDispute422Problem | Dispute | DisputeNotFoundRecordNotFoundProblem | InternalErrorProblem | PayloadTooLargeProblem | ProposeAnnualClearing400Problem | ProposeAnnualClearing401Problem | ProposeAnnualClearing403Problem | RateLimitedTooManyBadKeysProblem | UpstreamErrorProblem | UpstreamTimeoutProblem]
    """

    kwargs = _get_kwargs(
        id=id,
        dispute_id=dispute_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    dispute_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: DisputeDecision,
) -> (
    DatabaseBusyUpstreamUnavailableProblem
    | DecideDispute409Problem
    | DecideDispute422Problem
    | Dispute
    | DisputeNotFoundRecordNotFoundProblem
    | InternalErrorProblem
    | PayloadTooLargeProblem
    | ProposeAnnualClearing400Problem
    | ProposeAnnualClearing401Problem
    | ProposeAnnualClearing403Problem
    | RateLimitedTooManyBadKeysProblem
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
    | None
):
    """Uphold or reject a dispute (the contractor); upheld → paid with the next settlement

    Args:
        id (int): the platform's id of the record (`id` in its answers) — not the institution's
            own `record_id`, which names it only within the institution's batches and files
        dispute_id (UUID):
        body (DisputeDecision):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatabaseBusyUpstreamUnavailableProblem | DecideDispute409Problem | DecideDispute422Problem | Dispute | DisputeNotFoundRecordNotFoundProblem | InternalErrorProblem | PayloadTooLargeProblem | ProposeAnnualClearing400Problem | ProposeAnnualClearing401Problem | ProposeAnnualClearing403Problem | RateLimitedTooManyBadKeysProblem | UpstreamErrorProblem | UpstreamTimeoutProblem
    """

    return sync_detailed(
        id=id,
        dispute_id=dispute_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: int,
    dispute_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: DisputeDecision,
) -> Response[
    DatabaseBusyUpstreamUnavailableProblem
    | DecideDispute409Problem
    | DecideDispute422Problem
    | Dispute
    | DisputeNotFoundRecordNotFoundProblem
    | InternalErrorProblem
    | PayloadTooLargeProblem
    | ProposeAnnualClearing400Problem
    | ProposeAnnualClearing401Problem
    | ProposeAnnualClearing403Problem
    | RateLimitedTooManyBadKeysProblem
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
]:
    """Uphold or reject a dispute (the contractor); upheld → paid with the next settlement

    Args:
        id (int): the platform's id of the record (`id` in its answers) — not the institution's
            own `record_id`, which names it only within the institution's batches and files
        dispute_id (UUID):
        body (DisputeDecision):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatabaseBusyUpstreamUnavailableProblem | DecideDispute409Problem | DecideDispute422Problem | Dispute | DisputeNotFoundRecordNotFoundProblem | InternalErrorProblem | PayloadTooLargeProblem | ProposeAnnualClearing400Problem | ProposeAnnualClearing401Problem | ProposeAnnualClearing403Problem | RateLimitedTooManyBadKeysProblem | UpstreamErrorProblem | UpstreamTimeoutProblem]
    """

    kwargs = _get_kwargs(
        id=id,
        dispute_id=dispute_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    dispute_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: DisputeDecision,
) -> (
    DatabaseBusyUpstreamUnavailableProblem
    | DecideDispute409Problem
    | DecideDispute422Problem
    | Dispute
    | DisputeNotFoundRecordNotFoundProblem
    | InternalErrorProblem
    | PayloadTooLargeProblem
    | ProposeAnnualClearing400Problem
    | ProposeAnnualClearing401Problem
    | ProposeAnnualClearing403Problem
    | RateLimitedTooManyBadKeysProblem
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
    | None
):
    """Uphold or reject a dispute (the contractor); upheld → paid with the next settlement

    Args:
        id (int): the platform's id of the record (`id` in its answers) — not the institution's
            own `record_id`, which names it only within the institution's batches and files
        dispute_id (UUID):
        body (DisputeDecision):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatabaseBusyUpstreamUnavailableProblem | DecideDispute409Problem | DecideDispute422Problem | Dispute | DisputeNotFoundRecordNotFoundProblem | InternalErrorProblem | PayloadTooLargeProblem | ProposeAnnualClearing400Problem | ProposeAnnualClearing401Problem | ProposeAnnualClearing403Problem | RateLimitedTooManyBadKeysProblem | UpstreamErrorProblem | UpstreamTimeoutProblem
    """

    return (
        await asyncio_detailed(
            id=id,
            dispute_id=dispute_id,
            client=client,
            body=body,
        )
    ).parsed
