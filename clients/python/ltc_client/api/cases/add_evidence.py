from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_evidence_response_400 import AddEvidenceResponse400
from ...models.add_evidence_response_401 import AddEvidenceResponse401
from ...models.add_evidence_response_403 import AddEvidenceResponse403
from ...models.add_evidence_response_404 import AddEvidenceResponse404
from ...models.add_evidence_response_409 import AddEvidenceResponse409
from ...models.add_evidence_response_413 import AddEvidenceResponse413
from ...models.add_evidence_response_422 import AddEvidenceResponse422
from ...models.add_evidence_response_429 import AddEvidenceResponse429
from ...models.add_evidence_response_500 import AddEvidenceResponse500
from ...models.add_evidence_response_502 import AddEvidenceResponse502
from ...models.add_evidence_response_503 import AddEvidenceResponse503
from ...models.add_evidence_response_504 import AddEvidenceResponse504
from ...models.case import Case
from ...models.entry_create import EntryCreate
from ...types import Response


def _get_kwargs(
    case_id: UUID,
    *,
    body: EntryCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/cases/{case_id}/evidence".format(
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
    AddEvidenceResponse400
    | AddEvidenceResponse401
    | AddEvidenceResponse403
    | AddEvidenceResponse404
    | AddEvidenceResponse409
    | AddEvidenceResponse413
    | AddEvidenceResponse422
    | AddEvidenceResponse429
    | AddEvidenceResponse500
    | AddEvidenceResponse502
    | AddEvidenceResponse503
    | AddEvidenceResponse504
    | Case
    | None
):
    if response.status_code == 201:
        response_201 = Case.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = AddEvidenceResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = AddEvidenceResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = AddEvidenceResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = AddEvidenceResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = AddEvidenceResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = AddEvidenceResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = AddEvidenceResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = AddEvidenceResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = AddEvidenceResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = AddEvidenceResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = AddEvidenceResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = AddEvidenceResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AddEvidenceResponse400
    | AddEvidenceResponse401
    | AddEvidenceResponse403
    | AddEvidenceResponse404
    | AddEvidenceResponse409
    | AddEvidenceResponse413
    | AddEvidenceResponse422
    | AddEvidenceResponse429
    | AddEvidenceResponse500
    | AddEvidenceResponse502
    | AddEvidenceResponse503
    | AddEvidenceResponse504
    | Case
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
    body: EntryCreate,
) -> Response[
    AddEvidenceResponse400
    | AddEvidenceResponse401
    | AddEvidenceResponse403
    | AddEvidenceResponse404
    | AddEvidenceResponse409
    | AddEvidenceResponse413
    | AddEvidenceResponse422
    | AddEvidenceResponse429
    | AddEvidenceResponse500
    | AddEvidenceResponse502
    | AddEvidenceResponse503
    | AddEvidenceResponse504
    | Case
]:
    """Add evidence

     409 ``CASE_IS_CLOSED`` once closed.

    Args:
        case_id (UUID):
        body (EntryCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddEvidenceResponse400 | AddEvidenceResponse401 | AddEvidenceResponse403 | AddEvidenceResponse404 | AddEvidenceResponse409 | AddEvidenceResponse413 | AddEvidenceResponse422 | AddEvidenceResponse429 | AddEvidenceResponse500 | AddEvidenceResponse502 | AddEvidenceResponse503 | AddEvidenceResponse504 | Case]
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
    body: EntryCreate,
) -> (
    AddEvidenceResponse400
    | AddEvidenceResponse401
    | AddEvidenceResponse403
    | AddEvidenceResponse404
    | AddEvidenceResponse409
    | AddEvidenceResponse413
    | AddEvidenceResponse422
    | AddEvidenceResponse429
    | AddEvidenceResponse500
    | AddEvidenceResponse502
    | AddEvidenceResponse503
    | AddEvidenceResponse504
    | Case
    | None
):
    """Add evidence

     409 ``CASE_IS_CLOSED`` once closed.

    Args:
        case_id (UUID):
        body (EntryCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddEvidenceResponse400 | AddEvidenceResponse401 | AddEvidenceResponse403 | AddEvidenceResponse404 | AddEvidenceResponse409 | AddEvidenceResponse413 | AddEvidenceResponse422 | AddEvidenceResponse429 | AddEvidenceResponse500 | AddEvidenceResponse502 | AddEvidenceResponse503 | AddEvidenceResponse504 | Case
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
    body: EntryCreate,
) -> Response[
    AddEvidenceResponse400
    | AddEvidenceResponse401
    | AddEvidenceResponse403
    | AddEvidenceResponse404
    | AddEvidenceResponse409
    | AddEvidenceResponse413
    | AddEvidenceResponse422
    | AddEvidenceResponse429
    | AddEvidenceResponse500
    | AddEvidenceResponse502
    | AddEvidenceResponse503
    | AddEvidenceResponse504
    | Case
]:
    """Add evidence

     409 ``CASE_IS_CLOSED`` once closed.

    Args:
        case_id (UUID):
        body (EntryCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddEvidenceResponse400 | AddEvidenceResponse401 | AddEvidenceResponse403 | AddEvidenceResponse404 | AddEvidenceResponse409 | AddEvidenceResponse413 | AddEvidenceResponse422 | AddEvidenceResponse429 | AddEvidenceResponse500 | AddEvidenceResponse502 | AddEvidenceResponse503 | AddEvidenceResponse504 | Case]
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
    body: EntryCreate,
) -> (
    AddEvidenceResponse400
    | AddEvidenceResponse401
    | AddEvidenceResponse403
    | AddEvidenceResponse404
    | AddEvidenceResponse409
    | AddEvidenceResponse413
    | AddEvidenceResponse422
    | AddEvidenceResponse429
    | AddEvidenceResponse500
    | AddEvidenceResponse502
    | AddEvidenceResponse503
    | AddEvidenceResponse504
    | Case
    | None
):
    """Add evidence

     409 ``CASE_IS_CLOSED`` once closed.

    Args:
        case_id (UUID):
        body (EntryCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddEvidenceResponse400 | AddEvidenceResponse401 | AddEvidenceResponse403 | AddEvidenceResponse404 | AddEvidenceResponse409 | AddEvidenceResponse413 | AddEvidenceResponse422 | AddEvidenceResponse429 | AddEvidenceResponse500 | AddEvidenceResponse502 | AddEvidenceResponse503 | AddEvidenceResponse504 | Case
    """

    return (
        await asyncio_detailed(
            case_id=case_id,
            client=client,
            body=body,
        )
    ).parsed
