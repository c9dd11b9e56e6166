from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_survey_import_response_400 import GetSurveyImportResponse400
from ...models.get_survey_import_response_401 import GetSurveyImportResponse401
from ...models.get_survey_import_response_403 import GetSurveyImportResponse403
from ...models.get_survey_import_response_404 import GetSurveyImportResponse404
from ...models.get_survey_import_response_422 import GetSurveyImportResponse422
from ...models.get_survey_import_response_429 import GetSurveyImportResponse429
from ...models.get_survey_import_response_500 import GetSurveyImportResponse500
from ...models.get_survey_import_response_502 import GetSurveyImportResponse502
from ...models.get_survey_import_response_503 import GetSurveyImportResponse503
from ...models.get_survey_import_response_504 import GetSurveyImportResponse504
from ...models.survey_import import SurveyImport
from ...types import Response


def _get_kwargs(
    job_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/survey-imports/{job_id}".format(
            job_id=quote(str(job_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetSurveyImportResponse400
    | GetSurveyImportResponse401
    | GetSurveyImportResponse403
    | GetSurveyImportResponse404
    | GetSurveyImportResponse422
    | GetSurveyImportResponse429
    | GetSurveyImportResponse500
    | GetSurveyImportResponse502
    | GetSurveyImportResponse503
    | GetSurveyImportResponse504
    | SurveyImport
    | None
):
    if response.status_code == 200:
        response_200 = SurveyImport.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetSurveyImportResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetSurveyImportResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetSurveyImportResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetSurveyImportResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = GetSurveyImportResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetSurveyImportResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetSurveyImportResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = GetSurveyImportResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = GetSurveyImportResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = GetSurveyImportResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetSurveyImportResponse400
    | GetSurveyImportResponse401
    | GetSurveyImportResponse403
    | GetSurveyImportResponse404
    | GetSurveyImportResponse422
    | GetSurveyImportResponse429
    | GetSurveyImportResponse500
    | GetSurveyImportResponse502
    | GetSurveyImportResponse503
    | GetSurveyImportResponse504
    | SurveyImport
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    job_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetSurveyImportResponse400
    | GetSurveyImportResponse401
    | GetSurveyImportResponse403
    | GetSurveyImportResponse404
    | GetSurveyImportResponse422
    | GetSurveyImportResponse429
    | GetSurveyImportResponse500
    | GetSurveyImportResponse502
    | GetSurveyImportResponse503
    | GetSurveyImportResponse504
    | SurveyImport
]:
    """One survey import

    Args:
        job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetSurveyImportResponse400 | GetSurveyImportResponse401 | GetSurveyImportResponse403 | GetSurveyImportResponse404 | GetSurveyImportResponse422 | GetSurveyImportResponse429 | GetSurveyImportResponse500 | GetSurveyImportResponse502 | GetSurveyImportResponse503 | GetSurveyImportResponse504 | SurveyImport]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetSurveyImportResponse400
    | GetSurveyImportResponse401
    | GetSurveyImportResponse403
    | GetSurveyImportResponse404
    | GetSurveyImportResponse422
    | GetSurveyImportResponse429
    | GetSurveyImportResponse500
    | GetSurveyImportResponse502
    | GetSurveyImportResponse503
    | GetSurveyImportResponse504
    | SurveyImport
    | None
):
    """One survey import

    Args:
        job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetSurveyImportResponse400 | GetSurveyImportResponse401 | GetSurveyImportResponse403 | GetSurveyImportResponse404 | GetSurveyImportResponse422 | GetSurveyImportResponse429 | GetSurveyImportResponse500 | GetSurveyImportResponse502 | GetSurveyImportResponse503 | GetSurveyImportResponse504 | SurveyImport
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    job_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetSurveyImportResponse400
    | GetSurveyImportResponse401
    | GetSurveyImportResponse403
    | GetSurveyImportResponse404
    | GetSurveyImportResponse422
    | GetSurveyImportResponse429
    | GetSurveyImportResponse500
    | GetSurveyImportResponse502
    | GetSurveyImportResponse503
    | GetSurveyImportResponse504
    | SurveyImport
]:
    """One survey import

    Args:
        job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetSurveyImportResponse400 | GetSurveyImportResponse401 | GetSurveyImportResponse403 | GetSurveyImportResponse404 | GetSurveyImportResponse422 | GetSurveyImportResponse429 | GetSurveyImportResponse500 | GetSurveyImportResponse502 | GetSurveyImportResponse503 | GetSurveyImportResponse504 | SurveyImport]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetSurveyImportResponse400
    | GetSurveyImportResponse401
    | GetSurveyImportResponse403
    | GetSurveyImportResponse404
    | GetSurveyImportResponse422
    | GetSurveyImportResponse429
    | GetSurveyImportResponse500
    | GetSurveyImportResponse502
    | GetSurveyImportResponse503
    | GetSurveyImportResponse504
    | SurveyImport
    | None
):
    """One survey import

    Args:
        job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetSurveyImportResponse400 | GetSurveyImportResponse401 | GetSurveyImportResponse403 | GetSurveyImportResponse404 | GetSurveyImportResponse422 | GetSurveyImportResponse429 | GetSurveyImportResponse500 | GetSurveyImportResponse502 | GetSurveyImportResponse503 | GetSurveyImportResponse504 | SurveyImport
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
        )
    ).parsed
