from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.import_opening_balances_files_body import ImportOpeningBalancesFilesBody
from ...models.import_opening_balances_format_type_0 import ImportOpeningBalancesFormatType0
from ...models.import_opening_balances_response_400 import ImportOpeningBalancesResponse400
from ...models.import_opening_balances_response_401 import ImportOpeningBalancesResponse401
from ...models.import_opening_balances_response_403 import ImportOpeningBalancesResponse403
from ...models.import_opening_balances_response_409 import ImportOpeningBalancesResponse409
from ...models.import_opening_balances_response_413 import ImportOpeningBalancesResponse413
from ...models.import_opening_balances_response_415 import ImportOpeningBalancesResponse415
from ...models.import_opening_balances_response_422 import ImportOpeningBalancesResponse422
from ...models.import_opening_balances_response_429 import ImportOpeningBalancesResponse429
from ...models.import_opening_balances_response_500 import ImportOpeningBalancesResponse500
from ...models.import_opening_balances_response_502 import ImportOpeningBalancesResponse502
from ...models.import_opening_balances_response_503 import ImportOpeningBalancesResponse503
from ...models.import_opening_balances_response_504 import ImportOpeningBalancesResponse504
from ...models.opening_balance_import import OpeningBalanceImport
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    body: File | ImportOpeningBalancesFilesBody | Unset = UNSET,
    format_: ImportOpeningBalancesFormatType0 | None | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_format_: None | str | Unset
    if isinstance(format_, Unset):
        json_format_ = UNSET
    elif isinstance(format_, ImportOpeningBalancesFormatType0):
        json_format_ = format_.value
    else:
        json_format_ = format_
    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/opening-balance-imports",
        "params": params,
    }

    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "text/csv"
    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "application/x-ndjson"
    if isinstance(body, ImportOpeningBalancesFilesBody):
        _kwargs["files"] = body.to_multipart()

        headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ImportOpeningBalancesResponse400
    | ImportOpeningBalancesResponse401
    | ImportOpeningBalancesResponse403
    | ImportOpeningBalancesResponse409
    | ImportOpeningBalancesResponse413
    | ImportOpeningBalancesResponse415
    | ImportOpeningBalancesResponse422
    | ImportOpeningBalancesResponse429
    | ImportOpeningBalancesResponse500
    | ImportOpeningBalancesResponse502
    | ImportOpeningBalancesResponse503
    | ImportOpeningBalancesResponse504
    | OpeningBalanceImport
    | None
):
    if response.status_code == 201:
        response_201 = OpeningBalanceImport.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ImportOpeningBalancesResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ImportOpeningBalancesResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ImportOpeningBalancesResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = ImportOpeningBalancesResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ImportOpeningBalancesResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = ImportOpeningBalancesResponse415.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = ImportOpeningBalancesResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ImportOpeningBalancesResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ImportOpeningBalancesResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ImportOpeningBalancesResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ImportOpeningBalancesResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ImportOpeningBalancesResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ImportOpeningBalancesResponse400
    | ImportOpeningBalancesResponse401
    | ImportOpeningBalancesResponse403
    | ImportOpeningBalancesResponse409
    | ImportOpeningBalancesResponse413
    | ImportOpeningBalancesResponse415
    | ImportOpeningBalancesResponse422
    | ImportOpeningBalancesResponse429
    | ImportOpeningBalancesResponse500
    | ImportOpeningBalancesResponse502
    | ImportOpeningBalancesResponse503
    | ImportOpeningBalancesResponse504
    | OpeningBalanceImport
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
    body: File | ImportOpeningBalancesFilesBody | Unset = UNSET,
    format_: ImportOpeningBalancesFormatType0 | None | Unset = UNSET,
) -> Response[
    ImportOpeningBalancesResponse400
    | ImportOpeningBalancesResponse401
    | ImportOpeningBalancesResponse403
    | ImportOpeningBalancesResponse409
    | ImportOpeningBalancesResponse413
    | ImportOpeningBalancesResponse415
    | ImportOpeningBalancesResponse422
    | ImportOpeningBalancesResponse429
    | ImportOpeningBalancesResponse500
    | ImportOpeningBalancesResponse502
    | ImportOpeningBalancesResponse503
    | ImportOpeningBalancesResponse504
    | OpeningBalanceImport
]:
    """Import the old system's opening fund balances into the ledger (CSV or JSON lines; bureau)

     Columns / keys: county_code (an accounting unit), account (a balance-sheet account of the chart:
    cash, finance_receivable, payable_institutions, deposits_held, accumulated_surplus), balance_fen
    (whole fen, in the account's own direction: an asset's debit balance, a liability's or equity's
    credit balance, positive; not 0), as_of (YYYY-MM-DD: the balance at the end of the old system's
    books, posted on that day), reference (the old system's own reference of the balance). Each good row
    is one balanced ledger transaction (kind `opening_balance`) against the equity account
    `opening_balances`; the fund views then start from it. Streamed; good rows are kept when others
    fail; the same file again changes nothing (a reference posted before with the same content is
    unchanged, with other content an `OPENING_BALANCE_REF_CONFLICT` row error). Row codes: `REQUIRED`,
    `COUNTY_UNKNOWN`, `ACCOUNT_UNKNOWN`, `ACCOUNT_NOT_ALLOWED`, `AMOUNT_FORMAT`, `DATE_FORMAT`,
    `DATE_IN_FUTURE`, `TOO_LONG`, `DUPLICATE_IN_FILE`, `OPENING_BALANCE_REF_CONFLICT`, `PERIOD_CLOSED`,
    `MALFORMED_LINE` (`GET …/{job_id}/errors`).

    Args:
        format_ (ImportOpeningBalancesFormatType0 | None | Unset): default: from the Content-Type
        body (File):
        body (File):
        body (ImportOpeningBalancesFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportOpeningBalancesResponse400 | ImportOpeningBalancesResponse401 | ImportOpeningBalancesResponse403 | ImportOpeningBalancesResponse409 | ImportOpeningBalancesResponse413 | ImportOpeningBalancesResponse415 | ImportOpeningBalancesResponse422 | ImportOpeningBalancesResponse429 | ImportOpeningBalancesResponse500 | ImportOpeningBalancesResponse502 | ImportOpeningBalancesResponse503 | ImportOpeningBalancesResponse504 | OpeningBalanceImport]
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
    body: File | ImportOpeningBalancesFilesBody | Unset = UNSET,
    format_: ImportOpeningBalancesFormatType0 | None | Unset = UNSET,
) -> (
    ImportOpeningBalancesResponse400
    | ImportOpeningBalancesResponse401
    | ImportOpeningBalancesResponse403
    | ImportOpeningBalancesResponse409
    | ImportOpeningBalancesResponse413
    | ImportOpeningBalancesResponse415
    | ImportOpeningBalancesResponse422
    | ImportOpeningBalancesResponse429
    | ImportOpeningBalancesResponse500
    | ImportOpeningBalancesResponse502
    | ImportOpeningBalancesResponse503
    | ImportOpeningBalancesResponse504
    | OpeningBalanceImport
    | None
):
    """Import the old system's opening fund balances into the ledger (CSV or JSON lines; bureau)

     Columns / keys: county_code (an accounting unit), account (a balance-sheet account of the chart:
    cash, finance_receivable, payable_institutions, deposits_held, accumulated_surplus), balance_fen
    (whole fen, in the account's own direction: an asset's debit balance, a liability's or equity's
    credit balance, positive; not 0), as_of (YYYY-MM-DD: the balance at the end of the old system's
    books, posted on that day), reference (the old system's own reference of the balance). Each good row
    is one balanced ledger transaction (kind `opening_balance`) against the equity account
    `opening_balances`; the fund views then start from it. Streamed; good rows are kept when others
    fail; the same file again changes nothing (a reference posted before with the same content is
    unchanged, with other content an `OPENING_BALANCE_REF_CONFLICT` row error). Row codes: `REQUIRED`,
    `COUNTY_UNKNOWN`, `ACCOUNT_UNKNOWN`, `ACCOUNT_NOT_ALLOWED`, `AMOUNT_FORMAT`, `DATE_FORMAT`,
    `DATE_IN_FUTURE`, `TOO_LONG`, `DUPLICATE_IN_FILE`, `OPENING_BALANCE_REF_CONFLICT`, `PERIOD_CLOSED`,
    `MALFORMED_LINE` (`GET …/{job_id}/errors`).

    Args:
        format_ (ImportOpeningBalancesFormatType0 | None | Unset): default: from the Content-Type
        body (File):
        body (File):
        body (ImportOpeningBalancesFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportOpeningBalancesResponse400 | ImportOpeningBalancesResponse401 | ImportOpeningBalancesResponse403 | ImportOpeningBalancesResponse409 | ImportOpeningBalancesResponse413 | ImportOpeningBalancesResponse415 | ImportOpeningBalancesResponse422 | ImportOpeningBalancesResponse429 | ImportOpeningBalancesResponse500 | ImportOpeningBalancesResponse502 | ImportOpeningBalancesResponse503 | ImportOpeningBalancesResponse504 | OpeningBalanceImport
    """

    return sync_detailed(
        client=client,
        body=body,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: File | ImportOpeningBalancesFilesBody | Unset = UNSET,
    format_: ImportOpeningBalancesFormatType0 | None | Unset = UNSET,
) -> Response[
    ImportOpeningBalancesResponse400
    | ImportOpeningBalancesResponse401
    | ImportOpeningBalancesResponse403
    | ImportOpeningBalancesResponse409
    | ImportOpeningBalancesResponse413
    | ImportOpeningBalancesResponse415
    | ImportOpeningBalancesResponse422
    | ImportOpeningBalancesResponse429
    | ImportOpeningBalancesResponse500
    | ImportOpeningBalancesResponse502
    | ImportOpeningBalancesResponse503
    | ImportOpeningBalancesResponse504
    | OpeningBalanceImport
]:
    """Import the old system's opening fund balances into the ledger (CSV or JSON lines; bureau)

     Columns / keys: county_code (an accounting unit), account (a balance-sheet account of the chart:
    cash, finance_receivable, payable_institutions, deposits_held, accumulated_surplus), balance_fen
    (whole fen, in the account's own direction: an asset's debit balance, a liability's or equity's
    credit balance, positive; not 0), as_of (YYYY-MM-DD: the balance at the end of the old system's
    books, posted on that day), reference (the old system's own reference of the balance). Each good row
    is one balanced ledger transaction (kind `opening_balance`) against the equity account
    `opening_balances`; the fund views then start from it. Streamed; good rows are kept when others
    fail; the same file again changes nothing (a reference posted before with the same content is
    unchanged, with other content an `OPENING_BALANCE_REF_CONFLICT` row error). Row codes: `REQUIRED`,
    `COUNTY_UNKNOWN`, `ACCOUNT_UNKNOWN`, `ACCOUNT_NOT_ALLOWED`, `AMOUNT_FORMAT`, `DATE_FORMAT`,
    `DATE_IN_FUTURE`, `TOO_LONG`, `DUPLICATE_IN_FILE`, `OPENING_BALANCE_REF_CONFLICT`, `PERIOD_CLOSED`,
    `MALFORMED_LINE` (`GET …/{job_id}/errors`).

    Args:
        format_ (ImportOpeningBalancesFormatType0 | None | Unset): default: from the Content-Type
        body (File):
        body (File):
        body (ImportOpeningBalancesFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportOpeningBalancesResponse400 | ImportOpeningBalancesResponse401 | ImportOpeningBalancesResponse403 | ImportOpeningBalancesResponse409 | ImportOpeningBalancesResponse413 | ImportOpeningBalancesResponse415 | ImportOpeningBalancesResponse422 | ImportOpeningBalancesResponse429 | ImportOpeningBalancesResponse500 | ImportOpeningBalancesResponse502 | ImportOpeningBalancesResponse503 | ImportOpeningBalancesResponse504 | OpeningBalanceImport]
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
    body: File | ImportOpeningBalancesFilesBody | Unset = UNSET,
    format_: ImportOpeningBalancesFormatType0 | None | Unset = UNSET,
) -> (
    ImportOpeningBalancesResponse400
    | ImportOpeningBalancesResponse401
    | ImportOpeningBalancesResponse403
    | ImportOpeningBalancesResponse409
    | ImportOpeningBalancesResponse413
    | ImportOpeningBalancesResponse415
    | ImportOpeningBalancesResponse422
    | ImportOpeningBalancesResponse429
    | ImportOpeningBalancesResponse500
    | ImportOpeningBalancesResponse502
    | ImportOpeningBalancesResponse503
    | ImportOpeningBalancesResponse504
    | OpeningBalanceImport
    | None
):
    """Import the old system's opening fund balances into the ledger (CSV or JSON lines; bureau)

     Columns / keys: county_code (an accounting unit), account (a balance-sheet account of the chart:
    cash, finance_receivable, payable_institutions, deposits_held, accumulated_surplus), balance_fen
    (whole fen, in the account's own direction: an asset's debit balance, a liability's or equity's
    credit balance, positive; not 0), as_of (YYYY-MM-DD: the balance at the end of the old system's
    books, posted on that day), reference (the old system's own reference of the balance). Each good row
    is one balanced ledger transaction (kind `opening_balance`) against the equity account
    `opening_balances`; the fund views then start from it. Streamed; good rows are kept when others
    fail; the same file again changes nothing (a reference posted before with the same content is
    unchanged, with other content an `OPENING_BALANCE_REF_CONFLICT` row error). Row codes: `REQUIRED`,
    `COUNTY_UNKNOWN`, `ACCOUNT_UNKNOWN`, `ACCOUNT_NOT_ALLOWED`, `AMOUNT_FORMAT`, `DATE_FORMAT`,
    `DATE_IN_FUTURE`, `TOO_LONG`, `DUPLICATE_IN_FILE`, `OPENING_BALANCE_REF_CONFLICT`, `PERIOD_CLOSED`,
    `MALFORMED_LINE` (`GET …/{job_id}/errors`).

    Args:
        format_ (ImportOpeningBalancesFormatType0 | None | Unset): default: from the Content-Type
        body (File):
        body (File):
        body (ImportOpeningBalancesFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportOpeningBalancesResponse400 | ImportOpeningBalancesResponse401 | ImportOpeningBalancesResponse403 | ImportOpeningBalancesResponse409 | ImportOpeningBalancesResponse413 | ImportOpeningBalancesResponse415 | ImportOpeningBalancesResponse422 | ImportOpeningBalancesResponse429 | ImportOpeningBalancesResponse500 | ImportOpeningBalancesResponse502 | ImportOpeningBalancesResponse503 | ImportOpeningBalancesResponse504 | OpeningBalanceImport
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            format_=format_,
        )
    ).parsed
