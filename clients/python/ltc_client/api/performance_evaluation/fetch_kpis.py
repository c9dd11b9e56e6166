from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.evaluation import Evaluation
from ...models.fetch_kpis_response_400 import FetchKpisResponse400
from ...models.fetch_kpis_response_401 import FetchKpisResponse401
from ...models.fetch_kpis_response_403 import FetchKpisResponse403
from ...models.fetch_kpis_response_404 import FetchKpisResponse404
from ...models.fetch_kpis_response_409 import FetchKpisResponse409
from ...models.fetch_kpis_response_413 import FetchKpisResponse413
from ...models.fetch_kpis_response_422 import FetchKpisResponse422
from ...models.fetch_kpis_response_429 import FetchKpisResponse429
from ...models.fetch_kpis_response_500 import FetchKpisResponse500
from ...models.fetch_kpis_response_502 import FetchKpisResponse502
from ...models.fetch_kpis_response_503 import FetchKpisResponse503
from ...models.fetch_kpis_response_504 import FetchKpisResponse504
from ...types import Response


def _get_kwargs(
    evaluation_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/evaluations/{evaluation_id}/kpi-snapshots".format(
            evaluation_id=quote(str(evaluation_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Evaluation
    | FetchKpisResponse400
    | FetchKpisResponse401
    | FetchKpisResponse403
    | FetchKpisResponse404
    | FetchKpisResponse409
    | FetchKpisResponse413
    | FetchKpisResponse422
    | FetchKpisResponse429
    | FetchKpisResponse500
    | FetchKpisResponse502
    | FetchKpisResponse503
    | FetchKpisResponse504
    | None
):
    if response.status_code == 200:
        response_200 = Evaluation.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = FetchKpisResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = FetchKpisResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = FetchKpisResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = FetchKpisResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = FetchKpisResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = FetchKpisResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = FetchKpisResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = FetchKpisResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = FetchKpisResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = FetchKpisResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = FetchKpisResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = FetchKpisResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Evaluation
    | FetchKpisResponse400
    | FetchKpisResponse401
    | FetchKpisResponse403
    | FetchKpisResponse404
    | FetchKpisResponse409
    | FetchKpisResponse413
    | FetchKpisResponse422
    | FetchKpisResponse429
    | FetchKpisResponse500
    | FetchKpisResponse502
    | FetchKpisResponse503
    | FetchKpisResponse504
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    evaluation_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    Evaluation
    | FetchKpisResponse400
    | FetchKpisResponse401
    | FetchKpisResponse403
    | FetchKpisResponse404
    | FetchKpisResponse409
    | FetchKpisResponse413
    | FetchKpisResponse422
    | FetchKpisResponse429
    | FetchKpisResponse500
    | FetchKpisResponse502
    | FetchKpisResponse503
    | FetchKpisResponse504
]:
    """Fetch the computed indicators' KPI reports, keep them as evidence and score by the bands

     503 ``KPI_SOURCE_UNAVAILABLE`` when a service cannot answer (nothing is recorded), 409
    ``KPI_NOT_REPORTED`` when a report lacks an indicator the scheme computes.

    Args:
        evaluation_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Evaluation | FetchKpisResponse400 | FetchKpisResponse401 | FetchKpisResponse403 | FetchKpisResponse404 | FetchKpisResponse409 | FetchKpisResponse413 | FetchKpisResponse422 | FetchKpisResponse429 | FetchKpisResponse500 | FetchKpisResponse502 | FetchKpisResponse503 | FetchKpisResponse504]
    """

    kwargs = _get_kwargs(
        evaluation_id=evaluation_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    evaluation_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    Evaluation
    | FetchKpisResponse400
    | FetchKpisResponse401
    | FetchKpisResponse403
    | FetchKpisResponse404
    | FetchKpisResponse409
    | FetchKpisResponse413
    | FetchKpisResponse422
    | FetchKpisResponse429
    | FetchKpisResponse500
    | FetchKpisResponse502
    | FetchKpisResponse503
    | FetchKpisResponse504
    | None
):
    """Fetch the computed indicators' KPI reports, keep them as evidence and score by the bands

     503 ``KPI_SOURCE_UNAVAILABLE`` when a service cannot answer (nothing is recorded), 409
    ``KPI_NOT_REPORTED`` when a report lacks an indicator the scheme computes.

    Args:
        evaluation_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Evaluation | FetchKpisResponse400 | FetchKpisResponse401 | FetchKpisResponse403 | FetchKpisResponse404 | FetchKpisResponse409 | FetchKpisResponse413 | FetchKpisResponse422 | FetchKpisResponse429 | FetchKpisResponse500 | FetchKpisResponse502 | FetchKpisResponse503 | FetchKpisResponse504
    """

    return sync_detailed(
        evaluation_id=evaluation_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    evaluation_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    Evaluation
    | FetchKpisResponse400
    | FetchKpisResponse401
    | FetchKpisResponse403
    | FetchKpisResponse404
    | FetchKpisResponse409
    | FetchKpisResponse413
    | FetchKpisResponse422
    | FetchKpisResponse429
    | FetchKpisResponse500
    | FetchKpisResponse502
    | FetchKpisResponse503
    | FetchKpisResponse504
]:
    """Fetch the computed indicators' KPI reports, keep them as evidence and score by the bands

     503 ``KPI_SOURCE_UNAVAILABLE`` when a service cannot answer (nothing is recorded), 409
    ``KPI_NOT_REPORTED`` when a report lacks an indicator the scheme computes.

    Args:
        evaluation_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Evaluation | FetchKpisResponse400 | FetchKpisResponse401 | FetchKpisResponse403 | FetchKpisResponse404 | FetchKpisResponse409 | FetchKpisResponse413 | FetchKpisResponse422 | FetchKpisResponse429 | FetchKpisResponse500 | FetchKpisResponse502 | FetchKpisResponse503 | FetchKpisResponse504]
    """

    kwargs = _get_kwargs(
        evaluation_id=evaluation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    evaluation_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    Evaluation
    | FetchKpisResponse400
    | FetchKpisResponse401
    | FetchKpisResponse403
    | FetchKpisResponse404
    | FetchKpisResponse409
    | FetchKpisResponse413
    | FetchKpisResponse422
    | FetchKpisResponse429
    | FetchKpisResponse500
    | FetchKpisResponse502
    | FetchKpisResponse503
    | FetchKpisResponse504
    | None
):
    """Fetch the computed indicators' KPI reports, keep them as evidence and score by the bands

     503 ``KPI_SOURCE_UNAVAILABLE`` when a service cannot answer (nothing is recorded), 409
    ``KPI_NOT_REPORTED`` when a report lacks an indicator the scheme computes.

    Args:
        evaluation_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Evaluation | FetchKpisResponse400 | FetchKpisResponse401 | FetchKpisResponse403 | FetchKpisResponse404 | FetchKpisResponse409 | FetchKpisResponse413 | FetchKpisResponse422 | FetchKpisResponse429 | FetchKpisResponse500 | FetchKpisResponse502 | FetchKpisResponse503 | FetchKpisResponse504
    """

    return (
        await asyncio_detailed(
            evaluation_id=evaluation_id,
            client=client,
        )
    ).parsed
