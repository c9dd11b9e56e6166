from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.already_exists_conflict_problem import AlreadyExistsConflictProblem
from ...models.database_busy_upstream_unavailable_problem import DatabaseBusyUpstreamUnavailableProblem
from ...models.import_results_422_problem import ImportResults422Problem
from ...models.import_results_files_body import ImportResultsFilesBody
from ...models.import_results_format_type_0 import ImportResultsFormatType0
from ...models.internal_error_problem import InternalErrorProblem
from ...models.payload_too_large_problem import PayloadTooLargeProblem
from ...models.propose_annual_clearing_400_problem import ProposeAnnualClearing400Problem
from ...models.propose_annual_clearing_401_problem import ProposeAnnualClearing401Problem
from ...models.propose_annual_clearing_403_problem import ProposeAnnualClearing403Problem
from ...models.rate_limited_too_many_bad_keys_problem import RateLimitedTooManyBadKeysProblem
from ...models.result_import import ResultImport
from ...models.training_session_not_found_problem import TrainingSessionNotFoundProblem
from ...models.unsupported_media_type_problem import UnsupportedMediaTypeProblem
from ...models.upstream_error_problem import UpstreamErrorProblem
from ...models.upstream_timeout_problem import UpstreamTimeoutProblem
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
    AlreadyExistsConflictProblem
    | DatabaseBusyUpstreamUnavailableProblem
    | ImportResults422Problem
    | InternalErrorProblem
    | PayloadTooLargeProblem
    | ProposeAnnualClearing400Problem
    | ProposeAnnualClearing401Problem
    | ProposeAnnualClearing403Problem
    | RateLimitedTooManyBadKeysProblem
    | ResultImport
    | TrainingSessionNotFoundProblem
    | UnsupportedMediaTypeProblem
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
    | None
):
    if response.status_code == 201:
        response_201 = ResultImport.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ProposeAnnualClearing400Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ProposeAnnualClearing401Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ProposeAnnualClearing403Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = TrainingSessionNotFoundProblem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = AlreadyExistsConflictProblem.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = PayloadTooLargeProblem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = UnsupportedMediaTypeProblem.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = ImportResults422Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = RateLimitedTooManyBadKeysProblem.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = InternalErrorProblem.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = UpstreamErrorProblem.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = DatabaseBusyUpstreamUnavailableProblem.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = UpstreamTimeoutProblem.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AlreadyExistsConflictProblem
    | DatabaseBusyUpstreamUnavailableProblem
    | ImportResults422Problem
    | InternalErrorProblem
    | PayloadTooLargeProblem
    | ProposeAnnualClearing400Problem
    | ProposeAnnualClearing401Problem
    | ProposeAnnualClearing403Problem
    | RateLimitedTooManyBadKeysProblem
    | ResultImport
    | TrainingSessionNotFoundProblem
    | UnsupportedMediaTypeProblem
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
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
    AlreadyExistsConflictProblem
    | DatabaseBusyUpstreamUnavailableProblem
    | ImportResults422Problem
    | InternalErrorProblem
    | PayloadTooLargeProblem
    | ProposeAnnualClearing400Problem
    | ProposeAnnualClearing401Problem
    | ProposeAnnualClearing403Problem
    | RateLimitedTooManyBadKeysProblem
    | ResultImport
    | TrainingSessionNotFoundProblem
    | UnsupportedMediaTypeProblem
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
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
        Response[AlreadyExistsConflictProblem | DatabaseBusyUpstreamUnavailableProblem | ImportResults422Problem | InternalErrorProblem | PayloadTooLargeProblem | ProposeAnnualClearing400Problem | ProposeAnnualClearing401Problem | ProposeAnnualClearing403Problem | RateLimitedTooManyBadKeysProblem | ResultImport | TrainingSessionNotFoundProblem | UnsupportedMediaTypeProblem | UpstreamErrorProblem | UpstreamTimeoutProblem]
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
    AlreadyExistsConflictProblem
    | DatabaseBusyUpstreamUnavailableProblem
    | ImportResults422Problem
    | InternalErrorProblem
    | PayloadTooLargeProblem
    | ProposeAnnualClearing400Problem
    | ProposeAnnualClearing401Problem
    | ProposeAnnualClearing403Problem
    | RateLimitedTooManyBadKeysProblem
    | ResultImport
    | TrainingSessionNotFoundProblem
    | UnsupportedMediaTypeProblem
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
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
        AlreadyExistsConflictProblem | DatabaseBusyUpstreamUnavailableProblem | ImportResults422Problem | InternalErrorProblem | PayloadTooLargeProblem | ProposeAnnualClearing400Problem | ProposeAnnualClearing401Problem | ProposeAnnualClearing403Problem | RateLimitedTooManyBadKeysProblem | ResultImport | TrainingSessionNotFoundProblem | UnsupportedMediaTypeProblem | UpstreamErrorProblem | UpstreamTimeoutProblem
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
    AlreadyExistsConflictProblem
    | DatabaseBusyUpstreamUnavailableProblem
    | ImportResults422Problem
    | InternalErrorProblem
    | PayloadTooLargeProblem
    | ProposeAnnualClearing400Problem
    | ProposeAnnualClearing401Problem
    | ProposeAnnualClearing403Problem
    | RateLimitedTooManyBadKeysProblem
    | ResultImport
    | TrainingSessionNotFoundProblem
    | UnsupportedMediaTypeProblem
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
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
        Response[AlreadyExistsConflictProblem | DatabaseBusyUpstreamUnavailableProblem | ImportResults422Problem | InternalErrorProblem | PayloadTooLargeProblem | ProposeAnnualClearing400Problem | ProposeAnnualClearing401Problem | ProposeAnnualClearing403Problem | RateLimitedTooManyBadKeysProblem | ResultImport | TrainingSessionNotFoundProblem | UnsupportedMediaTypeProblem | UpstreamErrorProblem | UpstreamTimeoutProblem]
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
    AlreadyExistsConflictProblem
    | DatabaseBusyUpstreamUnavailableProblem
    | ImportResults422Problem
    | InternalErrorProblem
    | PayloadTooLargeProblem
    | ProposeAnnualClearing400Problem
    | ProposeAnnualClearing401Problem
    | ProposeAnnualClearing403Problem
    | RateLimitedTooManyBadKeysProblem
    | ResultImport
    | TrainingSessionNotFoundProblem
    | UnsupportedMediaTypeProblem
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
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
        AlreadyExistsConflictProblem | DatabaseBusyUpstreamUnavailableProblem | ImportResults422Problem | InternalErrorProblem | PayloadTooLargeProblem | ProposeAnnualClearing400Problem | ProposeAnnualClearing401Problem | ProposeAnnualClearing403Problem | RateLimitedTooManyBadKeysProblem | ResultImport | TrainingSessionNotFoundProblem | UnsupportedMediaTypeProblem | UpstreamErrorProblem | UpstreamTimeoutProblem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            session_id=session_id,
            format_=format_,
        )
    ).parsed
