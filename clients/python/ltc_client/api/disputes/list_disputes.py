from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dispute_list import DisputeList
from ...models.list_disputes_response_400 import ListDisputesResponse400
from ...models.list_disputes_response_401 import ListDisputesResponse401
from ...models.list_disputes_response_403 import ListDisputesResponse403
from ...models.list_disputes_response_404 import ListDisputesResponse404
from ...models.list_disputes_response_422 import ListDisputesResponse422
from ...models.list_disputes_response_429 import ListDisputesResponse429
from ...models.list_disputes_response_500 import ListDisputesResponse500
from ...models.list_disputes_response_502 import ListDisputesResponse502
from ...models.list_disputes_response_503 import ListDisputesResponse503
from ...models.list_disputes_response_504 import ListDisputesResponse504
from ...types import Response


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/service-records/{id}/disputes".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DisputeList
    | ListDisputesResponse400
    | ListDisputesResponse401
    | ListDisputesResponse403
    | ListDisputesResponse404
    | ListDisputesResponse422
    | ListDisputesResponse429
    | ListDisputesResponse500
    | ListDisputesResponse502
    | ListDisputesResponse503
    | ListDisputesResponse504
    | None
):
    if response.status_code == 200:
        response_200 = DisputeList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListDisputesResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListDisputesResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListDisputesResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ListDisputesResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ListDisputesResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ListDisputesResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ListDisputesResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ListDisputesResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ListDisputesResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ListDisputesResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DisputeList
    | ListDisputesResponse400
    | ListDisputesResponse401
    | ListDisputesResponse403
    | ListDisputesResponse404
    | ListDisputesResponse422
    | ListDisputesResponse429
    | ListDisputesResponse500
    | ListDisputesResponse502
    | ListDisputesResponse503
    | ListDisputesResponse504
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
) -> Response[
    DisputeList
    | ListDisputesResponse400
    | ListDisputesResponse401
    | ListDisputesResponse403
    | ListDisputesResponse404
    | ListDisputesResponse422
    | ListDisputesResponse429
    | ListDisputesResponse500
    | ListDisputesResponse502
    | ListDisputesResponse503
    | ListDisputesResponse504
]:
    """The record's dispute and its decision

    Args:
        id (int): the platform's id of the record (`id` in its answers) — not the institution's
            own `record_id`, which names it only within the institution's batches and files

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DisputeList | ListDisputesResponse400 | ListDisputesResponse401 | ListDisputesResponse403 | ListDisputesResponse404 | ListDisputesResponse422 | ListDisputesResponse429 | ListDisputesResponse500 | ListDisputesResponse502 | ListDisputesResponse503 | ListDisputesResponse504]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> (
    DisputeList
    | ListDisputesResponse400
    | ListDisputesResponse401
    | ListDisputesResponse403
    | ListDisputesResponse404
    | ListDisputesResponse422
    | ListDisputesResponse429
    | ListDisputesResponse500
    | ListDisputesResponse502
    | ListDisputesResponse503
    | ListDisputesResponse504
    | None
):
    """The record's dispute and its decision

    Args:
        id (int): the platform's id of the record (`id` in its answers) — not the institution's
            own `record_id`, which names it only within the institution's batches and files

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DisputeList | ListDisputesResponse400 | ListDisputesResponse401 | ListDisputesResponse403 | ListDisputesResponse404 | ListDisputesResponse422 | ListDisputesResponse429 | ListDisputesResponse500 | ListDisputesResponse502 | ListDisputesResponse503 | ListDisputesResponse504
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    DisputeList
    | ListDisputesResponse400
    | ListDisputesResponse401
    | ListDisputesResponse403
    | ListDisputesResponse404
    | ListDisputesResponse422
    | ListDisputesResponse429
    | ListDisputesResponse500
    | ListDisputesResponse502
    | ListDisputesResponse503
    | ListDisputesResponse504
]:
    """The record's dispute and its decision

    Args:
        id (int): the platform's id of the record (`id` in its answers) — not the institution's
            own `record_id`, which names it only within the institution's batches and files

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DisputeList | ListDisputesResponse400 | ListDisputesResponse401 | ListDisputesResponse403 | ListDisputesResponse404 | ListDisputesResponse422 | ListDisputesResponse429 | ListDisputesResponse500 | ListDisputesResponse502 | ListDisputesResponse503 | ListDisputesResponse504]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> (
    DisputeList
    | ListDisputesResponse400
    | ListDisputesResponse401
    | ListDisputesResponse403
    | ListDisputesResponse404
    | ListDisputesResponse422
    | ListDisputesResponse429
    | ListDisputesResponse500
    | ListDisputesResponse502
    | ListDisputesResponse503
    | ListDisputesResponse504
    | None
):
    """The record's dispute and its decision

    Args:
        id (int): the platform's id of the record (`id` in its answers) — not the institution's
            own `record_id`, which names it only within the institution's batches and files

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DisputeList | ListDisputesResponse400 | ListDisputesResponse401 | ListDisputesResponse403 | ListDisputesResponse404 | ListDisputesResponse422 | ListDisputesResponse429 | ListDisputesResponse500 | ListDisputesResponse502 | ListDisputesResponse503 | ListDisputesResponse504
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
