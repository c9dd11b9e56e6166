from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.caregiver_list import CaregiverList
from ...models.list_caregivers_response_400 import ListCaregiversResponse400
from ...models.list_caregivers_response_401 import ListCaregiversResponse401
from ...models.list_caregivers_response_403 import ListCaregiversResponse403
from ...models.list_caregivers_response_404 import ListCaregiversResponse404
from ...models.list_caregivers_response_422 import ListCaregiversResponse422
from ...models.list_caregivers_response_429 import ListCaregiversResponse429
from ...models.list_caregivers_response_500 import ListCaregiversResponse500
from ...models.list_caregivers_response_502 import ListCaregiversResponse502
from ...models.list_caregivers_response_503 import ListCaregiversResponse503
from ...models.list_caregivers_response_504 import ListCaregiversResponse504
from ...types import UNSET, Response, Unset


def _get_kwargs(
    institution_id: str,
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
        "url": "/api/v1/institutions/{institution_id}/caregivers".format(
            institution_id=quote(str(institution_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CaregiverList
    | ListCaregiversResponse400
    | ListCaregiversResponse401
    | ListCaregiversResponse403
    | ListCaregiversResponse404
    | ListCaregiversResponse422
    | ListCaregiversResponse429
    | ListCaregiversResponse500
    | ListCaregiversResponse502
    | ListCaregiversResponse503
    | ListCaregiversResponse504
    | None
):
    if response.status_code == 200:
        response_200 = CaregiverList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListCaregiversResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListCaregiversResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListCaregiversResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ListCaregiversResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ListCaregiversResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ListCaregiversResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ListCaregiversResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ListCaregiversResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ListCaregiversResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ListCaregiversResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CaregiverList
    | ListCaregiversResponse400
    | ListCaregiversResponse401
    | ListCaregiversResponse403
    | ListCaregiversResponse404
    | ListCaregiversResponse422
    | ListCaregiversResponse429
    | ListCaregiversResponse500
    | ListCaregiversResponse502
    | ListCaregiversResponse503
    | ListCaregiversResponse504
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    institution_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[
    CaregiverList
    | ListCaregiversResponse400
    | ListCaregiversResponse401
    | ListCaregiversResponse403
    | ListCaregiversResponse404
    | ListCaregiversResponse422
    | ListCaregiversResponse429
    | ListCaregiversResponse500
    | ListCaregiversResponse502
    | ListCaregiversResponse503
    | ListCaregiversResponse504
]:
    """Caregivers

    Args:
        institution_id (str):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CaregiverList | ListCaregiversResponse400 | ListCaregiversResponse401 | ListCaregiversResponse403 | ListCaregiversResponse404 | ListCaregiversResponse422 | ListCaregiversResponse429 | ListCaregiversResponse500 | ListCaregiversResponse502 | ListCaregiversResponse503 | ListCaregiversResponse504]
    """

    kwargs = _get_kwargs(
        institution_id=institution_id,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    institution_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> (
    CaregiverList
    | ListCaregiversResponse400
    | ListCaregiversResponse401
    | ListCaregiversResponse403
    | ListCaregiversResponse404
    | ListCaregiversResponse422
    | ListCaregiversResponse429
    | ListCaregiversResponse500
    | ListCaregiversResponse502
    | ListCaregiversResponse503
    | ListCaregiversResponse504
    | None
):
    """Caregivers

    Args:
        institution_id (str):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CaregiverList | ListCaregiversResponse400 | ListCaregiversResponse401 | ListCaregiversResponse403 | ListCaregiversResponse404 | ListCaregiversResponse422 | ListCaregiversResponse429 | ListCaregiversResponse500 | ListCaregiversResponse502 | ListCaregiversResponse503 | ListCaregiversResponse504
    """

    return sync_detailed(
        institution_id=institution_id,
        client=client,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    institution_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[
    CaregiverList
    | ListCaregiversResponse400
    | ListCaregiversResponse401
    | ListCaregiversResponse403
    | ListCaregiversResponse404
    | ListCaregiversResponse422
    | ListCaregiversResponse429
    | ListCaregiversResponse500
    | ListCaregiversResponse502
    | ListCaregiversResponse503
    | ListCaregiversResponse504
]:
    """Caregivers

    Args:
        institution_id (str):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CaregiverList | ListCaregiversResponse400 | ListCaregiversResponse401 | ListCaregiversResponse403 | ListCaregiversResponse404 | ListCaregiversResponse422 | ListCaregiversResponse429 | ListCaregiversResponse500 | ListCaregiversResponse502 | ListCaregiversResponse503 | ListCaregiversResponse504]
    """

    kwargs = _get_kwargs(
        institution_id=institution_id,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    institution_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> (
    CaregiverList
    | ListCaregiversResponse400
    | ListCaregiversResponse401
    | ListCaregiversResponse403
    | ListCaregiversResponse404
    | ListCaregiversResponse422
    | ListCaregiversResponse429
    | ListCaregiversResponse500
    | ListCaregiversResponse502
    | ListCaregiversResponse503
    | ListCaregiversResponse504
    | None
):
    """Caregivers

    Args:
        institution_id (str):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CaregiverList | ListCaregiversResponse400 | ListCaregiversResponse401 | ListCaregiversResponse403 | ListCaregiversResponse404 | ListCaregiversResponse422 | ListCaregiversResponse429 | ListCaregiversResponse500 | ListCaregiversResponse502 | ListCaregiversResponse503 | ListCaregiversResponse504
    """

    return (
        await asyncio_detailed(
            institution_id=institution_id,
            client=client,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
