from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_records_response_400 import ListRecordsResponse400
from ...models.list_records_response_401 import ListRecordsResponse401
from ...models.list_records_response_403 import ListRecordsResponse403
from ...models.list_records_response_404 import ListRecordsResponse404
from ...models.list_records_response_422 import ListRecordsResponse422
from ...models.list_records_response_429 import ListRecordsResponse429
from ...models.list_records_response_500 import ListRecordsResponse500
from ...models.list_records_response_502 import ListRecordsResponse502
from ...models.list_records_response_503 import ListRecordsResponse503
from ...models.list_records_response_504 import ListRecordsResponse504
from ...models.service_record_list import ServiceRecordList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    institution_id: None | str | Unset = UNSET,
    county_code: None | str | Unset = UNSET,
    month: None | str | Unset = UNSET,
    check: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_institution_id: None | str | Unset
    if isinstance(institution_id, Unset):
        json_institution_id = UNSET
    else:
        json_institution_id = institution_id
    params["institution_id"] = json_institution_id

    json_county_code: None | str | Unset
    if isinstance(county_code, Unset):
        json_county_code = UNSET
    else:
        json_county_code = county_code
    params["county_code"] = json_county_code

    json_month: None | str | Unset
    if isinstance(month, Unset):
        json_month = UNSET
    else:
        json_month = month
    params["month"] = json_month

    json_check: None | str | Unset
    if isinstance(check, Unset):
        json_check = UNSET
    else:
        json_check = check
    params["check"] = json_check

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
        "url": "/api/v1/service-records",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ListRecordsResponse400
    | ListRecordsResponse401
    | ListRecordsResponse403
    | ListRecordsResponse404
    | ListRecordsResponse422
    | ListRecordsResponse429
    | ListRecordsResponse500
    | ListRecordsResponse502
    | ListRecordsResponse503
    | ListRecordsResponse504
    | ServiceRecordList
    | None
):
    if response.status_code == 200:
        response_200 = ServiceRecordList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListRecordsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListRecordsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListRecordsResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ListRecordsResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ListRecordsResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ListRecordsResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ListRecordsResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ListRecordsResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ListRecordsResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ListRecordsResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListRecordsResponse400
    | ListRecordsResponse401
    | ListRecordsResponse403
    | ListRecordsResponse404
    | ListRecordsResponse422
    | ListRecordsResponse429
    | ListRecordsResponse500
    | ListRecordsResponse502
    | ListRecordsResponse503
    | ListRecordsResponse504
    | ServiceRecordList
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
    institution_id: None | str | Unset = UNSET,
    county_code: None | str | Unset = UNSET,
    month: None | str | Unset = UNSET,
    check: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[
    ListRecordsResponse400
    | ListRecordsResponse401
    | ListRecordsResponse403
    | ListRecordsResponse404
    | ListRecordsResponse422
    | ListRecordsResponse429
    | ListRecordsResponse500
    | ListRecordsResponse502
    | ListRecordsResponse503
    | ListRecordsResponse504
    | ServiceRecordList
]:
    """Records with results

    Args:
        institution_id (None | str | Unset):
        county_code (None | str | Unset):
        month (None | str | Unset):
        check (None | str | Unset): a reason code, `passed`, `deducted`, `unchecked`, `sampled` or
            `rejected`
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListRecordsResponse400 | ListRecordsResponse401 | ListRecordsResponse403 | ListRecordsResponse404 | ListRecordsResponse422 | ListRecordsResponse429 | ListRecordsResponse500 | ListRecordsResponse502 | ListRecordsResponse503 | ListRecordsResponse504 | ServiceRecordList]
    """

    kwargs = _get_kwargs(
        institution_id=institution_id,
        county_code=county_code,
        month=month,
        check=check,
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
    institution_id: None | str | Unset = UNSET,
    county_code: None | str | Unset = UNSET,
    month: None | str | Unset = UNSET,
    check: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> (
    ListRecordsResponse400
    | ListRecordsResponse401
    | ListRecordsResponse403
    | ListRecordsResponse404
    | ListRecordsResponse422
    | ListRecordsResponse429
    | ListRecordsResponse500
    | ListRecordsResponse502
    | ListRecordsResponse503
    | ListRecordsResponse504
    | ServiceRecordList
    | None
):
    """Records with results

    Args:
        institution_id (None | str | Unset):
        county_code (None | str | Unset):
        month (None | str | Unset):
        check (None | str | Unset): a reason code, `passed`, `deducted`, `unchecked`, `sampled` or
            `rejected`
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListRecordsResponse400 | ListRecordsResponse401 | ListRecordsResponse403 | ListRecordsResponse404 | ListRecordsResponse422 | ListRecordsResponse429 | ListRecordsResponse500 | ListRecordsResponse502 | ListRecordsResponse503 | ListRecordsResponse504 | ServiceRecordList
    """

    return sync_detailed(
        client=client,
        institution_id=institution_id,
        county_code=county_code,
        month=month,
        check=check,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    institution_id: None | str | Unset = UNSET,
    county_code: None | str | Unset = UNSET,
    month: None | str | Unset = UNSET,
    check: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[
    ListRecordsResponse400
    | ListRecordsResponse401
    | ListRecordsResponse403
    | ListRecordsResponse404
    | ListRecordsResponse422
    | ListRecordsResponse429
    | ListRecordsResponse500
    | ListRecordsResponse502
    | ListRecordsResponse503
    | ListRecordsResponse504
    | ServiceRecordList
]:
    """Records with results

    Args:
        institution_id (None | str | Unset):
        county_code (None | str | Unset):
        month (None | str | Unset):
        check (None | str | Unset): a reason code, `passed`, `deducted`, `unchecked`, `sampled` or
            `rejected`
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListRecordsResponse400 | ListRecordsResponse401 | ListRecordsResponse403 | ListRecordsResponse404 | ListRecordsResponse422 | ListRecordsResponse429 | ListRecordsResponse500 | ListRecordsResponse502 | ListRecordsResponse503 | ListRecordsResponse504 | ServiceRecordList]
    """

    kwargs = _get_kwargs(
        institution_id=institution_id,
        county_code=county_code,
        month=month,
        check=check,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    institution_id: None | str | Unset = UNSET,
    county_code: None | str | Unset = UNSET,
    month: None | str | Unset = UNSET,
    check: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> (
    ListRecordsResponse400
    | ListRecordsResponse401
    | ListRecordsResponse403
    | ListRecordsResponse404
    | ListRecordsResponse422
    | ListRecordsResponse429
    | ListRecordsResponse500
    | ListRecordsResponse502
    | ListRecordsResponse503
    | ListRecordsResponse504
    | ServiceRecordList
    | None
):
    """Records with results

    Args:
        institution_id (None | str | Unset):
        county_code (None | str | Unset):
        month (None | str | Unset):
        check (None | str | Unset): a reason code, `passed`, `deducted`, `unchecked`, `sampled` or
            `rejected`
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListRecordsResponse400 | ListRecordsResponse401 | ListRecordsResponse403 | ListRecordsResponse404 | ListRecordsResponse422 | ListRecordsResponse429 | ListRecordsResponse500 | ListRecordsResponse502 | ListRecordsResponse503 | ListRecordsResponse504 | ServiceRecordList
    """

    return (
        await asyncio_detailed(
            client=client,
            institution_id=institution_id,
            county_code=county_code,
            month=month,
            check=check,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
