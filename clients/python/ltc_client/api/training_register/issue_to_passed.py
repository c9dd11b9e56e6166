from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_issue import BulkIssue
from ...models.bulk_issue_create import BulkIssueCreate
from ...models.database_busy_upstream_unavailable_problem import DatabaseBusyUpstreamUnavailableProblem
from ...models.internal_error_problem import InternalErrorProblem
from ...models.issue_to_passed_409_problem import IssueToPassed409Problem
from ...models.issue_to_passed_422_problem import IssueToPassed422Problem
from ...models.payload_too_large_problem import PayloadTooLargeProblem
from ...models.propose_annual_clearing_400_problem import ProposeAnnualClearing400Problem
from ...models.propose_annual_clearing_401_problem import ProposeAnnualClearing401Problem
from ...models.propose_annual_clearing_403_problem import ProposeAnnualClearing403Problem
from ...models.rate_limited_too_many_bad_keys_problem import RateLimitedTooManyBadKeysProblem
from ...models.training_session_not_found_problem import TrainingSessionNotFoundProblem
from ...models.upstream_error_problem import UpstreamErrorProblem
from ...models.upstream_timeout_problem import UpstreamTimeoutProblem
from ...types import Response


def _get_kwargs(
    session_id: UUID,
    *,
    body: BulkIssueCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/training-sessions/{session_id}/certificate-issues".format(
            session_id=quote(str(session_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BulkIssue
    | DatabaseBusyUpstreamUnavailableProblem
    | InternalErrorProblem
    | IssueToPassed409Problem
    | IssueToPassed422Problem
    | PayloadTooLargeProblem
    | ProposeAnnualClearing400Problem
    | ProposeAnnualClearing401Problem
    | ProposeAnnualClearing403Problem
    | RateLimitedTooManyBadKeysProblem
    | TrainingSessionNotFoundProblem
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
    | None
):
    if response.status_code == 201:
        response_201 = BulkIssue.from_dict(response.json())

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
        response_404 = TrainingSessionNotFoundProblem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = IssueToPassed409Problem.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = PayloadTooLargeProblem.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = IssueToPassed422Problem.from_dict(response.json())

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
    BulkIssue
    | DatabaseBusyUpstreamUnavailableProblem
    | InternalErrorProblem
    | IssueToPassed409Problem
    | IssueToPassed422Problem
    | PayloadTooLargeProblem
    | ProposeAnnualClearing400Problem
    | ProposeAnnualClearing401Problem
    | ProposeAnnualClearing403Problem
    | RateLimitedTooManyBadKeysProblem
    | TrainingSessionNotFoundProblem
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
    session_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: BulkIssueCreate,
) -> Response[
    BulkIssue
    | DatabaseBusyUpstreamUnavailableProblem
    | InternalErrorProblem
    | IssueToPassed409Problem
    | IssueToPassed422Problem
    | PayloadTooLargeProblem
    | ProposeAnnualClearing400Problem
    | ProposeAnnualClearing401Problem
    | ProposeAnnualClearing403Problem
    | RateLimitedTooManyBadKeysProblem
    | TrainingSessionNotFoundProblem
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
]:
    """Issue certificates to everyone who passed the session's exam and holds none of it

     Numbered ``{number_prefix}{n:05d}`` after the session's earlier certificates, in the order of the ID
    numbers; each announced (``training.passed``) as a single issue is. A holder who holds a certificate
    of
    the session is left as is (``holding_already``), so a second call issues only to those who passed
    since
    (safe under concurrent calls: they take turns on the session; send an ``Idempotency-Key`` to retry
    safely). 404 ``TRAINING_SESSION_NOT_FOUND``; 409 ``CERTIFICATE_NUMBER_TAKEN`` when a number is taken
    (nothing issued); 422 ``CERTIFICATE_BEFORE_SESSION``.

    Args:
        session_id (UUID):
        body (BulkIssueCreate): Certificates for everyone who passed a session's exam and holds
            none of it yet, numbered
            ``{number_prefix}{n:05d}`` in the order of their ID numbers, continuing after the
            session's certificates
            issued before.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkIssue | DatabaseBusyUpstreamUnavailableProblem | InternalErrorProblem | IssueToPassed409Problem | IssueToPassed422Problem | PayloadTooLargeProblem | ProposeAnnualClearing400Problem | ProposeAnnualClearing401Problem | ProposeAnnualClearing403Problem | RateLimitedTooManyBadKeysProblem | TrainingSessionNotFoundProblem | UpstreamErrorProblem | UpstreamTimeoutProblem]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: BulkIssueCreate,
) -> (
    BulkIssue
    | DatabaseBusyUpstreamUnavailableProblem
    | InternalErrorProblem
    | IssueToPassed409Problem
    | IssueToPassed422Problem
    | PayloadTooLargeProblem
    | ProposeAnnualClearing400Problem
    | ProposeAnnualClearing401Problem
    | ProposeAnnualClearing403Problem
    | RateLimitedTooManyBadKeysProblem
    | TrainingSessionNotFoundProblem
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
    | None
):
    """Issue certificates to everyone who passed the session's exam and holds none of it

     Numbered ``{number_prefix}{n:05d}`` after the session's earlier certificates, in the order of the ID
    numbers; each announced (``training.passed``) as a single issue is. A holder who holds a certificate
    of
    the session is left as is (``holding_already``), so a second call issues only to those who passed
    since
    (safe under concurrent calls: they take turns on the session; send an ``Idempotency-Key`` to retry
    safely). 404 ``TRAINING_SESSION_NOT_FOUND``; 409 ``CERTIFICATE_NUMBER_TAKEN`` when a number is taken
    (nothing issued); 422 ``CERTIFICATE_BEFORE_SESSION``.

    Args:
        session_id (UUID):
        body (BulkIssueCreate): Certificates for everyone who passed a session's exam and holds
            none of it yet, numbered
            ``{number_prefix}{n:05d}`` in the order of their ID numbers, continuing after the
            session's certificates
            issued before.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkIssue | DatabaseBusyUpstreamUnavailableProblem | InternalErrorProblem | IssueToPassed409Problem | IssueToPassed422Problem | PayloadTooLargeProblem | ProposeAnnualClearing400Problem | ProposeAnnualClearing401Problem | ProposeAnnualClearing403Problem | RateLimitedTooManyBadKeysProblem | TrainingSessionNotFoundProblem | UpstreamErrorProblem | UpstreamTimeoutProblem
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    session_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: BulkIssueCreate,
) -> Response[
    BulkIssue
    | DatabaseBusyUpstreamUnavailableProblem
    | InternalErrorProblem
    | IssueToPassed409Problem
    | IssueToPassed422Problem
    | PayloadTooLargeProblem
    | ProposeAnnualClearing400Problem
    | ProposeAnnualClearing401Problem
    | ProposeAnnualClearing403Problem
    | RateLimitedTooManyBadKeysProblem
    | TrainingSessionNotFoundProblem
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
]:
    """Issue certificates to everyone who passed the session's exam and holds none of it

     Numbered ``{number_prefix}{n:05d}`` after the session's earlier certificates, in the order of the ID
    numbers; each announced (``training.passed``) as a single issue is. A holder who holds a certificate
    of
    the session is left as is (``holding_already``), so a second call issues only to those who passed
    since
    (safe under concurrent calls: they take turns on the session; send an ``Idempotency-Key`` to retry
    safely). 404 ``TRAINING_SESSION_NOT_FOUND``; 409 ``CERTIFICATE_NUMBER_TAKEN`` when a number is taken
    (nothing issued); 422 ``CERTIFICATE_BEFORE_SESSION``.

    Args:
        session_id (UUID):
        body (BulkIssueCreate): Certificates for everyone who passed a session's exam and holds
            none of it yet, numbered
            ``{number_prefix}{n:05d}`` in the order of their ID numbers, continuing after the
            session's certificates
            issued before.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkIssue | DatabaseBusyUpstreamUnavailableProblem | InternalErrorProblem | IssueToPassed409Problem | IssueToPassed422Problem | PayloadTooLargeProblem | ProposeAnnualClearing400Problem | ProposeAnnualClearing401Problem | ProposeAnnualClearing403Problem | RateLimitedTooManyBadKeysProblem | TrainingSessionNotFoundProblem | UpstreamErrorProblem | UpstreamTimeoutProblem]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: BulkIssueCreate,
) -> (
    BulkIssue
    | DatabaseBusyUpstreamUnavailableProblem
    | InternalErrorProblem
    | IssueToPassed409Problem
    | IssueToPassed422Problem
    | PayloadTooLargeProblem
    | ProposeAnnualClearing400Problem
    | ProposeAnnualClearing401Problem
    | ProposeAnnualClearing403Problem
    | RateLimitedTooManyBadKeysProblem
    | TrainingSessionNotFoundProblem
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
    | None
):
    """Issue certificates to everyone who passed the session's exam and holds none of it

     Numbered ``{number_prefix}{n:05d}`` after the session's earlier certificates, in the order of the ID
    numbers; each announced (``training.passed``) as a single issue is. A holder who holds a certificate
    of
    the session is left as is (``holding_already``), so a second call issues only to those who passed
    since
    (safe under concurrent calls: they take turns on the session; send an ``Idempotency-Key`` to retry
    safely). 404 ``TRAINING_SESSION_NOT_FOUND``; 409 ``CERTIFICATE_NUMBER_TAKEN`` when a number is taken
    (nothing issued); 422 ``CERTIFICATE_BEFORE_SESSION``.

    Args:
        session_id (UUID):
        body (BulkIssueCreate): Certificates for everyone who passed a session's exam and holds
            none of it yet, numbered
            ``{number_prefix}{n:05d}`` in the order of their ID numbers, continuing after the
            session's certificates
            issued before.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkIssue | DatabaseBusyUpstreamUnavailableProblem | InternalErrorProblem | IssueToPassed409Problem | IssueToPassed422Problem | PayloadTooLargeProblem | ProposeAnnualClearing400Problem | ProposeAnnualClearing401Problem | ProposeAnnualClearing403Problem | RateLimitedTooManyBadKeysProblem | TrainingSessionNotFoundProblem | UpstreamErrorProblem | UpstreamTimeoutProblem
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
            body=body,
        )
    ).parsed
