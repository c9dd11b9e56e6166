from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_employer_response_400 import CreateEmployerResponse400
from ...models.create_employer_response_401 import CreateEmployerResponse401
from ...models.create_employer_response_403 import CreateEmployerResponse403
from ...models.create_employer_response_409 import CreateEmployerResponse409
from ...models.create_employer_response_413 import CreateEmployerResponse413
from ...models.create_employer_response_422 import CreateEmployerResponse422
from ...models.create_employer_response_429 import CreateEmployerResponse429
from ...models.create_employer_response_500 import CreateEmployerResponse500
from ...models.create_employer_response_502 import CreateEmployerResponse502
from ...models.create_employer_response_503 import CreateEmployerResponse503
from ...models.create_employer_response_504 import CreateEmployerResponse504
from ...models.employer import Employer
from ...models.employer_create import EmployerCreate
from ...types import Response


def _get_kwargs(
    *,
    body: EmployerCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/employers",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateEmployerResponse400
    | CreateEmployerResponse401
    | CreateEmployerResponse403
    | CreateEmployerResponse409
    | CreateEmployerResponse413
    | CreateEmployerResponse422
    | CreateEmployerResponse429
    | CreateEmployerResponse500
    | CreateEmployerResponse502
    | CreateEmployerResponse503
    | CreateEmployerResponse504
    | Employer
    | None
):
    if response.status_code == 201:
        response_201 = Employer.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = CreateEmployerResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateEmployerResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CreateEmployerResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = CreateEmployerResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = CreateEmployerResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = CreateEmployerResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = CreateEmployerResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = CreateEmployerResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = CreateEmployerResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = CreateEmployerResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = CreateEmployerResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateEmployerResponse400
    | CreateEmployerResponse401
    | CreateEmployerResponse403
    | CreateEmployerResponse409
    | CreateEmployerResponse413
    | CreateEmployerResponse422
    | CreateEmployerResponse429
    | CreateEmployerResponse500
    | CreateEmployerResponse502
    | CreateEmployerResponse503
    | CreateEmployerResponse504
    | Employer
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
    body: EmployerCreate,
) -> Response[
    CreateEmployerResponse400
    | CreateEmployerResponse401
    | CreateEmployerResponse403
    | CreateEmployerResponse409
    | CreateEmployerResponse413
    | CreateEmployerResponse422
    | CreateEmployerResponse429
    | CreateEmployerResponse500
    | CreateEmployerResponse502
    | CreateEmployerResponse503
    | CreateEmployerResponse504
    | Employer
]:
    """Register an employer

    Args:
        body (EmployerCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateEmployerResponse400 | CreateEmployerResponse401 | CreateEmployerResponse403 | CreateEmployerResponse409 | CreateEmployerResponse413 | CreateEmployerResponse422 | CreateEmployerResponse429 | CreateEmployerResponse500 | CreateEmployerResponse502 | CreateEmployerResponse503 | CreateEmployerResponse504 | Employer]
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
    body: EmployerCreate,
) -> (
    CreateEmployerResponse400
    | CreateEmployerResponse401
    | CreateEmployerResponse403
    | CreateEmployerResponse409
    | CreateEmployerResponse413
    | CreateEmployerResponse422
    | CreateEmployerResponse429
    | CreateEmployerResponse500
    | CreateEmployerResponse502
    | CreateEmployerResponse503
    | CreateEmployerResponse504
    | Employer
    | None
):
    """Register an employer

    Args:
        body (EmployerCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateEmployerResponse400 | CreateEmployerResponse401 | CreateEmployerResponse403 | CreateEmployerResponse409 | CreateEmployerResponse413 | CreateEmployerResponse422 | CreateEmployerResponse429 | CreateEmployerResponse500 | CreateEmployerResponse502 | CreateEmployerResponse503 | CreateEmployerResponse504 | Employer
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EmployerCreate,
) -> Response[
    CreateEmployerResponse400
    | CreateEmployerResponse401
    | CreateEmployerResponse403
    | CreateEmployerResponse409
    | CreateEmployerResponse413
    | CreateEmployerResponse422
    | CreateEmployerResponse429
    | CreateEmployerResponse500
    | CreateEmployerResponse502
    | CreateEmployerResponse503
    | CreateEmployerResponse504
    | Employer
]:
    """Register an employer

    Args:
        body (EmployerCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateEmployerResponse400 | CreateEmployerResponse401 | CreateEmployerResponse403 | CreateEmployerResponse409 | CreateEmployerResponse413 | CreateEmployerResponse422 | CreateEmployerResponse429 | CreateEmployerResponse500 | CreateEmployerResponse502 | CreateEmployerResponse503 | CreateEmployerResponse504 | Employer]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: EmployerCreate,
) -> (
    CreateEmployerResponse400
    | CreateEmployerResponse401
    | CreateEmployerResponse403
    | CreateEmployerResponse409
    | CreateEmployerResponse413
    | CreateEmployerResponse422
    | CreateEmployerResponse429
    | CreateEmployerResponse500
    | CreateEmployerResponse502
    | CreateEmployerResponse503
    | CreateEmployerResponse504
    | Employer
    | None
):
    """Register an employer

    Args:
        body (EmployerCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateEmployerResponse400 | CreateEmployerResponse401 | CreateEmployerResponse403 | CreateEmployerResponse409 | CreateEmployerResponse413 | CreateEmployerResponse422 | CreateEmployerResponse429 | CreateEmployerResponse500 | CreateEmployerResponse502 | CreateEmployerResponse503 | CreateEmployerResponse504 | Employer
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
