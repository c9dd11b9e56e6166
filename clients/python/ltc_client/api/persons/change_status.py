from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.change_status_response_400 import ChangeStatusResponse400
from ...models.change_status_response_401 import ChangeStatusResponse401
from ...models.change_status_response_403 import ChangeStatusResponse403
from ...models.change_status_response_404 import ChangeStatusResponse404
from ...models.change_status_response_409 import ChangeStatusResponse409
from ...models.change_status_response_413 import ChangeStatusResponse413
from ...models.change_status_response_422 import ChangeStatusResponse422
from ...models.change_status_response_429 import ChangeStatusResponse429
from ...models.change_status_response_500 import ChangeStatusResponse500
from ...models.change_status_response_502 import ChangeStatusResponse502
from ...models.change_status_response_503 import ChangeStatusResponse503
from ...models.change_status_response_504 import ChangeStatusResponse504
from ...models.person_detail import PersonDetail
from ...models.status_change_create import StatusChangeCreate
from ...types import Response


def _get_kwargs(
    person_id: UUID,
    *,
    body: StatusChangeCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/persons/{person_id}/status-changes".format(
            person_id=quote(str(person_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ChangeStatusResponse400
    | ChangeStatusResponse401
    | ChangeStatusResponse403
    | ChangeStatusResponse404
    | ChangeStatusResponse409
    | ChangeStatusResponse413
    | ChangeStatusResponse422
    | ChangeStatusResponse429
    | ChangeStatusResponse500
    | ChangeStatusResponse502
    | ChangeStatusResponse503
    | ChangeStatusResponse504
    | PersonDetail
    | None
):
    if response.status_code == 201:
        response_201 = PersonDetail.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ChangeStatusResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ChangeStatusResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ChangeStatusResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ChangeStatusResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ChangeStatusResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ChangeStatusResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = ChangeStatusResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ChangeStatusResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ChangeStatusResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ChangeStatusResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ChangeStatusResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ChangeStatusResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ChangeStatusResponse400
    | ChangeStatusResponse401
    | ChangeStatusResponse403
    | ChangeStatusResponse404
    | ChangeStatusResponse409
    | ChangeStatusResponse413
    | ChangeStatusResponse422
    | ChangeStatusResponse429
    | ChangeStatusResponse500
    | ChangeStatusResponse502
    | ChangeStatusResponse503
    | ChangeStatusResponse504
    | PersonDetail
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    person_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: StatusChangeCreate,
) -> Response[
    ChangeStatusResponse400
    | ChangeStatusResponse401
    | ChangeStatusResponse403
    | ChangeStatusResponse404
    | ChangeStatusResponse409
    | ChangeStatusResponse413
    | ChangeStatusResponse422
    | ChangeStatusResponse429
    | ChangeStatusResponse500
    | ChangeStatusResponse502
    | ChangeStatusResponse503
    | ChangeStatusResponse504
    | PersonDetail
]:
    """Record a status from a date on (suspended, terminated, deceased, insured again)

    Args:
        person_id (UUID):
        body (StatusChangeCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChangeStatusResponse400 | ChangeStatusResponse401 | ChangeStatusResponse403 | ChangeStatusResponse404 | ChangeStatusResponse409 | ChangeStatusResponse413 | ChangeStatusResponse422 | ChangeStatusResponse429 | ChangeStatusResponse500 | ChangeStatusResponse502 | ChangeStatusResponse503 | ChangeStatusResponse504 | PersonDetail]
    """

    kwargs = _get_kwargs(
        person_id=person_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    person_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: StatusChangeCreate,
) -> (
    ChangeStatusResponse400
    | ChangeStatusResponse401
    | ChangeStatusResponse403
    | ChangeStatusResponse404
    | ChangeStatusResponse409
    | ChangeStatusResponse413
    | ChangeStatusResponse422
    | ChangeStatusResponse429
    | ChangeStatusResponse500
    | ChangeStatusResponse502
    | ChangeStatusResponse503
    | ChangeStatusResponse504
    | PersonDetail
    | None
):
    """Record a status from a date on (suspended, terminated, deceased, insured again)

    Args:
        person_id (UUID):
        body (StatusChangeCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChangeStatusResponse400 | ChangeStatusResponse401 | ChangeStatusResponse403 | ChangeStatusResponse404 | ChangeStatusResponse409 | ChangeStatusResponse413 | ChangeStatusResponse422 | ChangeStatusResponse429 | ChangeStatusResponse500 | ChangeStatusResponse502 | ChangeStatusResponse503 | ChangeStatusResponse504 | PersonDetail
    """

    return sync_detailed(
        person_id=person_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    person_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: StatusChangeCreate,
) -> Response[
    ChangeStatusResponse400
    | ChangeStatusResponse401
    | ChangeStatusResponse403
    | ChangeStatusResponse404
    | ChangeStatusResponse409
    | ChangeStatusResponse413
    | ChangeStatusResponse422
    | ChangeStatusResponse429
    | ChangeStatusResponse500
    | ChangeStatusResponse502
    | ChangeStatusResponse503
    | ChangeStatusResponse504
    | PersonDetail
]:
    """Record a status from a date on (suspended, terminated, deceased, insured again)

    Args:
        person_id (UUID):
        body (StatusChangeCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChangeStatusResponse400 | ChangeStatusResponse401 | ChangeStatusResponse403 | ChangeStatusResponse404 | ChangeStatusResponse409 | ChangeStatusResponse413 | ChangeStatusResponse422 | ChangeStatusResponse429 | ChangeStatusResponse500 | ChangeStatusResponse502 | ChangeStatusResponse503 | ChangeStatusResponse504 | PersonDetail]
    """

    kwargs = _get_kwargs(
        person_id=person_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    person_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: StatusChangeCreate,
) -> (
    ChangeStatusResponse400
    | ChangeStatusResponse401
    | ChangeStatusResponse403
    | ChangeStatusResponse404
    | ChangeStatusResponse409
    | ChangeStatusResponse413
    | ChangeStatusResponse422
    | ChangeStatusResponse429
    | ChangeStatusResponse500
    | ChangeStatusResponse502
    | ChangeStatusResponse503
    | ChangeStatusResponse504
    | PersonDetail
    | None
):
    """Record a status from a date on (suspended, terminated, deceased, insured again)

    Args:
        person_id (UUID):
        body (StatusChangeCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChangeStatusResponse400 | ChangeStatusResponse401 | ChangeStatusResponse403 | ChangeStatusResponse404 | ChangeStatusResponse409 | ChangeStatusResponse413 | ChangeStatusResponse422 | ChangeStatusResponse429 | ChangeStatusResponse500 | ChangeStatusResponse502 | ChangeStatusResponse503 | ChangeStatusResponse504 | PersonDetail
    """

    return (
        await asyncio_detailed(
            person_id=person_id,
            client=client,
            body=body,
        )
    ).parsed
