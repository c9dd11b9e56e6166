from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_visit_file_files_body import AddVisitFileFilesBody
from ...models.add_visit_file_purpose import AddVisitFilePurpose
from ...models.add_visit_file_response_400 import AddVisitFileResponse400
from ...models.add_visit_file_response_401 import AddVisitFileResponse401
from ...models.add_visit_file_response_403 import AddVisitFileResponse403
from ...models.add_visit_file_response_404 import AddVisitFileResponse404
from ...models.add_visit_file_response_409 import AddVisitFileResponse409
from ...models.add_visit_file_response_413 import AddVisitFileResponse413
from ...models.add_visit_file_response_415 import AddVisitFileResponse415
from ...models.add_visit_file_response_422 import AddVisitFileResponse422
from ...models.add_visit_file_response_429 import AddVisitFileResponse429
from ...models.add_visit_file_response_500 import AddVisitFileResponse500
from ...models.add_visit_file_response_502 import AddVisitFileResponse502
from ...models.add_visit_file_response_503 import AddVisitFileResponse503
from ...models.add_visit_file_response_504 import AddVisitFileResponse504
from ...models.stored_file import StoredFile
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    inspection_id: UUID,
    *,
    body: File | AddVisitFileFilesBody | Unset = UNSET,
    purpose: AddVisitFilePurpose,
    filename: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_purpose = purpose.value
    params["purpose"] = json_purpose

    json_filename: None | str | Unset
    if isinstance(filename, Unset):
        json_filename = UNSET
    else:
        json_filename = filename
    params["filename"] = json_filename

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/inspections/{inspection_id}/files".format(
            inspection_id=quote(str(inspection_id), safe=""),
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
    if isinstance(body, AddVisitFileFilesBody):
        _kwargs["files"] = body.to_multipart()

        headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AddVisitFileResponse400
    | AddVisitFileResponse401
    | AddVisitFileResponse403
    | AddVisitFileResponse404
    | AddVisitFileResponse409
    | AddVisitFileResponse413
    | AddVisitFileResponse415
    | AddVisitFileResponse422
    | AddVisitFileResponse429
    | AddVisitFileResponse500
    | AddVisitFileResponse502
    | AddVisitFileResponse503
    | AddVisitFileResponse504
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
        response_400 = AddVisitFileResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = AddVisitFileResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = AddVisitFileResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = AddVisitFileResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = AddVisitFileResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = AddVisitFileResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = AddVisitFileResponse415.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = AddVisitFileResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = AddVisitFileResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = AddVisitFileResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = AddVisitFileResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = AddVisitFileResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = AddVisitFileResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AddVisitFileResponse400
    | AddVisitFileResponse401
    | AddVisitFileResponse403
    | AddVisitFileResponse404
    | AddVisitFileResponse409
    | AddVisitFileResponse413
    | AddVisitFileResponse415
    | AddVisitFileResponse422
    | AddVisitFileResponse429
    | AddVisitFileResponse500
    | AddVisitFileResponse502
    | AddVisitFileResponse503
    | AddVisitFileResponse504
    | StoredFile
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    inspection_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: File | AddVisitFileFilesBody | Unset = UNSET,
    purpose: AddVisitFilePurpose,
    filename: None | str | Unset = UNSET,
) -> Response[
    AddVisitFileResponse400
    | AddVisitFileResponse401
    | AddVisitFileResponse403
    | AddVisitFileResponse404
    | AddVisitFileResponse409
    | AddVisitFileResponse413
    | AddVisitFileResponse415
    | AddVisitFileResponse422
    | AddVisitFileResponse429
    | AddVisitFileResponse500
    | AddVisitFileResponse502
    | AddVisitFileResponse503
    | AddVisitFileResponse504
    | StoredFile
]:
    """Keep a photo or document of a visit: its findings or the rectification's follow-up

     JPEG, PNG or PDF, told by its first bytes (415 ``FILE_TYPE_NOT_ALLOWED``), at most
    ``LTC_OVERSIGHT_FILE_MAX_BYTES`` (413 ``FILE_TOO_LARGE``). A contractor in its counties; 404
    ``INSPECTION_NOT_FOUND`` outside them.

    Args:
        inspection_id (UUID):
        purpose (AddVisitFilePurpose): what the file shows
        filename (None | str | Unset): the file's name, for a raw body (a form part names its own)
        body (File):
        body (File):
        body (File):
        body (File):
        body (AddVisitFileFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddVisitFileResponse400 | AddVisitFileResponse401 | AddVisitFileResponse403 | AddVisitFileResponse404 | AddVisitFileResponse409 | AddVisitFileResponse413 | AddVisitFileResponse415 | AddVisitFileResponse422 | AddVisitFileResponse429 | AddVisitFileResponse500 | AddVisitFileResponse502 | AddVisitFileResponse503 | AddVisitFileResponse504 | StoredFile]
    """

    kwargs = _get_kwargs(
        inspection_id=inspection_id,
        body=body,
        purpose=purpose,
        filename=filename,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    inspection_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: File | AddVisitFileFilesBody | Unset = UNSET,
    purpose: AddVisitFilePurpose,
    filename: None | str | Unset = UNSET,
) -> (
    AddVisitFileResponse400
    | AddVisitFileResponse401
    | AddVisitFileResponse403
    | AddVisitFileResponse404
    | AddVisitFileResponse409
    | AddVisitFileResponse413
    | AddVisitFileResponse415
    | AddVisitFileResponse422
    | AddVisitFileResponse429
    | AddVisitFileResponse500
    | AddVisitFileResponse502
    | AddVisitFileResponse503
    | AddVisitFileResponse504
    | StoredFile
    | None
):
    """Keep a photo or document of a visit: its findings or the rectification's follow-up

     JPEG, PNG or PDF, told by its first bytes (415 ``FILE_TYPE_NOT_ALLOWED``), at most
    ``LTC_OVERSIGHT_FILE_MAX_BYTES`` (413 ``FILE_TOO_LARGE``). A contractor in its counties; 404
    ``INSPECTION_NOT_FOUND`` outside them.

    Args:
        inspection_id (UUID):
        purpose (AddVisitFilePurpose): what the file shows
        filename (None | str | Unset): the file's name, for a raw body (a form part names its own)
        body (File):
        body (File):
        body (File):
        body (File):
        body (AddVisitFileFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddVisitFileResponse400 | AddVisitFileResponse401 | AddVisitFileResponse403 | AddVisitFileResponse404 | AddVisitFileResponse409 | AddVisitFileResponse413 | AddVisitFileResponse415 | AddVisitFileResponse422 | AddVisitFileResponse429 | AddVisitFileResponse500 | AddVisitFileResponse502 | AddVisitFileResponse503 | AddVisitFileResponse504 | StoredFile
    """

    return sync_detailed(
        inspection_id=inspection_id,
        client=client,
        body=body,
        purpose=purpose,
        filename=filename,
    ).parsed


