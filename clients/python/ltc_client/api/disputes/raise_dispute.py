from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dispute import Dispute
from ...models.dispute_create import DisputeCreate
from ...models.raise_dispute_response_400 import RaiseDisputeResponse400
from ...models.raise_dispute_response_401 import RaiseDisputeResponse401
from ...models.raise_dispute_response_403 import RaiseDisputeResponse403
from ...models.raise_dispute_response_404 import RaiseDisputeResponse404
from ...models.raise_dispute_response_409 import RaiseDisputeResponse409
from ...models.raise_dispute_response_413 import RaiseDisputeResponse413
from ...models.raise_dispute_response_422 import RaiseDisputeResponse422
from ...models.raise_dispute_response_429 import RaiseDisputeResponse429
from ...models.raise_dispute_response_500 import RaiseDisputeResponse500
from ...models.raise_dispute_response_502 import RaiseDisputeResponse502
from ...models.raise_dispute_response_503 import RaiseDisputeResponse503
from ...models.raise_dispute_response_504 import RaiseDisputeResponse504
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    body: DisputeCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/service-records/{id}/disputes".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Dispute
    | RaiseDisputeResponse400
    | RaiseDisputeResponse401
    | RaiseDisputeResponse403
    | RaiseDisputeResponse404
    | RaiseDisputeResponse409
    | RaiseDisputeResponse413
    | RaiseDisputeResponse422
    | RaiseDisputeResponse429
    | RaiseDisputeResponse500
    | RaiseDisputeResponse502
    | RaiseDisputeResponse503
    | RaiseDisputeResponse504
    | None
):
    if response.status_code == 201:
        response_201 = Dispute.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = RaiseDisputeResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = RaiseDisputeResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = RaiseDisputeResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = RaiseDisputeResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = RaiseDisputeResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = RaiseDisputeResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = RaiseDisputeResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = RaiseDisputeResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = RaiseDisputeResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = RaiseDisputeResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = RaiseDisputeResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = RaiseDisputeResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Dispute
    | RaiseDisputeResponse400
    | RaiseDisputeResponse401
    | RaiseDisputeResponse403
    | RaiseDisputeResponse404
    | RaiseDisputeResponse409
    | RaiseDisputeResponse413
    | RaiseDisputeResponse422
    | RaiseDisputeResponse429
    | RaiseDisputeResponse500
    | RaiseDisputeResponse502
    | RaiseDisputeResponse503
    | RaiseDisputeResponse504
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: DisputeCreate,
) -> Response[
    Dispute
    | RaiseDisputeResponse400
    | RaiseDisputeResponse401
    | RaiseDisputeResponse403
    | RaiseDisputeResponse404
    | RaiseDisputeResponse409
    | RaiseDisputeResponse413
    | RaiseDisputeResponse422
    | RaiseDisputeResponse429
    | RaiseDisputeResponse500
    | RaiseDisputeResponse502
    | RaiseDisputeResponse503
    | RaiseDisputeResponse504
]:
    """Dispute a settled record's deduction (申诉), once, with a reason (the institution)

    Args:
        id (int): the platform's id of the record (`id` in its answers) — not the institution's
            own `record_id`, which names it only within the institution's batches and files
        body (DisputeCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Dispute | RaiseDisputeResponse400 | RaiseDisputeResponse401 | RaiseDisputeResponse403 | RaiseDisputeResponse404 | RaiseDisputeResponse409 | RaiseDisputeResponse413 | RaiseDisputeResponse422 | RaiseDisputeResponse429 | RaiseDisputeResponse500 | RaiseDisputeResponse502 | RaiseDisputeResponse503 | RaiseDisputeResponse504]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: DisputeCreate,
) -> (
    Dispute
    | RaiseDisputeResponse400
    | RaiseDisputeResponse401
    | RaiseDisputeResponse403
    | RaiseDisputeResponse404
    | RaiseDisputeResponse409
    | RaiseDisputeResponse413
    | RaiseDisputeResponse422
    | RaiseDisputeResponse429
    | RaiseDisputeResponse500
    | RaiseDisputeResponse502
    | RaiseDisputeResponse503
    | RaiseDisputeResponse504
    | None
):
    """Dispute a settled record's deduction (申诉), once, with a reason (the institution)

    Args:
        id (int): the platform's id of the record (`id` in its answers) — not the institution's
            own `record_id`, which names it only within the institution's batches and files
        body (DisputeCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Dispute | RaiseDisputeResponse400 | RaiseDisputeResponse401 | RaiseDisputeResponse403 | RaiseDisputeResponse404 | RaiseDisputeResponse409 | RaiseDisputeResponse413 | RaiseDisputeResponse422 | RaiseDisputeResponse429 | RaiseDisputeResponse500 | RaiseDisputeResponse502 | RaiseDisputeResponse503 | RaiseDisputeResponse504
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: DisputeCreate,
) -> Response[
    Dispute
    | RaiseDisputeResponse400
    | RaiseDisputeResponse401
    | RaiseDisputeResponse403
    | RaiseDisputeResponse404
    | RaiseDisputeResponse409
    | RaiseDisputeResponse413
    | RaiseDisputeResponse422
    | RaiseDisputeResponse429
    | RaiseDisputeResponse500
    | RaiseDisputeResponse502
    | RaiseDisputeResponse503
    | RaiseDisputeResponse504
]:
    """Dispute a settled record's deduction (申诉), once, with a reason (the institution)

    Args:
        id (int): the platform's id of the record (`id` in its answers) — not the institution's
            own `record_id`, which names it only within the institution's batches and files
        body (DisputeCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Dispute | RaiseDisputeResponse400 | RaiseDisputeResponse401 | RaiseDisputeResponse403 | RaiseDisputeResponse404 | RaiseDisputeResponse409 | RaiseDisputeResponse413 | RaiseDisputeResponse422 | RaiseDisputeResponse429 | RaiseDisputeResponse500 | RaiseDisputeResponse502 | RaiseDisputeResponse503 | RaiseDisputeResponse504]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: DisputeCreate,
) -> (
    Dispute
    | RaiseDisputeResponse400
    | RaiseDisputeResponse401
    | RaiseDisputeResponse403
    | RaiseDisputeResponse404
    | RaiseDisputeResponse409
    | RaiseDisputeResponse413
    | RaiseDisputeResponse422
    | RaiseDisputeResponse429
    | RaiseDisputeResponse500
    | RaiseDisputeResponse502
    | RaiseDisputeResponse503
    | RaiseDisputeResponse504
    | None
):
    """Dispute a settled record's deduction (申诉), once, with a reason (the institution)

    Args:
        id (int): the platform's id of the record (`id` in its answers) — not the institution's
            own `record_id`, which names it only within the institution's batches and files
        body (DisputeCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Dispute | RaiseDisputeResponse400 | RaiseDisputeResponse401 | RaiseDisputeResponse403 | RaiseDisputeResponse404 | RaiseDisputeResponse409 | RaiseDisputeResponse413 | RaiseDisputeResponse422 | RaiseDisputeResponse429 | RaiseDisputeResponse500 | RaiseDisputeResponse502 | RaiseDisputeResponse503 | RaiseDisputeResponse504
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
