from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.import_results_files_body import ImportResultsFilesBody
from ...models.import_results_format_type_0 import ImportResultsFormatType0
from ...models.import_results_response_400 import ImportResultsResponse400
from ...models.import_results_response_401 import ImportResultsResponse401
from ...models.import_results_response_403 import ImportResultsResponse403
from ...models.import_results_response_404 import ImportResultsResponse404
from ...models.import_results_response_409 import ImportResultsResponse409
from ...models.import_results_response_413 import ImportResultsResponse413
from ...models.import_results_response_415 import ImportResultsResponse415
from ...models.import_results_response_422 import ImportResultsResponse422
from ...models.import_results_response_429 import ImportResultsResponse429
from ...models.import_results_response_500 import ImportResultsResponse500
from ...models.import_results_response_502 import ImportResultsResponse502
from ...models.import_results_response_503 import ImportResultsResponse503
from ...models.import_results_response_504 import ImportResultsResponse504
from ...models.result_import import ResultImport
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    body: File | ImportResultsFilesBody | Unset = UNSET,
    session_id: UUID,
    format_: ImportResultsFormatType0 | None | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_session_id = str(session_id)
    params["session_id"] = json_session_id

    json_format_: None | str | Unset
    if isinstance(format_, Unset):
        json_format_ = UNSET
    elif isinstance(format_, ImportResultsFormatType0):
        json_format_ = format_.value
    else:
        json_format_ = format_
    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/training-result-imports",
        "params": params,
    }

    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "text/csv"
    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "application/x-ndjson"
    if isinstance(body, ImportResultsFilesBody):
        _kwargs["files"] = body.to_multipart()

        headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ImportResultsResponse400
    | ImportResultsResponse401
    | ImportResultsResponse403
    | ImportResultsResponse404
    | ImportResultsResponse409
    | ImportResultsResponse413
    | ImportResultsResponse415
    | ImportResultsResponse422
    | ImportResultsResponse429
    | ImportResultsResponse500
    | ImportResultsResponse502
    | ImportResultsResponse503
    | ImportResultsResponse504
    | ResultImport
    | None
):
    if response.status_code == 201:
        response_201 = ResultImport.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ImportResultsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ImportResultsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ImportResultsResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ImportResultsResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ImportResultsResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ImportResultsResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = ImportResultsResponse415.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = ImportResultsResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ImportResultsResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ImportResultsResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ImportResultsResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ImportResultsResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ImportResultsResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ImportResultsResponse400
    | ImportResultsResponse401
    | ImportResultsResponse403
    | ImportResultsResponse404
    | ImportResultsResponse409
    | ImportResultsResponse413
    | ImportResultsResponse415
    | ImportResultsResponse422
    | ImportResultsResponse429
    | ImportResultsResponse500
    | ImportResultsResponse502
    | ImportResultsResponse503
    | ImportResultsResponse504
    | ResultImport
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
    body: File | ImportResultsFilesBody | Unset = UNSET,
    session_id: UUID,
    format_: ImportResultsFormatType0 | None | Unset = UNSET,
) -> Response[
    ImportResultsResponse400
    | ImportResultsResponse401
    | ImportResultsResponse403
    | ImportResultsResponse404
    | ImportResultsResponse409
    | ImportResultsResponse413
    | ImportResultsResponse415
    | ImportResultsResponse422
    | ImportResultsResponse429
    | ImportResultsResponse500
    | ImportResultsResponse502
    | ImportResultsResponse503
    | ImportResultsResponse504
    | ResultImport
]:
    """Import an exam session's results (CSV or JSON lines; `?session_id=`)

     Columns / keys: id_number (the candidate's resident ID number), name, score (a whole number 0–100),
    passed (true or false). Good rows are kept when others fail; the same file again changes nothing (a
    result recorded before with the same content is unchanged, with other content a `RESULT_RECORDED`
    row error). Row codes: `MALFORMED_LINE`, `REQUIRED`, `ID_NUMBER_LENGTH`, `ID_NUMBER_FORMAT`,
    `ID_NUMBER_CHECKSUM`, `ID_NUMBER_BIRTH_DATE`, `DUPLICATE_IN_FILE`, `RESULT_RECORDED`, `TOO_LONG`,
    `SCORE_FORMAT`, `PASSED_FORMAT` (`GET /training-result-imports/{job_id}/errors`, JSON or `Accept:
    text/csv`).

    Args:
        session_id (UUID): the exam session the results are of
        format_ (ImportResultsFormatType0 | None | Unset): default: from the Content-Type
        body (File):
        body (File):
        body (ImportResultsFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportResultsResponse400 | ImportResultsResponse401 | ImportResultsResponse403 | ImportResultsResponse404 | ImportResultsResponse409 | ImportResultsResponse413 | ImportResultsResponse415 | ImportResultsResponse422 | ImportResultsResponse429 | ImportResultsResponse500 | ImportResultsResponse502 | ImportResultsResponse503 | ImportResultsResponse504 | ResultImport]
    """

    kwargs = _get_kwargs(
        body=body,
        session_id=session_id,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: File | ImportResultsFilesBody | Unset = UNSET,
    session_id: UUID,
    format_: ImportResultsFormatType0 | None | Unset = UNSET,
) -> (
    ImportResultsResponse400
    | ImportResultsResponse401
    | ImportResultsResponse403
    | ImportResultsResponse404
    | ImportResultsResponse409
    | ImportResultsResponse413
    | ImportResultsResponse415
    | ImportResultsResponse422
    | ImportResultsResponse429
    | ImportResultsResponse500
    | ImportResultsResponse502
    | ImportResultsResponse503
    | ImportResultsResponse504
    | ResultImport
    | None
):
    """Import an exam session's results (CSV or JSON lines; `?session_id=`)

     Columns / keys: id_number (the candidate's resident ID number), name, score (a whole number 0–100),
    passed (true or false). Good rows are kept when others fail; the same file again changes nothing (a
    result recorded before with the same content is unchanged, with other content a `RESULT_RECORDED`
    row error). Row codes: `MALFORMED_LINE`, `REQUIRED`, `ID_NUMBER_LENGTH`, `ID_NUMBER_FORMAT`,
    `ID_NUMBER_CHECKSUM`, `ID_NUMBER_BIRTH_DATE`, `DUPLICATE_IN_FILE`, `RESULT_RECORDED`, `TOO_LONG`,
    `SCORE_FORMAT`, `PASSED_FORMAT` (`GET /training-result-imports/{job_id}/errors`, JSON or `Accept:
    text/csv`).

    Args:
        session_id (UUID): the exam session the results are of
        format_ (ImportResultsFormatType0 | None | Unset): default: from the Content-Type
        body (File):
        body (File):
        body (ImportResultsFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportResultsResponse400 | ImportResultsResponse401 | ImportResultsResponse403 | ImportResultsResponse404 | ImportResultsResponse409 | ImportResultsResponse413 | ImportResultsResponse415 | ImportResultsResponse422 | ImportResultsResponse429 | ImportResultsResponse500 | ImportResultsResponse502 | ImportResultsResponse503 | ImportResultsResponse504 | ResultImport
    """

    return sync_detailed(
        client=client,
        body=body,
        session_id=session_id,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: File | ImportResultsFilesBody | Unset = UNSET,
    session_id: UUID,
    format_: ImportResultsFormatType0 | None | Unset = UNSET,
) -> Response[
    ImportResultsResponse400
    | ImportResultsResponse401
    | ImportResultsResponse403
    | ImportResultsResponse404
    | ImportResultsResponse409
    | ImportResultsResponse413
    | ImportResultsResponse415
    | ImportResultsResponse422
    | ImportResultsResponse429
    | ImportResultsResponse500
    | ImportResultsResponse502
    | ImportResultsResponse503
    | ImportResultsResponse504
    | ResultImport
]:
    """Import an exam session's results (CSV or JSON lines; `?session_id=`)

     Columns / keys: id_number (the candidate's resident ID number), name, score (a whole number 0–100),
    passed (true or false). Good rows are kept when others fail; the same file again changes nothing (a
    result recorded before with the same content is unchanged, with other content a `RESULT_RECORDED`
    row error). Row codes: `MALFORMED_LINE`, `REQUIRED`, `ID_NUMBER_LENGTH`, `ID_NUMBER_FORMAT`,
    `ID_NUMBER_CHECKSUM`, `ID_NUMBER_BIRTH_DATE`, `DUPLICATE_IN_FILE`, `RESULT_RECORDED`, `TOO_LONG`,
    `SCORE_FORMAT`, `PASSED_FORMAT` (`GET /training-result-imports/{job_id}/errors`, JSON or `Accept:
    text/csv`).

    Args:
        session_id (UUID): the exam session the results are of
        format_ (ImportResultsFormatType0 | None | Unset): default: from the Content-Type
        body (File):
        body (File):
        body (ImportResultsFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportResultsResponse400 | ImportResultsResponse401 | ImportResultsResponse403 | ImportResultsResponse404 | ImportResultsResponse409 | ImportResultsResponse413 | ImportResultsResponse415 | ImportResultsResponse422 | ImportResultsResponse429 | ImportResultsResponse500 | ImportResultsResponse502 | ImportResultsResponse503 | ImportResultsResponse504 | ResultImport]
    """

    kwargs = _get_kwargs(
        body=body,
        session_id=session_id,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: File | ImportResultsFilesBody | Unset = UNSET,
    session_id: UUID,
    format_: ImportResultsFormatType0 | None | Unset = UNSET,
) -> (
    ImportResultsResponse400
    | ImportResultsResponse401
    | ImportResultsResponse403
    | ImportResultsResponse404
    | ImportResultsResponse409
    | ImportResultsResponse413
    | ImportResultsResponse415
    | ImportResultsResponse422
    | ImportResultsResponse429
    | ImportResultsResponse500
    | ImportResultsResponse502
    | ImportResultsResponse503
    | ImportResultsResponse504
    | ResultImport
    | None
):
    """Import an exam session's results (CSV or JSON lines; `?session_id=`)

     Columns / keys: id_number (the candidate's resident ID number), name, score (a whole number 0–100),
    passed (true or false). Good rows are kept when others fail; the same file again changes nothing (a
    result recorded before with the same content is unchanged, with other content a `RESULT_RECORDED`
    row error). Row codes: `MALFORMED_LINE`, `REQUIRED`, `ID_NUMBER_LENGTH`, `ID_NUMBER_FORMAT`,
    `ID_NUMBER_CHECKSUM`, `ID_NUMBER_BIRTH_DATE`, `DUPLICATE_IN_FILE`, `RESULT_RECORDED`, `TOO_LONG`,
    `SCORE_FORMAT`, `PASSED_FORMAT` (`GET /training-result-imports/{job_id}/errors`, JSON or `Accept:
    text/csv`).

    Args:
        session_id (UUID): the exam session the results are of
        format_ (ImportResultsFormatType0 | None | Unset): default: from the Content-Type
        body (File):
        body (File):
        body (ImportResultsFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportResultsResponse400 | ImportResultsResponse401 | ImportResultsResponse403 | ImportResultsResponse404 | ImportResultsResponse409 | ImportResultsResponse413 | ImportResultsResponse415 | ImportResultsResponse422 | ImportResultsResponse429 | ImportResultsResponse500 | ImportResultsResponse502 | ImportResultsResponse503 | ImportResultsResponse504 | ResultImport
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            session_id=session_id,
            format_=format_,
        )
    ).parsed
