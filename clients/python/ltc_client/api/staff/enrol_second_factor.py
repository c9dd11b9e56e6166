from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.enrol_second_factor_response_400 import EnrolSecondFactorResponse400
from ...models.enrol_second_factor_response_401 import EnrolSecondFactorResponse401
from ...models.enrol_second_factor_response_403 import EnrolSecondFactorResponse403
from ...models.enrol_second_factor_response_404 import EnrolSecondFactorResponse404
from ...models.enrol_second_factor_response_409 import EnrolSecondFactorResponse409
from ...models.enrol_second_factor_response_413 import EnrolSecondFactorResponse413
from ...models.enrol_second_factor_response_422 import EnrolSecondFactorResponse422
from ...models.enrol_second_factor_response_429 import EnrolSecondFactorResponse429
from ...models.enrol_second_factor_response_500 import EnrolSecondFactorResponse500
from ...models.enrol_second_factor_response_503 import EnrolSecondFactorResponse503
from ...models.second_factor_enrolment import SecondFactorEnrolment
from ...types import Response


def _get_kwargs(
    staff_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/staff/{staff_id}/second-factor".format(
            staff_id=quote(str(staff_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    EnrolSecondFactorResponse400
    | EnrolSecondFactorResponse401
    | EnrolSecondFactorResponse403
    | EnrolSecondFactorResponse404
    | EnrolSecondFactorResponse409
    | EnrolSecondFactorResponse413
    | EnrolSecondFactorResponse422
    | EnrolSecondFactorResponse429
    | EnrolSecondFactorResponse500
    | EnrolSecondFactorResponse503
    | SecondFactorEnrolment
    | None
):
    if response.status_code == 200:
        response_200 = SecondFactorEnrolment.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = EnrolSecondFactorResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = EnrolSecondFactorResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = EnrolSecondFactorResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = EnrolSecondFactorResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = EnrolSecondFactorResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = EnrolSecondFactorResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = EnrolSecondFactorResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = EnrolSecondFactorResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = EnrolSecondFactorResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = EnrolSecondFactorResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    EnrolSecondFactorResponse400
    | EnrolSecondFactorResponse401
    | EnrolSecondFactorResponse403
    | EnrolSecondFactorResponse404
    | EnrolSecondFactorResponse409
    | EnrolSecondFactorResponse413
    | EnrolSecondFactorResponse422
    | EnrolSecondFactorResponse429
    | EnrolSecondFactorResponse500
    | EnrolSecondFactorResponse503
    | SecondFactorEnrolment
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    staff_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    EnrolSecondFactorResponse400
    | EnrolSecondFactorResponse401
    | EnrolSecondFactorResponse403
    | EnrolSecondFactorResponse404
    | EnrolSecondFactorResponse409
    | EnrolSecondFactorResponse413
    | EnrolSecondFactorResponse422
    | EnrolSecondFactorResponse429
    | EnrolSecondFactorResponse500
    | EnrolSecondFactorResponse503
    | SecondFactorEnrolment
]:
    """Enrol a TOTP second factor (bureau and admin accounts); the secret is shown once

    Args:
        staff_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnrolSecondFactorResponse400 | EnrolSecondFactorResponse401 | EnrolSecondFactorResponse403 | EnrolSecondFactorResponse404 | EnrolSecondFactorResponse409 | EnrolSecondFactorResponse413 | EnrolSecondFactorResponse422 | EnrolSecondFactorResponse429 | EnrolSecondFactorResponse500 | EnrolSecondFactorResponse503 | SecondFactorEnrolment]
    """

    kwargs = _get_kwargs(
        staff_id=staff_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    staff_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    EnrolSecondFactorResponse400
    | EnrolSecondFactorResponse401
    | EnrolSecondFactorResponse403
    | EnrolSecondFactorResponse404
    | EnrolSecondFactorResponse409
    | EnrolSecondFactorResponse413
    | EnrolSecondFactorResponse422
    | EnrolSecondFactorResponse429
    | EnrolSecondFactorResponse500
    | EnrolSecondFactorResponse503
    | SecondFactorEnrolment
    | None
):
    """Enrol a TOTP second factor (bureau and admin accounts); the secret is shown once

    Args:
        staff_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnrolSecondFactorResponse400 | EnrolSecondFactorResponse401 | EnrolSecondFactorResponse403 | EnrolSecondFactorResponse404 | EnrolSecondFactorResponse409 | EnrolSecondFactorResponse413 | EnrolSecondFactorResponse422 | EnrolSecondFactorResponse429 | EnrolSecondFactorResponse500 | EnrolSecondFactorResponse503 | SecondFactorEnrolment
    """

    return sync_detailed(
        staff_id=staff_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    staff_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    EnrolSecondFactorResponse400
    | EnrolSecondFactorResponse401
    | EnrolSecondFactorResponse403
    | EnrolSecondFactorResponse404
    | EnrolSecondFactorResponse409
    | EnrolSecondFactorResponse413
    | EnrolSecondFactorResponse422
    | EnrolSecondFactorResponse429
    | EnrolSecondFactorResponse500
    | EnrolSecondFactorResponse503
    | SecondFactorEnrolment
]:
    """Enrol a TOTP second factor (bureau and admin accounts); the secret is shown once

    Args:
        staff_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnrolSecondFactorResponse400 | EnrolSecondFactorResponse401 | EnrolSecondFactorResponse403 | EnrolSecondFactorResponse404 | EnrolSecondFactorResponse409 | EnrolSecondFactorResponse413 | EnrolSecondFactorResponse422 | EnrolSecondFactorResponse429 | EnrolSecondFactorResponse500 | EnrolSecondFactorResponse503 | SecondFactorEnrolment]
    """

    kwargs = _get_kwargs(
        staff_id=staff_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    staff_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    EnrolSecondFactorResponse400
    | EnrolSecondFactorResponse401
    | EnrolSecondFactorResponse403
    | EnrolSecondFactorResponse404
    | EnrolSecondFactorResponse409
    | EnrolSecondFactorResponse413
    | EnrolSecondFactorResponse422
    | EnrolSecondFactorResponse429
    | EnrolSecondFactorResponse500
    | EnrolSecondFactorResponse503
    | SecondFactorEnrolment
    | None
):
    """Enrol a TOTP second factor (bureau and admin accounts); the secret is shown once

    Args:
        staff_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnrolSecondFactorResponse400 | EnrolSecondFactorResponse401 | EnrolSecondFactorResponse403 | EnrolSecondFactorResponse404 | EnrolSecondFactorResponse409 | EnrolSecondFactorResponse413 | EnrolSecondFactorResponse422 | EnrolSecondFactorResponse429 | EnrolSecondFactorResponse500 | EnrolSecondFactorResponse503 | SecondFactorEnrolment
    """

    return (
        await asyncio_detailed(
            staff_id=staff_id,
            client=client,
        )
    ).parsed
