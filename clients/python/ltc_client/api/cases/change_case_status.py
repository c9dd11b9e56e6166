from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.case import Case
from ...models.case_status_change_create import CaseStatusChangeCreate
from ...models.change_case_status_response_400 import ChangeCaseStatusResponse400
from ...models.change_case_status_response_401 import ChangeCaseStatusResponse401
from ...models.change_case_status_response_403 import ChangeCaseStatusResponse403
from ...models.change_case_status_response_404 import ChangeCaseStatusResponse404
from ...models.change_case_status_response_409 import ChangeCaseStatusResponse409
from ...models.change_case_status_response_413 import ChangeCaseStatusResponse413
from ...models.change_case_status_response_422 import ChangeCaseStatusResponse422
from ...models.change_case_status_response_429 import ChangeCaseStatusResponse429
from ...models.change_case_status_response_500 import ChangeCaseStatusResponse500
from ...models.change_case_status_response_502 import ChangeCaseStatusResponse502
from ...models.change_case_status_response_503 import ChangeCaseStatusResponse503
from ...models.change_case_status_response_504 import ChangeCaseStatusResponse504
from ...types import Response


def _get_kwargs(
    case_id: UUID,
    *,
    body: CaseStatusChangeCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/cases/{case_id}/status-changes".format(
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
    | ChangeCaseStatusResponse400
    | ChangeCaseStatusResponse401
    | ChangeCaseStatusResponse403
    | ChangeCaseStatusResponse404
    | ChangeCaseStatusResponse409
    | ChangeCaseStatusResponse413
    | ChangeCaseStatusResponse422
    | ChangeCaseStatusResponse429
    | ChangeCaseStatusResponse500
    | ChangeCaseStatusResponse502
    | ChangeCaseStatusResponse503
    | ChangeCaseStatusResponse504
    | None
):
    if response.status_code == 201:
        response_201 = Case.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ChangeCaseStatusResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ChangeCaseStatusResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ChangeCaseStatusResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ChangeCaseStatusResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ChangeCaseStatusResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ChangeCaseStatusResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = ChangeCaseStatusResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ChangeCaseStatusResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ChangeCaseStatusResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ChangeCaseStatusResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ChangeCaseStatusResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ChangeCaseStatusResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Case
    | ChangeCaseStatusResponse400
    | ChangeCaseStatusResponse401
    | ChangeCaseStatusResponse403
    | ChangeCaseStatusResponse404
    | ChangeCaseStatusResponse409
    | ChangeCaseStatusResponse413
    | ChangeCaseStatusResponse422
    | ChangeCaseStatusResponse429
    | ChangeCaseStatusResponse500
    | ChangeCaseStatusResponse502
    | ChangeCaseStatusResponse503
    | ChangeCaseStatusResponse504
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
    body: CaseStatusChangeCreate,
) -> Response[
    Case
    | ChangeCaseStatusResponse400
    | ChangeCaseStatusResponse401
    | ChangeCaseStatusResponse403
    | ChangeCaseStatusResponse404
    | ChangeCaseStatusResponse409
    | ChangeCaseStatusResponse413
    | ChangeCaseStatusResponse422
    | ChangeCaseStatusResponse429
    | ChangeCaseStatusResponse500
    | ChangeCaseStatusResponse502
    | ChangeCaseStatusResponse503
    | ChangeCaseStatusResponse504
]:
    """Start the investigation, or close the case

     open → investigating; decided → closed; open or investigating → closed (dismissed, ``reason``
    required: 422 ``CASE_REASON_REQUIRED``). 409 ``CASE_IS_<STATUS>`` for any other step.

    Args:
        case_id (UUID):
        body (CaseStatusChangeCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Case | ChangeCaseStatusResponse400 | ChangeCaseStatusResponse401 | ChangeCaseStatusResponse403 | ChangeCaseStatusResponse404 | ChangeCaseStatusResponse409 | ChangeCaseStatusResponse413 | ChangeCaseStatusResponse422 | ChangeCaseStatusResponse429 | ChangeCaseStatusResponse500 | ChangeCaseStatusResponse502 | ChangeCaseStatusResponse503 | ChangeCaseStatusResponse504]
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
    body: CaseStatusChangeCreate,
) -> (
    Case
    | ChangeCaseStatusResponse400
    | ChangeCaseStatusResponse401
    | ChangeCaseStatusResponse403
    | ChangeCaseStatusResponse404
    | ChangeCaseStatusResponse409
    | ChangeCaseStatusResponse413
    | ChangeCaseStatusResponse422
    | ChangeCaseStatusResponse429
    | ChangeCaseStatusResponse500
    | ChangeCaseStatusResponse502
    | ChangeCaseStatusResponse503
    | ChangeCaseStatusResponse504
    | None
):
    """Start the investigation, or close the case

     open → investigating; decided → closed; open or investigating → closed (dismissed, ``reason``
    required: 422 ``CASE_REASON_REQUIRED``). 409 ``CASE_IS_<STATUS>`` for any other step.

    Args:
        case_id (UUID):
        body (CaseStatusChangeCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Case | ChangeCaseStatusResponse400 | ChangeCaseStatusResponse401 | ChangeCaseStatusResponse403 | ChangeCaseStatusResponse404 | ChangeCaseStatusResponse409 | ChangeCaseStatusResponse413 | ChangeCaseStatusResponse422 | ChangeCaseStatusResponse429 | ChangeCaseStatusResponse500 | ChangeCaseStatusResponse502 | ChangeCaseStatusResponse503 | ChangeCaseStatusResponse504
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
    body: CaseStatusChangeCreate,
) -> Response[
    Case
    | ChangeCaseStatusResponse400
    | ChangeCaseStatusResponse401
    | ChangeCaseStatusResponse403
    | ChangeCaseStatusResponse404
    | ChangeCaseStatusResponse409
    | ChangeCaseStatusResponse413
    | ChangeCaseStatusResponse422
    | ChangeCaseStatusResponse429
    | ChangeCaseStatusResponse500
    | ChangeCaseStatusResponse502
    | ChangeCaseStatusResponse503
    | ChangeCaseStatusResponse504
]:
    """Start the investigation, or close the case

     open → investigating; decided → closed; open or investigating → closed (dismissed, ``reason``
    required: 422 ``CASE_REASON_REQUIRED``). 409 ``CASE_IS_<STATUS>`` for any other step.

    Args:
        case_id (UUID):
        body (CaseStatusChangeCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Case | ChangeCaseStatusResponse400 | ChangeCaseStatusResponse401 | ChangeCaseStatusResponse403 | ChangeCaseStatusResponse404 | ChangeCaseStatusResponse409 | ChangeCaseStatusResponse413 | ChangeCaseStatusResponse422 | ChangeCaseStatusResponse429 | ChangeCaseStatusResponse500 | ChangeCaseStatusResponse502 | ChangeCaseStatusResponse503 | ChangeCaseStatusResponse504]
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
    body: CaseStatusChangeCreate,
) -> (
    Case
    | ChangeCaseStatusResponse400
    | ChangeCaseStatusResponse401
    | ChangeCaseStatusResponse403
    | ChangeCaseStatusResponse404
    | ChangeCaseStatusResponse409
    | ChangeCaseStatusResponse413
    | ChangeCaseStatusResponse422
    | ChangeCaseStatusResponse429
    | ChangeCaseStatusResponse500
    | ChangeCaseStatusResponse502
    | ChangeCaseStatusResponse503
    | ChangeCaseStatusResponse504
    | None
):
    """Start the investigation, or close the case

     open → investigating; decided → closed; open or investigating → closed (dismissed, ``reason``
    required: 422 ``CASE_REASON_REQUIRED``). 409 ``CASE_IS_<STATUS>`` for any other step.

    Args:
        case_id (UUID):
        body (CaseStatusChangeCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Case | ChangeCaseStatusResponse400 | ChangeCaseStatusResponse401 | ChangeCaseStatusResponse403 | ChangeCaseStatusResponse404 | ChangeCaseStatusResponse409 | ChangeCaseStatusResponse413 | ChangeCaseStatusResponse422 | ChangeCaseStatusResponse429 | ChangeCaseStatusResponse500 | ChangeCaseStatusResponse502 | ChangeCaseStatusResponse503 | ChangeCaseStatusResponse504
    """

    return (
        await asyncio_detailed(
            case_id=case_id,
            client=client,
            body=body,
        )
    ).parsed
