from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contractor import Contractor
from ...models.contractor_create import ContractorCreate
from ...models.create_contractor_response_400 import CreateContractorResponse400
from ...models.create_contractor_response_401 import CreateContractorResponse401
from ...models.create_contractor_response_403 import CreateContractorResponse403
from ...models.create_contractor_response_409 import CreateContractorResponse409
from ...models.create_contractor_response_413 import CreateContractorResponse413
from ...models.create_contractor_response_422 import CreateContractorResponse422
from ...models.create_contractor_response_429 import CreateContractorResponse429
from ...models.create_contractor_response_500 import CreateContractorResponse500
from ...models.create_contractor_response_502 import CreateContractorResponse502
from ...models.create_contractor_response_503 import CreateContractorResponse503
from ...models.create_contractor_response_504 import CreateContractorResponse504
from ...types import Response


def _get_kwargs(
    *,
    body: ContractorCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/contractors",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Contractor
    | CreateContractorResponse400
    | CreateContractorResponse401
    | CreateContractorResponse403
    | CreateContractorResponse409
    | CreateContractorResponse413
    | CreateContractorResponse422
    | CreateContractorResponse429
    | CreateContractorResponse500
    | CreateContractorResponse502
    | CreateContractorResponse503
    | CreateContractorResponse504
    | None
):
    if response.status_code == 201:
        response_201 = Contractor.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = CreateContractorResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateContractorResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CreateContractorResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = CreateContractorResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = CreateContractorResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = CreateContractorResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = CreateContractorResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = CreateContractorResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = CreateContractorResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = CreateContractorResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = CreateContractorResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Contractor
    | CreateContractorResponse400
    | CreateContractorResponse401
    | CreateContractorResponse403
    | CreateContractorResponse409
    | CreateContractorResponse413
    | CreateContractorResponse422
    | CreateContractorResponse429
    | CreateContractorResponse500
    | CreateContractorResponse502
    | CreateContractorResponse503
    | CreateContractorResponse504
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
    body: ContractorCreate,
) -> Response[
    Contractor
    | CreateContractorResponse400
    | CreateContractorResponse401
    | CreateContractorResponse403
    | CreateContractorResponse409
    | CreateContractorResponse413
    | CreateContractorResponse422
    | CreateContractorResponse429
    | CreateContractorResponse500
    | CreateContractorResponse502
    | CreateContractorResponse503
    | CreateContractorResponse504
]:
    """Register a contractor (商保经办机构)

     409 ``CONTRACTOR_EXISTS`` when the credit code is registered; an outlet's county must be an
    accounting unit (422 ``COUNTY_UNKNOWN``).

    Args:
        body (ContractorCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Contractor | CreateContractorResponse400 | CreateContractorResponse401 | CreateContractorResponse403 | CreateContractorResponse409 | CreateContractorResponse413 | CreateContractorResponse422 | CreateContractorResponse429 | CreateContractorResponse500 | CreateContractorResponse502 | CreateContractorResponse503 | CreateContractorResponse504]
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
    body: ContractorCreate,
) -> (
    Contractor
    | CreateContractorResponse400
    | CreateContractorResponse401
    | CreateContractorResponse403
    | CreateContractorResponse409
    | CreateContractorResponse413
    | CreateContractorResponse422
    | CreateContractorResponse429
    | CreateContractorResponse500
    | CreateContractorResponse502
    | CreateContractorResponse503
    | CreateContractorResponse504
    | None
):
    """Register a contractor (商保经办机构)

     409 ``CONTRACTOR_EXISTS`` when the credit code is registered; an outlet's county must be an
    accounting unit (422 ``COUNTY_UNKNOWN``).

    Args:
        body (ContractorCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Contractor | CreateContractorResponse400 | CreateContractorResponse401 | CreateContractorResponse403 | CreateContractorResponse409 | CreateContractorResponse413 | CreateContractorResponse422 | CreateContractorResponse429 | CreateContractorResponse500 | CreateContractorResponse502 | CreateContractorResponse503 | CreateContractorResponse504
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContractorCreate,
) -> Response[
    Contractor
    | CreateContractorResponse400
    | CreateContractorResponse401
    | CreateContractorResponse403
    | CreateContractorResponse409
    | CreateContractorResponse413
    | CreateContractorResponse422
    | CreateContractorResponse429
    | CreateContractorResponse500
    | CreateContractorResponse502
    | CreateContractorResponse503
    | CreateContractorResponse504
]:
    """Register a contractor (商保经办机构)

     409 ``CONTRACTOR_EXISTS`` when the credit code is registered; an outlet's county must be an
    accounting unit (422 ``COUNTY_UNKNOWN``).

    Args:
        body (ContractorCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Contractor | CreateContractorResponse400 | CreateContractorResponse401 | CreateContractorResponse403 | CreateContractorResponse409 | CreateContractorResponse413 | CreateContractorResponse422 | CreateContractorResponse429 | CreateContractorResponse500 | CreateContractorResponse502 | CreateContractorResponse503 | CreateContractorResponse504]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ContractorCreate,
) -> (
    Contractor
    | CreateContractorResponse400
    | CreateContractorResponse401
    | CreateContractorResponse403
    | CreateContractorResponse409
    | CreateContractorResponse413
    | CreateContractorResponse422
    | CreateContractorResponse429
    | CreateContractorResponse500
    | CreateContractorResponse502
    | CreateContractorResponse503
    | CreateContractorResponse504
    | None
):
    """Register a contractor (商保经办机构)

     409 ``CONTRACTOR_EXISTS`` when the credit code is registered; an outlet's county must be an
    accounting unit (422 ``COUNTY_UNKNOWN``).

    Args:
        body (ContractorCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Contractor | CreateContractorResponse400 | CreateContractorResponse401 | CreateContractorResponse403 | CreateContractorResponse409 | CreateContractorResponse413 | CreateContractorResponse422 | CreateContractorResponse429 | CreateContractorResponse500 | CreateContractorResponse502 | CreateContractorResponse503 | CreateContractorResponse504
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
