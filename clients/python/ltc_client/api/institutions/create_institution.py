from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_institution_response_400 import CreateInstitutionResponse400
from ...models.create_institution_response_401 import CreateInstitutionResponse401
from ...models.create_institution_response_403 import CreateInstitutionResponse403
from ...models.create_institution_response_409 import CreateInstitutionResponse409
from ...models.create_institution_response_413 import CreateInstitutionResponse413
from ...models.create_institution_response_422 import CreateInstitutionResponse422
from ...models.create_institution_response_429 import CreateInstitutionResponse429
from ...models.create_institution_response_500 import CreateInstitutionResponse500
from ...models.create_institution_response_502 import CreateInstitutionResponse502
from ...models.create_institution_response_503 import CreateInstitutionResponse503
from ...models.create_institution_response_504 import CreateInstitutionResponse504
from ...models.institution import Institution
from ...models.institution_create import InstitutionCreate
from ...types import Response


def _get_kwargs(
    *,
    body: InstitutionCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/institutions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateInstitutionResponse400
    | CreateInstitutionResponse401
    | CreateInstitutionResponse403
    | CreateInstitutionResponse409
    | CreateInstitutionResponse413
    | CreateInstitutionResponse422
    | CreateInstitutionResponse429
    | CreateInstitutionResponse500
    | CreateInstitutionResponse502
    | CreateInstitutionResponse503
    | CreateInstitutionResponse504
    | Institution
    | None
):
    if response.status_code == 201:
        response_201 = Institution.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = CreateInstitutionResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateInstitutionResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CreateInstitutionResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = CreateInstitutionResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = CreateInstitutionResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = CreateInstitutionResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = CreateInstitutionResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = CreateInstitutionResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = CreateInstitutionResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = CreateInstitutionResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = CreateInstitutionResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateInstitutionResponse400
    | CreateInstitutionResponse401
    | CreateInstitutionResponse403
    | CreateInstitutionResponse409
    | CreateInstitutionResponse413
    | CreateInstitutionResponse422
    | CreateInstitutionResponse429
    | CreateInstitutionResponse500
    | CreateInstitutionResponse502
    | CreateInstitutionResponse503
    | CreateInstitutionResponse504
    | Institution
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
    body: InstitutionCreate,
) -> Response[
    CreateInstitutionResponse400
    | CreateInstitutionResponse401
    | CreateInstitutionResponse403
    | CreateInstitutionResponse409
    | CreateInstitutionResponse413
    | CreateInstitutionResponse422
    | CreateInstitutionResponse429
    | CreateInstitutionResponse500
    | CreateInstitutionResponse502
    | CreateInstitutionResponse503
    | CreateInstitutionResponse504
    | Institution
]:
    """Contract an institution

    Args:
        body (InstitutionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateInstitutionResponse400 | CreateInstitutionResponse401 | CreateInstitutionResponse403 | CreateInstitutionResponse409 | CreateInstitutionResponse413 | CreateInstitutionResponse422 | CreateInstitutionResponse429 | CreateInstitutionResponse500 | CreateInstitutionResponse502 | CreateInstitutionResponse503 | CreateInstitutionResponse504 | Institution]
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
    body: InstitutionCreate,
) -> (
    CreateInstitutionResponse400
    | CreateInstitutionResponse401
    | CreateInstitutionResponse403
    | CreateInstitutionResponse409
    | CreateInstitutionResponse413
    | CreateInstitutionResponse422
    | CreateInstitutionResponse429
    | CreateInstitutionResponse500
    | CreateInstitutionResponse502
    | CreateInstitutionResponse503
    | CreateInstitutionResponse504
    | Institution
    | None
):
    """Contract an institution

    Args:
        body (InstitutionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateInstitutionResponse400 | CreateInstitutionResponse401 | CreateInstitutionResponse403 | CreateInstitutionResponse409 | CreateInstitutionResponse413 | CreateInstitutionResponse422 | CreateInstitutionResponse429 | CreateInstitutionResponse500 | CreateInstitutionResponse502 | CreateInstitutionResponse503 | CreateInstitutionResponse504 | Institution
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: InstitutionCreate,
) -> Response[
    CreateInstitutionResponse400
    | CreateInstitutionResponse401
    | CreateInstitutionResponse403
    | CreateInstitutionResponse409
    | CreateInstitutionResponse413
    | CreateInstitutionResponse422
    | CreateInstitutionResponse429
    | CreateInstitutionResponse500
    | CreateInstitutionResponse502
    | CreateInstitutionResponse503
    | CreateInstitutionResponse504
    | Institution
]:
    """Contract an institution

    Args:
        body (InstitutionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateInstitutionResponse400 | CreateInstitutionResponse401 | CreateInstitutionResponse403 | CreateInstitutionResponse409 | CreateInstitutionResponse413 | CreateInstitutionResponse422 | CreateInstitutionResponse429 | CreateInstitutionResponse500 | CreateInstitutionResponse502 | CreateInstitutionResponse503 | CreateInstitutionResponse504 | Institution]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: InstitutionCreate,
) -> (
    CreateInstitutionResponse400
    | CreateInstitutionResponse401
    | CreateInstitutionResponse403
    | CreateInstitutionResponse409
    | CreateInstitutionResponse413
    | CreateInstitutionResponse422
    | CreateInstitutionResponse429
    | CreateInstitutionResponse500
    | CreateInstitutionResponse502
    | CreateInstitutionResponse503
    | CreateInstitutionResponse504
    | Institution
    | None
):
    """Contract an institution

    Args:
        body (InstitutionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateInstitutionResponse400 | CreateInstitutionResponse401 | CreateInstitutionResponse403 | CreateInstitutionResponse409 | CreateInstitutionResponse413 | CreateInstitutionResponse422 | CreateInstitutionResponse429 | CreateInstitutionResponse500 | CreateInstitutionResponse502 | CreateInstitutionResponse503 | CreateInstitutionResponse504 | Institution
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