async def asyncio_detailed(
    inspection_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: File | AddVisitFileFilesBody | Unset = UNSET,
    purpose: AddVisitFilePurpose,
    filename: None | str | Unset = UNSET,
) -> Response[
    AddVisitFileResponse400
    | AddVisitFileResponse401
    | AddVisitFileResponse403
    | AddVisitFileResponse404
    | AddVisitFileResponse409
    | AddVisitFileResponse413
    | AddVisitFileResponse415
    | AddVisitFileResponse422
    | AddVisitFileResponse429
    | AddVisitFileResponse500
    | AddVisitFileResponse502
    | AddVisitFileResponse503
    | AddVisitFileResponse504
    | StoredFile
]:
    """Keep a photo or document of a visit: its findings or the rectification's follow-up

     JPEG, PNG or PDF, told by its first bytes (415 ``FILE_TYPE_NOT_ALLOWED``), at most
    ``LTC_OVERSIGHT_FILE_MAX_BYTES`` (413 ``FILE_TOO_LARGE``). A contractor in its counties; 404
    ``INSPECTION_NOT_FOUND`` outside them.

    Args:
        inspection_id (UUID):
        purpose (AddVisitFilePurpose): what the file shows
        filename (None | str | Unset): the file's name, for a raw body (a form part names its own)
        body (File):
        body (File):
        body (File):
        body (File):
        body (AddVisitFileFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddVisitFileResponse400 | AddVisitFileResponse401 | AddVisitFileResponse403 | AddVisitFileResponse404 | AddVisitFileResponse409 | AddVisitFileResponse413 | AddVisitFileResponse415 | AddVisitFileResponse422 | AddVisitFileResponse429 | AddVisitFileResponse500 | AddVisitFileResponse502 | AddVisitFileResponse503 | AddVisitFileResponse504 | StoredFile]
    """

    kwargs = _get_kwargs(
        inspection_id=inspection_id,
        body=body,
        purpose=purpose,
        filename=filename,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    inspection_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: File | AddVisitFileFilesBody | Unset = UNSET,
    purpose: AddVisitFilePurpose,
    filename: None | str | Unset = UNSET,
) -> (
    AddVisitFileResponse400
    | AddVisitFileResponse401
    | AddVisitFileResponse403
    | AddVisitFileResponse404
    | AddVisitFileResponse409
    | AddVisitFileResponse413
    | AddVisitFileResponse415
    | AddVisitFileResponse422
    | AddVisitFileResponse429
    | AddVisitFileResponse500
    | AddVisitFileResponse502
    | AddVisitFileResponse503
    | AddVisitFileResponse504
    | StoredFile
    | None
):
    """Keep a photo or document of a visit: its findings or the rectification's follow-up

     JPEG, PNG or PDF, told by its first bytes (415 ``FILE_TYPE_NOT_ALLOWED``), at most
    ``LTC_OVERSIGHT_FILE_MAX_BYTES`` (413 ``FILE_TOO_LARGE``). A contractor in its counties; 404
    ``INSPECTION_NOT_FOUND`` outside them.

    Args:
        inspection_id (UUID):
        purpose (AddVisitFilePurpose): what the file shows
        filename (None | str | Unset): the file's name, for a raw body (a form part names its own)
        body (File):
        body (File):
        body (File):
        body (File):
        body (AddVisitFileFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddVisitFileResponse400 | AddVisitFileResponse401 | AddVisitFileResponse403 | AddVisitFileResponse404 | AddVisitFileResponse409 | AddVisitFileResponse413 | AddVisitFileResponse415 | AddVisitFileResponse422 | AddVisitFileResponse429 | AddVisitFileResponse500 | AddVisitFileResponse502 | AddVisitFileResponse503 | AddVisitFileResponse504 | StoredFile
    """

    return (
        await asyncio_detailed(
            inspection_id=inspection_id,
            client=client,
            body=body,
            purpose=purpose,
            filename=filename,
        )
    ).parsed
