from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_caregiver_response_400 import AddCaregiverResponse400
from ...models.add_caregiver_response_401 import AddCaregiverResponse401
from ...models.add_caregiver_response_403 import AddCaregiverResponse403
from ...models.add_caregiver_response_404 import AddCaregiverResponse404
from ...models.add_caregiver_response_409 import AddCaregiverResponse409
from ...models.add_caregiver_response_413 import AddCaregiverResponse413
from ...models.add_caregiver_response_422 import AddCaregiverResponse422
from ...models.add_caregiver_response_429 import AddCaregiverResponse429
from ...models.add_caregiver_response_500 import AddCaregiverResponse500
from ...models.add_caregiver_response_502 import AddCaregiverResponse502
from ...models.add_caregiver_response_503 import AddCaregiverResponse503
from ...models.add_caregiver_response_504 import AddCaregiverResponse504
from ...models.caregiver import Caregiver
from ...models.caregiver_create import CaregiverCreate
from ...types import Response


def _get_kwargs(
    institution_id: str,
    *,
    body: CaregiverCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/institutions/{institution_id}/caregivers".format(
            institution_id=quote(str(institution_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AddCaregiverResponse400
    | AddCaregiverResponse401
    | AddCaregiverResponse403
    | AddCaregiverResponse404
    | AddCaregiverResponse409
    | AddCaregiverResponse413
    | AddCaregiverResponse422
    | AddCaregiverResponse429
    | AddCaregiverResponse500
    | AddCaregiverResponse502
    | AddCaregiverResponse503
    | AddCaregiverResponse504
    | Caregiver
    | None
):
    if response.status_code == 201:
        response_201 = Caregiver.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = AddCaregiverResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = AddCaregiverResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = AddCaregiverResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = AddCaregiverResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = AddCaregiverResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = AddCaregiverResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = AddCaregiverResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = AddCaregiverResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = AddCaregiverResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = AddCaregiverResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = AddCaregiverResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = AddCaregiverResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AddCaregiverResponse400
    | AddCaregiverResponse401
    | AddCaregiverResponse403
    | AddCaregiverResponse404
    | AddCaregiverResponse409
    | AddCaregiverResponse413
    | AddCaregiverResponse422
    | AddCaregiverResponse429
    | AddCaregiverResponse500
    | AddCaregiverResponse502
    | AddCaregiverResponse503
    | AddCaregiverResponse504
    | Caregiver
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    institution_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CaregiverCreate,
) -> Response[
    AddCaregiverResponse400
    | AddCaregiverResponse401
    | AddCaregiverResponse403
    | AddCaregiverResponse404
    | AddCaregiverResponse409
    | AddCaregiverResponse413
    | AddCaregiverResponse422
    | AddCaregiverResponse429
    | AddCaregiverResponse500
    | AddCaregiverResponse502
    | AddCaregiverResponse503
    | AddCaregiverResponse504
    | Caregiver
]:
    """Register a caregiver

    Args:
        institution_id (str):
        body (CaregiverCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddCaregiverResponse400 | AddCaregiverResponse401 | AddCaregiverResponse403 | AddCaregiverResponse404 | AddCaregiverResponse409 | AddCaregiverResponse413 | AddCaregiverResponse422 | AddCaregiverResponse429 | AddCaregiverResponse500 | AddCaregiverResponse502 | AddCaregiverResponse503 | AddCaregiverResponse504 | Caregiver]
    """

    kwargs = _get_kwargs(
        institution_id=institution_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    institution_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CaregiverCreate,
) -> (
    AddCaregiverResponse400
    | AddCaregiverResponse401
    | AddCaregiverResponse403
    | AddCaregiverResponse404
    | AddCaregiverResponse409
    | AddCaregiverResponse413
    | AddCaregiverResponse422
    | AddCaregiverResponse429
    | AddCaregiverResponse500
    | AddCaregiverResponse502
    | AddCaregiverResponse503
    | AddCaregiverResponse504
    | Caregiver
    | None
):
    """Register a caregiver

    Args:
        institution_id (str):
        body (CaregiverCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddCaregiverResponse400 | AddCaregiverResponse401 | AddCaregiverResponse403 | AddCaregiverResponse404 | AddCaregiverResponse409 | AddCaregiverResponse413 | AddCaregiverResponse422 | AddCaregiverResponse429 | AddCaregiverResponse500 | AddCaregiverResponse502 | AddCaregiverResponse503 | AddCaregiverResponse504 | Caregiver
    """

    return sync_detailed(
        institution_id=institution_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    institution_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CaregiverCreate,
) -> Response[
    AddCaregiverResponse400
    | AddCaregiverResponse401
    | AddCaregiverResponse403
    | AddCaregiverResponse404
    | AddCaregiverResponse409
    | AddCaregiverResponse413
    | AddCaregiverResponse422
    | AddCaregiverResponse429
    | AddCaregiverResponse500
    | AddCaregiverResponse502
    | AddCaregiverResponse503
    | AddCaregiverResponse504
    | Caregiver
]:
    """Register a caregiver

    Args:
        institution_id (str):
        body (CaregiverCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddCaregiverResponse400 | AddCaregiverResponse401 | AddCaregiverResponse403 | AddCaregiverResponse404 | AddCaregiverResponse409 | AddCaregiverResponse413 | AddCaregiverResponse422 | AddCaregiverResponse429 | AddCaregiverResponse500 | AddCaregiverResponse502 | AddCaregiverResponse503 | AddCaregiverResponse504 | Caregiver]
    """

    kwargs = _get_kwargs(
        institution_id=institution_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    institution_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CaregiverCreate,
) -> (
    AddCaregiverResponse400
    | AddCaregiverResponse401
    | AddCaregiverResponse403
    | AddCaregiverResponse404
    | AddCaregiverResponse409
    | AddCaregiverResponse413
    | AddCaregiverResponse422
    | AddCaregiverResponse429
    | AddCaregiverResponse500
    | AddCaregiverResponse502
    | AddCaregiverResponse503
    | AddCaregiverResponse504
    | Caregiver
    | None
):
    """Register a caregiver

    Args:
        institution_id (str):
        body (CaregiverCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddCaregiverResponse400 | AddCaregiverResponse401 | AddCaregiverResponse403 | AddCaregiverResponse404 | AddCaregiverResponse409 | AddCaregiverResponse413 | AddCaregiverResponse422 | AddCaregiverResponse429 | AddCaregiverResponse500 | AddCaregiverResponse502 | AddCaregiverResponse503 | AddCaregiverResponse504 | Caregiver
    """

    return (
        await asyncio_detailed(
            institution_id=institution_id,
            client=client,
            body=body,
        )
    ).parsed
