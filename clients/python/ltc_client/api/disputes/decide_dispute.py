from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.decide_dispute_response_400 import DecideDisputeResponse400
from ...models.decide_dispute_response_401 import DecideDisputeResponse401
from ...models.decide_dispute_response_403 import DecideDisputeResponse403
from ...models.decide_dispute_response_404 import DecideDisputeResponse404
from ...models.decide_dispute_response_409 import DecideDisputeResponse409
from ...models.decide_dispute_response_413 import DecideDisputeResponse413
from ...models.decide_dispute_response_422 import DecideDisputeResponse422
from ...models.decide_dispute_response_429 import DecideDisputeResponse429
from ...models.decide_dispute_response_500 import DecideDisputeResponse500
from ...models.decide_dispute_response_502 import DecideDisputeResponse502
from ...models.decide_dispute_response_503 import DecideDisputeResponse503
from ...models.decide_dispute_response_504 import DecideDisputeResponse504
from ...models.dispute import Dispute
from ...models.dispute_decision import DisputeDecision
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
    DecideDisputeResponse400
    | DecideDisputeResponse401
    | DecideDisputeResponse403
    | DecideDisputeResponse404
    | DecideDisputeResponse409
    | DecideDisputeResponse413
    | DecideDisputeResponse422
    | DecideDisputeResponse429
    | DecideDisputeResponse500
    | DecideDisputeResponse502
    | DecideDisputeResponse503
    | DecideDisputeResponse504
    | Dispute
    | None
):
    if response.status_code == 200:
        response_200 = Dispute.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DecideDisputeResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = DecideDisputeResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = DecideDisputeResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = DecideDisputeResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = DecideDisputeResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = DecideDisputeResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = DecideDisputeResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = DecideDisputeResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = DecideDisputeResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = DecideDisputeResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = DecideDisputeResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = DecideDisputeResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DecideDisputeResponse400
    | DecideDisputeResponse401
    | DecideDisputeResponse403
    | DecideDisputeResponse404
    | DecideDisputeResponse409
    | DecideDisputeResponse413
    | DecideDisputeResponse422
    | DecideDisputeResponse429
    | DecideDisputeResponse500
    | DecideDisputeResponse502
    | DecideDisputeResponse503
    | DecideDisputeResponse504
    | Dispute
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
    DecideDisputeResponse400
    | DecideDisputeResponse401
    | DecideDisputeResponse403
    | DecideDisputeResponse404
    | DecideDisputeResponse409
    | DecideDisputeResponse413
    | DecideDisputeResponse422
    | DecideDisputeResponse429
    | DecideDisputeResponse500
    | DecideDisputeResponse502
    | DecideDisputeResponse503
    | DecideDisputeResponse504
    | Dispute
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
        Response[DecideDisputeResponse400 | DecideDisputeResponse401 | DecideDisputeResponse403 | DecideDisputeResponse404 | DecideDisputeResponse409 | DecideDisputeResponse413 | DecideDisputeResponse422 | DecideDisputeResponse429 | DecideDisputeResponse500 | DecideDisputeResponse502 | DecideDisputeResponse503 | DecideDisputeResponse504 | Dispute]
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
    DecideDisputeResponse400
    | DecideDisputeResponse401
    | DecideDisputeResponse403
    | DecideDisputeResponse404
    | DecideDisputeResponse409
    | DecideDisputeResponse413
    | DecideDisputeResponse422
    | DecideDisputeResponse429
    | DecideDisputeResponse500
    | DecideDisputeResponse502
    | DecideDisputeResponse503
    | DecideDisputeResponse504
    | Dispute
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
        DecideDisputeResponse400 | DecideDisputeResponse401 | DecideDisputeResponse403 | DecideDisputeResponse404 | DecideDisputeResponse409 | DecideDisputeResponse413 | DecideDisputeResponse422 | DecideDisputeResponse429 | DecideDisputeResponse500 | DecideDisputeResponse502 | DecideDisputeResponse503 | DecideDisputeResponse504 | Dispute
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
    DecideDisputeResponse400
    | DecideDisputeResponse401
    | DecideDisputeResponse403
    | DecideDisputeResponse404
    | DecideDisputeResponse409
    | DecideDisputeResponse413
    | DecideDisputeResponse422
    | DecideDisputeResponse429
    | DecideDisputeResponse500
    | DecideDisputeResponse502
    | DecideDisputeResponse503
    | DecideDisputeResponse504
    | Dispute
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
        Response[DecideDisputeResponse400 | DecideDisputeResponse401 | DecideDisputeResponse403 | DecideDisputeResponse404 | DecideDisputeResponse409 | DecideDisputeResponse413 | DecideDisputeResponse422 | DecideDisputeResponse429 | DecideDisputeResponse500 | DecideDisputeResponse502 | DecideDisputeResponse503 | DecideDisputeResponse504 | Dispute]
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
    DecideDisputeResponse400
    | DecideDisputeResponse401
    | DecideDisputeResponse403
    | DecideDisputeResponse404
    | DecideDisputeResponse409
    | DecideDisputeResponse413
    | DecideDisputeResponse422
    | DecideDisputeResponse429
    | DecideDisputeResponse500
    | DecideDisputeResponse502
    | DecideDisputeResponse503
    | DecideDisputeResponse504
    | Dispute
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
        DecideDisputeResponse400 | DecideDisputeResponse401 | DecideDisputeResponse403 | DecideDisputeResponse404 | DecideDisputeResponse409 | DecideDisputeResponse413 | DecideDisputeResponse422 | DecideDisputeResponse429 | DecideDisputeResponse500 | DecideDisputeResponse502 | DecideDisputeResponse503 | DecideDisputeResponse504 | Dispute
    """

    return (
        await asyncio_detailed(
            id=id,
            dispute_id=dispute_id,
            client=client,
            body=body,
        )
    ).parsed
