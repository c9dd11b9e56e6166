from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.expert_quality import ExpertQuality
from ...models.expert_quality_response_400 import ExpertQualityResponse400
from ...models.expert_quality_response_401 import ExpertQualityResponse401
from ...models.expert_quality_response_403 import ExpertQualityResponse403
from ...models.expert_quality_response_404 import ExpertQualityResponse404
from ...models.expert_quality_response_422 import ExpertQualityResponse422
from ...models.expert_quality_response_429 import ExpertQualityResponse429
from ...models.expert_quality_response_500 import ExpertQualityResponse500
from ...models.expert_quality_response_502 import ExpertQualityResponse502
from ...models.expert_quality_response_503 import ExpertQualityResponse503
from ...models.expert_quality_response_504 import ExpertQualityResponse504
from ...types import Response


def _get_kwargs(
    expert_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/experts/{expert_id}/quality".format(
            expert_id=quote(str(expert_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ExpertQuality
    | ExpertQualityResponse400
    | ExpertQualityResponse401
    | ExpertQualityResponse403
    | ExpertQualityResponse404
    | ExpertQualityResponse422
    | ExpertQualityResponse429
    | ExpertQualityResponse500
    | ExpertQualityResponse502
    | ExpertQualityResponse503
    | ExpertQualityResponse504
    | None
):
    if response.status_code == 200:
        response_200 = ExpertQuality.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ExpertQualityResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ExpertQualityResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ExpertQualityResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ExpertQualityResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ExpertQualityResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ExpertQualityResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ExpertQualityResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ExpertQualityResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ExpertQualityResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ExpertQualityResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ExpertQuality
    | ExpertQualityResponse400
    | ExpertQualityResponse401
    | ExpertQualityResponse403
    | ExpertQualityResponse404
    | ExpertQualityResponse422
    | ExpertQualityResponse429
    | ExpertQualityResponse500
    | ExpertQualityResponse502
    | ExpertQualityResponse503
    | ExpertQualityResponse504
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    expert_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    ExpertQuality
    | ExpertQualityResponse400
    | ExpertQualityResponse401
    | ExpertQualityResponse403
    | ExpertQualityResponse404
    | ExpertQualityResponse422
    | ExpertQualityResponse429
    | ExpertQualityResponse500
    | ExpertQualityResponse502
    | ExpertQualityResponse503
    | ExpertQualityResponse504
]:
    """Assessments, overturn rate, levels

    Args:
        expert_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExpertQuality | ExpertQualityResponse400 | ExpertQualityResponse401 | ExpertQualityResponse403 | ExpertQualityResponse404 | ExpertQualityResponse422 | ExpertQualityResponse429 | ExpertQualityResponse500 | ExpertQualityResponse502 | ExpertQualityResponse503 | ExpertQualityResponse504]
    """

    kwargs = _get_kwargs(
        expert_id=expert_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    expert_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    ExpertQuality
    | ExpertQualityResponse400
    | ExpertQualityResponse401
    | ExpertQualityResponse403
    | ExpertQualityResponse404
    | ExpertQualityResponse422
    | ExpertQualityResponse429
    | ExpertQualityResponse500
    | ExpertQualityResponse502
    | ExpertQualityResponse503
    | ExpertQualityResponse504
    | None
):
    """Assessments, overturn rate, levels

    Args:
        expert_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExpertQuality | ExpertQualityResponse400 | ExpertQualityResponse401 | ExpertQualityResponse403 | ExpertQualityResponse404 | ExpertQualityResponse422 | ExpertQualityResponse429 | ExpertQualityResponse500 | ExpertQualityResponse502 | ExpertQualityResponse503 | ExpertQualityResponse504
    """

    return sync_detailed(
        expert_id=expert_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    expert_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    ExpertQuality
    | ExpertQualityResponse400
    | ExpertQualityResponse401
    | ExpertQualityResponse403
    | ExpertQualityResponse404
    | ExpertQualityResponse422
    | ExpertQualityResponse429
    | ExpertQualityResponse500
    | ExpertQualityResponse502
    | ExpertQualityResponse503
    | ExpertQualityResponse504
]:
    """Assessments, overturn rate, levels

    Args:
        expert_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExpertQuality | ExpertQualityResponse400 | ExpertQualityResponse401 | ExpertQualityResponse403 | ExpertQualityResponse404 | ExpertQualityResponse422 | ExpertQualityResponse429 | ExpertQualityResponse500 | ExpertQualityResponse502 | ExpertQualityResponse503 | ExpertQualityResponse504]
    """

    kwargs = _get_kwargs(
        expert_id=expert_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    expert_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    ExpertQuality
    | ExpertQualityResponse400
    | ExpertQualityResponse401
    | ExpertQualityResponse403
    | ExpertQualityResponse404
    | ExpertQualityResponse422
    | ExpertQualityResponse429
    | ExpertQualityResponse500
    | ExpertQualityResponse502
    | ExpertQualityResponse503
    | ExpertQualityResponse504
    | None
):
    """Assessments, overturn rate, levels

    Args:
        expert_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExpertQuality | ExpertQualityResponse400 | ExpertQualityResponse401 | ExpertQualityResponse403 | ExpertQualityResponse404 | ExpertQualityResponse422 | ExpertQualityResponse429 | ExpertQualityResponse500 | ExpertQualityResponse502 | ExpertQualityResponse503 | ExpertQualityResponse504
    """

    return (
        await asyncio_detailed(
            expert_id=expert_id,
            client=client,
        )
    ).parsed
