from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.case import Case
from ...models.case_create import CaseCreate
from ...models.open_case_response_400 import OpenCaseResponse400
from ...models.open_case_response_401 import OpenCaseResponse401
from ...models.open_case_response_403 import OpenCaseResponse403
from ...models.open_case_response_404 import OpenCaseResponse404
from ...models.open_case_response_409 import OpenCaseResponse409
from ...models.open_case_response_413 import OpenCaseResponse413
from ...models.open_case_response_422 import OpenCaseResponse422
from ...models.open_case_response_429 import OpenCaseResponse429
from ...models.open_case_response_500 import OpenCaseResponse500
from ...models.open_case_response_502 import OpenCaseResponse502
from ...models.open_case_response_503 import OpenCaseResponse503
from ...models.open_case_response_504 import OpenCaseResponse504
from ...types import Response


def _get_kwargs(
    *,
    body: CaseCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/cases",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Case
    | OpenCaseResponse400
    | OpenCaseResponse401
    | OpenCaseResponse403
    | OpenCaseResponse404
    | OpenCaseResponse409
    | OpenCaseResponse413
    | OpenCaseResponse422
    | OpenCaseResponse429
    | OpenCaseResponse500
    | OpenCaseResponse502
    | OpenCaseResponse503
    | OpenCaseResponse504
    | None
):
    if response.status_code == 201:
        response_201 = Case.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = OpenCaseResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = OpenCaseResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = OpenCaseResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = OpenCaseResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = OpenCaseResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = OpenCaseResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = OpenCaseResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = OpenCaseResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = OpenCaseResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = OpenCaseResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = OpenCaseResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = OpenCaseResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Case
    | OpenCaseResponse400
    | OpenCaseResponse401
    | OpenCaseResponse403
    | OpenCaseResponse404
    | OpenCaseResponse409
    | OpenCaseResponse413
    | OpenCaseResponse422
    | OpenCaseResponse429
    | OpenCaseResponse500
    | OpenCaseResponse502
    | OpenCaseResponse503
    | OpenCaseResponse504
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
    body: CaseCreate,
) -> Response[
    Case
    | OpenCaseResponse400
    | OpenCaseResponse401
    | OpenCaseResponse403
    | OpenCaseResponse404
    | OpenCaseResponse409
    | OpenCaseResponse413
    | OpenCaseResponse422
    | OpenCaseResponse429
    | OpenCaseResponse500
    | OpenCaseResponse502
    | OpenCaseResponse503
    | OpenCaseResponse504
]:
    """Open a case of suspected violation

     On an institution, from a finding (``inspection_id``), a review (``service_record_id``), a complaint
    (``complaint_id``) or a data rule (``data_rule``). 422 ``INSTITUTION_UNKNOWN`` for an institution
    the
    caller may not name (a contractor: outside its counties), ``CASE_SOURCE_UNKNOWN``.

    Args:
        body (CaseCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Case | OpenCaseResponse400 | OpenCaseResponse401 | OpenCaseResponse403 | OpenCaseResponse404 | OpenCaseResponse409 | OpenCaseResponse413 | OpenCaseResponse422 | OpenCaseResponse429 | OpenCaseResponse500 | OpenCaseResponse502 | OpenCaseResponse503 | OpenCaseResponse504]
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
    body: CaseCreate,
) -> (
    Case
    | OpenCaseResponse400
    | OpenCaseResponse401
    | OpenCaseResponse403
    | OpenCaseResponse404
    | OpenCaseResponse409
    | OpenCaseResponse413
    | OpenCaseResponse422
    | OpenCaseResponse429
    | OpenCaseResponse500
    | OpenCaseResponse502
    | OpenCaseResponse503
    | OpenCaseResponse504
    | None
):
    """Open a case of suspected violation

     On an institution, from a finding (``inspection_id``), a review (``service_record_id``), a complaint
    (``complaint_id``) or a data rule (``data_rule``). 422 ``INSTITUTION_UNKNOWN`` for an institution
    the
    caller may not name (a contractor: outside its counties), ``CASE_SOURCE_UNKNOWN``.

    Args:
        body (CaseCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Case | OpenCaseResponse400 | OpenCaseResponse401 | OpenCaseResponse403 | OpenCaseResponse404 | OpenCaseResponse409 | OpenCaseResponse413 | OpenCaseResponse422 | OpenCaseResponse429 | OpenCaseResponse500 | OpenCaseResponse502 | OpenCaseResponse503 | OpenCaseResponse504
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CaseCreate,
) -> Response[
    Case
    | OpenCaseResponse400
    | OpenCaseResponse401
    | OpenCaseResponse403
    | OpenCaseResponse404
    | OpenCaseResponse409
    | OpenCaseResponse413
    | OpenCaseResponse422
    | OpenCaseResponse429
    | OpenCaseResponse500
    | OpenCaseResponse502
    | OpenCaseResponse503
    | OpenCaseResponse504
]:
    """Open a case of suspected violation

     On an institution, from a finding (``inspection_id``), a review (``service_record_id``), a complaint
    (``complaint_id``) or a data rule (``data_rule``). 422 ``INSTITUTION_UNKNOWN`` for an institution
    the
    caller may not name (a contractor: outside its counties), ``CASE_SOURCE_UNKNOWN``.

    Args:
        body (CaseCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Case | OpenCaseResponse400 | OpenCaseResponse401 | OpenCaseResponse403 | OpenCaseResponse404 | OpenCaseResponse409 | OpenCaseResponse413 | OpenCaseResponse422 | OpenCaseResponse429 | OpenCaseResponse500 | OpenCaseResponse502 | OpenCaseResponse503 | OpenCaseResponse504]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CaseCreate,
) -> (
    Case
    | OpenCaseResponse400
    | OpenCaseResponse401
    | OpenCaseResponse403
    | OpenCaseResponse404
    | OpenCaseResponse409
    | OpenCaseResponse413
    | OpenCaseResponse422
    | OpenCaseResponse429
    | OpenCaseResponse500
    | OpenCaseResponse502
    | OpenCaseResponse503
    | OpenCaseResponse504
    | None
):
    """Open a case of suspected violation

     On an institution, from a finding (``inspection_id``), a review (``service_record_id``), a complaint
    (``complaint_id``) or a data rule (``data_rule``). 422 ``INSTITUTION_UNKNOWN`` for an institution
    the
    caller may not name (a contractor: outside its counties), ``CASE_SOURCE_UNKNOWN``.

    Args:
        body (CaseCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Case | OpenCaseResponse400 | OpenCaseResponse401 | OpenCaseResponse403 | OpenCaseResponse404 | OpenCaseResponse409 | OpenCaseResponse413 | OpenCaseResponse422 | OpenCaseResponse429 | OpenCaseResponse500 | OpenCaseResponse502 | OpenCaseResponse503 | OpenCaseResponse504
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
