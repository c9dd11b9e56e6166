from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_record_response_400 import GetRecordResponse400
from ...models.get_record_response_401 import GetRecordResponse401
from ...models.get_record_response_403 import GetRecordResponse403
from ...models.get_record_response_404 import GetRecordResponse404
from ...models.get_record_response_422 import GetRecordResponse422
from ...models.get_record_response_429 import GetRecordResponse429
from ...models.get_record_response_500 import GetRecordResponse500
from ...models.get_record_response_502 import GetRecordResponse502
from ...models.get_record_response_503 import GetRecordResponse503
from ...models.get_record_response_504 import GetRecordResponse504
from ...models.service_record import ServiceRecord
from ...types import Response


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/service-records/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetRecordResponse400
    | GetRecordResponse401
    | GetRecordResponse403
    | GetRecordResponse404
    | GetRecordResponse422
    | GetRecordResponse429
    | GetRecordResponse500
    | GetRecordResponse502
    | GetRecordResponse503
    | GetRecordResponse504
    | ServiceRecord
    | None
):
    if response.status_code == 200:
        response_200 = ServiceRecord.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetRecordResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetRecordResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetRecordResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetRecordResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = GetRecordResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetRecordResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetRecordResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = GetRecordResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = GetRecordResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = GetRecordResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetRecordResponse400
    | GetRecordResponse401
    | GetRecordResponse403
    | GetRecordResponse404
    | GetRecordResponse422
    | GetRecordResponse429
    | GetRecordResponse500
    | GetRecordResponse502
    | GetRecordResponse503
    | GetRecordResponse504
    | ServiceRecord
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
    GetRecordResponse400
    | GetRecordResponse401
    | GetRecordResponse403
    | GetRecordResponse404
    | GetRecordResponse422
    | GetRecordResponse429
    | GetRecordResponse500
    | GetRecordResponse502
    | GetRecordResponse503
    | GetRecordResponse504
    | ServiceRecord
]:
    """One record with its results, by the platform's id (an institution: its own)

     `id` is the platform's id of the record, as every answer names it (`id`); the institution's own
    `record_id` names a record only inside its batches and files. A record of another institution, or
    outside a contractor's counties, answers 404 `RECORD_NOT_FOUND` as an unknown one.

    Args:
        id (int): the platform's id of the record (`id` in its answers) — not the institution's
            own `record_id`, which names it only within the institution's batches and files

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetRecordResponse400 | GetRecordResponse401 | GetRecordResponse403 | GetRecordResponse404 | GetRecordResponse422 | GetRecordResponse429 | GetRecordResponse500 | GetRecordResponse502 | GetRecordResponse503 | GetRecordResponse504 | ServiceRecord]
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
    GetRecordResponse400
    | GetRecordResponse401
    | GetRecordResponse403
    | GetRecordResponse404
    | GetRecordResponse422
    | GetRecordResponse429
    | GetRecordResponse500
    | GetRecordResponse502
    | GetRecordResponse503
    | GetRecordResponse504
    | ServiceRecord
    | None
):
    """One record with its results, by the platform's id (an institution: its own)

     `id` is the platform's id of the record, as every answer names it (`id`); the institution's own
    `record_id` names a record only inside its batches and files. A record of another institution, or
    outside a contractor's counties, answers 404 `RECORD_NOT_FOUND` as an unknown one.

    Args:
        id (int): the platform's id of the record (`id` in its answers) — not the institution's
            own `record_id`, which names it only within the institution's batches and files

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetRecordResponse400 | GetRecordResponse401 | GetRecordResponse403 | GetRecordResponse404 | GetRecordResponse422 | GetRecordResponse429 | GetRecordResponse500 | GetRecordResponse502 | GetRecordResponse503 | GetRecordResponse504 | ServiceRecord
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
    GetRecordResponse400
    | GetRecordResponse401
    | GetRecordResponse403
    | GetRecordResponse404
    | GetRecordResponse422
    | GetRecordResponse429
    | GetRecordResponse500
    | GetRecordResponse502
    | GetRecordResponse503
    | GetRecordResponse504
    | ServiceRecord
]:
    """One record with its results, by the platform's id (an institution: its own)

     `id` is the platform's id of the record, as every answer names it (`id`); the institution's own
    `record_id` names a record only inside its batches and files. A record of another institution, or
    outside a contractor's counties, answers 404 `RECORD_NOT_FOUND` as an unknown one.

    Args:
        id (int): the platform's id of the record (`id` in its answers) — not the institution's
            own `record_id`, which names it only within the institution's batches and files

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetRecordResponse400 | GetRecordResponse401 | GetRecordResponse403 | GetRecordResponse404 | GetRecordResponse422 | GetRecordResponse429 | GetRecordResponse500 | GetRecordResponse502 | GetRecordResponse503 | GetRecordResponse504 | ServiceRecord]
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
    GetRecordResponse400
    | GetRecordResponse401
    | GetRecordResponse403
    | GetRecordResponse404
    | GetRecordResponse422
    | GetRecordResponse429
    | GetRecordResponse500
    | GetRecordResponse502
    | GetRecordResponse503
    | GetRecordResponse504
    | ServiceRecord
    | None
):
    """One record with its results, by the platform's id (an institution: its own)

     `id` is the platform's id of the record, as every answer names it (`id`); the institution's own
    `record_id` names a record only inside its batches and files. A record of another institution, or
    outside a contractor's counties, answers 404 `RECORD_NOT_FOUND` as an unknown one.

    Args:
        id (int): the platform's id of the record (`id` in its answers) — not the institution's
            own `record_id`, which names it only within the institution's batches and files

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetRecordResponse400 | GetRecordResponse401 | GetRecordResponse403 | GetRecordResponse404 | GetRecordResponse422 | GetRecordResponse429 | GetRecordResponse500 | GetRecordResponse502 | GetRecordResponse503 | GetRecordResponse504 | ServiceRecord
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
