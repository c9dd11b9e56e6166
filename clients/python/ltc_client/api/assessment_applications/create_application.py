from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.application import Application
from ...models.application_create import ApplicationCreate
from ...models.create_application_response_400 import CreateApplicationResponse400
from ...models.create_application_response_401 import CreateApplicationResponse401
from ...models.create_application_response_403 import CreateApplicationResponse403
from ...models.create_application_response_404 import CreateApplicationResponse404
from ...models.create_application_response_409 import CreateApplicationResponse409
from ...models.create_application_response_413 import CreateApplicationResponse413
from ...models.create_application_response_422 import CreateApplicationResponse422
from ...models.create_application_response_429 import CreateApplicationResponse429
from ...models.create_application_response_500 import CreateApplicationResponse500
from ...models.create_application_response_502 import CreateApplicationResponse502
from ...models.create_application_response_503 import CreateApplicationResponse503
from ...models.create_application_response_504 import CreateApplicationResponse504
from ...types import Response


def _get_kwargs(
    *,
    body: ApplicationCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/assessment-applications",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Application
    | CreateApplicationResponse400
    | CreateApplicationResponse401
    | CreateApplicationResponse403
    | CreateApplicationResponse404
    | CreateApplicationResponse409
    | CreateApplicationResponse413
    | CreateApplicationResponse422
    | CreateApplicationResponse429
    | CreateApplicationResponse500
    | CreateApplicationResponse502
    | CreateApplicationResponse503
    | CreateApplicationResponse504
    | None
):
    if response.status_code == 201:
        response_201 = Application.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = CreateApplicationResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateApplicationResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CreateApplicationResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = CreateApplicationResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = CreateApplicationResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = CreateApplicationResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = CreateApplicationResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = CreateApplicationResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = CreateApplicationResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = CreateApplicationResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = CreateApplicationResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = CreateApplicationResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Application
    | CreateApplicationResponse400
    | CreateApplicationResponse401
    | CreateApplicationResponse403
    | CreateApplicationResponse404
    | CreateApplicationResponse409
    | CreateApplicationResponse413
    | CreateApplicationResponse422
    | CreateApplicationResponse429
    | CreateApplicationResponse500
    | CreateApplicationResponse502
    | CreateApplicationResponse503
    | CreateApplicationResponse504
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
    body: ApplicationCreate,
) -> Response[
    Application
    | CreateApplicationResponse400
    | CreateApplicationResponse401
    | CreateApplicationResponse403
    | CreateApplicationResponse404
    | CreateApplicationResponse409
    | CreateApplicationResponse413
    | CreateApplicationResponse422
    | CreateApplicationResponse429
    | CreateApplicationResponse500
    | CreateApplicationResponse502
    | CreateApplicationResponse503
    | CreateApplicationResponse504
]:
    """Apply; the acceptance gate decides

     Accepted, or rejected with every reason code that applies: ``COUNTY_NOT_IN_SCHEME`` (the person's
    unit
    has not joined the scheme yet, asked of enrollment now), ``NOT_INSURED`` (asked of enrollment now),
    ``SELF_ASSESSMENT_GRADE_TOO_LOW`` (table B grade not E/F/G), ``DISABILITY_TOO_RECENT``,
    ``MATERIALS_INCOMPLETE``. 409 ``APPLICATION_ALREADY_OPEN`` names the open one to a caller that sees
    it;
    503 ``ENROLLMENT_UNAVAILABLE`` when enrollment cannot answer (nothing is recorded). A person outside
    the
    caller's counties is a 404 ``PERSON_NOT_FOUND``, as an unknown one.

    Args:
        body (ApplicationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Application | CreateApplicationResponse400 | CreateApplicationResponse401 | CreateApplicationResponse403 | CreateApplicationResponse404 | CreateApplicationResponse409 | CreateApplicationResponse413 | CreateApplicationResponse422 | CreateApplicationResponse429 | CreateApplicationResponse500 | CreateApplicationResponse502 | CreateApplicationResponse503 | CreateApplicationResponse504]
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
    body: ApplicationCreate,
) -> (
    Application
    | CreateApplicationResponse400
    | CreateApplicationResponse401
    | CreateApplicationResponse403
    | CreateApplicationResponse404
    | CreateApplicationResponse409
    | CreateApplicationResponse413
    | CreateApplicationResponse422
    | CreateApplicationResponse429
    | CreateApplicationResponse500
    | CreateApplicationResponse502
    | CreateApplicationResponse503
    | CreateApplicationResponse504
    | None
):
    """Apply; the acceptance gate decides

     Accepted, or rejected with every reason code that applies: ``COUNTY_NOT_IN_SCHEME`` (the person's
    unit
    has not joined the scheme yet, asked of enrollment now), ``NOT_INSURED`` (asked of enrollment now),
    ``SELF_ASSESSMENT_GRADE_TOO_LOW`` (table B grade not E/F/G), ``DISABILITY_TOO_RECENT``,
    ``MATERIALS_INCOMPLETE``. 409 ``APPLICATION_ALREADY_OPEN`` names the open one to a caller that sees
    it;
    503 ``ENROLLMENT_UNAVAILABLE`` when enrollment cannot answer (nothing is recorded). A person outside
    the
    caller's counties is a 404 ``PERSON_NOT_FOUND``, as an unknown one.

    Args:
        body (ApplicationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Application | CreateApplicationResponse400 | CreateApplicationResponse401 | CreateApplicationResponse403 | CreateApplicationResponse404 | CreateApplicationResponse409 | CreateApplicationResponse413 | CreateApplicationResponse422 | CreateApplicationResponse429 | CreateApplicationResponse500 | CreateApplicationResponse502 | CreateApplicationResponse503 | CreateApplicationResponse504
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ApplicationCreate,
) -> Response[
    Application
    | CreateApplicationResponse400
    | CreateApplicationResponse401
    | CreateApplicationResponse403
    | CreateApplicationResponse404
    | CreateApplicationResponse409
    | CreateApplicationResponse413
    | CreateApplicationResponse422
    | CreateApplicationResponse429
    | CreateApplicationResponse500
    | CreateApplicationResponse502
    | CreateApplicationResponse503
    | CreateApplicationResponse504
]:
    """Apply; the acceptance gate decides

     Accepted, or rejected with every reason code that applies: ``COUNTY_NOT_IN_SCHEME`` (the person's
    unit
    has not joined the scheme yet, asked of enrollment now), ``NOT_INSURED`` (asked of enrollment now),
    ``SELF_ASSESSMENT_GRADE_TOO_LOW`` (table B grade not E/F/G), ``DISABILITY_TOO_RECENT``,
    ``MATERIALS_INCOMPLETE``. 409 ``APPLICATION_ALREADY_OPEN`` names the open one to a caller that sees
    it;
    503 ``ENROLLMENT_UNAVAILABLE`` when enrollment cannot answer (nothing is recorded). A person outside
    the
    caller's counties is a 404 ``PERSON_NOT_FOUND``, as an unknown one.

    Args:
        body (ApplicationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Application | CreateApplicationResponse400 | CreateApplicationResponse401 | CreateApplicationResponse403 | CreateApplicationResponse404 | CreateApplicationResponse409 | CreateApplicationResponse413 | CreateApplicationResponse422 | CreateApplicationResponse429 | CreateApplicationResponse500 | CreateApplicationResponse502 | CreateApplicationResponse503 | CreateApplicationResponse504]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ApplicationCreate,
) -> (
    Application
    | CreateApplicationResponse400
    | CreateApplicationResponse401
    | CreateApplicationResponse403
    | CreateApplicationResponse404
    | CreateApplicationResponse409
    | CreateApplicationResponse413
    | CreateApplicationResponse422
    | CreateApplicationResponse429
    | CreateApplicationResponse500
    | CreateApplicationResponse502
    | CreateApplicationResponse503
    | CreateApplicationResponse504
    | None
):
    """Apply; the acceptance gate decides

     Accepted, or rejected with every reason code that applies: ``COUNTY_NOT_IN_SCHEME`` (the person's
    unit
    has not joined the scheme yet, asked of enrollment now), ``NOT_INSURED`` (asked of enrollment now),
    ``SELF_ASSESSMENT_GRADE_TOO_LOW`` (table B grade not E/F/G), ``DISABILITY_TOO_RECENT``,
    ``MATERIALS_INCOMPLETE``. 409 ``APPLICATION_ALREADY_OPEN`` names the open one to a caller that sees
    it;
    503 ``ENROLLMENT_UNAVAILABLE`` when enrollment cannot answer (nothing is recorded). A person outside
    the
    caller's counties is a 404 ``PERSON_NOT_FOUND``, as an unknown one.

    Args:
        body (ApplicationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Application | CreateApplicationResponse400 | CreateApplicationResponse401 | CreateApplicationResponse403 | CreateApplicationResponse404 | CreateApplicationResponse409 | CreateApplicationResponse413 | CreateApplicationResponse422 | CreateApplicationResponse429 | CreateApplicationResponse500 | CreateApplicationResponse502 | CreateApplicationResponse503 | CreateApplicationResponse504
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
