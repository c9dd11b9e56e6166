from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_opening_balances_response_400 import ListOpeningBalancesResponse400
from ...models.list_opening_balances_response_401 import ListOpeningBalancesResponse401
from ...models.list_opening_balances_response_403 import ListOpeningBalancesResponse403
from ...models.list_opening_balances_response_422 import ListOpeningBalancesResponse422
from ...models.list_opening_balances_response_429 import ListOpeningBalancesResponse429
from ...models.list_opening_balances_response_500 import ListOpeningBalancesResponse500
from ...models.list_opening_balances_response_502 import ListOpeningBalancesResponse502
from ...models.list_opening_balances_response_503 import ListOpeningBalancesResponse503
from ...models.list_opening_balances_response_504 import ListOpeningBalancesResponse504
from ...models.opening_balance_list import OpeningBalanceList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    county_code: None | str | Unset = UNSET,
    import_job_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_county_code: None | str | Unset
    if isinstance(county_code, Unset):
        json_county_code = UNSET
    else:
        json_county_code = county_code
    params["county_code"] = json_county_code

    json_import_job_id: None | str | Unset
    if isinstance(import_job_id, Unset):
        json_import_job_id = UNSET
    elif isinstance(import_job_id, UUID):
        json_import_job_id = str(import_job_id)
    else:
        json_import_job_id = import_job_id
    params["import_job_id"] = json_import_job_id

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
        "url": "/api/v1/opening-balances",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ListOpeningBalancesResponse400
    | ListOpeningBalancesResponse401
    | ListOpeningBalancesResponse403
    | ListOpeningBalancesResponse422
    | ListOpeningBalancesResponse429
    | ListOpeningBalancesResponse500
    | ListOpeningBalancesResponse502
    | ListOpeningBalancesResponse503
    | ListOpeningBalancesResponse504
    | OpeningBalanceList
    | None
):
    if response.status_code == 200:
        response_200 = OpeningBalanceList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListOpeningBalancesResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListOpeningBalancesResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListOpeningBalancesResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = ListOpeningBalancesResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ListOpeningBalancesResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ListOpeningBalancesResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ListOpeningBalancesResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ListOpeningBalancesResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ListOpeningBalancesResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListOpeningBalancesResponse400
    | ListOpeningBalancesResponse401
    | ListOpeningBalancesResponse403
    | ListOpeningBalancesResponse422
    | ListOpeningBalancesResponse429
    | ListOpeningBalancesResponse500
    | ListOpeningBalancesResponse502
    | ListOpeningBalancesResponse503
    | ListOpeningBalancesResponse504
    | OpeningBalanceList
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
    county_code: None | str | Unset = UNSET,
    import_job_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[
    ListOpeningBalancesResponse400
    | ListOpeningBalancesResponse401
    | ListOpeningBalancesResponse403
    | ListOpeningBalancesResponse422
    | ListOpeningBalancesResponse429
    | ListOpeningBalancesResponse500
    | ListOpeningBalancesResponse502
    | ListOpeningBalancesResponse503
    | ListOpeningBalancesResponse504
    | OpeningBalanceList
]:
    """Opening balances migrated from the old system, by county or import (audit)

    Args:
        county_code (None | str | Unset):
        import_job_id (None | Unset | UUID):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListOpeningBalancesResponse400 | ListOpeningBalancesResponse401 | ListOpeningBalancesResponse403 | ListOpeningBalancesResponse422 | ListOpeningBalancesResponse429 | ListOpeningBalancesResponse500 | ListOpeningBalancesResponse502 | ListOpeningBalancesResponse503 | ListOpeningBalancesResponse504 | OpeningBalanceList]
    """

    kwargs = _get_kwargs(
        county_code=county_code,
        import_job_id=import_job_id,
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
    county_code: None | str | Unset = UNSET,
    import_job_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> (
    ListOpeningBalancesResponse400
    | ListOpeningBalancesResponse401
    | ListOpeningBalancesResponse403
    | ListOpeningBalancesResponse422
    | ListOpeningBalancesResponse429
    | ListOpeningBalancesResponse500
    | ListOpeningBalancesResponse502
    | ListOpeningBalancesResponse503
    | ListOpeningBalancesResponse504
    | OpeningBalanceList
    | None
):
    """Opening balances migrated from the old system, by county or import (audit)

    Args:
        county_code (None | str | Unset):
        import_job_id (None | Unset | UUID):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListOpeningBalancesResponse400 | ListOpeningBalancesResponse401 | ListOpeningBalancesResponse403 | ListOpeningBalancesResponse422 | ListOpeningBalancesResponse429 | ListOpeningBalancesResponse500 | ListOpeningBalancesResponse502 | ListOpeningBalancesResponse503 | ListOpeningBalancesResponse504 | OpeningBalanceList
    """

    return sync_detailed(
        client=client,
        county_code=county_code,
        import_job_id=import_job_id,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    county_code: None | str | Unset = UNSET,
    import_job_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[
    ListOpeningBalancesResponse400
    | ListOpeningBalancesResponse401
    | ListOpeningBalancesResponse403
    | ListOpeningBalancesResponse422
    | ListOpeningBalancesResponse429
    | ListOpeningBalancesResponse500
    | ListOpeningBalancesResponse502
    | ListOpeningBalancesResponse503
    | ListOpeningBalancesResponse504
    | OpeningBalanceList
]:
    """Opening balances migrated from the old system, by county or import (audit)

    Args:
        county_code (None | str | Unset):
        import_job_id (None | Unset | UUID):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListOpeningBalancesResponse400 | ListOpeningBalancesResponse401 | ListOpeningBalancesResponse403 | ListOpeningBalancesResponse422 | ListOpeningBalancesResponse429 | ListOpeningBalancesResponse500 | ListOpeningBalancesResponse502 | ListOpeningBalancesResponse503 | ListOpeningBalancesResponse504 | OpeningBalanceList]
    """

    kwargs = _get_kwargs(
        county_code=county_code,
        import_job_id=import_job_id,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    county_code: None | str | Unset = UNSET,
    import_job_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> (
    ListOpeningBalancesResponse400
    | ListOpeningBalancesResponse401
    | ListOpeningBalancesResponse403
    | ListOpeningBalancesResponse422
    | ListOpeningBalancesResponse429
    | ListOpeningBalancesResponse500
    | ListOpeningBalancesResponse502
    | ListOpeningBalancesResponse503
    | ListOpeningBalancesResponse504
    | OpeningBalanceList
    | None
):
    """Opening balances migrated from the old system, by county or import (audit)

    Args:
        county_code (None | str | Unset):
        import_job_id (None | Unset | UUID):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListOpeningBalancesResponse400 | ListOpeningBalancesResponse401 | ListOpeningBalancesResponse403 | ListOpeningBalancesResponse422 | ListOpeningBalancesResponse429 | ListOpeningBalancesResponse500 | ListOpeningBalancesResponse502 | ListOpeningBalancesResponse503 | ListOpeningBalancesResponse504 | OpeningBalanceList
    """

    return (
        await asyncio_detailed(
            client=client,
            county_code=county_code,
            import_job_id=import_job_id,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
