from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.persons_import_errors_response_400 import PersonsImportErrorsResponse400
from ...models.persons_import_errors_response_401 import PersonsImportErrorsResponse401
from ...models.persons_import_errors_response_403 import PersonsImportErrorsResponse403
from ...models.persons_import_errors_response_404 import PersonsImportErrorsResponse404
from ...models.persons_import_errors_response_422 import PersonsImportErrorsResponse422
from ...models.persons_import_errors_response_429 import PersonsImportErrorsResponse429
from ...models.persons_import_errors_response_500 import PersonsImportErrorsResponse500
from ...models.persons_import_errors_response_502 import PersonsImportErrorsResponse502
from ...models.persons_import_errors_response_503 import PersonsImportErrorsResponse503
from ...models.persons_import_errors_response_504 import PersonsImportErrorsResponse504
from ...models.row_error_list import RowErrorList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    job_id: UUID,
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
        "url": "/api/v1/enrollment-imports/{job_id}/errors".format(
            job_id=quote(str(job_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    PersonsImportErrorsResponse400
    | PersonsImportErrorsResponse401
    | PersonsImportErrorsResponse403
    | PersonsImportErrorsResponse404
    | PersonsImportErrorsResponse422
    | PersonsImportErrorsResponse429
    | PersonsImportErrorsResponse500
    | PersonsImportErrorsResponse502
    | PersonsImportErrorsResponse503
    | PersonsImportErrorsResponse504
    | RowErrorList
    | None
):
    if response.status_code == 200:
        response_200 = RowErrorList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = PersonsImportErrorsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = PersonsImportErrorsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = PersonsImportErrorsResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = PersonsImportErrorsResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = PersonsImportErrorsResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = PersonsImportErrorsResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = PersonsImportErrorsResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = PersonsImportErrorsResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = PersonsImportErrorsResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = PersonsImportErrorsResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    PersonsImportErrorsResponse400
    | PersonsImportErrorsResponse401
    | PersonsImportErrorsResponse403
    | PersonsImportErrorsResponse404
    | PersonsImportErrorsResponse422
    | PersonsImportErrorsResponse429
    | PersonsImportErrorsResponse500
    | PersonsImportErrorsResponse502
    | PersonsImportErrorsResponse503
    | PersonsImportErrorsResponse504
    | RowErrorList
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    job_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[
    PersonsImportErrorsResponse400
    | PersonsImportErrorsResponse401
    | PersonsImportErrorsResponse403
    | PersonsImportErrorsResponse404
    | PersonsImportErrorsResponse422
    | PersonsImportErrorsResponse429
    | PersonsImportErrorsResponse500
    | PersonsImportErrorsResponse502
    | PersonsImportErrorsResponse503
    | PersonsImportErrorsResponse504
    | RowErrorList
]:
    """Per-row errors of a persons import (`Accept: text/csv` for a file)

    Args:
        job_id (UUID):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PersonsImportErrorsResponse400 | PersonsImportErrorsResponse401 | PersonsImportErrorsResponse403 | PersonsImportErrorsResponse404 | PersonsImportErrorsResponse422 | PersonsImportErrorsResponse429 | PersonsImportErrorsResponse500 | PersonsImportErrorsResponse502 | PersonsImportErrorsResponse503 | PersonsImportErrorsResponse504 | RowErrorList]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> (
    PersonsImportErrorsResponse400
    | PersonsImportErrorsResponse401
    | PersonsImportErrorsResponse403
    | PersonsImportErrorsResponse404
    | PersonsImportErrorsResponse422
    | PersonsImportErrorsResponse429
    | PersonsImportErrorsResponse500
    | PersonsImportErrorsResponse502
    | PersonsImportErrorsResponse503
    | PersonsImportErrorsResponse504
    | RowErrorList
    | None
):
    """Per-row errors of a persons import (`Accept: text/csv` for a file)

    Args:
        job_id (UUID):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PersonsImportErrorsResponse400 | PersonsImportErrorsResponse401 | PersonsImportErrorsResponse403 | PersonsImportErrorsResponse404 | PersonsImportErrorsResponse422 | PersonsImportErrorsResponse429 | PersonsImportErrorsResponse500 | PersonsImportErrorsResponse502 | PersonsImportErrorsResponse503 | PersonsImportErrorsResponse504 | RowErrorList
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    job_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[
    PersonsImportErrorsResponse400
    | PersonsImportErrorsResponse401
    | PersonsImportErrorsResponse403
    | PersonsImportErrorsResponse404
    | PersonsImportErrorsResponse422
    | PersonsImportErrorsResponse429
    | PersonsImportErrorsResponse500
    | PersonsImportErrorsResponse502
    | PersonsImportErrorsResponse503
    | PersonsImportErrorsResponse504
    | RowErrorList
]:
    """Per-row errors of a persons import (`Accept: text/csv` for a file)

    Args:
        job_id (UUID):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PersonsImportErrorsResponse400 | PersonsImportErrorsResponse401 | PersonsImportErrorsResponse403 | PersonsImportErrorsResponse404 | PersonsImportErrorsResponse422 | PersonsImportErrorsResponse429 | PersonsImportErrorsResponse500 | PersonsImportErrorsResponse502 | PersonsImportErrorsResponse503 | PersonsImportErrorsResponse504 | RowErrorList]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> (
    PersonsImportErrorsResponse400
    | PersonsImportErrorsResponse401
    | PersonsImportErrorsResponse403
    | PersonsImportErrorsResponse404
    | PersonsImportErrorsResponse422
    | PersonsImportErrorsResponse429
    | PersonsImportErrorsResponse500
    | PersonsImportErrorsResponse502
    | PersonsImportErrorsResponse503
    | PersonsImportErrorsResponse504
    | RowErrorList
    | None
):
    """Per-row errors of a persons import (`Accept: text/csv` for a file)

    Args:
        job_id (UUID):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PersonsImportErrorsResponse400 | PersonsImportErrorsResponse401 | PersonsImportErrorsResponse403 | PersonsImportErrorsResponse404 | PersonsImportErrorsResponse422 | PersonsImportErrorsResponse429 | PersonsImportErrorsResponse500 | PersonsImportErrorsResponse502 | PersonsImportErrorsResponse503 | PersonsImportErrorsResponse504 | RowErrorList
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
