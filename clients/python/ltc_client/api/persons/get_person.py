from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_person_response_400 import GetPersonResponse400
from ...models.get_person_response_401 import GetPersonResponse401
from ...models.get_person_response_403 import GetPersonResponse403
from ...models.get_person_response_404 import GetPersonResponse404
from ...models.get_person_response_422 import GetPersonResponse422
from ...models.get_person_response_429 import GetPersonResponse429
from ...models.get_person_response_500 import GetPersonResponse500
from ...models.get_person_response_502 import GetPersonResponse502
from ...models.get_person_response_503 import GetPersonResponse503
from ...models.get_person_response_504 import GetPersonResponse504
from ...models.person_detail import PersonDetail
from ...types import Response


def _get_kwargs(
    person_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/persons/{person_id}".format(
            person_id=quote(str(person_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetPersonResponse400
    | GetPersonResponse401
    | GetPersonResponse403
    | GetPersonResponse404
    | GetPersonResponse422
    | GetPersonResponse429
    | GetPersonResponse500
    | GetPersonResponse502
    | GetPersonResponse503
    | GetPersonResponse504
    | PersonDetail
    | None
):
    if response.status_code == 200:
        response_200 = PersonDetail.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetPersonResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetPersonResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetPersonResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetPersonResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = GetPersonResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetPersonResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetPersonResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = GetPersonResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = GetPersonResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = GetPersonResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetPersonResponse400
    | GetPersonResponse401
    | GetPersonResponse403
    | GetPersonResponse404
    | GetPersonResponse422
    | GetPersonResponse429
    | GetPersonResponse500
    | GetPersonResponse502
    | GetPersonResponse503
    | GetPersonResponse504
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
) -> Response[
    GetPersonResponse400
    | GetPersonResponse401
    | GetPersonResponse403
    | GetPersonResponse404
    | GetPersonResponse422
    | GetPersonResponse429
    | GetPersonResponse500
    | GetPersonResponse502
    | GetPersonResponse503
    | GetPersonResponse504
    | PersonDetail
]:
    """One person with status history

    Args:
        person_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPersonResponse400 | GetPersonResponse401 | GetPersonResponse403 | GetPersonResponse404 | GetPersonResponse422 | GetPersonResponse429 | GetPersonResponse500 | GetPersonResponse502 | GetPersonResponse503 | GetPersonResponse504 | PersonDetail]
    """

    kwargs = _get_kwargs(
        person_id=person_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    person_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetPersonResponse400
    | GetPersonResponse401
    | GetPersonResponse403
    | GetPersonResponse404
    | GetPersonResponse422
    | GetPersonResponse429
    | GetPersonResponse500
    | GetPersonResponse502
    | GetPersonResponse503
    | GetPersonResponse504
    | PersonDetail
    | None
):
    """One person with status history

    Args:
        person_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPersonResponse400 | GetPersonResponse401 | GetPersonResponse403 | GetPersonResponse404 | GetPersonResponse422 | GetPersonResponse429 | GetPersonResponse500 | GetPersonResponse502 | GetPersonResponse503 | GetPersonResponse504 | PersonDetail
    """

    return sync_detailed(
        person_id=person_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    person_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetPersonResponse400
    | GetPersonResponse401
    | GetPersonResponse403
    | GetPersonResponse404
    | GetPersonResponse422
    | GetPersonResponse429
    | GetPersonResponse500
    | GetPersonResponse502
    | GetPersonResponse503
    | GetPersonResponse504
    | PersonDetail
]:
    """One person with status history

    Args:
        person_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPersonResponse400 | GetPersonResponse401 | GetPersonResponse403 | GetPersonResponse404 | GetPersonResponse422 | GetPersonResponse429 | GetPersonResponse500 | GetPersonResponse502 | GetPersonResponse503 | GetPersonResponse504 | PersonDetail]
    """

    kwargs = _get_kwargs(
        person_id=person_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    person_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetPersonResponse400
    | GetPersonResponse401
    | GetPersonResponse403
    | GetPersonResponse404
    | GetPersonResponse422
    | GetPersonResponse429
    | GetPersonResponse500
    | GetPersonResponse502
    | GetPersonResponse503
    | GetPersonResponse504
    | PersonDetail
    | None
):
    """One person with status history

    Args:
        person_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPersonResponse400 | GetPersonResponse401 | GetPersonResponse403 | GetPersonResponse404 | GetPersonResponse422 | GetPersonResponse429 | GetPersonResponse500 | GetPersonResponse502 | GetPersonResponse503 | GetPersonResponse504 | PersonDetail
    """

    return (
        await asyncio_detailed(
            person_id=person_id,
            client=client,
        )
    ).parsed
