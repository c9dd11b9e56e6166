from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.expert_import import ExpertImport
from ...models.import_experts_files_body import ImportExpertsFilesBody
from ...models.import_experts_response_400 import ImportExpertsResponse400
from ...models.import_experts_response_401 import ImportExpertsResponse401
from ...models.import_experts_response_403 import ImportExpertsResponse403
from ...models.import_experts_response_404 import ImportExpertsResponse404
from ...models.import_experts_response_409 import ImportExpertsResponse409
from ...models.import_experts_response_413 import ImportExpertsResponse413
from ...models.import_experts_response_415 import ImportExpertsResponse415
from ...models.import_experts_response_422 import ImportExpertsResponse422
from ...models.import_experts_response_429 import ImportExpertsResponse429
from ...models.import_experts_response_500 import ImportExpertsResponse500
from ...models.import_experts_response_502 import ImportExpertsResponse502
from ...models.import_experts_response_503 import ImportExpertsResponse503
from ...models.import_experts_response_504 import ImportExpertsResponse504
from ...types import UNSET, File, Response


def _get_kwargs(
    *,
    body: File | ImportExpertsFilesBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/experts:import",
    }

    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "text/csv"
    if isinstance(body, ImportExpertsFilesBody):
        _kwargs["files"] = body.to_multipart()

        headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ExpertImport
    | ImportExpertsResponse400
    | ImportExpertsResponse401
    | ImportExpertsResponse403
    | ImportExpertsResponse404
    | ImportExpertsResponse409
    | ImportExpertsResponse413
    | ImportExpertsResponse415
    | ImportExpertsResponse422
    | ImportExpertsResponse429
    | ImportExpertsResponse500
    | ImportExpertsResponse502
    | ImportExpertsResponse503
    | ImportExpertsResponse504
    | None
):
    if response.status_code == 200:
        response_200 = ExpertImport.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ImportExpertsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ImportExpertsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ImportExpertsResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ImportExpertsResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ImportExpertsResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ImportExpertsResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = ImportExpertsResponse415.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = ImportExpertsResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ImportExpertsResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ImportExpertsResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ImportExpertsResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ImportExpertsResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ImportExpertsResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ExpertImport
    | ImportExpertsResponse400
    | ImportExpertsResponse401
    | ImportExpertsResponse403
    | ImportExpertsResponse404
    | ImportExpertsResponse409
    | ImportExpertsResponse413
    | ImportExpertsResponse415
    | ImportExpertsResponse422
    | ImportExpertsResponse429
    | ImportExpertsResponse500
    | ImportExpertsResponse502
    | ImportExpertsResponse503
    | ImportExpertsResponse504
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
    body: File | ImportExpertsFilesBody | Unset = UNSET,
) -> Response[
    ExpertImport
    | ImportExpertsResponse400
    | ImportExpertsResponse401
    | ImportExpertsResponse403
    | ImportExpertsResponse404
    | ImportExpertsResponse409
    | ImportExpertsResponse413
    | ImportExpertsResponse415
    | ImportExpertsResponse422
    | ImportExpertsResponse429
    | ImportExpertsResponse500
    | ImportExpertsResponse502
    | ImportExpertsResponse503
    | ImportExpertsResponse504
]:
    """Bulk import of the pool from CSV (the body, or a multipart form's `file`)

     Columns: ``code,name,profession,institution_id,county_codes,qualification_expires_on,
    training_expires_on,relative_person_ids,family_doctor_person_ids`` (lists separated by ``;``).
    Upserts
    by ``code``; bad rows are reported by line and never stop the good ones. Streamed into staging
    (``shared/intake``); the answer carries every error inline.

    Args:
        body (File):
        body (ImportExpertsFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExpertImport | ImportExpertsResponse400 | ImportExpertsResponse401 | ImportExpertsResponse403 | ImportExpertsResponse404 | ImportExpertsResponse409 | ImportExpertsResponse413 | ImportExpertsResponse415 | ImportExpertsResponse422 | ImportExpertsResponse429 | ImportExpertsResponse500 | ImportExpertsResponse502 | ImportExpertsResponse503 | ImportExpertsResponse504]
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
    body: File | ImportExpertsFilesBody | Unset = UNSET,
) -> (
    ExpertImport
    | ImportExpertsResponse400
    | ImportExpertsResponse401
    | ImportExpertsResponse403
    | ImportExpertsResponse404
    | ImportExpertsResponse409
    | ImportExpertsResponse413
    | ImportExpertsResponse415
    | ImportExpertsResponse422
    | ImportExpertsResponse429
    | ImportExpertsResponse500
    | ImportExpertsResponse502
    | ImportExpertsResponse503
    | ImportExpertsResponse504
    | None
):
    """Bulk import of the pool from CSV (the body, or a multipart form's `file`)

     Columns: ``code,name,profession,institution_id,county_codes,qualification_expires_on,
    training_expires_on,relative_person_ids,family_doctor_person_ids`` (lists separated by ``;``).
    Upserts
    by ``code``; bad rows are reported by line and never stop the good ones. Streamed into staging
    (``shared/intake``); the answer carries every error inline.

    Args:
        body (File):
        body (ImportExpertsFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExpertImport | ImportExpertsResponse400 | ImportExpertsResponse401 | ImportExpertsResponse403 | ImportExpertsResponse404 | ImportExpertsResponse409 | ImportExpertsResponse413 | ImportExpertsResponse415 | ImportExpertsResponse422 | ImportExpertsResponse429 | ImportExpertsResponse500 | ImportExpertsResponse502 | ImportExpertsResponse503 | ImportExpertsResponse504
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: File | ImportExpertsFilesBody | Unset = UNSET,
) -> Response[
    ExpertImport
    | ImportExpertsResponse400
    | ImportExpertsResponse401
    | ImportExpertsResponse403
    | ImportExpertsResponse404
    | ImportExpertsResponse409
    | ImportExpertsResponse413
    | ImportExpertsResponse415
    | ImportExpertsResponse422
    | ImportExpertsResponse429
    | ImportExpertsResponse500
    | ImportExpertsResponse502
    | ImportExpertsResponse503
    | ImportExpertsResponse504
]:
    """Bulk import of the pool from CSV (the body, or a multipart form's `file`)

     Columns: ``code,name,profession,institution_id,county_codes,qualification_expires_on,
    training_expires_on,relative_person_ids,family_doctor_person_ids`` (lists separated by ``;``).
    Upserts
    by ``code``; bad rows are reported by line and never stop the good ones. Streamed into staging
    (``shared/intake``); the answer carries every error inline.

    Args:
        body (File):
        body (ImportExpertsFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExpertImport | ImportExpertsResponse400 | ImportExpertsResponse401 | ImportExpertsResponse403 | ImportExpertsResponse404 | ImportExpertsResponse409 | ImportExpertsResponse413 | ImportExpertsResponse415 | ImportExpertsResponse422 | ImportExpertsResponse429 | ImportExpertsResponse500 | ImportExpertsResponse502 | ImportExpertsResponse503 | ImportExpertsResponse504]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: File | ImportExpertsFilesBody | Unset = UNSET,
) -> (
    ExpertImport
    | ImportExpertsResponse400
    | ImportExpertsResponse401
    | ImportExpertsResponse403
    | ImportExpertsResponse404
    | ImportExpertsResponse409
    | ImportExpertsResponse413
    | ImportExpertsResponse415
    | ImportExpertsResponse422
    | ImportExpertsResponse429
    | ImportExpertsResponse500
    | ImportExpertsResponse502
    | ImportExpertsResponse503
    | ImportExpertsResponse504
    | None
):
    """Bulk import of the pool from CSV (the body, or a multipart form's `file`)

     Columns: ``code,name,profession,institution_id,county_codes,qualification_expires_on,
    training_expires_on,relative_person_ids,family_doctor_person_ids`` (lists separated by ``;``).
    Upserts
    by ``code``; bad rows are reported by line and never stop the good ones. Streamed into staging
    (``shared/intake``); the answer carries every error inline.

    Args:
        body (File):
        body (ImportExpertsFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExpertImport | ImportExpertsResponse400 | ImportExpertsResponse401 | ImportExpertsResponse403 | ImportExpertsResponse404 | ImportExpertsResponse409 | ImportExpertsResponse413 | ImportExpertsResponse415 | ImportExpertsResponse422 | ImportExpertsResponse429 | ImportExpertsResponse500 | ImportExpertsResponse502 | ImportExpertsResponse503 | ImportExpertsResponse504
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
