from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.follow_up_inspection_response_400 import FollowUpInspectionResponse400
from ...models.follow_up_inspection_response_401 import FollowUpInspectionResponse401
from ...models.follow_up_inspection_response_403 import FollowUpInspectionResponse403
from ...models.follow_up_inspection_response_404 import FollowUpInspectionResponse404
from ...models.follow_up_inspection_response_409 import FollowUpInspectionResponse409
from ...models.follow_up_inspection_response_413 import FollowUpInspectionResponse413
from ...models.follow_up_inspection_response_422 import FollowUpInspectionResponse422
from ...models.follow_up_inspection_response_429 import FollowUpInspectionResponse429
from ...models.follow_up_inspection_response_500 import FollowUpInspectionResponse500
from ...models.follow_up_inspection_response_502 import FollowUpInspectionResponse502
from ...models.follow_up_inspection_response_503 import FollowUpInspectionResponse503
from ...models.follow_up_inspection_response_504 import FollowUpInspectionResponse504
from ...models.inspection import Inspection
from ...models.services_oversight_inspections_schemas_follow_up_create import (
    ServicesOversightInspectionsSchemasFollowUpCreate,
)
from ...types import Response


def _get_kwargs(
    inspection_id: UUID,
    *,
    body: ServicesOversightInspectionsSchemasFollowUpCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/inspections/{inspection_id}/follow-ups".format(
            inspection_id=quote(str(inspection_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    FollowUpInspectionResponse400
    | FollowUpInspectionResponse401
    | FollowUpInspectionResponse403
    | FollowUpInspectionResponse404
    | FollowUpInspectionResponse409
    | FollowUpInspectionResponse413
    | FollowUpInspectionResponse422
    | FollowUpInspectionResponse429
    | FollowUpInspectionResponse500
    | FollowUpInspectionResponse502
    | FollowUpInspectionResponse503
    | FollowUpInspectionResponse504
    | Inspection
    | None
):
    if response.status_code == 201:
        response_201 = Inspection.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = FollowUpInspectionResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = FollowUpInspectionResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = FollowUpInspectionResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = FollowUpInspectionResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = FollowUpInspectionResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = FollowUpInspectionResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = FollowUpInspectionResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = FollowUpInspectionResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = FollowUpInspectionResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = FollowUpInspectionResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = FollowUpInspectionResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = FollowUpInspectionResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    FollowUpInspectionResponse400
    | FollowUpInspectionResponse401
    | FollowUpInspectionResponse403
    | FollowUpInspectionResponse404
    | FollowUpInspectionResponse409
    | FollowUpInspectionResponse413
    | FollowUpInspectionResponse422
    | FollowUpInspectionResponse429
    | FollowUpInspectionResponse500
    | FollowUpInspectionResponse502
    | FollowUpInspectionResponse503
    | FollowUpInspectionResponse504
    | Inspection
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    inspection_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ServicesOversightInspectionsSchemasFollowUpCreate,
) -> Response[
    FollowUpInspectionResponse400
    | FollowUpInspectionResponse401
    | FollowUpInspectionResponse403
    | FollowUpInspectionResponse404
    | FollowUpInspectionResponse409
    | FollowUpInspectionResponse413
    | FollowUpInspectionResponse422
    | FollowUpInspectionResponse429
    | FollowUpInspectionResponse500
    | FollowUpInspectionResponse502
    | FollowUpInspectionResponse503
    | FollowUpInspectionResponse504
    | Inspection
]:
    """Follow up the rectification: rectified, or not (and open a case)

     Once, while pending (409 ``RECTIFICATION_NOT_PENDING``). ``open_case`` with ``not_rectified`` opens
    a case from the findings (its id in ``case_id``).

    Args:
        inspection_id (UUID):
        body (ServicesOversightInspectionsSchemasFollowUpCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FollowUpInspectionResponse400 | FollowUpInspectionResponse401 | FollowUpInspectionResponse403 | FollowUpInspectionResponse404 | FollowUpInspectionResponse409 | FollowUpInspectionResponse413 | FollowUpInspectionResponse422 | FollowUpInspectionResponse429 | FollowUpInspectionResponse500 | FollowUpInspectionResponse502 | FollowUpInspectionResponse503 | FollowUpInspectionResponse504 | Inspection]
    """

    kwargs = _get_kwargs(
        inspection_id=inspection_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    inspection_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ServicesOversightInspectionsSchemasFollowUpCreate,
) -> (
    FollowUpInspectionResponse400
    | FollowUpInspectionResponse401
    | FollowUpInspectionResponse403
    | FollowUpInspectionResponse404
    | FollowUpInspectionResponse409
    | FollowUpInspectionResponse413
    | FollowUpInspectionResponse422
    | FollowUpInspectionResponse429
    | FollowUpInspectionResponse500
    | FollowUpInspectionResponse502
    | FollowUpInspectionResponse503
    | FollowUpInspectionResponse504
    | Inspection
    | None
):
    """Follow up the rectification: rectified, or not (and open a case)

     Once, while pending (409 ``RECTIFICATION_NOT_PENDING``). ``open_case`` with ``not_rectified`` opens
    a case from the findings (its id in ``case_id``).

    Args:
        inspection_id (UUID):
        body (ServicesOversightInspectionsSchemasFollowUpCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FollowUpInspectionResponse400 | FollowUpInspectionResponse401 | FollowUpInspectionResponse403 | FollowUpInspectionResponse404 | FollowUpInspectionResponse409 | FollowUpInspectionResponse413 | FollowUpInspectionResponse422 | FollowUpInspectionResponse429 | FollowUpInspectionResponse500 | FollowUpInspectionResponse502 | FollowUpInspectionResponse503 | FollowUpInspectionResponse504 | Inspection
    """

    return sync_detailed(
        inspection_id=inspection_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    inspection_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ServicesOversightInspectionsSchemasFollowUpCreate,
) -> Response[
    FollowUpInspectionResponse400
    | FollowUpInspectionResponse401
    | FollowUpInspectionResponse403
    | FollowUpInspectionResponse404
    | FollowUpInspectionResponse409
    | FollowUpInspectionResponse413
    | FollowUpInspectionResponse422
    | FollowUpInspectionResponse429
    | FollowUpInspectionResponse500
    | FollowUpInspectionResponse502
    | FollowUpInspectionResponse503
    | FollowUpInspectionResponse504
    | Inspection
]:
    """Follow up the rectification: rectified, or not (and open a case)

     Once, while pending (409 ``RECTIFICATION_NOT_PENDING``). ``open_case`` with ``not_rectified`` opens
    a case from the findings (its id in ``case_id``).

    Args:
        inspection_id (UUID):
        body (ServicesOversightInspectionsSchemasFollowUpCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FollowUpInspectionResponse400 | FollowUpInspectionResponse401 | FollowUpInspectionResponse403 | FollowUpInspectionResponse404 | FollowUpInspectionResponse409 | FollowUpInspectionResponse413 | FollowUpInspectionResponse422 | FollowUpInspectionResponse429 | FollowUpInspectionResponse500 | FollowUpInspectionResponse502 | FollowUpInspectionResponse503 | FollowUpInspectionResponse504 | Inspection]
    """

    kwargs = _get_kwargs(
        inspection_id=inspection_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    inspection_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ServicesOversightInspectionsSchemasFollowUpCreate,
) -> (
    FollowUpInspectionResponse400
    | FollowUpInspectionResponse401
    | FollowUpInspectionResponse403
    | FollowUpInspectionResponse404
    | FollowUpInspectionResponse409
    | FollowUpInspectionResponse413
    | FollowUpInspectionResponse422
    | FollowUpInspectionResponse429
    | FollowUpInspectionResponse500
    | FollowUpInspectionResponse502
    | FollowUpInspectionResponse503
    | FollowUpInspectionResponse504
    | Inspection
    | None
):
    """Follow up the rectification: rectified, or not (and open a case)

     Once, while pending (409 ``RECTIFICATION_NOT_PENDING``). ``open_case`` with ``not_rectified`` opens
    a case from the findings (its id in ``case_id``).

    Args:
        inspection_id (UUID):
        body (ServicesOversightInspectionsSchemasFollowUpCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FollowUpInspectionResponse400 | FollowUpInspectionResponse401 | FollowUpInspectionResponse403 | FollowUpInspectionResponse404 | FollowUpInspectionResponse409 | FollowUpInspectionResponse413 | FollowUpInspectionResponse422 | FollowUpInspectionResponse429 | FollowUpInspectionResponse500 | FollowUpInspectionResponse502 | FollowUpInspectionResponse503 | FollowUpInspectionResponse504 | Inspection
    """

    return (
        await asyncio_detailed(
            inspection_id=inspection_id,
            client=client,
            body=body,
        )
    ).parsed
