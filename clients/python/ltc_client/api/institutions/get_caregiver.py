from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.caregiver import Caregiver
from ...models.get_caregiver_response_400 import GetCaregiverResponse400
from ...models.get_caregiver_response_401 import GetCaregiverResponse401
from ...models.get_caregiver_response_403 import GetCaregiverResponse403
from ...models.get_caregiver_response_404 import GetCaregiverResponse404
from ...models.get_caregiver_response_422 import GetCaregiverResponse422
from ...models.get_caregiver_response_429 import GetCaregiverResponse429
from ...models.get_caregiver_response_500 import GetCaregiverResponse500
from ...models.get_caregiver_response_502 import GetCaregiverResponse502
from ...models.get_caregiver_response_503 import GetCaregiverResponse503
from ...models.get_caregiver_response_504 import GetCaregiverResponse504
from ...types import Response


def _get_kwargs(
    institution_id: str,
    caregiver_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/institutions/{institution_id}/caregivers/{caregiver_id}".format(
            institution_id=quote(str(institution_id), safe=""),
            caregiver_id=quote(str(caregiver_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Caregiver
    | GetCaregiverResponse400
    | GetCaregiverResponse401
    | GetCaregiverResponse403
    | GetCaregiverResponse404
    | GetCaregiverResponse422
    | GetCaregiverResponse429
    | GetCaregiverResponse500
    | GetCaregiverResponse502
    | GetCaregiverResponse503
    | GetCaregiverResponse504
    | None
):
    if response.status_code == 200:
        response_200 = Caregiver.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetCaregiverResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetCaregiverResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetCaregiverResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetCaregiverResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = GetCaregiverResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetCaregiverResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetCaregiverResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = GetCaregiverResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = GetCaregiverResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = GetCaregiverResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Caregiver
    | GetCaregiverResponse400
    | GetCaregiverResponse401
    | GetCaregiverResponse403
    | GetCaregiverResponse404
    | GetCaregiverResponse422
    | GetCaregiverResponse429
    | GetCaregiverResponse500
    | GetCaregiverResponse502
    | GetCaregiverResponse503
    | GetCaregiverResponse504
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
) -> Response[
    Caregiver
    | GetCaregiverResponse400
    | GetCaregiverResponse401
    | GetCaregiverResponse403
    | GetCaregiverResponse404
    | GetCaregiverResponse422
    | GetCaregiverResponse429
    | GetCaregiverResponse500
    | GetCaregiverResponse502
    | GetCaregiverResponse503
    | GetCaregiverResponse504
]:
    """One caregiver (the ID number whole to the institution, its contractor and the bureau)

    Args:
        institution_id (str):
        caregiver_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Caregiver | GetCaregiverResponse400 | GetCaregiverResponse401 | GetCaregiverResponse403 | GetCaregiverResponse404 | GetCaregiverResponse422 | GetCaregiverResponse429 | GetCaregiverResponse500 | GetCaregiverResponse502 | GetCaregiverResponse503 | GetCaregiverResponse504]
    """

    kwargs = _get_kwargs(
        institution_id=institution_id,
        caregiver_id=caregiver_id,
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
) -> (
    Caregiver
    | GetCaregiverResponse400
    | GetCaregiverResponse401
    | GetCaregiverResponse403
    | GetCaregiverResponse404
    | GetCaregiverResponse422
    | GetCaregiverResponse429
    | GetCaregiverResponse500
    | GetCaregiverResponse502
    | GetCaregiverResponse503
    | GetCaregiverResponse504
    | None
):
    """One caregiver (the ID number whole to the institution, its contractor and the bureau)

    Args:
        institution_id (str):
        caregiver_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Caregiver | GetCaregiverResponse400 | GetCaregiverResponse401 | GetCaregiverResponse403 | GetCaregiverResponse404 | GetCaregiverResponse422 | GetCaregiverResponse429 | GetCaregiverResponse500 | GetCaregiverResponse502 | GetCaregiverResponse503 | GetCaregiverResponse504
    """

    return sync_detailed(
        institution_id=institution_id,
        caregiver_id=caregiver_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    institution_id: str,
    caregiver_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    Caregiver
    | GetCaregiverResponse400
    | GetCaregiverResponse401
    | GetCaregiverResponse403
    | GetCaregiverResponse404
    | GetCaregiverResponse422
    | GetCaregiverResponse429
    | GetCaregiverResponse500
    | GetCaregiverResponse502
    | GetCaregiverResponse503
    | GetCaregiverResponse504
]:
    """One caregiver (the ID number whole to the institution, its contractor and the bureau)

    Args:
        institution_id (str):
        caregiver_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Caregiver | GetCaregiverResponse400 | GetCaregiverResponse401 | GetCaregiverResponse403 | GetCaregiverResponse404 | GetCaregiverResponse422 | GetCaregiverResponse429 | GetCaregiverResponse500 | GetCaregiverResponse502 | GetCaregiverResponse503 | GetCaregiverResponse504]
    """

    kwargs = _get_kwargs(
        institution_id=institution_id,
        caregiver_id=caregiver_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    institution_id: str,
    caregiver_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    Caregiver
    | GetCaregiverResponse400
    | GetCaregiverResponse401
    | GetCaregiverResponse403
    | GetCaregiverResponse404
    | GetCaregiverResponse422
    | GetCaregiverResponse429
    | GetCaregiverResponse500
    | GetCaregiverResponse502
    | GetCaregiverResponse503
    | GetCaregiverResponse504
    | None
):
    """One caregiver (the ID number whole to the institution, its contractor and the bureau)

    Args:
        institution_id (str):
        caregiver_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Caregiver | GetCaregiverResponse400 | GetCaregiverResponse401 | GetCaregiverResponse403 | GetCaregiverResponse404 | GetCaregiverResponse422 | GetCaregiverResponse429 | GetCaregiverResponse500 | GetCaregiverResponse502 | GetCaregiverResponse503 | GetCaregiverResponse504
    """

    return (
        await asyncio_detailed(
            institution_id=institution_id,
            caregiver_id=caregiver_id,
            client=client,
        )
    ).parsed
