from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.case_list import CaseList
from ...models.list_cases_response_400 import ListCasesResponse400
from ...models.list_cases_response_401 import ListCasesResponse401
from ...models.list_cases_response_403 import ListCasesResponse403
from ...models.list_cases_response_422 import ListCasesResponse422
from ...models.list_cases_response_429 import ListCasesResponse429
from ...models.list_cases_response_500 import ListCasesResponse500
from ...models.list_cases_response_502 import ListCasesResponse502
from ...models.list_cases_response_503 import ListCasesResponse503
from ...models.list_cases_response_504 import ListCasesResponse504
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: None | str | Unset = UNSET,
    institution_id: None | str | Unset = UNSET,
    county_code: None | str | Unset = UNSET,
    contractor_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    else:
        json_status = status
    params["status"] = json_status

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

    json_contractor_id: None | str | Unset
    if isinstance(contractor_id, Unset):
        json_contractor_id = UNSET
    elif isinstance(contractor_id, UUID):
        json_contractor_id = str(contractor_id)
    else:
        json_contractor_id = contractor_id
    params["contractor_id"] = json_contractor_id

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
        "url": "/api/v1/cases",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CaseList
    | ListCasesResponse400
    | ListCasesResponse401
    | ListCasesResponse403
    | ListCasesResponse422
    | ListCasesResponse429
    | ListCasesResponse500
    | ListCasesResponse502
    | ListCasesResponse503
    | ListCasesResponse504
    | None
):
    if response.status_code == 200:
        response_200 = CaseList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListCasesResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListCasesResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListCasesResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = ListCasesResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ListCasesResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ListCasesResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ListCasesResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ListCasesResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ListCasesResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CaseList
    | ListCasesResponse400
    | ListCasesResponse401
    | ListCasesResponse403
    | ListCasesResponse422
    | ListCasesResponse429
    | ListCasesResponse500
    | ListCasesResponse502
    | ListCasesResponse503
    | ListCasesResponse504
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
    status: None | str | Unset = UNSET,
    institution_id: None | str | Unset = UNSET,
    county_code: None | str | Unset = UNSET,
    contractor_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[
    CaseList
    | ListCasesResponse400
    | ListCasesResponse401
    | ListCasesResponse403
    | ListCasesResponse422
    | ListCasesResponse429
    | ListCasesResponse500
    | ListCasesResponse502
    | ListCasesResponse503
    | ListCasesResponse504
]:
    """Cases (a contractor: its counties'; an institution: its own)

    Args:
        status (None | str | Unset):
        institution_id (None | str | Unset):
        county_code (None | str | Unset):
        contractor_id (None | Unset | UUID): cases about this contractor
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CaseList | ListCasesResponse400 | ListCasesResponse401 | ListCasesResponse403 | ListCasesResponse422 | ListCasesResponse429 | ListCasesResponse500 | ListCasesResponse502 | ListCasesResponse503 | ListCasesResponse504]
    """

    kwargs = _get_kwargs(
        status=status,
        institution_id=institution_id,
        county_code=county_code,
        contractor_id=contractor_id,
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
    status: None | str | Unset = UNSET,
    institution_id: None | str | Unset = UNSET,
    county_code: None | str | Unset = UNSET,
    contractor_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> (
    CaseList
    | ListCasesResponse400
    | ListCasesResponse401
    | ListCasesResponse403
    | ListCasesResponse422
    | ListCasesResponse429
    | ListCasesResponse500
    | ListCasesResponse502
    | ListCasesResponse503
    | ListCasesResponse504
    | None
):
    """Cases (a contractor: its counties'; an institution: its own)

    Args:
        status (None | str | Unset):
        institution_id (None | str | Unset):
        county_code (None | str | Unset):
        contractor_id (None | Unset | UUID): cases about this contractor
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CaseList | ListCasesResponse400 | ListCasesResponse401 | ListCasesResponse403 | ListCasesResponse422 | ListCasesResponse429 | ListCasesResponse500 | ListCasesResponse502 | ListCasesResponse503 | ListCasesResponse504
    """

    return sync_detailed(
        client=client,
        status=status,
        institution_id=institution_id,
        county_code=county_code,
        contractor_id=contractor_id,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: None | str | Unset = UNSET,
    institution_id: None | str | Unset = UNSET,
    county_code: None | str | Unset = UNSET,
    contractor_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[
    CaseList
    | ListCasesResponse400
    | ListCasesResponse401
    | ListCasesResponse403
    | ListCasesResponse422
    | ListCasesResponse429
    | ListCasesResponse500
    | ListCasesResponse502
    | ListCasesResponse503
    | ListCasesResponse504
]:
    """Cases (a contractor: its counties'; an institution: its own)

    Args:
        status (None | str | Unset):
        institution_id (None | str | Unset):
        county_code (None | str | Unset):
        contractor_id (None | Unset | UUID): cases about this contractor
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CaseList | ListCasesResponse400 | ListCasesResponse401 | ListCasesResponse403 | ListCasesResponse422 | ListCasesResponse429 | ListCasesResponse500 | ListCasesResponse502 | ListCasesResponse503 | ListCasesResponse504]
    """

    kwargs = _get_kwargs(
        status=status,
        institution_id=institution_id,
        county_code=county_code,
        contractor_id=contractor_id,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    status: None | str | Unset = UNSET,
    institution_id: None | str | Unset = UNSET,
    county_code: None | str | Unset = UNSET,
    contractor_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> (
    CaseList
    | ListCasesResponse400
    | ListCasesResponse401
    | ListCasesResponse403
    | ListCasesResponse422
    | ListCasesResponse429
    | ListCasesResponse500
    | ListCasesResponse502
    | ListCasesResponse503
    | ListCasesResponse504
    | None
):
    """Cases (a contractor: its counties'; an institution: its own)

    Args:
        status (None | str | Unset):
        institution_id (None | str | Unset):
        county_code (None | str | Unset):
        contractor_id (None | Unset | UUID): cases about this contractor
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CaseList | ListCasesResponse400 | ListCasesResponse401 | ListCasesResponse403 | ListCasesResponse422 | ListCasesResponse429 | ListCasesResponse500 | ListCasesResponse502 | ListCasesResponse503 | ListCasesResponse504
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            institution_id=institution_id,
            county_code=county_code,
            contractor_id=contractor_id,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
