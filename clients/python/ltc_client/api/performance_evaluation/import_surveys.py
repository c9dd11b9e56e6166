from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.import_surveys_files_body import ImportSurveysFilesBody
from ...models.import_surveys_response_400 import ImportSurveysResponse400
from ...models.import_surveys_response_401 import ImportSurveysResponse401
from ...models.import_surveys_response_403 import ImportSurveysResponse403
from ...models.import_surveys_response_404 import ImportSurveysResponse404
from ...models.import_surveys_response_409 import ImportSurveysResponse409
from ...models.import_surveys_response_413 import ImportSurveysResponse413
from ...models.import_surveys_response_415 import ImportSurveysResponse415
from ...models.import_surveys_response_422 import ImportSurveysResponse422
from ...models.import_surveys_response_429 import ImportSurveysResponse429
from ...models.import_surveys_response_500 import ImportSurveysResponse500
from ...models.import_surveys_response_502 import ImportSurveysResponse502
from ...models.import_surveys_response_503 import ImportSurveysResponse503
from ...models.import_surveys_response_504 import ImportSurveysResponse504
from ...models.survey_import import SurveyImport
from ...types import UNSET, File, Response


def _get_kwargs(
    *,
    body: File | ImportSurveysFilesBody | Unset = UNSET,
    evaluation_id: UUID,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_evaluation_id = str(evaluation_id)
    params["evaluation_id"] = json_evaluation_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/survey-imports",
        "params": params,
    }

    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "text/csv"
    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "application/x-ndjson"
    if isinstance(body, ImportSurveysFilesBody):
        _kwargs["files"] = body.to_multipart()

        headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ImportSurveysResponse400
    | ImportSurveysResponse401
    | ImportSurveysResponse403
    | ImportSurveysResponse404
    | ImportSurveysResponse409
    | ImportSurveysResponse413
    | ImportSurveysResponse415
    | ImportSurveysResponse422
    | ImportSurveysResponse429
    | ImportSurveysResponse500
    | ImportSurveysResponse502
    | ImportSurveysResponse503
    | ImportSurveysResponse504
    | SurveyImport
    | None
):
    if response.status_code == 201:
        response_201 = SurveyImport.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ImportSurveysResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ImportSurveysResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ImportSurveysResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ImportSurveysResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ImportSurveysResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ImportSurveysResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = ImportSurveysResponse415.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = ImportSurveysResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ImportSurveysResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ImportSurveysResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ImportSurveysResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ImportSurveysResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ImportSurveysResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ImportSurveysResponse400
    | ImportSurveysResponse401
    | ImportSurveysResponse403
    | ImportSurveysResponse404
    | ImportSurveysResponse409
    | ImportSurveysResponse413
    | ImportSurveysResponse415
    | ImportSurveysResponse422
    | ImportSurveysResponse429
    | ImportSurveysResponse500
    | ImportSurveysResponse502
    | ImportSurveysResponse503
    | ImportSurveysResponse504
    | SurveyImport
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
    body: File | ImportSurveysFilesBody | Unset = UNSET,
    evaluation_id: UUID,
) -> Response[
    ImportSurveysResponse400
    | ImportSurveysResponse401
    | ImportSurveysResponse403
    | ImportSurveysResponse404
    | ImportSurveysResponse409
    | ImportSurveysResponse413
    | ImportSurveysResponse415
    | ImportSurveysResponse422
    | ImportSurveysResponse429
    | ImportSurveysResponse500
    | ImportSurveysResponse502
    | ImportSurveysResponse503
    | ImportSurveysResponse504
    | SurveyImport
]:
    """Import an evaluation's beneficiary satisfaction survey answers (CSV or JSON lines)

     `evaluation_id` in the query names the evaluation. Columns / keys: respondent_ref (the survey's own
    reference of the beneficiary; no ID number), indicator_code (a survey indicator of the evaluation's
    scheme), score (a whole number 0–100), surveyed_on (YYYY-MM-DD, within the evaluated period),
    comment (optional). Good rows are kept when others fail; a respondent's answer to an indicator is
    recorded once (the same file again changes nothing). Row codes: `REQUIRED`, `TOO_LONG`,
    `DUPLICATE_IN_FILE`, `INDICATOR_UNKNOWN`, `SCORE_FORMAT`, `DATE_FORMAT`, `DATE_OUTSIDE_PERIOD`,
    `MALFORMED_LINE` (`GET /survey-imports/{job_id}/errors`). Each survey indicator with answers is
    scored at once: the mean × 100 through its bands.

    Args:
        evaluation_id (UUID):
        body (File):
        body (File):
        body (ImportSurveysFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportSurveysResponse400 | ImportSurveysResponse401 | ImportSurveysResponse403 | ImportSurveysResponse404 | ImportSurveysResponse409 | ImportSurveysResponse413 | ImportSurveysResponse415 | ImportSurveysResponse422 | ImportSurveysResponse429 | ImportSurveysResponse500 | ImportSurveysResponse502 | ImportSurveysResponse503 | ImportSurveysResponse504 | SurveyImport]
    """

    kwargs = _get_kwargs(
        body=body,
        evaluation_id=evaluation_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: File | ImportSurveysFilesBody | Unset = UNSET,
    evaluation_id: UUID,
) -> (
    ImportSurveysResponse400
    | ImportSurveysResponse401
    | ImportSurveysResponse403
    | ImportSurveysResponse404
    | ImportSurveysResponse409
    | ImportSurveysResponse413
    | ImportSurveysResponse415
    | ImportSurveysResponse422
    | ImportSurveysResponse429
    | ImportSurveysResponse500
    | ImportSurveysResponse502
    | ImportSurveysResponse503
    | ImportSurveysResponse504
    | SurveyImport
    | None
):
    """Import an evaluation's beneficiary satisfaction survey answers (CSV or JSON lines)

     `evaluation_id` in the query names the evaluation. Columns / keys: respondent_ref (the survey's own
    reference of the beneficiary; no ID number), indicator_code (a survey indicator of the evaluation's
    scheme), score (a whole number 0–100), surveyed_on (YYYY-MM-DD, within the evaluated period),
    comment (optional). Good rows are kept when others fail; a respondent's answer to an indicator is
    recorded once (the same file again changes nothing). Row codes: `REQUIRED`, `TOO_LONG`,
    `DUPLICATE_IN_FILE`, `INDICATOR_UNKNOWN`, `SCORE_FORMAT`, `DATE_FORMAT`, `DATE_OUTSIDE_PERIOD`,
    `MALFORMED_LINE` (`GET /survey-imports/{job_id}/errors`). Each survey indicator with answers is
    scored at once: the mean × 100 through its bands.

    Args:
        evaluation_id (UUID):
        body (File):
        body (File):
        body (ImportSurveysFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportSurveysResponse400 | ImportSurveysResponse401 | ImportSurveysResponse403 | ImportSurveysResponse404 | ImportSurveysResponse409 | ImportSurveysResponse413 | ImportSurveysResponse415 | ImportSurveysResponse422 | ImportSurveysResponse429 | ImportSurveysResponse500 | ImportSurveysResponse502 | ImportSurveysResponse503 | ImportSurveysResponse504 | SurveyImport
    """

    return sync_detailed(
        client=client,
        body=body,
        evaluation_id=evaluation_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: File | ImportSurveysFilesBody | Unset = UNSET,
    evaluation_id: UUID,
) -> Response[
    ImportSurveysResponse400
    | ImportSurveysResponse401
    | ImportSurveysResponse403
    | ImportSurveysResponse404
    | ImportSurveysResponse409
    | ImportSurveysResponse413
    | ImportSurveysResponse415
    | ImportSurveysResponse422
    | ImportSurveysResponse429
    | ImportSurveysResponse500
    | ImportSurveysResponse502
    | ImportSurveysResponse503
    | ImportSurveysResponse504
    | SurveyImport
]:
    """Import an evaluation's beneficiary satisfaction survey answers (CSV or JSON lines)

     `evaluation_id` in the query names the evaluation. Columns / keys: respondent_ref (the survey's own
    reference of the beneficiary; no ID number), indicator_code (a survey indicator of the evaluation's
    scheme), score (a whole number 0–100), surveyed_on (YYYY-MM-DD, within the evaluated period),
    comment (optional). Good rows are kept when others fail; a respondent's answer to an indicator is
    recorded once (the same file again changes nothing). Row codes: `REQUIRED`, `TOO_LONG`,
    `DUPLICATE_IN_FILE`, `INDICATOR_UNKNOWN`, `SCORE_FORMAT`, `DATE_FORMAT`, `DATE_OUTSIDE_PERIOD`,
    `MALFORMED_LINE` (`GET /survey-imports/{job_id}/errors`). Each survey indicator with answers is
    scored at once: the mean × 100 through its bands.

    Args:
        evaluation_id (UUID):
        body (File):
        body (File):
        body (ImportSurveysFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportSurveysResponse400 | ImportSurveysResponse401 | ImportSurveysResponse403 | ImportSurveysResponse404 | ImportSurveysResponse409 | ImportSurveysResponse413 | ImportSurveysResponse415 | ImportSurveysResponse422 | ImportSurveysResponse429 | ImportSurveysResponse500 | ImportSurveysResponse502 | ImportSurveysResponse503 | ImportSurveysResponse504 | SurveyImport]
    """

    kwargs = _get_kwargs(
        body=body,
        evaluation_id=evaluation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: File | ImportSurveysFilesBody | Unset = UNSET,
    evaluation_id: UUID,
) -> (
    ImportSurveysResponse400
    | ImportSurveysResponse401
    | ImportSurveysResponse403
    | ImportSurveysResponse404
    | ImportSurveysResponse409
    | ImportSurveysResponse413
    | ImportSurveysResponse415
    | ImportSurveysResponse422
    | ImportSurveysResponse429
    | ImportSurveysResponse500
    | ImportSurveysResponse502
    | ImportSurveysResponse503
    | ImportSurveysResponse504
    | SurveyImport
    | None
):
    """Import an evaluation's beneficiary satisfaction survey answers (CSV or JSON lines)

     `evaluation_id` in the query names the evaluation. Columns / keys: respondent_ref (the survey's own
    reference of the beneficiary; no ID number), indicator_code (a survey indicator of the evaluation's
    scheme), score (a whole number 0–100), surveyed_on (YYYY-MM-DD, within the evaluated period),
    comment (optional). Good rows are kept when others fail; a respondent's answer to an indicator is
    recorded once (the same file again changes nothing). Row codes: `REQUIRED`, `TOO_LONG`,
    `DUPLICATE_IN_FILE`, `INDICATOR_UNKNOWN`, `SCORE_FORMAT`, `DATE_FORMAT`, `DATE_OUTSIDE_PERIOD`,
    `MALFORMED_LINE` (`GET /survey-imports/{job_id}/errors`). Each survey indicator with answers is
    scored at once: the mean × 100 through its bands.

    Args:
        evaluation_id (UUID):
        body (File):
        body (File):
        body (ImportSurveysFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportSurveysResponse400 | ImportSurveysResponse401 | ImportSurveysResponse403 | ImportSurveysResponse404 | ImportSurveysResponse409 | ImportSurveysResponse413 | ImportSurveysResponse415 | ImportSurveysResponse422 | ImportSurveysResponse429 | ImportSurveysResponse500 | ImportSurveysResponse502 | ImportSurveysResponse503 | ImportSurveysResponse504 | SurveyImport
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            evaluation_id=evaluation_id,
        )
    ).parsed
