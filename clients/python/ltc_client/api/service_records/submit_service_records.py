from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.service_record_batch import ServiceRecordBatch
from ...models.settlement_import_job import SettlementImportJob
from ...models.submit_service_records_response_400 import SubmitServiceRecordsResponse400
from ...models.submit_service_records_response_401 import SubmitServiceRecordsResponse401
from ...models.submit_service_records_response_403 import SubmitServiceRecordsResponse403
from ...models.submit_service_records_response_404 import SubmitServiceRecordsResponse404
from ...models.submit_service_records_response_409 import SubmitServiceRecordsResponse409
from ...models.submit_service_records_response_413 import SubmitServiceRecordsResponse413
from ...models.submit_service_records_response_422 import SubmitServiceRecordsResponse422
from ...models.submit_service_records_response_429 import SubmitServiceRecordsResponse429
from ...models.submit_service_records_response_500 import SubmitServiceRecordsResponse500
from ...models.submit_service_records_response_502 import SubmitServiceRecordsResponse502
from ...models.submit_service_records_response_503 import SubmitServiceRecordsResponse503
from ...models.submit_service_records_response_504 import SubmitServiceRecordsResponse504
from ...types import Response


def _get_kwargs(
    *,
    body: ServiceRecordBatch,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/service-records",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    SettlementImportJob
    | SubmitServiceRecordsResponse400
    | SubmitServiceRecordsResponse401
    | SubmitServiceRecordsResponse403
    | SubmitServiceRecordsResponse404
    | SubmitServiceRecordsResponse409
    | SubmitServiceRecordsResponse413
    | SubmitServiceRecordsResponse422
    | SubmitServiceRecordsResponse429
    | SubmitServiceRecordsResponse500
    | SubmitServiceRecordsResponse502
    | SubmitServiceRecordsResponse503
    | SubmitServiceRecordsResponse504
    | None
):
    if response.status_code == 201:
        response_201 = SettlementImportJob.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = SubmitServiceRecordsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = SubmitServiceRecordsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = SubmitServiceRecordsResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = SubmitServiceRecordsResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = SubmitServiceRecordsResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = SubmitServiceRecordsResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = SubmitServiceRecordsResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = SubmitServiceRecordsResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = SubmitServiceRecordsResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = SubmitServiceRecordsResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = SubmitServiceRecordsResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = SubmitServiceRecordsResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    SettlementImportJob
    | SubmitServiceRecordsResponse400
    | SubmitServiceRecordsResponse401
    | SubmitServiceRecordsResponse403
    | SubmitServiceRecordsResponse404
    | SubmitServiceRecordsResponse409
    | SubmitServiceRecordsResponse413
    | SubmitServiceRecordsResponse422
    | SubmitServiceRecordsResponse429
    | SubmitServiceRecordsResponse500
    | SubmitServiceRecordsResponse502
    | SubmitServiceRecordsResponse503
    | SubmitServiceRecordsResponse504
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
    body: ServiceRecordBatch,
) -> Response[
    SettlementImportJob
    | SubmitServiceRecordsResponse400
    | SubmitServiceRecordsResponse401
    | SubmitServiceRecordsResponse403
    | SubmitServiceRecordsResponse404
    | SubmitServiceRecordsResponse409
    | SubmitServiceRecordsResponse413
    | SubmitServiceRecordsResponse422
    | SubmitServiceRecordsResponse429
    | SubmitServiceRecordsResponse500
    | SubmitServiceRecordsResponse502
    | SubmitServiceRecordsResponse503
    | SubmitServiceRecordsResponse504
]:
    """A batch of records, each with the institution's own record_id (a resend is harmless)

     Each record is checked on its own: good ones are kept, a refused one comes back with its errors
    (`errors[]`: `row_number` 1 = the first record). 201 when at least one record was stored or had been
    received before (`rows_accepted`, `rows_already_received`, `rows_rejected`); **422 `RECORDS_REFUSED`
    when every record was refused** — nothing was stored; the problem names each record's errors
    (`body.records.<index>.<field>`, index from 0) and carries the job (`job`), which stays readable at
    `/service-record-imports/{id}` with `status: refused`.

    Args:
        body (ServiceRecordBatch): Records as the institution keeps them; each is validated on its
            own, so good ones are kept.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SettlementImportJob | SubmitServiceRecordsResponse400 | SubmitServiceRecordsResponse401 | SubmitServiceRecordsResponse403 | SubmitServiceRecordsResponse404 | SubmitServiceRecordsResponse409 | SubmitServiceRecordsResponse413 | SubmitServiceRecordsResponse422 | SubmitServiceRecordsResponse429 | SubmitServiceRecordsResponse500 | SubmitServiceRecordsResponse502 | SubmitServiceRecordsResponse503 | SubmitServiceRecordsResponse504]
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
    body: ServiceRecordBatch,
) -> (
    SettlementImportJob
    | SubmitServiceRecordsResponse400
    | SubmitServiceRecordsResponse401
    | SubmitServiceRecordsResponse403
    | SubmitServiceRecordsResponse404
    | SubmitServiceRecordsResponse409
    | SubmitServiceRecordsResponse413
    | SubmitServiceRecordsResponse422
    | SubmitServiceRecordsResponse429
    | SubmitServiceRecordsResponse500
    | SubmitServiceRecordsResponse502
    | SubmitServiceRecordsResponse503
    | SubmitServiceRecordsResponse504
    | None
):
    """A batch of records, each with the institution's own record_id (a resend is harmless)

     Each record is checked on its own: good ones are kept, a refused one comes back with its errors
    (`errors[]`: `row_number` 1 = the first record). 201 when at least one record was stored or had been
    received before (`rows_accepted`, `rows_already_received`, `rows_rejected`); **422 `RECORDS_REFUSED`
    when every record was refused** — nothing was stored; the problem names each record's errors
    (`body.records.<index>.<field>`, index from 0) and carries the job (`job`), which stays readable at
    `/service-record-imports/{id}` with `status: refused`.

    Args:
        body (ServiceRecordBatch): Records as the institution keeps them; each is validated on its
            own, so good ones are kept.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SettlementImportJob | SubmitServiceRecordsResponse400 | SubmitServiceRecordsResponse401 | SubmitServiceRecordsResponse403 | SubmitServiceRecordsResponse404 | SubmitServiceRecordsResponse409 | SubmitServiceRecordsResponse413 | SubmitServiceRecordsResponse422 | SubmitServiceRecordsResponse429 | SubmitServiceRecordsResponse500 | SubmitServiceRecordsResponse502 | SubmitServiceRecordsResponse503 | SubmitServiceRecordsResponse504
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ServiceRecordBatch,
) -> Response[
    SettlementImportJob
    | SubmitServiceRecordsResponse400
    | SubmitServiceRecordsResponse401
    | SubmitServiceRecordsResponse403
    | SubmitServiceRecordsResponse404
    | SubmitServiceRecordsResponse409
    | SubmitServiceRecordsResponse413
    | SubmitServiceRecordsResponse422
    | SubmitServiceRecordsResponse429
    | SubmitServiceRecordsResponse500
    | SubmitServiceRecordsResponse502
    | SubmitServiceRecordsResponse503
    | SubmitServiceRecordsResponse504
]:
    """A batch of records, each with the institution's own record_id (a resend is harmless)

     Each record is checked on its own: good ones are kept, a refused one comes back with its errors
    (`errors[]`: `row_number` 1 = the first record). 201 when at least one record was stored or had been
    received before (`rows_accepted`, `rows_already_received`, `rows_rejected`); **422 `RECORDS_REFUSED`
    when every record was refused** — nothing was stored; the problem names each record's errors
    (`body.records.<index>.<field>`, index from 0) and carries the job (`job`), which stays readable at
    `/service-record-imports/{id}` with `status: refused`.

    Args:
        body (ServiceRecordBatch): Records as the institution keeps them; each is validated on its
            own, so good ones are kept.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SettlementImportJob | SubmitServiceRecordsResponse400 | SubmitServiceRecordsResponse401 | SubmitServiceRecordsResponse403 | SubmitServiceRecordsResponse404 | SubmitServiceRecordsResponse409 | SubmitServiceRecordsResponse413 | SubmitServiceRecordsResponse422 | SubmitServiceRecordsResponse429 | SubmitServiceRecordsResponse500 | SubmitServiceRecordsResponse502 | SubmitServiceRecordsResponse503 | SubmitServiceRecordsResponse504]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ServiceRecordBatch,
) -> (
    SettlementImportJob
    | SubmitServiceRecordsResponse400
    | SubmitServiceRecordsResponse401
    | SubmitServiceRecordsResponse403
    | SubmitServiceRecordsResponse404
    | SubmitServiceRecordsResponse409
    | SubmitServiceRecordsResponse413
    | SubmitServiceRecordsResponse422
    | SubmitServiceRecordsResponse429
    | SubmitServiceRecordsResponse500
    | SubmitServiceRecordsResponse502
    | SubmitServiceRecordsResponse503
    | SubmitServiceRecordsResponse504
    | None
):
    """A batch of records, each with the institution's own record_id (a resend is harmless)

     Each record is checked on its own: good ones are kept, a refused one comes back with its errors
    (`errors[]`: `row_number` 1 = the first record). 201 when at least one record was stored or had been
    received before (`rows_accepted`, `rows_already_received`, `rows_rejected`); **422 `RECORDS_REFUSED`
    when every record was refused** — nothing was stored; the problem names each record's errors
    (`body.records.<index>.<field>`, index from 0) and carries the job (`job`), which stays readable at
    `/service-record-imports/{id}` with `status: refused`.

    Args:
        body (ServiceRecordBatch): Records as the institution keeps them; each is validated on its
            own, so good ones are kept.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SettlementImportJob | SubmitServiceRecordsResponse400 | SubmitServiceRecordsResponse401 | SubmitServiceRecordsResponse403 | SubmitServiceRecordsResponse404 | SubmitServiceRecordsResponse409 | SubmitServiceRecordsResponse413 | SubmitServiceRecordsResponse422 | SubmitServiceRecordsResponse429 | SubmitServiceRecordsResponse500 | SubmitServiceRecordsResponse502 | SubmitServiceRecordsResponse503 | SubmitServiceRecordsResponse504
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
