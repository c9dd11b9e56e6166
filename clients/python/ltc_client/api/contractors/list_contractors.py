from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contractor_list import ContractorList
from ...models.list_contractors_response_400 import ListContractorsResponse400
from ...models.list_contractors_response_401 import ListContractorsResponse401
from ...models.list_contractors_response_403 import ListContractorsResponse403
from ...models.list_contractors_response_422 import ListContractorsResponse422
from ...models.list_contractors_response_429 import ListContractorsResponse429
from ...models.list_contractors_response_500 import ListContractorsResponse500
from ...models.list_contractors_response_502 import ListContractorsResponse502
from ...models.list_contractors_response_503 import ListContractorsResponse503
from ...models.list_contractors_response_504 import ListContractorsResponse504
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/contractors",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ContractorList
    | ListContractorsResponse400
    | ListContractorsResponse401
    | ListContractorsResponse403
    | ListContractorsResponse422
    | ListContractorsResponse429
    | ListContractorsResponse500
    | ListContractorsResponse502
    | ListContractorsResponse503
    | ListContractorsResponse504
    | None
):
    if response.status_code == 200:
        response_200 = ContractorList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListContractorsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListContractorsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListContractorsResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = ListContractorsResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ListContractorsResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ListContractorsResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ListContractorsResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ListContractorsResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ListContractorsResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ContractorList
    | ListContractorsResponse400
    | ListContractorsResponse401
    | ListContractorsResponse403
    | ListContractorsResponse422
    | ListContractorsResponse429
    | ListContractorsResponse500
    | ListContractorsResponse502
    | ListContractorsResponse503
    | ListContractorsResponse504
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
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[
    ContractorList
    | ListContractorsResponse400
    | ListContractorsResponse401
    | ListContractorsResponse403
    | ListContractorsResponse422
    | ListContractorsResponse429
    | ListContractorsResponse500
    | ListContractorsResponse502
    | ListContractorsResponse503
    | ListContractorsResponse504
]:
    """The register (a contractor sees its own)

    Args:
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContractorList | ListContractorsResponse400 | ListContractorsResponse401 | ListContractorsResponse403 | ListContractorsResponse422 | ListContractorsResponse429 | ListContractorsResponse500 | ListContractorsResponse502 | ListContractorsResponse503 | ListContractorsResponse504]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> (
    ContractorList
    | ListContractorsResponse400
    | ListContractorsResponse401
    | ListContractorsResponse403
    | ListContractorsResponse422
    | ListContractorsResponse429
    | ListContractorsResponse500
    | ListContractorsResponse502
    | ListContractorsResponse503
    | ListContractorsResponse504
    | None
):
    """The register (a contractor sees its own)

    Args:
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContractorList | ListContractorsResponse400 | ListContractorsResponse401 | ListContractorsResponse403 | ListContractorsResponse422 | ListContractorsResponse429 | ListContractorsResponse500 | ListContractorsResponse502 | ListContractorsResponse503 | ListContractorsResponse504
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[
    ContractorList
    | ListContractorsResponse400
    | ListContractorsResponse401
    | ListContractorsResponse403
    | ListContractorsResponse422
    | ListContractorsResponse429
    | ListContractorsResponse500
    | ListContractorsResponse502
    | ListContractorsResponse503
    | ListContractorsResponse504
]:
    """The register (a contractor sees its own)

    Args:
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContractorList | ListContractorsResponse400 | ListContractorsResponse401 | ListContractorsResponse403 | ListContractorsResponse422 | ListContractorsResponse429 | ListContractorsResponse500 | ListContractorsResponse502 | ListContractorsResponse503 | ListContractorsResponse504]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> (
    ContractorList
    | ListContractorsResponse400
    | ListContractorsResponse401
    | ListContractorsResponse403
    | ListContractorsResponse422
    | ListContractorsResponse429
    | ListContractorsResponse500
    | ListContractorsResponse502
    | ListContractorsResponse503
    | ListContractorsResponse504
    | None
):
    """The register (a contractor sees its own)

    Args:
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContractorList | ListContractorsResponse400 | ListContractorsResponse401 | ListContractorsResponse403 | ListContractorsResponse422 | ListContractorsResponse429 | ListContractorsResponse500 | ListContractorsResponse502 | ListContractorsResponse503 | ListContractorsResponse504
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
