from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bill_generation import BillGeneration
from ...models.bill_generation_result import BillGenerationResult
from ...models.generate_bills_response_400 import GenerateBillsResponse400
from ...models.generate_bills_response_401 import GenerateBillsResponse401
from ...models.generate_bills_response_403 import GenerateBillsResponse403
from ...models.generate_bills_response_409 import GenerateBillsResponse409
from ...models.generate_bills_response_413 import GenerateBillsResponse413
from ...models.generate_bills_response_422 import GenerateBillsResponse422
from ...models.generate_bills_response_429 import GenerateBillsResponse429
from ...models.generate_bills_response_500 import GenerateBillsResponse500
from ...models.generate_bills_response_502 import GenerateBillsResponse502
from ...models.generate_bills_response_503 import GenerateBillsResponse503
from ...models.generate_bills_response_504 import GenerateBillsResponse504
from ...types import Response


def _get_kwargs(
    *,
    body: BillGeneration,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/contribution-bills:generate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BillGenerationResult
    | GenerateBillsResponse400
    | GenerateBillsResponse401
    | GenerateBillsResponse403
    | GenerateBillsResponse409
    | GenerateBillsResponse413
    | GenerateBillsResponse422
    | GenerateBillsResponse429
    | GenerateBillsResponse500
    | GenerateBillsResponse502
    | GenerateBillsResponse503
    | GenerateBillsResponse504
    | None
):
    if response.status_code == 200:
        response_200 = BillGenerationResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GenerateBillsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GenerateBillsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GenerateBillsResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = GenerateBillsResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = GenerateBillsResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = GenerateBillsResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GenerateBillsResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GenerateBillsResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = GenerateBillsResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = GenerateBillsResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = GenerateBillsResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    BillGenerationResult
    | GenerateBillsResponse400
    | GenerateBillsResponse401
    | GenerateBillsResponse403
    | GenerateBillsResponse409
    | GenerateBillsResponse413
    | GenerateBillsResponse422
    | GenerateBillsResponse429
    | GenerateBillsResponse500
    | GenerateBillsResponse502
    | GenerateBillsResponse503
    | GenerateBillsResponse504
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
    body: BillGeneration,
) -> Response[
    BillGenerationResult
    | GenerateBillsResponse400
    | GenerateBillsResponse401
    | GenerateBillsResponse403
    | GenerateBillsResponse409
    | GenerateBillsResponse413
    | GenerateBillsResponse422
    | GenerateBillsResponse429
    | GenerateBillsResponse500
    | GenerateBillsResponse502
    | GenerateBillsResponse503
    | GenerateBillsResponse504
]:
    """Bills of a year for everyone insured (idempotent per person and year)

    Args:
        body (BillGeneration):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillGenerationResult | GenerateBillsResponse400 | GenerateBillsResponse401 | GenerateBillsResponse403 | GenerateBillsResponse409 | GenerateBillsResponse413 | GenerateBillsResponse422 | GenerateBillsResponse429 | GenerateBillsResponse500 | GenerateBillsResponse502 | GenerateBillsResponse503 | GenerateBillsResponse504]
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
    body: BillGeneration,
) -> (
    BillGenerationResult
    | GenerateBillsResponse400
    | GenerateBillsResponse401
    | GenerateBillsResponse403
    | GenerateBillsResponse409
    | GenerateBillsResponse413
    | GenerateBillsResponse422
    | GenerateBillsResponse429
    | GenerateBillsResponse500
    | GenerateBillsResponse502
    | GenerateBillsResponse503
    | GenerateBillsResponse504
    | None
):
    """Bills of a year for everyone insured (idempotent per person and year)

    Args:
        body (BillGeneration):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillGenerationResult | GenerateBillsResponse400 | GenerateBillsResponse401 | GenerateBillsResponse403 | GenerateBillsResponse409 | GenerateBillsResponse413 | GenerateBillsResponse422 | GenerateBillsResponse429 | GenerateBillsResponse500 | GenerateBillsResponse502 | GenerateBillsResponse503 | GenerateBillsResponse504
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BillGeneration,
) -> Response[
    BillGenerationResult
    | GenerateBillsResponse400
    | GenerateBillsResponse401
    | GenerateBillsResponse403
    | GenerateBillsResponse409
    | GenerateBillsResponse413
    | GenerateBillsResponse422
    | GenerateBillsResponse429
    | GenerateBillsResponse500
    | GenerateBillsResponse502
    | GenerateBillsResponse503
    | GenerateBillsResponse504
]:
    """Bills of a year for everyone insured (idempotent per person and year)

    Args:
        body (BillGeneration):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillGenerationResult | GenerateBillsResponse400 | GenerateBillsResponse401 | GenerateBillsResponse403 | GenerateBillsResponse409 | GenerateBillsResponse413 | GenerateBillsResponse422 | GenerateBillsResponse429 | GenerateBillsResponse500 | GenerateBillsResponse502 | GenerateBillsResponse503 | GenerateBillsResponse504]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BillGeneration,
) -> (
    BillGenerationResult
    | GenerateBillsResponse400
    | GenerateBillsResponse401
    | GenerateBillsResponse403
    | GenerateBillsResponse409
    | GenerateBillsResponse413
    | GenerateBillsResponse422
    | GenerateBillsResponse429
    | GenerateBillsResponse500
    | GenerateBillsResponse502
    | GenerateBillsResponse503
    | GenerateBillsResponse504
    | None
):
    """Bills of a year for everyone insured (idempotent per person and year)

    Args:
        body (BillGeneration):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillGenerationResult | GenerateBillsResponse400 | GenerateBillsResponse401 | GenerateBillsResponse403 | GenerateBillsResponse409 | GenerateBillsResponse413 | GenerateBillsResponse422 | GenerateBillsResponse429 | GenerateBillsResponse500 | GenerateBillsResponse502 | GenerateBillsResponse503 | GenerateBillsResponse504
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
