from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_evidence_file_409_problem import AddEvidenceFile409Problem
from ...models.add_evidence_file_422_problem import AddEvidenceFile422Problem
from ...models.add_evidence_file_files_body import AddEvidenceFileFilesBody
from ...models.case_not_found_problem import CaseNotFoundProblem
from ...models.database_busy_upstream_unavailable_problem import DatabaseBusyUpstreamUnavailableProblem
from ...models.file_too_large_payload_too_large_problem import FileTooLargePayloadTooLargeProblem
from ...models.file_type_not_allowed_problem import FileTypeNotAllowedProblem
from ...models.internal_error_problem import InternalErrorProblem
from ...models.propose_annual_clearing_400_problem import ProposeAnnualClearing400Problem
from ...models.propose_annual_clearing_401_problem import ProposeAnnualClearing401Problem
from ...models.propose_annual_clearing_403_problem import ProposeAnnualClearing403Problem
from ...models.rate_limited_too_many_bad_keys_problem import RateLimitedTooManyBadKeysProblem
from ...models.stored_file import StoredFile
from ...models.upstream_error_problem import UpstreamErrorProblem
from ...models.upstream_timeout_problem import UpstreamTimeoutProblem
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    case_id: UUID,
    *,
    body: File | AddEvidenceFileFilesBody | Unset = UNSET,
    filename: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_filename: None | str | Unset
    if isinstance(filename, Unset):
        json_filename = UNSET
    else:
        json_filename = filename
    params["filename"] = json_filename

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/cases/{case_id}/evidence-files".format(
            case_id=quote(str(case_id), safe=""),
        ),
        "params": params,
    }

    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "image/jpeg"
    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "image/png"
    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "application/pdf"
    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "application/octet-stream"
    if isinstance(body, AddEvidenceFileFilesBody):
        _kwargs["files"] = body.to_multipart()

        headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AddEvidenceFile409Problem
    | AddEvidenceFile422Problem
    | CaseNotFoundProblem
    | DatabaseBusyUpstreamUnavailableProblem
    | FileTooLargePayloadTooLargeProblem
    | FileTypeNotAllowedProblem
    | InternalErrorProblem
    | ProposeAnnualClearing400Problem
    | ProposeAnnualClearing401Problem
    | ProposeAnnualClearing403Problem
    | RateLimitedTooManyBadKeysProblem
    | StoredFile
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
    | None
):
    if response.status_code == 200:
        response_200 = StoredFile.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = StoredFile.from_dict(response.json())

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
        response_404 = CaseNotFoundProblem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = AddEvidenceFile409Problem.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = FileTooLargePayloadTooLargeProblem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = FileTypeNotAllowedProblem.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = AddEvidenceFile422Problem.from_dict(response.json())

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
    AddEvidenceFile409Problem
    | AddEvidenceFile422Problem
    | CaseNotFoundProblem
    | DatabaseBusyUpstreamUnavailableProblem
    | FileTooLargePayloadTooLargeProblem
    | FileTypeNotAllowedProblem
    | InternalErrorProblem
    | ProposeAnnualClearing400Problem
    | ProposeAnnualClearing401Problem
    | ProposeAnnualClearing403Problem
    | RateLimitedTooManyBadKeysProblem
    | StoredFile
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
    case_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: File | AddEvidenceFileFilesBody | Unset = UNSET,
    filename: None | str | Unset = UNSET,
) -> Response[
    AddEvidenceFile409Problem
    | AddEvidenceFile422Problem
    | CaseNotFoundProblem
    | DatabaseBusyUpstreamUnavailableProblem
    | FileTooLargePayloadTooLargeProblem
    | FileTypeNotAllowedProblem
    | InternalErrorProblem
    | ProposeAnnualClearing400Problem
    | ProposeAnnualClearing401Problem
    | ProposeAnnualClearing403Problem
    | RateLimitedTooManyBadKeysProblem
    | StoredFile
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
]:
    """Keep a photo or document as a case's evidence

     Until the case is closed (409 ``CASE_IS_CLOSED``); JPEG, PNG or PDF (415 ``FILE_TYPE_NOT_ALLOWED``),
    at most ``LTC_OVERSIGHT_FILE_MAX_BYTES`` (413 ``FILE_TOO_LARGE``).

    Args:
        case_id (UUID):
        filename (None | str | Unset): the file's name, for a raw body (a form part names its own)
        body (File):
        body (File):
        body (File):
        body (File):
        body (AddEvidenceFileFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddEvidenceFile409Problem | AddEvidenceFile422Problem | CaseNotFoundProblem | DatabaseBusyUpstreamUnavailableProblem | FileTooLargePayloadTooLargeProblem | FileTypeNotAllowedProblem | InternalErrorProblem | ProposeAnnualClearing400Problem | ProposeAnnualClearing401Problem | ProposeAnnualClearing403Problem | RateLimitedTooManyBadKeysProblem | StoredFile | UpstreamErrorProblem | UpstreamTimeoutProblem]
    """

    kwargs = _get_kwargs(
        case_id=case_id,
        body=body,
        filename=filename,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    case_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: File | AddEvidenceFileFilesBody | Unset = UNSET,
    filename: None | str | Unset = UNSET,
) -> (
    AddEvidenceFile409Problem
    | AddEvidenceFile422Problem
    | CaseNotFoundProblem
    | DatabaseBusyUpstreamUnavailableProblem
    | FileTooLargePayloadTooLargeProblem
    | FileTypeNotAllowedProblem
    | InternalErrorProblem
    | ProposeAnnualClearing400Problem
    | ProposeAnnualClearing401Problem
    | ProposeAnnualClearing403Problem
    | RateLimitedTooManyBadKeysProblem
    | StoredFile
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
    | None
):
    """Keep a photo or document as a case's evidence

     Until the case is closed (409 ``CASE_IS_CLOSED``); JPEG, PNG or PDF (415 ``FILE_TYPE_NOT_ALLOWED``),
    at most ``LTC_OVERSIGHT_FILE_MAX_BYTES`` (413 ``FILE_TOO_LARGE``).

    Args:
        case_id (UUID):
        filename (None | str | Unset): the file's name, for a raw body (a form part names its own)
        body (File):
        body (File):
        body (File):
        body (File):
        body (AddEvidenceFileFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddEvidenceFile409Problem | AddEvidenceFile422Problem | CaseNotFoundProblem | DatabaseBusyUpstreamUnavailableProblem | FileTooLargePayloadTooLargeProblem | FileTypeNotAllowedProblem | InternalErrorProblem | ProposeAnnualClearing400Problem | ProposeAnnualClearing401Problem | ProposeAnnualClearing403Problem | RateLimitedTooManyBadKeysProblem | StoredFile | UpstreamErrorProblem | UpstreamTimeoutProblem
    """

    return sync_detailed(
        case_id=case_id,
        client=client,
        body=body,
        filename=filename,
    ).parsed


