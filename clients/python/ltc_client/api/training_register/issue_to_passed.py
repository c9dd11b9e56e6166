from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_issue import BulkIssue
from ...models.bulk_issue_create import BulkIssueCreate
from ...models.issue_to_passed_response_400 import IssueToPassedResponse400
from ...models.issue_to_passed_response_401 import IssueToPassedResponse401
from ...models.issue_to_passed_response_403 import IssueToPassedResponse403
from ...models.issue_to_passed_response_404 import IssueToPassedResponse404
from ...models.issue_to_passed_response_409 import IssueToPassedResponse409
from ...models.issue_to_passed_response_413 import IssueToPassedResponse413
from ...models.issue_to_passed_response_422 import IssueToPassedResponse422
from ...models.issue_to_passed_response_429 import IssueToPassedResponse429
from ...models.issue_to_passed_response_500 import IssueToPassedResponse500
from ...models.issue_to_passed_response_502 import IssueToPassedResponse502
from ...models.issue_to_passed_response_503 import IssueToPassedResponse503
from ...models.issue_to_passed_response_504 import IssueToPassedResponse504
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
    | IssueToPassedResponse400
    | IssueToPassedResponse401
    | IssueToPassedResponse403
    | IssueToPassedResponse404
    | IssueToPassedResponse409
    | IssueToPassedResponse413
    | IssueToPassedResponse422
    | IssueToPassedResponse429
    | IssueToPassedResponse500
    | IssueToPassedResponse502
    | IssueToPassedResponse503
    | IssueToPassedResponse504
    | None
):
    if response.status_code == 201:
        response_201 = BulkIssue.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = IssueToPassedResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = IssueToPassedResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = IssueToPassedResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = IssueToPassedResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = IssueToPassedResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = IssueToPassedResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = IssueToPassedResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = IssueToPassedResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = IssueToPassedResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = IssueToPassedResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = IssueToPassedResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = IssueToPassedResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    BulkIssue
    | IssueToPassedResponse400
    | IssueToPassedResponse401
    | IssueToPassedResponse403
    | IssueToPassedResponse404
    | IssueToPassedResponse409
    | IssueToPassedResponse413
    | IssueToPassedResponse422
    | IssueToPassedResponse429
    | IssueToPassedResponse500
    | IssueToPassedResponse502
    | IssueToPassedResponse503
    | IssueToPassedResponse504
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
    | IssueToPassedResponse400
    | IssueToPassedResponse401
    | IssueToPassedResponse403
    | IssueToPassedResponse404
    | IssueToPassedResponse409
    | IssueToPassedResponse413
    | IssueToPassedResponse422
    | IssueToPassedResponse429
    | IssueToPassedResponse500
    | IssueToPassedResponse502
    | IssueToPassedResponse503
    | IssueToPassedResponse504
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
        Response[BulkIssue | IssueToPassedResponse400 | IssueToPassedResponse401 | IssueToPassedResponse403 | IssueToPassedResponse404 | IssueToPassedResponse409 | IssueToPassedResponse413 | IssueToPassedResponse422 | IssueToPassedResponse429 | IssueToPassedResponse500 | IssueToPassedResponse502 | IssueToPassedResponse503 | IssueToPassedResponse504]
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
    | IssueToPassedResponse400
    | IssueToPassedResponse401
    | IssueToPassedResponse403
    | IssueToPassedResponse404
    | IssueToPassedResponse409
    | IssueToPassedResponse413
    | IssueToPassedResponse422
    | IssueToPassedResponse429
    | IssueToPassedResponse500
    | IssueToPassedResponse502
    | IssueToPassedResponse503
    | IssueToPassedResponse504
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
        BulkIssue | IssueToPassedResponse400 | IssueToPassedResponse401 | IssueToPassedResponse403 | IssueToPassedResponse404 | IssueToPassedResponse409 | IssueToPassedResponse413 | IssueToPassedResponse422 | IssueToPassedResponse429 | IssueToPassedResponse500 | IssueToPassedResponse502 | IssueToPassedResponse503 | IssueToPassedResponse504
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
    | IssueToPassedResponse400
    | IssueToPassedResponse401
    | IssueToPassedResponse403
    | IssueToPassedResponse404
    | IssueToPassedResponse409
    | IssueToPassedResponse413
    | IssueToPassedResponse422
    | IssueToPassedResponse429
    | IssueToPassedResponse500
    | IssueToPassedResponse502
    | IssueToPassedResponse503
    | IssueToPassedResponse504
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
        Response[BulkIssue | IssueToPassedResponse400 | IssueToPassedResponse401 | IssueToPassedResponse403 | IssueToPassedResponse404 | IssueToPassedResponse409 | IssueToPassedResponse413 | IssueToPassedResponse422 | IssueToPassedResponse429 | IssueToPassedResponse500 | IssueToPassedResponse502 | IssueToPassedResponse503 | IssueToPassedResponse504]
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
    | IssueToPassedResponse400
    | IssueToPassedResponse401
    | IssueToPassedResponse403
    | IssueToPassedResponse404
    | IssueToPassedResponse409
    | IssueToPassedResponse413
    | IssueToPassedResponse422
    | IssueToPassedResponse429
    | IssueToPassedResponse500
    | IssueToPassedResponse502
    | IssueToPassedResponse503
    | IssueToPassedResponse504
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
        BulkIssue | IssueToPassedResponse400 | IssueToPassedResponse401 | IssueToPassedResponse403 | IssueToPassedResponse404 | IssueToPassedResponse409 | IssueToPassedResponse413 | IssueToPassedResponse422 | IssueToPassedResponse429 | IssueToPassedResponse500 | IssueToPassedResponse502 | IssueToPassedResponse503 | IssueToPassedResponse504
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
            body=body,
        )
    ).parsed
