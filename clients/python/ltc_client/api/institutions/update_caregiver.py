from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.caregiver import Caregiver
from ...models.caregiver_update import CaregiverUpdate
from ...models.update_caregiver_response_400 import UpdateCaregiverResponse400
from ...models.update_caregiver_response_401 import UpdateCaregiverResponse401
from ...models.update_caregiver_response_403 import UpdateCaregiverResponse403
from ...models.update_caregiver_response_404 import UpdateCaregiverResponse404
from ...models.update_caregiver_response_409 import UpdateCaregiverResponse409
from ...models.update_caregiver_response_413 import UpdateCaregiverResponse413
from ...models.update_caregiver_response_422 import UpdateCaregiverResponse422
from ...models.update_caregiver_response_429 import UpdateCaregiverResponse429
from ...models.update_caregiver_response_500 import UpdateCaregiverResponse500
from ...models.update_caregiver_response_502 import UpdateCaregiverResponse502
from ...models.update_caregiver_response_503 import UpdateCaregiverResponse503
from ...models.update_caregiver_response_504 import UpdateCaregiverResponse504
from ...types import Response


def _get_kwargs(
    institution_id: str,
    caregiver_id: UUID,
    *,
    body: CaregiverUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/institutions/{institution_id}/caregivers/{caregiver_id}".format(
            institution_id=quote(str(institution_id), safe=""),
            caregiver_id=quote(str(caregiver_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Caregiver
    | UpdateCaregiverResponse400
    | UpdateCaregiverResponse401
    | UpdateCaregiverResponse403
    | UpdateCaregiverResponse404
    | UpdateCaregiverResponse409
    | UpdateCaregiverResponse413
    | UpdateCaregiverResponse422
    | UpdateCaregiverResponse429
    | UpdateCaregiverResponse500
    | UpdateCaregiverResponse502
    | UpdateCaregiverResponse503
    | UpdateCaregiverResponse504
    | None
):
    if response.status_code == 200:
        response_200 = Caregiver.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = UpdateCaregiverResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UpdateCaregiverResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = UpdateCaregiverResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = UpdateCaregiverResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = UpdateCaregiverResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = UpdateCaregiverResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = UpdateCaregiverResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = UpdateCaregiverResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = UpdateCaregiverResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = UpdateCaregiverResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = UpdateCaregiverResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = UpdateCaregiverResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Caregiver
    | UpdateCaregiverResponse400
    | UpdateCaregiverResponse401
    | UpdateCaregiverResponse403
    | UpdateCaregiverResponse404
    | UpdateCaregiverResponse409
    | UpdateCaregiverResponse413
    | UpdateCaregiverResponse422
    | UpdateCaregiverResponse429
    | UpdateCaregiverResponse500
    | UpdateCaregiverResponse502
    | UpdateCaregiverResponse503
    | UpdateCaregiverResponse504
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    institution_id: str,
    caregiver_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: CaregiverUpdate,
) -> Response[
    Caregiver
    | UpdateCaregiverResponse400
    | UpdateCaregiverResponse401
    | UpdateCaregiverResponse403
    | UpdateCaregiverResponse404
    | UpdateCaregiverResponse409
    | UpdateCaregiverResponse413
    | UpdateCaregiverResponse422
    | UpdateCaregiverResponse429
    | UpdateCaregiverResponse500
    | UpdateCaregiverResponse502
    | UpdateCaregiverResponse503
    | UpdateCaregiverResponse504
]:
    """Complete or correct a caregiver: category, licence number, ID number, qualification

     422 ``LICENCE_NUMBER_REQUIRED`` when a licensed category is left without its licence number.

    Args:
        institution_id (str):
        caregiver_id (UUID):
        body (CaregiverUpdate): Complete or correct a caregiver: category, licence, ID number,
            qualification. ``null`` clears the
            licence number (refused while the category is a licensed one) and the ID number.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Caregiver | UpdateCaregiverResponse400 | UpdateCaregiverResponse401 | UpdateCaregiverResponse403 | UpdateCaregiverResponse404 | UpdateCaregiverResponse409 | UpdateCaregiverResponse413 | UpdateCaregiverResponse422 | UpdateCaregiverResponse429 | UpdateCaregiverResponse500 | UpdateCaregiverResponse502 | UpdateCaregiverResponse503 | UpdateCaregiverResponse504]
    """

    kwargs = _get_kwargs(
        institution_id=institution_id,
        caregiver_id=caregiver_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    institution_id: str,
    caregiver_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: CaregiverUpdate,
) -> (
    Caregiver
    | UpdateCaregiverResponse400
    | UpdateCaregiverResponse401
    | UpdateCaregiverResponse403
    | UpdateCaregiverResponse404
    | UpdateCaregiverResponse409
    | UpdateCaregiverResponse413
    | UpdateCaregiverResponse422
    | UpdateCaregiverResponse429
    | UpdateCaregiverResponse500
    | UpdateCaregiverResponse502
    | UpdateCaregiverResponse503
    | UpdateCaregiverResponse504
    | None
):
    """Complete or correct a caregiver: category, licence number, ID number, qualification

     422 ``LICENCE_NUMBER_REQUIRED`` when a licensed category is left without its licence number.

    Args:
        institution_id (str):
        caregiver_id (UUID):
        body (CaregiverUpdate): Complete or correct a caregiver: category, licence, ID number,
            qualification. ``null`` clears the
            licence number (refused while the category is a licensed one) and the ID number.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Caregiver | UpdateCaregiverResponse400 | UpdateCaregiverResponse401 | UpdateCaregiverResponse403 | UpdateCaregiverResponse404 | UpdateCaregiverResponse409 | UpdateCaregiverResponse413 | UpdateCaregiverResponse422 | UpdateCaregiverResponse429 | UpdateCaregiverResponse500 | UpdateCaregiverResponse502 | UpdateCaregiverResponse503 | UpdateCaregiverResponse504
    """

    return sync_detailed(
        institution_id=institution_id,
        caregiver_id=caregiver_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    institution_id: str,
    caregiver_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: CaregiverUpdate,
) -> Response[
    Caregiver
    | UpdateCaregiverResponse400
    | UpdateCaregiverResponse401
    | UpdateCaregiverResponse403
    | UpdateCaregiverResponse404
    | UpdateCaregiverResponse409
    | UpdateCaregiverResponse413
    | UpdateCaregiverResponse422
    | UpdateCaregiverResponse429
    | UpdateCaregiverResponse500
    | UpdateCaregiverResponse502
    | UpdateCaregiverResponse503
    | UpdateCaregiverResponse504
]:
    """Complete or correct a caregiver: category, licence number, ID number, qualification

     422 ``LICENCE_NUMBER_REQUIRED`` when a licensed category is left without its licence number.

    Args:
        institution_id (str):
        caregiver_id (UUID):
        body (CaregiverUpdate): Complete or correct a caregiver: category, licence, ID number,
            qualification. ``null`` clears the
            licence number (refused while the category is a licensed one) and the ID number.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Caregiver | UpdateCaregiverResponse400 | UpdateCaregiverResponse401 | UpdateCaregiverResponse403 | UpdateCaregiverResponse404 | UpdateCaregiverResponse409 | UpdateCaregiverResponse413 | UpdateCaregiverResponse422 | UpdateCaregiverResponse429 | UpdateCaregiverResponse500 | UpdateCaregiverResponse502 | UpdateCaregiverResponse503 | UpdateCaregiverResponse504]
    """

    kwargs = _get_kwargs(
        institution_id=institution_id,
        caregiver_id=caregiver_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    institution_id: str,
    caregiver_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: CaregiverUpdate,
) -> (
    Caregiver
    | UpdateCaregiverResponse400
    | UpdateCaregiverResponse401
    | UpdateCaregiverResponse403
    | UpdateCaregiverResponse404
    | UpdateCaregiverResponse409
    | UpdateCaregiverResponse413
    | UpdateCaregiverResponse422
    | UpdateCaregiverResponse429
    | UpdateCaregiverResponse500
    | UpdateCaregiverResponse502
    | UpdateCaregiverResponse503
    | UpdateCaregiverResponse504
    | None
):
    """Complete or correct a caregiver: category, licence number, ID number, qualification

     422 ``LICENCE_NUMBER_REQUIRED`` when a licensed category is left without its licence number.

    Args:
        institution_id (str):
        caregiver_id (UUID):
        body (CaregiverUpdate): Complete or correct a caregiver: category, licence, ID number,
            qualification. ``null`` clears the
            licence number (refused while the category is a licensed one) and the ID number.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Caregiver | UpdateCaregiverResponse400 | UpdateCaregiverResponse401 | UpdateCaregiverResponse403 | UpdateCaregiverResponse404 | UpdateCaregiverResponse409 | UpdateCaregiverResponse413 | UpdateCaregiverResponse422 | UpdateCaregiverResponse429 | UpdateCaregiverResponse500 | UpdateCaregiverResponse502 | UpdateCaregiverResponse503 | UpdateCaregiverResponse504
    """

    return (
        await asyncio_detailed(
            institution_id=institution_id,
            caregiver_id=caregiver_id,
            client=client,
            body=body,
        )
    ).parsed
