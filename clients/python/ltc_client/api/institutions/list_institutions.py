from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.institution_list import InstitutionList
from ...models.list_institutions_response_400 import ListInstitutionsResponse400
from ...models.list_institutions_response_401 import ListInstitutionsResponse401
from ...models.list_institutions_response_403 import ListInstitutionsResponse403
from ...models.list_institutions_response_422 import ListInstitutionsResponse422
from ...models.list_institutions_response_429 import ListInstitutionsResponse429
from ...models.list_institutions_response_500 import ListInstitutionsResponse500
from ...models.list_institutions_response_502 import ListInstitutionsResponse502
from ...models.list_institutions_response_503 import ListInstitutionsResponse503
from ...models.list_institutions_response_504 import ListInstitutionsResponse504
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
        "url": "/api/v1/institutions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    InstitutionList
    | ListInstitutionsResponse400
    | ListInstitutionsResponse401
    | ListInstitutionsResponse403
    | ListInstitutionsResponse422
    | ListInstitutionsResponse429
    | ListInstitutionsResponse500
    | ListInstitutionsResponse502
    | ListInstitutionsResponse503
    | ListInstitutionsResponse504
    | None
):
    if response.status_code == 200:
        response_200 = InstitutionList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListInstitutionsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListInstitutionsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListInstitutionsResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = ListInstitutionsResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ListInstitutionsResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ListInstitutionsResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ListInstitutionsResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ListInstitutionsResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ListInstitutionsResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    InstitutionList
    | ListInstitutionsResponse400
    | ListInstitutionsResponse401
    | ListInstitutionsResponse403
    | ListInstitutionsResponse422
    | ListInstitutionsResponse429
    | ListInstitutionsResponse500
    | ListInstitutionsResponse502
    | ListInstitutionsResponse503
    | ListInstitutionsResponse504
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
    InstitutionList
    | ListInstitutionsResponse400
    | ListInstitutionsResponse401
    | ListInstitutionsResponse403
    | ListInstitutionsResponse422
    | ListInstitutionsResponse429
    | ListInstitutionsResponse500
    | ListInstitutionsResponse502
    | ListInstitutionsResponse503
    | ListInstitutionsResponse504
]:
    """Institutions in your scope

    Args:
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InstitutionList | ListInstitutionsResponse400 | ListInstitutionsResponse401 | ListInstitutionsResponse403 | ListInstitutionsResponse422 | ListInstitutionsResponse429 | ListInstitutionsResponse500 | ListInstitutionsResponse502 | ListInstitutionsResponse503 | ListInstitutionsResponse504]
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
    InstitutionList
    | ListInstitutionsResponse400
    | ListInstitutionsResponse401
    | ListInstitutionsResponse403
    | ListInstitutionsResponse422
    | ListInstitutionsResponse429
    | ListInstitutionsResponse500
    | ListInstitutionsResponse502
    | ListInstitutionsResponse503
    | ListInstitutionsResponse504
    | None
):
    """Institutions in your scope

    Args:
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InstitutionList | ListInstitutionsResponse400 | ListInstitutionsResponse401 | ListInstitutionsResponse403 | ListInstitutionsResponse422 | ListInstitutionsResponse429 | ListInstitutionsResponse500 | ListInstitutionsResponse502 | ListInstitutionsResponse503 | ListInstitutionsResponse504
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
    InstitutionList
    | ListInstitutionsResponse400
    | ListInstitutionsResponse401
    | ListInstitutionsResponse403
    | ListInstitutionsResponse422
    | ListInstitutionsResponse429
    | ListInstitutionsResponse500
    | ListInstitutionsResponse502
    | ListInstitutionsResponse503
    | ListInstitutionsResponse504
]:
    """Institutions in your scope

    Args:
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InstitutionList | ListInstitutionsResponse400 | ListInstitutionsResponse401 | ListInstitutionsResponse403 | ListInstitutionsResponse422 | ListInstitutionsResponse429 | ListInstitutionsResponse500 | ListInstitutionsResponse502 | ListInstitutionsResponse503 | ListInstitutionsResponse504]
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
    InstitutionList
    | ListInstitutionsResponse400
    | ListInstitutionsResponse401
    | ListInstitutionsResponse403
    | ListInstitutionsResponse422
    | ListInstitutionsResponse429
    | ListInstitutionsResponse500
    | ListInstitutionsResponse502
    | ListInstitutionsResponse503
    | ListInstitutionsResponse504
    | None
):
    """Institutions in your scope

    Args:
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InstitutionList | ListInstitutionsResponse400 | ListInstitutionsResponse401 | ListInstitutionsResponse403 | ListInstitutionsResponse422 | ListInstitutionsResponse429 | ListInstitutionsResponse500 | ListInstitutionsResponse502 | ListInstitutionsResponse503 | ListInstitutionsResponse504
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
