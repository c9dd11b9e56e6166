from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.import_job import ImportJob
from ...models.import_payments_files_body import ImportPaymentsFilesBody
from ...models.import_payments_format_type_0 import ImportPaymentsFormatType0
from ...models.import_payments_response_400 import ImportPaymentsResponse400
from ...models.import_payments_response_401 import ImportPaymentsResponse401
from ...models.import_payments_response_403 import ImportPaymentsResponse403
from ...models.import_payments_response_409 import ImportPaymentsResponse409
from ...models.import_payments_response_413 import ImportPaymentsResponse413
from ...models.import_payments_response_415 import ImportPaymentsResponse415
from ...models.import_payments_response_422 import ImportPaymentsResponse422
from ...models.import_payments_response_429 import ImportPaymentsResponse429
from ...models.import_payments_response_500 import ImportPaymentsResponse500
from ...models.import_payments_response_502 import ImportPaymentsResponse502
from ...models.import_payments_response_503 import ImportPaymentsResponse503
from ...models.import_payments_response_504 import ImportPaymentsResponse504
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    body: File | ImportPaymentsFilesBody | Unset = UNSET,
    format_: ImportPaymentsFormatType0 | None | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_format_: None | str | Unset
    if isinstance(format_, Unset):
        json_format_ = UNSET
    elif isinstance(format_, ImportPaymentsFormatType0):
        json_format_ = format_.value
    else:
        json_format_ = format_
    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/payment-imports",
        "params": params,
    }

    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "text/csv"
    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "application/x-ndjson"
    if isinstance(body, ImportPaymentsFilesBody):
        _kwargs["files"] = body.to_multipart()

        headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ImportJob
    | ImportPaymentsResponse400
    | ImportPaymentsResponse401
    | ImportPaymentsResponse403
    | ImportPaymentsResponse409
    | ImportPaymentsResponse413
    | ImportPaymentsResponse415
    | ImportPaymentsResponse422
    | ImportPaymentsResponse429
    | ImportPaymentsResponse500
    | ImportPaymentsResponse502
    | ImportPaymentsResponse503
    | ImportPaymentsResponse504
    | None
):
    if response.status_code == 201:
        response_201 = ImportJob.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ImportPaymentsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ImportPaymentsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ImportPaymentsResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = ImportPaymentsResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ImportPaymentsResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = ImportPaymentsResponse415.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = ImportPaymentsResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ImportPaymentsResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ImportPaymentsResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ImportPaymentsResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ImportPaymentsResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ImportPaymentsResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ImportJob
    | ImportPaymentsResponse400
    | ImportPaymentsResponse401
    | ImportPaymentsResponse403
    | ImportPaymentsResponse409
    | ImportPaymentsResponse413
    | ImportPaymentsResponse415
    | ImportPaymentsResponse422
    | ImportPaymentsResponse429
    | ImportPaymentsResponse500
    | ImportPaymentsResponse502
    | ImportPaymentsResponse503
    | ImportPaymentsResponse504
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
    body: File | ImportPaymentsFilesBody | Unset = UNSET,
    format_: ImportPaymentsFormatType0 | None | Unset = UNSET,
) -> Response[
    ImportJob
    | ImportPaymentsResponse400
    | ImportPaymentsResponse401
    | ImportPaymentsResponse403
    | ImportPaymentsResponse409
    | ImportPaymentsResponse413
    | ImportPaymentsResponse415
    | ImportPaymentsResponse422
    | ImportPaymentsResponse429
    | ImportPaymentsResponse500
    | ImportPaymentsResponse502
    | ImportPaymentsResponse503
    | ImportPaymentsResponse504
]:
    """Upload payments as CSV or JSON lines (the body, or a multipart form's `file`)

     Columns / keys: bill_id or id_number + year, payer (employer/individual), channel, amount_fen,
    paid_on, external_ref, payer_id_number (family_account). Streamed; good rows are kept when others
    fail; the same file again changes nothing. Errors per row: `GET …/{job_id}/errors`.

    Args:
        format_ (ImportPaymentsFormatType0 | None | Unset): default: from the Content-Type (of a
            form's file part: else its name)
        body (File):
        body (File):
        body (ImportPaymentsFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportJob | ImportPaymentsResponse400 | ImportPaymentsResponse401 | ImportPaymentsResponse403 | ImportPaymentsResponse409 | ImportPaymentsResponse413 | ImportPaymentsResponse415 | ImportPaymentsResponse422 | ImportPaymentsResponse429 | ImportPaymentsResponse500 | ImportPaymentsResponse502 | ImportPaymentsResponse503 | ImportPaymentsResponse504]
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
    body: File | ImportPaymentsFilesBody | Unset = UNSET,
    format_: ImportPaymentsFormatType0 | None | Unset = UNSET,
) -> (
    ImportJob
    | ImportPaymentsResponse400
    | ImportPaymentsResponse401
    | ImportPaymentsResponse403
    | ImportPaymentsResponse409
    | ImportPaymentsResponse413
    | ImportPaymentsResponse415
    | ImportPaymentsResponse422
    | ImportPaymentsResponse429
    | ImportPaymentsResponse500
    | ImportPaymentsResponse502
    | ImportPaymentsResponse503
    | ImportPaymentsResponse504
    | None
):
    """Upload payments as CSV or JSON lines (the body, or a multipart form's `file`)

     Columns / keys: bill_id or id_number + year, payer (employer/individual), channel, amount_fen,
    paid_on, external_ref, payer_id_number (family_account). Streamed; good rows are kept when others
    fail; the same file again changes nothing. Errors per row: `GET …/{job_id}/errors`.

    Args:
        format_ (ImportPaymentsFormatType0 | None | Unset): default: from the Content-Type (of a
            form's file part: else its name)
        body (File):
        body (File):
        body (ImportPaymentsFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportJob | ImportPaymentsResponse400 | ImportPaymentsResponse401 | ImportPaymentsResponse403 | ImportPaymentsResponse409 | ImportPaymentsResponse413 | ImportPaymentsResponse415 | ImportPaymentsResponse422 | ImportPaymentsResponse429 | ImportPaymentsResponse500 | ImportPaymentsResponse502 | ImportPaymentsResponse503 | ImportPaymentsResponse504
    """

    return sync_detailed(
        client=client,
        body=body,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: File | ImportPaymentsFilesBody | Unset = UNSET,
    format_: ImportPaymentsFormatType0 | None | Unset = UNSET,
) -> Response[
    ImportJob
    | ImportPaymentsResponse400
    | ImportPaymentsResponse401
    | ImportPaymentsResponse403
    | ImportPaymentsResponse409
    | ImportPaymentsResponse413
    | ImportPaymentsResponse415
    | ImportPaymentsResponse422
    | ImportPaymentsResponse429
    | ImportPaymentsResponse500
    | ImportPaymentsResponse502
    | ImportPaymentsResponse503
    | ImportPaymentsResponse504
]:
    """Upload payments as CSV or JSON lines (the body, or a multipart form's `file`)

     Columns / keys: bill_id or id_number + year, payer (employer/individual), channel, amount_fen,
    paid_on, external_ref, payer_id_number (family_account). Streamed; good rows are kept when others
    fail; the same file again changes nothing. Errors per row: `GET …/{job_id}/errors`.

    Args:
        format_ (ImportPaymentsFormatType0 | None | Unset): default: from the Content-Type (of a
            form's file part: else its name)
        body (File):
        body (File):
        body (ImportPaymentsFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportJob | ImportPaymentsResponse400 | ImportPaymentsResponse401 | ImportPaymentsResponse403 | ImportPaymentsResponse409 | ImportPaymentsResponse413 | ImportPaymentsResponse415 | ImportPaymentsResponse422 | ImportPaymentsResponse429 | ImportPaymentsResponse500 | ImportPaymentsResponse502 | ImportPaymentsResponse503 | ImportPaymentsResponse504]
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
    body: File | ImportPaymentsFilesBody | Unset = UNSET,
    format_: ImportPaymentsFormatType0 | None | Unset = UNSET,
) -> (
    ImportJob
    | ImportPaymentsResponse400
    | ImportPaymentsResponse401
    | ImportPaymentsResponse403
    | ImportPaymentsResponse409
    | ImportPaymentsResponse413
    | ImportPaymentsResponse415
    | ImportPaymentsResponse422
    | ImportPaymentsResponse429
    | ImportPaymentsResponse500
    | ImportPaymentsResponse502
    | ImportPaymentsResponse503
    | ImportPaymentsResponse504
    | None
):
    """Upload payments as CSV or JSON lines (the body, or a multipart form's `file`)

     Columns / keys: bill_id or id_number + year, payer (employer/individual), channel, amount_fen,
    paid_on, external_ref, payer_id_number (family_account). Streamed; good rows are kept when others
    fail; the same file again changes nothing. Errors per row: `GET …/{job_id}/errors`.

    Args:
        format_ (ImportPaymentsFormatType0 | None | Unset): default: from the Content-Type (of a
            form's file part: else its name)
        body (File):
        body (File):
        body (ImportPaymentsFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportJob | ImportPaymentsResponse400 | ImportPaymentsResponse401 | ImportPaymentsResponse403 | ImportPaymentsResponse409 | ImportPaymentsResponse413 | ImportPaymentsResponse415 | ImportPaymentsResponse422 | ImportPaymentsResponse429 | ImportPaymentsResponse500 | ImportPaymentsResponse502 | ImportPaymentsResponse503 | ImportPaymentsResponse504
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            format_=format_,
        )
    ).parsed
