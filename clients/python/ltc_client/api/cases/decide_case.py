from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.case import Case
from ...models.decide_case_response_400 import DecideCaseResponse400
from ...models.decide_case_response_401 import DecideCaseResponse401
from ...models.decide_case_response_403 import DecideCaseResponse403
from ...models.decide_case_response_404 import DecideCaseResponse404
from ...models.decide_case_response_409 import DecideCaseResponse409
from ...models.decide_case_response_413 import DecideCaseResponse413
from ...models.decide_case_response_422 import DecideCaseResponse422
from ...models.decide_case_response_429 import DecideCaseResponse429
from ...models.decide_case_response_500 import DecideCaseResponse500
from ...models.decide_case_response_502 import DecideCaseResponse502
from ...models.decide_case_response_503 import DecideCaseResponse503
from ...models.decide_case_response_504 import DecideCaseResponse504
from ...models.services_oversight_cases_schemas_decision_create import (
    ServicesOversightCasesSchemasDecisionCreate,
)
from ...types import Response


def _get_kwargs(
    case_id: UUID,
    *,
    body: ServicesOversightCasesSchemasDecisionCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/cases/{case_id}/decision".format(
            case_id=quote(str(case_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Case
    | DecideCaseResponse400
    | DecideCaseResponse401
    | DecideCaseResponse403
    | DecideCaseResponse404
    | DecideCaseResponse409
    | DecideCaseResponse413
    | DecideCaseResponse422
    | DecideCaseResponse429
    | DecideCaseResponse500
    | DecideCaseResponse502
    | DecideCaseResponse503
    | DecideCaseResponse504
    | None
):
    if response.status_code == 201:
        response_201 = Case.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = DecideCaseResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = DecideCaseResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = DecideCaseResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = DecideCaseResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = DecideCaseResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = DecideCaseResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = DecideCaseResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = DecideCaseResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = DecideCaseResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = DecideCaseResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = DecideCaseResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = DecideCaseResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Case
    | DecideCaseResponse400
    | DecideCaseResponse401
    | DecideCaseResponse403
    | DecideCaseResponse404
    | DecideCaseResponse409
    | DecideCaseResponse413
    | DecideCaseResponse422
    | DecideCaseResponse429
    | DecideCaseResponse500
    | DecideCaseResponse502
    | DecideCaseResponse503
    | DecideCaseResponse504
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    case_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ServicesOversightCasesSchemasDecisionCreate,
) -> Response[
    Case
    | DecideCaseResponse400
    | DecideCaseResponse401
    | DecideCaseResponse403
    | DecideCaseResponse404
    | DecideCaseResponse409
    | DecideCaseResponse413
    | DecideCaseResponse422
    | DecideCaseResponse429
    | DecideCaseResponse500
    | DecideCaseResponse502
    | DecideCaseResponse503
    | DecideCaseResponse504
]:
    """Decide a case: sanctions and money ordered recovered (追回)

     Once per case (409 ``CASE_IS_DECIDED``; safe under concurrent calls: the case row is locked; send an
    ``Idempotency-Key`` to retry safely). Announces ``sanction.changed`` per sanction and
    ``recovery.ordered`` per recovery. A credit record's ban runs for the rule
    ``credit_record.ban_years``.

    Args:
        case_id (UUID):
        body (ServicesOversightCasesSchemasDecisionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Case | DecideCaseResponse400 | DecideCaseResponse401 | DecideCaseResponse403 | DecideCaseResponse404 | DecideCaseResponse409 | DecideCaseResponse413 | DecideCaseResponse422 | DecideCaseResponse429 | DecideCaseResponse500 | DecideCaseResponse502 | DecideCaseResponse503 | DecideCaseResponse504]
    """

    kwargs = _get_kwargs(
        case_id=case_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    case_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ServicesOversightCasesSchemasDecisionCreate,
) -> (
    Case
    | DecideCaseResponse400
    | DecideCaseResponse401
    | DecideCaseResponse403
    | DecideCaseResponse404
    | DecideCaseResponse409
    | DecideCaseResponse413
    | DecideCaseResponse422
    | DecideCaseResponse429
    | DecideCaseResponse500
    | DecideCaseResponse502
    | DecideCaseResponse503
    | DecideCaseResponse504
    | None
):
    """Decide a case: sanctions and money ordered recovered (追回)

     Once per case (409 ``CASE_IS_DECIDED``; safe under concurrent calls: the case row is locked; send an
    ``Idempotency-Key`` to retry safely). Announces ``sanction.changed`` per sanction and
    ``recovery.ordered`` per recovery. A credit record's ban runs for the rule
    ``credit_record.ban_years``.

    Args:
        case_id (UUID):
        body (ServicesOversightCasesSchemasDecisionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Case | DecideCaseResponse400 | DecideCaseResponse401 | DecideCaseResponse403 | DecideCaseResponse404 | DecideCaseResponse409 | DecideCaseResponse413 | DecideCaseResponse422 | DecideCaseResponse429 | DecideCaseResponse500 | DecideCaseResponse502 | DecideCaseResponse503 | DecideCaseResponse504
    """

    return sync_detailed(
        case_id=case_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    case_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ServicesOversightCasesSchemasDecisionCreate,
) -> Response[
    Case
    | DecideCaseResponse400
    | DecideCaseResponse401
    | DecideCaseResponse403
    | DecideCaseResponse404
    | DecideCaseResponse409
    | DecideCaseResponse413
    | DecideCaseResponse422
    | DecideCaseResponse429
    | DecideCaseResponse500
    | DecideCaseResponse502
    | DecideCaseResponse503
    | DecideCaseResponse504
]:
    """Decide a case: sanctions and money ordered recovered (追回)

     Once per case (409 ``CASE_IS_DECIDED``; safe under concurrent calls: the case row is locked; send an
    ``Idempotency-Key`` to retry safely). Announces ``sanction.changed`` per sanction and
    ``recovery.ordered`` per recovery. A credit record's ban runs for the rule
    ``credit_record.ban_years``.

    Args:
        case_id (UUID):
        body (ServicesOversightCasesSchemasDecisionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Case | DecideCaseResponse400 | DecideCaseResponse401 | DecideCaseResponse403 | DecideCaseResponse404 | DecideCaseResponse409 | DecideCaseResponse413 | DecideCaseResponse422 | DecideCaseResponse429 | DecideCaseResponse500 | DecideCaseResponse502 | DecideCaseResponse503 | DecideCaseResponse504]
    """

    kwargs = _get_kwargs(
        case_id=case_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    case_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ServicesOversightCasesSchemasDecisionCreate,
) -> (
    Case
    | DecideCaseResponse400
    | DecideCaseResponse401
    | DecideCaseResponse403
    | DecideCaseResponse404
    | DecideCaseResponse409
    | DecideCaseResponse413
    | DecideCaseResponse422
    | DecideCaseResponse429
    | DecideCaseResponse500
    | DecideCaseResponse502
    | DecideCaseResponse503
    | DecideCaseResponse504
    | None
):
    """Decide a case: sanctions and money ordered recovered (追回)

     Once per case (409 ``CASE_IS_DECIDED``; safe under concurrent calls: the case row is locked; send an
    ``Idempotency-Key`` to retry safely). Announces ``sanction.changed`` per sanction and
    ``recovery.ordered`` per recovery. A credit record's ban runs for the rule
    ``credit_record.ban_years``.

    Args:
        case_id (UUID):
        body (ServicesOversightCasesSchemasDecisionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Case | DecideCaseResponse400 | DecideCaseResponse401 | DecideCaseResponse403 | DecideCaseResponse404 | DecideCaseResponse409 | DecideCaseResponse413 | DecideCaseResponse422 | DecideCaseResponse429 | DecideCaseResponse500 | DecideCaseResponse502 | DecideCaseResponse503 | DecideCaseResponse504
    """

    return (
        await asyncio_detailed(
            case_id=case_id,
            client=client,
            body=body,
        )
    ).parsed
