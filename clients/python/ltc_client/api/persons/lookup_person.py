from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.lookup_person_response_400 import LookupPersonResponse400
from ...models.lookup_person_response_401 import LookupPersonResponse401
from ...models.lookup_person_response_403 import LookupPersonResponse403
from ...models.lookup_person_response_404 import LookupPersonResponse404
from ...models.lookup_person_response_422 import LookupPersonResponse422
from ...models.lookup_person_response_429 import LookupPersonResponse429
from ...models.lookup_person_response_500 import LookupPersonResponse500
from ...models.lookup_person_response_502 import LookupPersonResponse502
from ...models.lookup_person_response_503 import LookupPersonResponse503
from ...models.lookup_person_response_504 import LookupPersonResponse504
from ...models.person_detail import PersonDetail
from ...types import UNSET, Response


def _get_kwargs(
    *,
    id_number: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id_number"] = id_number

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/persons:lookup",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    LookupPersonResponse400
    | LookupPersonResponse401
    | LookupPersonResponse403
    | LookupPersonResponse404
    | LookupPersonResponse422
    | LookupPersonResponse429
    | LookupPersonResponse500
    | LookupPersonResponse502
    | LookupPersonResponse503
    | LookupPersonResponse504
    | PersonDetail
    | None
):
    if response.status_code == 200:
        response_200 = PersonDetail.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = LookupPersonResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = LookupPersonResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = LookupPersonResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = LookupPersonResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = LookupPersonResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = LookupPersonResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = LookupPersonResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = LookupPersonResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = LookupPersonResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = LookupPersonResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    LookupPersonResponse400
    | LookupPersonResponse401
    | LookupPersonResponse403
    | LookupPersonResponse404
    | LookupPersonResponse422
    | LookupPersonResponse429
    | LookupPersonResponse500
    | LookupPersonResponse502
    | LookupPersonResponse503
    | LookupPersonResponse504
    | PersonDetail
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    id_number: str,
) -> Response[
    LookupPersonResponse400
    | LookupPersonResponse401
    | LookupPersonResponse403
    | LookupPersonResponse404
    | LookupPersonResponse422
    | LookupPersonResponse429
    | LookupPersonResponse500
    | LookupPersonResponse502
    | LookupPersonResponse503
    | LookupPersonResponse504
    | PersonDetail
]:
    """Find a person by ID number

    Args:
        id_number (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LookupPersonResponse400 | LookupPersonResponse401 | LookupPersonResponse403 | LookupPersonResponse404 | LookupPersonResponse422 | LookupPersonResponse429 | LookupPersonResponse500 | LookupPersonResponse502 | LookupPersonResponse503 | LookupPersonResponse504 | PersonDetail]
    """

    kwargs = _get_kwargs(
        id_number=id_number,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    id_number: str,
) -> (
    LookupPersonResponse400
    | LookupPersonResponse401
    | LookupPersonResponse403
    | LookupPersonResponse404
    | LookupPersonResponse422
    | LookupPersonResponse429
    | LookupPersonResponse500
    | LookupPersonResponse502
    | LookupPersonResponse503
    | LookupPersonResponse504
    | PersonDetail
    | None
):
    """Find a person by ID number

    Args:
        id_number (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LookupPersonResponse400 | LookupPersonResponse401 | LookupPersonResponse403 | LookupPersonResponse404 | LookupPersonResponse422 | LookupPersonResponse429 | LookupPersonResponse500 | LookupPersonResponse502 | LookupPersonResponse503 | LookupPersonResponse504 | PersonDetail
    """

    return sync_detailed(
        client=client,
        id_number=id_number,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    id_number: str,
) -> Response[
    LookupPersonResponse400
    | LookupPersonResponse401
    | LookupPersonResponse403
    | LookupPersonResponse404
    | LookupPersonResponse422
    | LookupPersonResponse429
    | LookupPersonResponse500
    | LookupPersonResponse502
    | LookupPersonResponse503
    | LookupPersonResponse504
    | PersonDetail
]:
    """Find a person by ID number

    Args:
        id_number (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LookupPersonResponse400 | LookupPersonResponse401 | LookupPersonResponse403 | LookupPersonResponse404 | LookupPersonResponse422 | LookupPersonResponse429 | LookupPersonResponse500 | LookupPersonResponse502 | LookupPersonResponse503 | LookupPersonResponse504 | PersonDetail]
    """

    kwargs = _get_kwargs(
        id_number=id_number,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    id_number: str,
) -> (
    LookupPersonResponse400
    | LookupPersonResponse401
    | LookupPersonResponse403
    | LookupPersonResponse404
    | LookupPersonResponse422
    | LookupPersonResponse429
    | LookupPersonResponse500
    | LookupPersonResponse502
    | LookupPersonResponse503
    | LookupPersonResponse504
    | PersonDetail
    | None
):
    """Find a person by ID number

    Args:
        id_number (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LookupPersonResponse400 | LookupPersonResponse401 | LookupPersonResponse403 | LookupPersonResponse404 | LookupPersonResponse422 | LookupPersonResponse429 | LookupPersonResponse500 | LookupPersonResponse502 | LookupPersonResponse503 | LookupPersonResponse504 | PersonDetail
    """

    return (
        await asyncio_detailed(
            client=client,
            id_number=id_number,
        )
    ).parsed
