from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.inspection import Inspection
from ...models.inspection_create import InspectionCreate
from ...models.record_visit_response_400 import RecordVisitResponse400
from ...models.record_visit_response_401 import RecordVisitResponse401
from ...models.record_visit_response_403 import RecordVisitResponse403
from ...models.record_visit_response_404 import RecordVisitResponse404
from ...models.record_visit_response_409 import RecordVisitResponse409
from ...models.record_visit_response_413 import RecordVisitResponse413
from ...models.record_visit_response_422 import RecordVisitResponse422
from ...models.record_visit_response_429 import RecordVisitResponse429
from ...models.record_visit_response_500 import RecordVisitResponse500
from ...models.record_visit_response_502 import RecordVisitResponse502
from ...models.record_visit_response_503 import RecordVisitResponse503
from ...models.record_visit_response_504 import RecordVisitResponse504
from ...types import Response


def _get_kwargs(
    *,
    body: InspectionCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/inspections",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Inspection
    | RecordVisitResponse400
    | RecordVisitResponse401
    | RecordVisitResponse403
    | RecordVisitResponse404
    | RecordVisitResponse409
    | RecordVisitResponse413
    | RecordVisitResponse422
    | RecordVisitResponse429
    | RecordVisitResponse500
    | RecordVisitResponse502
    | RecordVisitResponse503
    | RecordVisitResponse504
    | None
):
    if response.status_code == 201:
        response_201 = Inspection.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = RecordVisitResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = RecordVisitResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = RecordVisitResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = RecordVisitResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = RecordVisitResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = RecordVisitResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = RecordVisitResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = RecordVisitResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = RecordVisitResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = RecordVisitResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = RecordVisitResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = RecordVisitResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Inspection
    | RecordVisitResponse400
    | RecordVisitResponse401
    | RecordVisitResponse403
    | RecordVisitResponse404
    | RecordVisitResponse409
    | RecordVisitResponse413
    | RecordVisitResponse422
    | RecordVisitResponse429
    | RecordVisitResponse500
    | RecordVisitResponse502
    | RecordVisitResponse503
    | RecordVisitResponse504
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
    body: InspectionCreate,
) -> Response[
    Inspection
    | RecordVisitResponse400
    | RecordVisitResponse401
    | RecordVisitResponse403
    | RecordVisitResponse404
    | RecordVisitResponse409
    | RecordVisitResponse413
    | RecordVisitResponse422
    | RecordVisitResponse429
    | RecordVisitResponse500
    | RecordVisitResponse502
    | RecordVisitResponse503
    | RecordVisitResponse504
]:
    """Record a visit: findings, documents and photos, the rectification deadline

     Documents and photos are metadata (name, reference, SHA-256, content type). A finding that calls for
    rectification sets a deadline: ``rectification_due_on`` or the visit + the rule
    ``inspection.rectification_days``. 422 ``INSTITUTION_UNKNOWN``, ``INSPECTION_PLAN_UNKNOWN``,
    ``VISIT_OUTSIDE_PLAN``.

    Args:
        body (InspectionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Inspection | RecordVisitResponse400 | RecordVisitResponse401 | RecordVisitResponse403 | RecordVisitResponse404 | RecordVisitResponse409 | RecordVisitResponse413 | RecordVisitResponse422 | RecordVisitResponse429 | RecordVisitResponse500 | RecordVisitResponse502 | RecordVisitResponse503 | RecordVisitResponse504]
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
    body: InspectionCreate,
) -> (
    Inspection
    | RecordVisitResponse400
    | RecordVisitResponse401
    | RecordVisitResponse403
    | RecordVisitResponse404
    | RecordVisitResponse409
    | RecordVisitResponse413
    | RecordVisitResponse422
    | RecordVisitResponse429
    | RecordVisitResponse500
    | RecordVisitResponse502
    | RecordVisitResponse503
    | RecordVisitResponse504
    | None
):
    """Record a visit: findings, documents and photos, the rectification deadline

     Documents and photos are metadata (name, reference, SHA-256, content type). A finding that calls for
    rectification sets a deadline: ``rectification_due_on`` or the visit + the rule
    ``inspection.rectification_days``. 422 ``INSTITUTION_UNKNOWN``, ``INSPECTION_PLAN_UNKNOWN``,
    ``VISIT_OUTSIDE_PLAN``.

    Args:
        body (InspectionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Inspection | RecordVisitResponse400 | RecordVisitResponse401 | RecordVisitResponse403 | RecordVisitResponse404 | RecordVisitResponse409 | RecordVisitResponse413 | RecordVisitResponse422 | RecordVisitResponse429 | RecordVisitResponse500 | RecordVisitResponse502 | RecordVisitResponse503 | RecordVisitResponse504
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: InspectionCreate,
) -> Response[
    Inspection
    | RecordVisitResponse400
    | RecordVisitResponse401
    | RecordVisitResponse403
    | RecordVisitResponse404
    | RecordVisitResponse409
    | RecordVisitResponse413
    | RecordVisitResponse422
    | RecordVisitResponse429
    | RecordVisitResponse500
    | RecordVisitResponse502
    | RecordVisitResponse503
    | RecordVisitResponse504
]:
    """Record a visit: findings, documents and photos, the rectification deadline

     Documents and photos are metadata (name, reference, SHA-256, content type). A finding that calls for
    rectification sets a deadline: ``rectification_due_on`` or the visit + the rule
    ``inspection.rectification_days``. 422 ``INSTITUTION_UNKNOWN``, ``INSPECTION_PLAN_UNKNOWN``,
    ``VISIT_OUTSIDE_PLAN``.

    Args:
        body (InspectionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Inspection | RecordVisitResponse400 | RecordVisitResponse401 | RecordVisitResponse403 | RecordVisitResponse404 | RecordVisitResponse409 | RecordVisitResponse413 | RecordVisitResponse422 | RecordVisitResponse429 | RecordVisitResponse500 | RecordVisitResponse502 | RecordVisitResponse503 | RecordVisitResponse504]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: InspectionCreate,
) -> (
    Inspection
    | RecordVisitResponse400
    | RecordVisitResponse401
    | RecordVisitResponse403
    | RecordVisitResponse404
    | RecordVisitResponse409
    | RecordVisitResponse413
    | RecordVisitResponse422
    | RecordVisitResponse429
    | RecordVisitResponse500
    | RecordVisitResponse502
    | RecordVisitResponse503
    | RecordVisitResponse504
    | None
):
    """Record a visit: findings, documents and photos, the rectification deadline

     Documents and photos are metadata (name, reference, SHA-256, content type). A finding that calls for
    rectification sets a deadline: ``rectification_due_on`` or the visit + the rule
    ``inspection.rectification_days``. 422 ``INSTITUTION_UNKNOWN``, ``INSPECTION_PLAN_UNKNOWN``,
    ``VISIT_OUTSIDE_PLAN``.

    Args:
        body (InspectionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Inspection | RecordVisitResponse400 | RecordVisitResponse401 | RecordVisitResponse403 | RecordVisitResponse404 | RecordVisitResponse409 | RecordVisitResponse413 | RecordVisitResponse422 | RecordVisitResponse429 | RecordVisitResponse500 | RecordVisitResponse502 | RecordVisitResponse503 | RecordVisitResponse504
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
