from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.assign_indicator_409_problem import AssignIndicator409Problem
from ...models.database_busy_upstream_unavailable_problem import DatabaseBusyUpstreamUnavailableProblem
from ...models.evaluation_not_found_problem import EvaluationNotFoundProblem
from ...models.import_persons_422_problem import ImportPersons422Problem
from ...models.import_surveys_files_body import ImportSurveysFilesBody
from ...models.internal_error_problem import InternalErrorProblem
from ...models.payload_too_large_problem import PayloadTooLargeProblem
from ...models.propose_annual_clearing_400_problem import ProposeAnnualClearing400Problem
from ...models.propose_annual_clearing_401_problem import ProposeAnnualClearing401Problem
from ...models.propose_annual_clearing_403_problem import ProposeAnnualClearing403Problem
from ...models.rate_limited_too_many_bad_keys_problem import RateLimitedTooManyBadKeysProblem
from ...models.survey_import import SurveyImport
from ...models.unsupported_media_type_problem import UnsupportedMediaTypeProblem
from ...models.upstream_error_problem import UpstreamErrorProblem
from ...models.upstream_timeout_problem import UpstreamTimeoutProblem
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
    AssignIndicator409Problem
    | DatabaseBusyUpstreamUnavailableProblem
    | EvaluationNotFoundProblem
    | ImportPersons422Problem
    | InternalErrorProblem
    | PayloadTooLargeProblem
    | ProposeAnnualClearing400Problem
    | ProposeAnnualClearing401Problem
    | ProposeAnnualClearing403Problem
    | RateLimitedTooManyBadKeysProblem
    | SurveyImport
    | UnsupportedMediaTypeProblem
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
    | None
):
    if response.status_code == 201:
        response_201 = SurveyImport.from_dict(response.json())

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
        response_404 = EvaluationNotFoundProblem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = AssignIndicator409Problem.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = PayloadTooLargeProblem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = UnsupportedMediaTypeProblem.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = ImportPersons422Problem.from_dict(response.json())

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
    AssignIndicator409Problem
    | DatabaseBusyUpstreamUnavailableProblem
    | EvaluationNotFoundProblem
    | ImportPersons422Problem
    | InternalErrorProblem
    | PayloadTooLargeProblem
    | ProposeAnnualClearing400Problem
    | ProposeAnnualClearing401Problem
    | ProposeAnnualClearing403Problem
    | RateLimitedTooManyBadKeysProblem
    | SurveyImport
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
    body: File | ImportSurveysFilesBody | Unset = UNSET,
    evaluation_id: UUID,
) -> Response[
    AssignIndicator409Problem
    | DatabaseBusyUpstreamUnavailableProblem
    | EvaluationNotFoundProblem
    | ImportPersons422Problem
    | InternalErrorProblem
    | PayloadTooLargeProblem
    | ProposeAnnualClearing400Problem
    | ProposeAnnualClearing401Problem
    | ProposeAnnualClearing403Problem
    | RateLimitedTooManyBadKeysProblem
    | SurveyImport
    | UnsupportedMediaTypeProblem
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
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
        Response[AssignIndicator409Problem | DatabaseBusyUpstreamUnavailableProblem | EvaluationNotFoundProblem | ImportPersons422Problem | InternalErrorProblem | PayloadTooLargeProblem | ProposeAnnualClearing400Problem | ProposeAnnualClearing401Problem | ProposeAnnualClearing403Problem | RateLimitedTooManyBadKeysProblem | SurveyImport | UnsupportedMediaTypeProblem | UpstreamErrorProblem | UpstreamTimeoutProblem]
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
    AssignIndicator409Problem
    | DatabaseBusyUpstreamUnavailableProblem
    | EvaluationNotFoundProblem
    | ImportPersons422Problem
    | InternalErrorProblem
    | PayloadTooLargeProblem
    | ProposeAnnualClearing400Problem
    | ProposeAnnualClearing401Problem
    | ProposeAnnualClearing403Problem
    | RateLimitedTooManyBadKeysProblem
    | SurveyImport
    | UnsupportedMediaTypeProblem
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
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
        AssignIndicator409Problem | DatabaseBusyUpstreamUnavailableProblem | EvaluationNotFoundProblem | ImportPersons422Problem | InternalErrorProblem | PayloadTooLargeProblem | ProposeAnnualClearing400Problem | ProposeAnnualClearing401Problem | ProposeAnnualClearing403Problem | RateLimitedTooManyBadKeysProblem | SurveyImport | UnsupportedMediaTypeProblem | UpstreamErrorProblem | UpstreamTimeoutProblem
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
    AssignIndicator409Problem
    | DatabaseBusyUpstreamUnavailableProblem
    | EvaluationNotFoundProblem
    | ImportPersons422Problem
    | InternalErrorProblem
    | PayloadTooLargeProblem
    | ProposeAnnualClearing400Problem
    | ProposeAnnualClearing401Problem
    | ProposeAnnualClearing403Problem
    | RateLimitedTooManyBadKeysProblem
    | SurveyImport
    | UnsupportedMediaTypeProblem
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
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
        Response[AssignIndicator409Problem | DatabaseBusyUpstreamUnavailableProblem | EvaluationNotFoundProblem | ImportPersons422Problem | InternalErrorProblem | PayloadTooLargeProblem | ProposeAnnualClearing400Problem | ProposeAnnualClearing401Problem | ProposeAnnualClearing403Problem | RateLimitedTooManyBadKeysProblem | SurveyImport | UnsupportedMediaTypeProblem | UpstreamErrorProblem | UpstreamTimeoutProblem]
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
    AssignIndicator409Problem
    | DatabaseBusyUpstreamUnavailableProblem
    | EvaluationNotFoundProblem
    | ImportPersons422Problem
    | InternalErrorProblem
    | PayloadTooLargeProblem
    | ProposeAnnualClearing400Problem
    | ProposeAnnualClearing401Problem
    | ProposeAnnualClearing403Problem
    | RateLimitedTooManyBadKeysProblem
    | SurveyImport
    | UnsupportedMediaTypeProblem
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
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
        AssignIndicator409Problem | DatabaseBusyUpstreamUnavailableProblem | EvaluationNotFoundProblem | ImportPersons422Problem | InternalErrorProblem | PayloadTooLargeProblem | ProposeAnnualClearing400Problem | ProposeAnnualClearing401Problem | ProposeAnnualClearing403Problem | RateLimitedTooManyBadKeysProblem | SurveyImport | UnsupportedMediaTypeProblem | UpstreamErrorProblem | UpstreamTimeoutProblem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            evaluation_id=evaluation_id,
        )
    ).parsed
