from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.import_service_records_files_body import ImportServiceRecordsFilesBody
from ...models.import_service_records_response_400 import ImportServiceRecordsResponse400
from ...models.import_service_records_response_401 import ImportServiceRecordsResponse401
from ...models.import_service_records_response_403 import ImportServiceRecordsResponse403
from ...models.import_service_records_response_404 import ImportServiceRecordsResponse404
from ...models.import_service_records_response_409 import ImportServiceRecordsResponse409
from ...models.import_service_records_response_413 import ImportServiceRecordsResponse413
from ...models.import_service_records_response_415 import ImportServiceRecordsResponse415
from ...models.import_service_records_response_422 import ImportServiceRecordsResponse422
from ...models.import_service_records_response_429 import ImportServiceRecordsResponse429
from ...models.import_service_records_response_500 import ImportServiceRecordsResponse500
from ...models.import_service_records_response_502 import ImportServiceRecordsResponse502
from ...models.import_service_records_response_503 import ImportServiceRecordsResponse503
from ...models.import_service_records_response_504 import ImportServiceRecordsResponse504
from ...models.settlement_import_job import SettlementImportJob
from ...types import UNSET, File, Response


def _get_kwargs(
    *,
    body: File | ImportServiceRecordsFilesBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/service-record-imports",
    }

    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "text/csv"
    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "application/x-ndjson"
    if isinstance(body, ImportServiceRecordsFilesBody):
        _kwargs["files"] = body.to_multipart()

        headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ImportServiceRecordsResponse400
    | ImportServiceRecordsResponse401
    | ImportServiceRecordsResponse403
    | ImportServiceRecordsResponse404
    | ImportServiceRecordsResponse409
    | ImportServiceRecordsResponse413
    | ImportServiceRecordsResponse415
    | ImportServiceRecordsResponse422
    | ImportServiceRecordsResponse429
    | ImportServiceRecordsResponse500
    | ImportServiceRecordsResponse502
    | ImportServiceRecordsResponse503
    | ImportServiceRecordsResponse504
    | SettlementImportJob
    | None
):
    if response.status_code == 201:
        response_201 = SettlementImportJob.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ImportServiceRecordsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ImportServiceRecordsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ImportServiceRecordsResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ImportServiceRecordsResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ImportServiceRecordsResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ImportServiceRecordsResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = ImportServiceRecordsResponse415.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = ImportServiceRecordsResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ImportServiceRecordsResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ImportServiceRecordsResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ImportServiceRecordsResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ImportServiceRecordsResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ImportServiceRecordsResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ImportServiceRecordsResponse400
    | ImportServiceRecordsResponse401
    | ImportServiceRecordsResponse403
    | ImportServiceRecordsResponse404
    | ImportServiceRecordsResponse409
    | ImportServiceRecordsResponse413
    | ImportServiceRecordsResponse415
    | ImportServiceRecordsResponse422
    | ImportServiceRecordsResponse429
    | ImportServiceRecordsResponse500
    | ImportServiceRecordsResponse502
    | ImportServiceRecordsResponse503
    | ImportServiceRecordsResponse504
    | SettlementImportJob
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
    body: File | ImportServiceRecordsFilesBody | Unset = UNSET,
) -> Response[
    ImportServiceRecordsResponse400
    | ImportServiceRecordsResponse401
    | ImportServiceRecordsResponse403
    | ImportServiceRecordsResponse404
    | ImportServiceRecordsResponse409
    | ImportServiceRecordsResponse413
    | ImportServiceRecordsResponse415
    | ImportServiceRecordsResponse422
    | ImportServiceRecordsResponse429
    | ImportServiceRecordsResponse500
    | ImportServiceRecordsResponse502
    | ImportServiceRecordsResponse503
    | ImportServiceRecordsResponse504
    | SettlementImportJob
]:
    """A month of records as a file: CSV with a header, or JSON lines; streamed, never held whole

     Each row is a `ServiceRecordIn` (CSV: `items` as codes separated by `|`), checked on its own. 201
    when at least one row was stored or had been received before; 422 `RECORDS_REFUSED` when every row
    was refused (`errors[].field` = `rows.<row number>.<field>`, the job in `job`).

    Args:
        body (File):
        body (File):
        body (ImportServiceRecordsFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportServiceRecordsResponse400 | ImportServiceRecordsResponse401 | ImportServiceRecordsResponse403 | ImportServiceRecordsResponse404 | ImportServiceRecordsResponse409 | ImportServiceRecordsResponse413 | ImportServiceRecordsResponse415 | ImportServiceRecordsResponse422 | ImportServiceRecordsResponse429 | ImportServiceRecordsResponse500 | ImportServiceRecordsResponse502 | ImportServiceRecordsResponse503 | ImportServiceRecordsResponse504 | SettlementImportJob]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: File | ImportServiceRecordsFilesBody | Unset = UNSET,
) -> (
    ImportServiceRecordsResponse400
    | ImportServiceRecordsResponse401
    | ImportServiceRecordsResponse403
    | ImportServiceRecordsResponse404
    | ImportServiceRecordsResponse409
    | ImportServiceRecordsResponse413
    | ImportServiceRecordsResponse415
    | ImportServiceRecordsResponse422
    | ImportServiceRecordsResponse429
    | ImportServiceRecordsResponse500
    | ImportServiceRecordsResponse502
    | ImportServiceRecordsResponse503
    | ImportServiceRecordsResponse504
    | SettlementImportJob
    | None
):
    """A month of records as a file: CSV with a header, or JSON lines; streamed, never held whole

     Each row is a `ServiceRecordIn` (CSV: `items` as codes separated by `|`), checked on its own. 201
    when at least one row was stored or had been received before; 422 `RECORDS_REFUSED` when every row
    was refused (`errors[].field` = `rows.<row number>.<field>`, the job in `job`).

    Args:
        body (File):
        body (File):
        body (ImportServiceRecordsFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportServiceRecordsResponse400 | ImportServiceRecordsResponse401 | ImportServiceRecordsResponse403 | ImportServiceRecordsResponse404 | ImportServiceRecordsResponse409 | ImportServiceRecordsResponse413 | ImportServiceRecordsResponse415 | ImportServiceRecordsResponse422 | ImportServiceRecordsResponse429 | ImportServiceRecordsResponse500 | ImportServiceRecordsResponse502 | ImportServiceRecordsResponse503 | ImportServiceRecordsResponse504 | SettlementImportJob
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: File | ImportServiceRecordsFilesBody | Unset = UNSET,
) -> Response[
    ImportServiceRecordsResponse400
    | ImportServiceRecordsResponse401
    | ImportServiceRecordsResponse403
    | ImportServiceRecordsResponse404
    | ImportServiceRecordsResponse409
    | ImportServiceRecordsResponse413
    | ImportServiceRecordsResponse415
    | ImportServiceRecordsResponse422
    | ImportServiceRecordsResponse429
    | ImportServiceRecordsResponse500
    | ImportServiceRecordsResponse502
    | ImportServiceRecordsResponse503
    | ImportServiceRecordsResponse504
    | SettlementImportJob
]:
    """A month of records as a file: CSV with a header, or JSON lines; streamed, never held whole

     Each row is a `ServiceRecordIn` (CSV: `items` as codes separated by `|`), checked on its own. 201
    when at least one row was stored or had been received before; 422 `RECORDS_REFUSED` when every row
    was refused (`errors[].field` = `rows.<row number>.<field>`, the job in `job`).

    Args:
        body (File):
        body (File):
        body (ImportServiceRecordsFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportServiceRecordsResponse400 | ImportServiceRecordsResponse401 | ImportServiceRecordsResponse403 | ImportServiceRecordsResponse404 | ImportServiceRecordsResponse409 | ImportServiceRecordsResponse413 | ImportServiceRecordsResponse415 | ImportServiceRecordsResponse422 | ImportServiceRecordsResponse429 | ImportServiceRecordsResponse500 | ImportServiceRecordsResponse502 | ImportServiceRecordsResponse503 | ImportServiceRecordsResponse504 | SettlementImportJob]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: File | ImportServiceRecordsFilesBody | Unset = UNSET,
) -> (
    ImportServiceRecordsResponse400
    | ImportServiceRecordsResponse401
    | ImportServiceRecordsResponse403
    | ImportServiceRecordsResponse404
    | ImportServiceRecordsResponse409
    | ImportServiceRecordsResponse413
    | ImportServiceRecordsResponse415
    | ImportServiceRecordsResponse422
    | ImportServiceRecordsResponse429
    | ImportServiceRecordsResponse500
    | ImportServiceRecordsResponse502
    | ImportServiceRecordsResponse503
    | ImportServiceRecordsResponse504
    | SettlementImportJob
    | None
):
    """A month of records as a file: CSV with a header, or JSON lines; streamed, never held whole

     Each row is a `ServiceRecordIn` (CSV: `items` as codes separated by `|`), checked on its own. 201
    when at least one row was stored or had been received before; 422 `RECORDS_REFUSED` when every row
    was refused (`errors[].field` = `rows.<row number>.<field>`, the job in `job`).

    Args:
        body (File):
        body (File):
        body (ImportServiceRecordsFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportServiceRecordsResponse400 | ImportServiceRecordsResponse401 | ImportServiceRecordsResponse403 | ImportServiceRecordsResponse404 | ImportServiceRecordsResponse409 | ImportServiceRecordsResponse413 | ImportServiceRecordsResponse415 | ImportServiceRecordsResponse422 | ImportServiceRecordsResponse429 | ImportServiceRecordsResponse500 | ImportServiceRecordsResponse502 | ImportServiceRecordsResponse503 | ImportServiceRecordsResponse504 | SettlementImportJob
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
