from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.compare_projections_response_400 import CompareProjectionsResponse400
from ...models.compare_projections_response_401 import CompareProjectionsResponse401
from ...models.compare_projections_response_403 import CompareProjectionsResponse403
from ...models.compare_projections_response_404 import CompareProjectionsResponse404
from ...models.compare_projections_response_409 import CompareProjectionsResponse409
from ...models.compare_projections_response_422 import CompareProjectionsResponse422
from ...models.compare_projections_response_429 import CompareProjectionsResponse429
from ...models.compare_projections_response_500 import CompareProjectionsResponse500
from ...models.compare_projections_response_502 import CompareProjectionsResponse502
from ...models.compare_projections_response_503 import CompareProjectionsResponse503
from ...models.compare_projections_response_504 import CompareProjectionsResponse504
from ...models.comparison import Comparison
from ...types import UNSET, Response


def _get_kwargs(
    *,
    a: UUID,
    b: UUID,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_a = str(a)
    params["a"] = json_a

    json_b = str(b)
    params["b"] = json_b

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/projections/compare",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CompareProjectionsResponse400
    | CompareProjectionsResponse401
    | CompareProjectionsResponse403
    | CompareProjectionsResponse404
    | CompareProjectionsResponse409
    | CompareProjectionsResponse422
    | CompareProjectionsResponse429
    | CompareProjectionsResponse500
    | CompareProjectionsResponse502
    | CompareProjectionsResponse503
    | CompareProjectionsResponse504
    | Comparison
    | None
):
    if response.status_code == 200:
        response_200 = Comparison.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CompareProjectionsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CompareProjectionsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CompareProjectionsResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = CompareProjectionsResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = CompareProjectionsResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = CompareProjectionsResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = CompareProjectionsResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = CompareProjectionsResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = CompareProjectionsResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = CompareProjectionsResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = CompareProjectionsResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CompareProjectionsResponse400
    | CompareProjectionsResponse401
    | CompareProjectionsResponse403
    | CompareProjectionsResponse404
    | CompareProjectionsResponse409
    | CompareProjectionsResponse422
    | CompareProjectionsResponse429
    | CompareProjectionsResponse500
    | CompareProjectionsResponse502
    | CompareProjectionsResponse503
    | CompareProjectionsResponse504
    | Comparison
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
    a: UUID,
    b: UUID,
) -> Response[
    CompareProjectionsResponse400
    | CompareProjectionsResponse401
    | CompareProjectionsResponse403
    | CompareProjectionsResponse404
    | CompareProjectionsResponse409
    | CompareProjectionsResponse422
    | CompareProjectionsResponse429
    | CompareProjectionsResponse500
    | CompareProjectionsResponse502
    | CompareProjectionsResponse503
    | CompareProjectionsResponse504
    | Comparison
]:
    """Two finished projections side by side (b − a); Accept: text/csv for a file

    Args:
        a (UUID): the first projection
        b (UUID): the second projection

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompareProjectionsResponse400 | CompareProjectionsResponse401 | CompareProjectionsResponse403 | CompareProjectionsResponse404 | CompareProjectionsResponse409 | CompareProjectionsResponse422 | CompareProjectionsResponse429 | CompareProjectionsResponse500 | CompareProjectionsResponse502 | CompareProjectionsResponse503 | CompareProjectionsResponse504 | Comparison]
    """

    kwargs = _get_kwargs(
        a=a,
        b=b,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    a: UUID,
    b: UUID,
) -> (
    CompareProjectionsResponse400
    | CompareProjectionsResponse401
    | CompareProjectionsResponse403
    | CompareProjectionsResponse404
    | CompareProjectionsResponse409
    | CompareProjectionsResponse422
    | CompareProjectionsResponse429
    | CompareProjectionsResponse500
    | CompareProjectionsResponse502
    | CompareProjectionsResponse503
    | CompareProjectionsResponse504
    | Comparison
    | None
):
    """Two finished projections side by side (b − a); Accept: text/csv for a file

    Args:
        a (UUID): the first projection
        b (UUID): the second projection

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompareProjectionsResponse400 | CompareProjectionsResponse401 | CompareProjectionsResponse403 | CompareProjectionsResponse404 | CompareProjectionsResponse409 | CompareProjectionsResponse422 | CompareProjectionsResponse429 | CompareProjectionsResponse500 | CompareProjectionsResponse502 | CompareProjectionsResponse503 | CompareProjectionsResponse504 | Comparison
    """

    return sync_detailed(
        client=client,
        a=a,
        b=b,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    a: UUID,
    b: UUID,
) -> Response[
    CompareProjectionsResponse400
    | CompareProjectionsResponse401
    | CompareProjectionsResponse403
    | CompareProjectionsResponse404
    | CompareProjectionsResponse409
    | CompareProjectionsResponse422
    | CompareProjectionsResponse429
    | CompareProjectionsResponse500
    | CompareProjectionsResponse502
    | CompareProjectionsResponse503
    | CompareProjectionsResponse504
    | Comparison
]:
    """Two finished projections side by side (b − a); Accept: text/csv for a file

    Args:
        a (UUID): the first projection
        b (UUID): the second projection

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompareProjectionsResponse400 | CompareProjectionsResponse401 | CompareProjectionsResponse403 | CompareProjectionsResponse404 | CompareProjectionsResponse409 | CompareProjectionsResponse422 | CompareProjectionsResponse429 | CompareProjectionsResponse500 | CompareProjectionsResponse502 | CompareProjectionsResponse503 | CompareProjectionsResponse504 | Comparison]
    """

    kwargs = _get_kwargs(
        a=a,
        b=b,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    a: UUID,
    b: UUID,
) -> (
    CompareProjectionsResponse400
    | CompareProjectionsResponse401
    | CompareProjectionsResponse403
    | CompareProjectionsResponse404
    | CompareProjectionsResponse409
    | CompareProjectionsResponse422
    | CompareProjectionsResponse429
    | CompareProjectionsResponse500
    | CompareProjectionsResponse502
    | CompareProjectionsResponse503
    | CompareProjectionsResponse504
    | Comparison
    | None
):
    """Two finished projections side by side (b − a); Accept: text/csv for a file

    Args:
        a (UUID): the first projection
        b (UUID): the second projection

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompareProjectionsResponse400 | CompareProjectionsResponse401 | CompareProjectionsResponse403 | CompareProjectionsResponse404 | CompareProjectionsResponse409 | CompareProjectionsResponse422 | CompareProjectionsResponse429 | CompareProjectionsResponse500 | CompareProjectionsResponse502 | CompareProjectionsResponse503 | CompareProjectionsResponse504 | Comparison
    """

    return (
        await asyncio_detailed(
            client=client,
            a=a,
            b=b,
        )
    ).parsed
