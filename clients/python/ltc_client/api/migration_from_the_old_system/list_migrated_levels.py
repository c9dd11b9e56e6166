from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_migrated_levels_response_400 import ListMigratedLevelsResponse400
from ...models.list_migrated_levels_response_401 import ListMigratedLevelsResponse401
from ...models.list_migrated_levels_response_403 import ListMigratedLevelsResponse403
from ...models.list_migrated_levels_response_422 import ListMigratedLevelsResponse422
from ...models.list_migrated_levels_response_429 import ListMigratedLevelsResponse429
from ...models.list_migrated_levels_response_500 import ListMigratedLevelsResponse500
from ...models.list_migrated_levels_response_502 import ListMigratedLevelsResponse502
from ...models.list_migrated_levels_response_503 import ListMigratedLevelsResponse503
from ...models.list_migrated_levels_response_504 import ListMigratedLevelsResponse504
from ...models.migrated_level_list import MigratedLevelList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    import_job_id: None | Unset | UUID = UNSET,
    migration_ref: None | str | Unset = UNSET,
    county_code: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_import_job_id: None | str | Unset
    if isinstance(import_job_id, Unset):
        json_import_job_id = UNSET
    elif isinstance(import_job_id, UUID):
        json_import_job_id = str(import_job_id)
    else:
        json_import_job_id = import_job_id
    params["import_job_id"] = json_import_job_id

    json_migration_ref: None | str | Unset
    if isinstance(migration_ref, Unset):
        json_migration_ref = UNSET
    else:
        json_migration_ref = migration_ref
    params["migration_ref"] = json_migration_ref

    json_county_code: None | str | Unset
    if isinstance(county_code, Unset):
        json_county_code = UNSET
    else:
        json_county_code = county_code
    params["county_code"] = json_county_code

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
        "url": "/api/v1/migrated-levels",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ListMigratedLevelsResponse400
    | ListMigratedLevelsResponse401
    | ListMigratedLevelsResponse403
    | ListMigratedLevelsResponse422
    | ListMigratedLevelsResponse429
    | ListMigratedLevelsResponse500
    | ListMigratedLevelsResponse502
    | ListMigratedLevelsResponse503
    | ListMigratedLevelsResponse504
    | MigratedLevelList
    | None
):
    if response.status_code == 200:
        response_200 = MigratedLevelList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListMigratedLevelsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListMigratedLevelsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListMigratedLevelsResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = ListMigratedLevelsResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ListMigratedLevelsResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ListMigratedLevelsResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ListMigratedLevelsResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ListMigratedLevelsResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ListMigratedLevelsResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListMigratedLevelsResponse400
    | ListMigratedLevelsResponse401
    | ListMigratedLevelsResponse403
    | ListMigratedLevelsResponse422
    | ListMigratedLevelsResponse429
    | ListMigratedLevelsResponse500
    | ListMigratedLevelsResponse502
    | ListMigratedLevelsResponse503
    | ListMigratedLevelsResponse504
    | MigratedLevelList
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
    import_job_id: None | Unset | UUID = UNSET,
    migration_ref: None | str | Unset = UNSET,
    county_code: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[
    ListMigratedLevelsResponse400
    | ListMigratedLevelsResponse401
    | ListMigratedLevelsResponse403
    | ListMigratedLevelsResponse422
    | ListMigratedLevelsResponse429
    | ListMigratedLevelsResponse500
    | ListMigratedLevelsResponse502
    | ListMigratedLevelsResponse503
    | ListMigratedLevelsResponse504
    | MigratedLevelList
]:
    """Levels migrated from the old system, by import, reference or county (audit)

    Args:
        import_job_id (None | Unset | UUID):
        migration_ref (None | str | Unset):
        county_code (None | str | Unset):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListMigratedLevelsResponse400 | ListMigratedLevelsResponse401 | ListMigratedLevelsResponse403 | ListMigratedLevelsResponse422 | ListMigratedLevelsResponse429 | ListMigratedLevelsResponse500 | ListMigratedLevelsResponse502 | ListMigratedLevelsResponse503 | ListMigratedLevelsResponse504 | MigratedLevelList]
    """

    kwargs = _get_kwargs(
        import_job_id=import_job_id,
        migration_ref=migration_ref,
        county_code=county_code,
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
    import_job_id: None | Unset | UUID = UNSET,
    migration_ref: None | str | Unset = UNSET,
    county_code: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> (
    ListMigratedLevelsResponse400
    | ListMigratedLevelsResponse401
    | ListMigratedLevelsResponse403
    | ListMigratedLevelsResponse422
    | ListMigratedLevelsResponse429
    | ListMigratedLevelsResponse500
    | ListMigratedLevelsResponse502
    | ListMigratedLevelsResponse503
    | ListMigratedLevelsResponse504
    | MigratedLevelList
    | None
):
    """Levels migrated from the old system, by import, reference or county (audit)

    Args:
        import_job_id (None | Unset | UUID):
        migration_ref (None | str | Unset):
        county_code (None | str | Unset):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListMigratedLevelsResponse400 | ListMigratedLevelsResponse401 | ListMigratedLevelsResponse403 | ListMigratedLevelsResponse422 | ListMigratedLevelsResponse429 | ListMigratedLevelsResponse500 | ListMigratedLevelsResponse502 | ListMigratedLevelsResponse503 | ListMigratedLevelsResponse504 | MigratedLevelList
    """

    return sync_detailed(
        client=client,
        import_job_id=import_job_id,
        migration_ref=migration_ref,
        county_code=county_code,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    import_job_id: None | Unset | UUID = UNSET,
    migration_ref: None | str | Unset = UNSET,
    county_code: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[
    ListMigratedLevelsResponse400
    | ListMigratedLevelsResponse401
    | ListMigratedLevelsResponse403
    | ListMigratedLevelsResponse422
    | ListMigratedLevelsResponse429
    | ListMigratedLevelsResponse500
    | ListMigratedLevelsResponse502
    | ListMigratedLevelsResponse503
    | ListMigratedLevelsResponse504
    | MigratedLevelList
]:
    """Levels migrated from the old system, by import, reference or county (audit)

    Args:
        import_job_id (None | Unset | UUID):
        migration_ref (None | str | Unset):
        county_code (None | str | Unset):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListMigratedLevelsResponse400 | ListMigratedLevelsResponse401 | ListMigratedLevelsResponse403 | ListMigratedLevelsResponse422 | ListMigratedLevelsResponse429 | ListMigratedLevelsResponse500 | ListMigratedLevelsResponse502 | ListMigratedLevelsResponse503 | ListMigratedLevelsResponse504 | MigratedLevelList]
    """

    kwargs = _get_kwargs(
        import_job_id=import_job_id,
        migration_ref=migration_ref,
        county_code=county_code,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    import_job_id: None | Unset | UUID = UNSET,
    migration_ref: None | str | Unset = UNSET,
    county_code: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> (
    ListMigratedLevelsResponse400
    | ListMigratedLevelsResponse401
    | ListMigratedLevelsResponse403
    | ListMigratedLevelsResponse422
    | ListMigratedLevelsResponse429
    | ListMigratedLevelsResponse500
    | ListMigratedLevelsResponse502
    | ListMigratedLevelsResponse503
    | ListMigratedLevelsResponse504
    | MigratedLevelList
    | None
):
    """Levels migrated from the old system, by import, reference or county (audit)

    Args:
        import_job_id (None | Unset | UUID):
        migration_ref (None | str | Unset):
        county_code (None | str | Unset):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListMigratedLevelsResponse400 | ListMigratedLevelsResponse401 | ListMigratedLevelsResponse403 | ListMigratedLevelsResponse422 | ListMigratedLevelsResponse429 | ListMigratedLevelsResponse500 | ListMigratedLevelsResponse502 | ListMigratedLevelsResponse503 | ListMigratedLevelsResponse504 | MigratedLevelList
    """

    return (
        await asyncio_detailed(
            client=client,
            import_job_id=import_job_id,
            migration_ref=migration_ref,
            county_code=county_code,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
