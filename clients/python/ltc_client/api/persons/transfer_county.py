from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.county_transfer_create import CountyTransferCreate
from ...models.person_detail import PersonDetail
from ...models.transfer_county_response_400 import TransferCountyResponse400
from ...models.transfer_county_response_401 import TransferCountyResponse401
from ...models.transfer_county_response_403 import TransferCountyResponse403
from ...models.transfer_county_response_404 import TransferCountyResponse404
from ...models.transfer_county_response_409 import TransferCountyResponse409
from ...models.transfer_county_response_413 import TransferCountyResponse413
from ...models.transfer_county_response_422 import TransferCountyResponse422
from ...models.transfer_county_response_429 import TransferCountyResponse429
from ...models.transfer_county_response_500 import TransferCountyResponse500
from ...models.transfer_county_response_502 import TransferCountyResponse502
from ...models.transfer_county_response_503 import TransferCountyResponse503
from ...models.transfer_county_response_504 import TransferCountyResponse504
from ...types import Response


def _get_kwargs(
    person_id: UUID,
    *,
    body: CountyTransferCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/persons/{person_id}/county-transfers".format(
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
    PersonDetail
    | TransferCountyResponse400
    | TransferCountyResponse401
    | TransferCountyResponse403
    | TransferCountyResponse404
    | TransferCountyResponse409
    | TransferCountyResponse413
    | TransferCountyResponse422
    | TransferCountyResponse429
    | TransferCountyResponse500
    | TransferCountyResponse502
    | TransferCountyResponse503
    | TransferCountyResponse504
    | None
):
    if response.status_code == 201:
        response_201 = PersonDetail.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = TransferCountyResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = TransferCountyResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = TransferCountyResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = TransferCountyResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = TransferCountyResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = TransferCountyResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = TransferCountyResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = TransferCountyResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = TransferCountyResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = TransferCountyResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = TransferCountyResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = TransferCountyResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    PersonDetail
    | TransferCountyResponse400
    | TransferCountyResponse401
    | TransferCountyResponse403
    | TransferCountyResponse404
    | TransferCountyResponse409
    | TransferCountyResponse413
    | TransferCountyResponse422
    | TransferCountyResponse429
    | TransferCountyResponse500
    | TransferCountyResponse502
    | TransferCountyResponse503
    | TransferCountyResponse504
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
    body: CountyTransferCreate,
) -> Response[
    PersonDetail
    | TransferCountyResponse400
    | TransferCountyResponse401
    | TransferCountyResponse403
    | TransferCountyResponse404
    | TransferCountyResponse409
    | TransferCountyResponse413
    | TransferCountyResponse422
    | TransferCountyResponse429
    | TransferCountyResponse500
    | TransferCountyResponse502
    | TransferCountyResponse503
    | TransferCountyResponse504
]:
    """Move a person to another accounting county from a date on (bureau)

     Bills and payments already made stay with the county they were made in; settlement is told by
    ``person.county_changed``. 409 ``COUNTY_UNCHANGED`` or ``TRANSFER_DATE_BEFORE_LAST``.

    Args:
        person_id (UUID):
        body (CountyTransferCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PersonDetail | TransferCountyResponse400 | TransferCountyResponse401 | TransferCountyResponse403 | TransferCountyResponse404 | TransferCountyResponse409 | TransferCountyResponse413 | TransferCountyResponse422 | TransferCountyResponse429 | TransferCountyResponse500 | TransferCountyResponse502 | TransferCountyResponse503 | TransferCountyResponse504]
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
    body: CountyTransferCreate,
) -> (
    PersonDetail
    | TransferCountyResponse400
    | TransferCountyResponse401
    | TransferCountyResponse403
    | TransferCountyResponse404
    | TransferCountyResponse409
    | TransferCountyResponse413
    | TransferCountyResponse422
    | TransferCountyResponse429
    | TransferCountyResponse500
    | TransferCountyResponse502
    | TransferCountyResponse503
    | TransferCountyResponse504
    | None
):
    """Move a person to another accounting county from a date on (bureau)

     Bills and payments already made stay with the county they were made in; settlement is told by
    ``person.county_changed``. 409 ``COUNTY_UNCHANGED`` or ``TRANSFER_DATE_BEFORE_LAST``.

    Args:
        person_id (UUID):
        body (CountyTransferCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PersonDetail | TransferCountyResponse400 | TransferCountyResponse401 | TransferCountyResponse403 | TransferCountyResponse404 | TransferCountyResponse409 | TransferCountyResponse413 | TransferCountyResponse422 | TransferCountyResponse429 | TransferCountyResponse500 | TransferCountyResponse502 | TransferCountyResponse503 | TransferCountyResponse504
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
    body: CountyTransferCreate,
) -> Response[
    PersonDetail
    | TransferCountyResponse400
    | TransferCountyResponse401
    | TransferCountyResponse403
    | TransferCountyResponse404
    | TransferCountyResponse409
    | TransferCountyResponse413
    | TransferCountyResponse422
    | TransferCountyResponse429
    | TransferCountyResponse500
    | TransferCountyResponse502
    | TransferCountyResponse503
    | TransferCountyResponse504
]:
    """Move a person to another accounting county from a date on (bureau)

     Bills and payments already made stay with the county they were made in; settlement is told by
    ``person.county_changed``. 409 ``COUNTY_UNCHANGED`` or ``TRANSFER_DATE_BEFORE_LAST``.

    Args:
        person_id (UUID):
        body (CountyTransferCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PersonDetail | TransferCountyResponse400 | TransferCountyResponse401 | TransferCountyResponse403 | TransferCountyResponse404 | TransferCountyResponse409 | TransferCountyResponse413 | TransferCountyResponse422 | TransferCountyResponse429 | TransferCountyResponse500 | TransferCountyResponse502 | TransferCountyResponse503 | TransferCountyResponse504]
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
    body: CountyTransferCreate,
) -> (
    PersonDetail
    | TransferCountyResponse400
    | TransferCountyResponse401
    | TransferCountyResponse403
    | TransferCountyResponse404
    | TransferCountyResponse409
    | TransferCountyResponse413
    | TransferCountyResponse422
    | TransferCountyResponse429
    | TransferCountyResponse500
    | TransferCountyResponse502
    | TransferCountyResponse503
    | TransferCountyResponse504
    | None
):
    """Move a person to another accounting county from a date on (bureau)

     Bills and payments already made stay with the county they were made in; settlement is told by
    ``person.county_changed``. 409 ``COUNTY_UNCHANGED`` or ``TRANSFER_DATE_BEFORE_LAST``.

    Args:
        person_id (UUID):
        body (CountyTransferCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PersonDetail | TransferCountyResponse400 | TransferCountyResponse401 | TransferCountyResponse403 | TransferCountyResponse404 | TransferCountyResponse409 | TransferCountyResponse413 | TransferCountyResponse422 | TransferCountyResponse429 | TransferCountyResponse500 | TransferCountyResponse502 | TransferCountyResponse503 | TransferCountyResponse504
    """

    return (
        await asyncio_detailed(
            person_id=person_id,
            client=client,
            body=body,
        )
    ).parsed
