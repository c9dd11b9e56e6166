from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_evidence_file_files_body import AddEvidenceFileFilesBody
from ...models.add_evidence_file_response_400 import AddEvidenceFileResponse400
from ...models.add_evidence_file_response_401 import AddEvidenceFileResponse401
from ...models.add_evidence_file_response_403 import AddEvidenceFileResponse403
from ...models.add_evidence_file_response_404 import AddEvidenceFileResponse404
from ...models.add_evidence_file_response_409 import AddEvidenceFileResponse409
from ...models.add_evidence_file_response_413 import AddEvidenceFileResponse413
from ...models.add_evidence_file_response_415 import AddEvidenceFileResponse415
from ...models.add_evidence_file_response_422 import AddEvidenceFileResponse422
from ...models.add_evidence_file_response_429 import AddEvidenceFileResponse429
from ...models.add_evidence_file_response_500 import AddEvidenceFileResponse500
from ...models.add_evidence_file_response_502 import AddEvidenceFileResponse502
from ...models.add_evidence_file_response_503 import AddEvidenceFileResponse503
from ...models.add_evidence_file_response_504 import AddEvidenceFileResponse504
from ...models.stored_file import StoredFile
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
    AddEvidenceFileResponse400
    | AddEvidenceFileResponse401
    | AddEvidenceFileResponse403
    | AddEvidenceFileResponse404
    | AddEvidenceFileResponse409
    | AddEvidenceFileResponse413
    | AddEvidenceFileResponse415
    | AddEvidenceFileResponse422
    | AddEvidenceFileResponse429
    | AddEvidenceFileResponse500
    | AddEvidenceFileResponse502
    | AddEvidenceFileResponse503
    | AddEvidenceFileResponse504
    | StoredFile
    | None
):
    if response.status_code == 200:
        response_200 = StoredFile.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = StoredFile.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = AddEvidenceFileResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = AddEvidenceFileResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = AddEvidenceFileResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = AddEvidenceFileResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = AddEvidenceFileResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = AddEvidenceFileResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = AddEvidenceFileResponse415.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = AddEvidenceFileResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = AddEvidenceFileResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = AddEvidenceFileResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = AddEvidenceFileResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = AddEvidenceFileResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = AddEvidenceFileResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AddEvidenceFileResponse400
    | AddEvidenceFileResponse401
    | AddEvidenceFileResponse403
    | AddEvidenceFileResponse404
    | AddEvidenceFileResponse409
    | AddEvidenceFileResponse413
    | AddEvidenceFileResponse415
    | AddEvidenceFileResponse422
    | AddEvidenceFileResponse429
    | AddEvidenceFileResponse500
    | AddEvidenceFileResponse502
    | AddEvidenceFileResponse503
    | AddEvidenceFileResponse504
    | StoredFile
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
    AddEvidenceFileResponse400
    | AddEvidenceFileResponse401
    | AddEvidenceFileResponse403
    | AddEvidenceFileResponse404
    | AddEvidenceFileResponse409
    | AddEvidenceFileResponse413
    | AddEvidenceFileResponse415
    | AddEvidenceFileResponse422
    | AddEvidenceFileResponse429
    | AddEvidenceFileResponse500
    | AddEvidenceFileResponse502
    | AddEvidenceFileResponse503
    | AddEvidenceFileResponse504
    | StoredFile
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
        Response[AddEvidenceFileResponse400 | AddEvidenceFileResponse401 | AddEvidenceFileResponse403 | AddEvidenceFileResponse404 | AddEvidenceFileResponse409 | AddEvidenceFileResponse413 | AddEvidenceFileResponse415 | AddEvidenceFileResponse422 | AddEvidenceFileResponse429 | AddEvidenceFileResponse500 | AddEvidenceFileResponse502 | AddEvidenceFileResponse503 | AddEvidenceFileResponse504 | StoredFile]
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
    AddEvidenceFileResponse400
    | AddEvidenceFileResponse401
    | AddEvidenceFileResponse403
    | AddEvidenceFileResponse404
    | AddEvidenceFileResponse409
    | AddEvidenceFileResponse413
    | AddEvidenceFileResponse415
    | AddEvidenceFileResponse422
    | AddEvidenceFileResponse429
    | AddEvidenceFileResponse500
    | AddEvidenceFileResponse502
    | AddEvidenceFileResponse503
    | AddEvidenceFileResponse504
    | StoredFile
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
        AddEvidenceFileResponse400 | AddEvidenceFileResponse401 | AddEvidenceFileResponse403 | AddEvidenceFileResponse404 | AddEvidenceFileResponse409 | AddEvidenceFileResponse413 | AddEvidenceFileResponse415 | AddEvidenceFileResponse422 | AddEvidenceFileResponse429 | AddEvidenceFileResponse500 | AddEvidenceFileResponse502 | AddEvidenceFileResponse503 | AddEvidenceFileResponse504 | StoredFile
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
    AddEvidenceFileResponse400
    | AddEvidenceFileResponse401
    | AddEvidenceFileResponse403
    | AddEvidenceFileResponse404
    | AddEvidenceFileResponse409
    | AddEvidenceFileResponse413
    | AddEvidenceFileResponse415
    | AddEvidenceFileResponse422
    | AddEvidenceFileResponse429
    | AddEvidenceFileResponse500
    | AddEvidenceFileResponse502
    | AddEvidenceFileResponse503
    | AddEvidenceFileResponse504
    | StoredFile
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
        Response[AddEvidenceFileResponse400 | AddEvidenceFileResponse401 | AddEvidenceFileResponse403 | AddEvidenceFileResponse404 | AddEvidenceFileResponse409 | AddEvidenceFileResponse413 | AddEvidenceFileResponse415 | AddEvidenceFileResponse422 | AddEvidenceFileResponse429 | AddEvidenceFileResponse500 | AddEvidenceFileResponse502 | AddEvidenceFileResponse503 | AddEvidenceFileResponse504 | StoredFile]
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
    AddEvidenceFileResponse400
    | AddEvidenceFileResponse401
    | AddEvidenceFileResponse403
    | AddEvidenceFileResponse404
    | AddEvidenceFileResponse409
    | AddEvidenceFileResponse413
    | AddEvidenceFileResponse415
    | AddEvidenceFileResponse422
    | AddEvidenceFileResponse429
    | AddEvidenceFileResponse500
    | AddEvidenceFileResponse502
    | AddEvidenceFileResponse503
    | AddEvidenceFileResponse504
    | StoredFile
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
        AddEvidenceFileResponse400 | AddEvidenceFileResponse401 | AddEvidenceFileResponse403 | AddEvidenceFileResponse404 | AddEvidenceFileResponse409 | AddEvidenceFileResponse413 | AddEvidenceFileResponse415 | AddEvidenceFileResponse422 | AddEvidenceFileResponse429 | AddEvidenceFileResponse500 | AddEvidenceFileResponse502 | AddEvidenceFileResponse503 | AddEvidenceFileResponse504 | StoredFile
    """

    return (
        await asyncio_detailed(
            case_id=case_id,
            client=client,
            body=body,
            filename=filename,
        )
    ).parsed