async def asyncio_detailed(
    case_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: File | AddEvidenceFileFilesBody | Unset = UNSET,
    filename: None | str | Unset = UNSET,
) -> Response[
    AddEvidenceFile409Problem
    | AddEvidenceFile422Problem
    | CaseNotFoundProblem
    | DatabaseBusyUpstreamUnavailableProblem
    | FileTooLargePayloadTooLargeProblem
    | FileTypeNotAllowedProblem
    | InternalErrorProblem
    | ProposeAnnualClearing400Problem
    | ProposeAnnualClearing401Problem
    | ProposeAnnualClearing403Problem
    | RateLimitedTooManyBadKeysProblem
    | StoredFile
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
]:
    """Keep a photo or document as a case's evidence

     Until the case is closed (409 ``CASE_IS_CLOSED``); JPEG, PNG or PDF (415 ``FILE_TYPE_NOT_ALLOWED``),
    at most ``LTC_OVERSIGHT_FILE_MAX_BYTES`` (413 ``FILE_TOO_LARGE``).

    Args:
        case_id (UUID):
        filename (None | str | Unset): the file's name, for a raw body (a form part names its own)
        body (File):
        body (File):
        body (File):
        body (File):
        body (AddEvidenceFileFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddEvidenceFile409Problem | AddEvidenceFile422Problem | CaseNotFoundProblem | DatabaseBusyUpstreamUnavailableProblem | FileTooLargePayloadTooLargeProblem | FileTypeNotAllowedProblem | InternalErrorProblem | ProposeAnnualClearing400Problem | ProposeAnnualClearing401Problem | ProposeAnnualClearing403Problem | RateLimitedTooManyBadKeysProblem | StoredFile | UpstreamErrorProblem | UpstreamTimeoutProblem]
    """

    kwargs = _get_kwargs(
        case_id=case_id,
        body=body,
        filename=filename,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    case_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: File | AddEvidenceFileFilesBody | Unset = UNSET,
    filename: None | str | Unset = UNSET,
) -> (
    AddEvidenceFile409Problem
    | AddEvidenceFile422Problem
    | CaseNotFoundProblem
    | DatabaseBusyUpstreamUnavailableProblem
    | FileTooLargePayloadTooLargeProblem
    | FileTypeNotAllowedProblem
    | InternalErrorProblem
    | ProposeAnnualClearing400Problem
    | ProposeAnnualClearing401Problem
    | ProposeAnnualClearing403Problem
    | RateLimitedTooManyBadKeysProblem
    | StoredFile
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
    | None
):
    """Keep a photo or document as a case's evidence

     Until the case is closed (409 ``CASE_IS_CLOSED``); JPEG, PNG or PDF (415 ``FILE_TYPE_NOT_ALLOWED``),
    at most ``LTC_OVERSIGHT_FILE_MAX_BYTES`` (413 ``FILE_TOO_LARGE``).

    Args:
        case_id (UUID):
        filename (None | str | Unset): the file's name, for a raw body (a form part names its own)
        body (File):
        body (File):
        body (File):
        body (File):
        body (AddEvidenceFileFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddEvidenceFile409Problem | AddEvidenceFile422Problem | CaseNotFoundProblem | DatabaseBusyUpstreamUnavailableProblem | FileTooLargePayloadTooLargeProblem | FileTypeNotAllowedProblem | InternalErrorProblem | ProposeAnnualClearing400Problem | ProposeAnnualClearing401Problem | ProposeAnnualClearing403Problem | RateLimitedTooManyBadKeysProblem | StoredFile | UpstreamErrorProblem | UpstreamTimeoutProblem
    """

    return (
        await asyncio_detailed(
            case_id=case_id,
            client=client,
            body=body,
            filename=filename,
        )
    ).parsed
