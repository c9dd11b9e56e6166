from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.import_levels_files_body import ImportLevelsFilesBody
from ...models.import_levels_format_type_0 import ImportLevelsFormatType0
from ...models.import_levels_response_400 import ImportLevelsResponse400
from ...models.import_levels_response_401 import ImportLevelsResponse401
from ...models.import_levels_response_403 import ImportLevelsResponse403
from ...models.import_levels_response_409 import ImportLevelsResponse409
from ...models.import_levels_response_413 import ImportLevelsResponse413
from ...models.import_levels_response_415 import ImportLevelsResponse415
from ...models.import_levels_response_422 import ImportLevelsResponse422
from ...models.import_levels_response_429 import ImportLevelsResponse429
from ...models.import_levels_response_500 import ImportLevelsResponse500
from ...models.import_levels_response_502 import ImportLevelsResponse502
from ...models.import_levels_response_503 import ImportLevelsResponse503
from ...models.import_levels_response_504 import ImportLevelsResponse504
from ...models.level_import import LevelImport
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    body: File | ImportLevelsFilesBody | Unset = UNSET,
    format_: ImportLevelsFormatType0 | None | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_format_: None | str | Unset
    if isinstance(format_, Unset):
        json_format_ = UNSET
    elif isinstance(format_, ImportLevelsFormatType0):
        json_format_ = format_.value
    else:
        json_format_ = format_
    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/level-imports",
        "params": params,
    }

    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "text/csv"
    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "application/x-ndjson"
    if isinstance(body, ImportLevelsFilesBody):
        _kwargs["files"] = body.to_multipart()

        headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ImportLevelsResponse400
    | ImportLevelsResponse401
    | ImportLevelsResponse403
    | ImportLevelsResponse409
    | ImportLevelsResponse413
    | ImportLevelsResponse415
    | ImportLevelsResponse422
    | ImportLevelsResponse429
    | ImportLevelsResponse500
    | ImportLevelsResponse502
    | ImportLevelsResponse503
    | ImportLevelsResponse504
    | LevelImport
    | None
):
    if response.status_code == 201:
        response_201 = LevelImport.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ImportLevelsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ImportLevelsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ImportLevelsResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = ImportLevelsResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ImportLevelsResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = ImportLevelsResponse415.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = ImportLevelsResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ImportLevelsResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ImportLevelsResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ImportLevelsResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ImportLevelsResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ImportLevelsResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ImportLevelsResponse400
    | ImportLevelsResponse401
    | ImportLevelsResponse403
    | ImportLevelsResponse409
    | ImportLevelsResponse413
    | ImportLevelsResponse415
    | ImportLevelsResponse422
    | ImportLevelsResponse429
    | ImportLevelsResponse500
    | ImportLevelsResponse502
    | ImportLevelsResponse503
    | ImportLevelsResponse504
    | LevelImport
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
    body: File | ImportLevelsFilesBody | Unset = UNSET,
    format_: ImportLevelsFormatType0 | None | Unset = UNSET,
) -> Response[
    ImportLevelsResponse400
    | ImportLevelsResponse401
    | ImportLevelsResponse403
    | ImportLevelsResponse409
    | ImportLevelsResponse413
    | ImportLevelsResponse415
    | ImportLevelsResponse422
    | ImportLevelsResponse429
    | ImportLevelsResponse500
    | ImportLevelsResponse502
    | ImportLevelsResponse503
    | ImportLevelsResponse504
    | LevelImport
]:
    """Import disability levels in force from the old system (CSV or JSON lines; bureau)

     Columns / keys: person (the platform's person id or the ID number), level (0–5), valid_from,
    valid_to (YYYY-MM-DD), rule_set_version (the scale version it was assessed under),
    care_institution_id (optional), reference (the old system's own reference of the level). Streamed;
    good rows are kept when others fail; the same file again changes nothing (a reference sent before
    with the same content is unchanged, with other content it is a `MIGRATION_REF_CONFLICT` row error).
    Each good row becomes a level in force of origin `migrated`, announced as `conclusion.in_force` like
    an assessed one. Row codes: `PERSON_NOT_FOUND`, `NOT_INSURED`, `LEVEL_FORMAT`, `LEVEL_NOT_IN_SCALE`,
    `DATE_FORMAT`, `DATE_RANGE`, `LEVEL_ENDED`, `LEVEL_OVERLAP`, `RULE_SET_UNKNOWN`,
    `DUPLICATE_IN_FILE`, `MIGRATION_REF_CONFLICT`, `REQUIRED`, `TOO_LONG`, `MALFORMED_LINE` (`GET
    …/{job_id}/errors`).

    Args:
        format_ (ImportLevelsFormatType0 | None | Unset): default: from the Content-Type
        body (File):
        body (File):
        body (ImportLevelsFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportLevelsResponse400 | ImportLevelsResponse401 | ImportLevelsResponse403 | ImportLevelsResponse409 | ImportLevelsResponse413 | ImportLevelsResponse415 | ImportLevelsResponse422 | ImportLevelsResponse429 | ImportLevelsResponse500 | ImportLevelsResponse502 | ImportLevelsResponse503 | ImportLevelsResponse504 | LevelImport]
    """

    kwargs = _get_kwargs(
        body=body,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: File | ImportLevelsFilesBody | Unset = UNSET,
    format_: ImportLevelsFormatType0 | None | Unset = UNSET,
) -> (
    ImportLevelsResponse400
    | ImportLevelsResponse401
    | ImportLevelsResponse403
    | ImportLevelsResponse409
    | ImportLevelsResponse413
    | ImportLevelsResponse415
    | ImportLevelsResponse422
    | ImportLevelsResponse429
    | ImportLevelsResponse500
    | ImportLevelsResponse502
    | ImportLevelsResponse503
    | ImportLevelsResponse504
    | LevelImport
    | None
):
    """Import disability levels in force from the old system (CSV or JSON lines; bureau)

     Columns / keys: person (the platform's person id or the ID number), level (0–5), valid_from,
    valid_to (YYYY-MM-DD), rule_set_version (the scale version it was assessed under),
    care_institution_id (optional), reference (the old system's own reference of the level). Streamed;
    good rows are kept when others fail; the same file again changes nothing (a reference sent before
    with the same content is unchanged, with other content it is a `MIGRATION_REF_CONFLICT` row error).
    Each good row becomes a level in force of origin `migrated`, announced as `conclusion.in_force` like
    an assessed one. Row codes: `PERSON_NOT_FOUND`, `NOT_INSURED`, `LEVEL_FORMAT`, `LEVEL_NOT_IN_SCALE`,
    `DATE_FORMAT`, `DATE_RANGE`, `LEVEL_ENDED`, `LEVEL_OVERLAP`, `RULE_SET_UNKNOWN`,
    `DUPLICATE_IN_FILE`, `MIGRATION_REF_CONFLICT`, `REQUIRED`, `TOO_LONG`, `MALFORMED_LINE` (`GET
    …/{job_id}/errors`).

    Args:
        format_ (ImportLevelsFormatType0 | None | Unset): default: from the Content-Type
        body (File):
        body (File):
        body (ImportLevelsFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportLevelsResponse400 | ImportLevelsResponse401 | ImportLevelsResponse403 | ImportLevelsResponse409 | ImportLevelsResponse413 | ImportLevelsResponse415 | ImportLevelsResponse422 | ImportLevelsResponse429 | ImportLevelsResponse500 | ImportLevelsResponse502 | ImportLevelsResponse503 | ImportLevelsResponse504 | LevelImport
    """

    return sync_detailed(
        client=client,
        body=body,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: File | ImportLevelsFilesBody | Unset = UNSET,
    format_: ImportLevelsFormatType0 | None | Unset = UNSET,
) -> Response[
    ImportLevelsResponse400
    | ImportLevelsResponse401
    | ImportLevelsResponse403
    | ImportLevelsResponse409
    | ImportLevelsResponse413
    | ImportLevelsResponse415
    | ImportLevelsResponse422
    | ImportLevelsResponse429
    | ImportLevelsResponse500
    | ImportLevelsResponse502
    | ImportLevelsResponse503
    | ImportLevelsResponse504
    | LevelImport
]:
    """Import disability levels in force from the old system (CSV or JSON lines; bureau)

     Columns / keys: person (the platform's person id or the ID number), level (0–5), valid_from,
    valid_to (YYYY-MM-DD), rule_set_version (the scale version it was assessed under),
    care_institution_id (optional), reference (the old system's own reference of the level). Streamed;
    good rows are kept when others fail; the same file again changes nothing (a reference sent before
    with the same content is unchanged, with other content it is a `MIGRATION_REF_CONFLICT` row error).
    Each good row becomes a level in force of origin `migrated`, announced as `conclusion.in_force` like
    an assessed one. Row codes: `PERSON_NOT_FOUND`, `NOT_INSURED`, `LEVEL_FORMAT`, `LEVEL_NOT_IN_SCALE`,
    `DATE_FORMAT`, `DATE_RANGE`, `LEVEL_ENDED`, `LEVEL_OVERLAP`, `RULE_SET_UNKNOWN`,
    `DUPLICATE_IN_FILE`, `MIGRATION_REF_CONFLICT`, `REQUIRED`, `TOO_LONG`, `MALFORMED_LINE` (`GET
    …/{job_id}/errors`).

    Args:
        format_ (ImportLevelsFormatType0 | None | Unset): default: from the Content-Type
        body (File):
        body (File):
        body (ImportLevelsFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportLevelsResponse400 | ImportLevelsResponse401 | ImportLevelsResponse403 | ImportLevelsResponse409 | ImportLevelsResponse413 | ImportLevelsResponse415 | ImportLevelsResponse422 | ImportLevelsResponse429 | ImportLevelsResponse500 | ImportLevelsResponse502 | ImportLevelsResponse503 | ImportLevelsResponse504 | LevelImport]
    """

    kwargs = _get_kwargs(
        body=body,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: File | ImportLevelsFilesBody | Unset = UNSET,
    format_: ImportLevelsFormatType0 | None | Unset = UNSET,
) -> (
    ImportLevelsResponse400
    | ImportLevelsResponse401
    | ImportLevelsResponse403
    | ImportLevelsResponse409
    | ImportLevelsResponse413
    | ImportLevelsResponse415
    | ImportLevelsResponse422
    | ImportLevelsResponse429
    | ImportLevelsResponse500
    | ImportLevelsResponse502
    | ImportLevelsResponse503
    | ImportLevelsResponse504
    | LevelImport
    | None
):
    """Import disability levels in force from the old system (CSV or JSON lines; bureau)

     Columns / keys: person (the platform's person id or the ID number), level (0–5), valid_from,
    valid_to (YYYY-MM-DD), rule_set_version (the scale version it was assessed under),
    care_institution_id (optional), reference (the old system's own reference of the level). Streamed;
    good rows are kept when others fail; the same file again changes nothing (a reference sent before
    with the same content is unchanged, with other content it is a `MIGRATION_REF_CONFLICT` row error).
    Each good row becomes a level in force of origin `migrated`, announced as `conclusion.in_force` like
    an assessed one. Row codes: `PERSON_NOT_FOUND`, `NOT_INSURED`, `LEVEL_FORMAT`, `LEVEL_NOT_IN_SCALE`,
    `DATE_FORMAT`, `DATE_RANGE`, `LEVEL_ENDED`, `LEVEL_OVERLAP`, `RULE_SET_UNKNOWN`,
    `DUPLICATE_IN_FILE`, `MIGRATION_REF_CONFLICT`, `REQUIRED`, `TOO_LONG`, `MALFORMED_LINE` (`GET
    …/{job_id}/errors`).

    Args:
        format_ (ImportLevelsFormatType0 | None | Unset): default: from the Content-Type
        body (File):
        body (File):
        body (ImportLevelsFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportLevelsResponse400 | ImportLevelsResponse401 | ImportLevelsResponse403 | ImportLevelsResponse409 | ImportLevelsResponse413 | ImportLevelsResponse415 | ImportLevelsResponse422 | ImportLevelsResponse429 | ImportLevelsResponse500 | ImportLevelsResponse502 | ImportLevelsResponse503 | ImportLevelsResponse504 | LevelImport
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            format_=format_,
        )
    ).parsed
