from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fetch_kpis_batch_response_400 import FetchKpisBatchResponse400
from ...models.fetch_kpis_batch_response_401 import FetchKpisBatchResponse401
from ...models.fetch_kpis_batch_response_403 import FetchKpisBatchResponse403
from ...models.fetch_kpis_batch_response_409 import FetchKpisBatchResponse409
from ...models.fetch_kpis_batch_response_413 import FetchKpisBatchResponse413
from ...models.fetch_kpis_batch_response_422 import FetchKpisBatchResponse422
from ...models.fetch_kpis_batch_response_429 import FetchKpisBatchResponse429
from ...models.fetch_kpis_batch_response_500 import FetchKpisBatchResponse500
from ...models.fetch_kpis_batch_response_502 import FetchKpisBatchResponse502
from ...models.fetch_kpis_batch_response_503 import FetchKpisBatchResponse503
from ...models.fetch_kpis_batch_response_504 import FetchKpisBatchResponse504
from ...models.kpi_batch import KpiBatch
from ...models.kpi_batch_create import KpiBatchCreate
from ...types import Response


def _get_kwargs(
    *,
    body: KpiBatchCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/evaluations:fetch-kpis",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    FetchKpisBatchResponse400
    | FetchKpisBatchResponse401
    | FetchKpisBatchResponse403
    | FetchKpisBatchResponse409
    | FetchKpisBatchResponse413
    | FetchKpisBatchResponse422
    | FetchKpisBatchResponse429
    | FetchKpisBatchResponse500
    | FetchKpisBatchResponse502
    | FetchKpisBatchResponse503
    | FetchKpisBatchResponse504
    | KpiBatch
    | None
):
    if response.status_code == 200:
        response_200 = KpiBatch.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = FetchKpisBatchResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = FetchKpisBatchResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = FetchKpisBatchResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = FetchKpisBatchResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = FetchKpisBatchResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = FetchKpisBatchResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = FetchKpisBatchResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = FetchKpisBatchResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = FetchKpisBatchResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = FetchKpisBatchResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = FetchKpisBatchResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    FetchKpisBatchResponse400
    | FetchKpisBatchResponse401
    | FetchKpisBatchResponse403
    | FetchKpisBatchResponse409
    | FetchKpisBatchResponse413
    | FetchKpisBatchResponse422
    | FetchKpisBatchResponse429
    | FetchKpisBatchResponse500
    | FetchKpisBatchResponse502
    | FetchKpisBatchResponse503
    | FetchKpisBatchResponse504
    | KpiBatch
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
    body: KpiBatchCreate,
) -> Response[
    FetchKpisBatchResponse400
    | FetchKpisBatchResponse401
    | FetchKpisBatchResponse403
    | FetchKpisBatchResponse409
    | FetchKpisBatchResponse413
    | FetchKpisBatchResponse422
    | FetchKpisBatchResponse429
    | FetchKpisBatchResponse500
    | FetchKpisBatchResponse502
    | FetchKpisBatchResponse503
    | FetchKpisBatchResponse504
    | KpiBatch
]:
    """Fetch the KPIs of every evaluation of a scheme version and period at once (grouped calls)

     Every evaluation of the scheme version and period still being scored (draft or scored) gets the
    snapshots and scores ``/evaluations/{id}/kpi-snapshots`` would give it, from one call per service
    and
    grouping (by county; settlement by institution) instead of one per subject. 422 ``SCHEME_UNKNOWN``,
    503 ``KPI_SOURCE_UNAVAILABLE`` and 409 ``KPI_NOT_REPORTED`` as for one evaluation (nothing
    recorded).

    Args:
        body (KpiBatchCreate): Fetch the KPIs of every evaluation of one scheme version and period
            still being scored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FetchKpisBatchResponse400 | FetchKpisBatchResponse401 | FetchKpisBatchResponse403 | FetchKpisBatchResponse409 | FetchKpisBatchResponse413 | FetchKpisBatchResponse422 | FetchKpisBatchResponse429 | FetchKpisBatchResponse500 | FetchKpisBatchResponse502 | FetchKpisBatchResponse503 | FetchKpisBatchResponse504 | KpiBatch]
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
    body: KpiBatchCreate,
) -> (
    FetchKpisBatchResponse400
    | FetchKpisBatchResponse401
    | FetchKpisBatchResponse403
    | FetchKpisBatchResponse409
    | FetchKpisBatchResponse413
    | FetchKpisBatchResponse422
    | FetchKpisBatchResponse429
    | FetchKpisBatchResponse500
    | FetchKpisBatchResponse502
    | FetchKpisBatchResponse503
    | FetchKpisBatchResponse504
    | KpiBatch
    | None
):
    """Fetch the KPIs of every evaluation of a scheme version and period at once (grouped calls)

     Every evaluation of the scheme version and period still being scored (draft or scored) gets the
    snapshots and scores ``/evaluations/{id}/kpi-snapshots`` would give it, from one call per service
    and
    grouping (by county; settlement by institution) instead of one per subject. 422 ``SCHEME_UNKNOWN``,
    503 ``KPI_SOURCE_UNAVAILABLE`` and 409 ``KPI_NOT_REPORTED`` as for one evaluation (nothing
    recorded).

    Args:
        body (KpiBatchCreate): Fetch the KPIs of every evaluation of one scheme version and period
            still being scored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FetchKpisBatchResponse400 | FetchKpisBatchResponse401 | FetchKpisBatchResponse403 | FetchKpisBatchResponse409 | FetchKpisBatchResponse413 | FetchKpisBatchResponse422 | FetchKpisBatchResponse429 | FetchKpisBatchResponse500 | FetchKpisBatchResponse502 | FetchKpisBatchResponse503 | FetchKpisBatchResponse504 | KpiBatch
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: KpiBatchCreate,
) -> Response[
    FetchKpisBatchResponse400
    | FetchKpisBatchResponse401
    | FetchKpisBatchResponse403
    | FetchKpisBatchResponse409
    | FetchKpisBatchResponse413
    | FetchKpisBatchResponse422
    | FetchKpisBatchResponse429
    | FetchKpisBatchResponse500
    | FetchKpisBatchResponse502
    | FetchKpisBatchResponse503
    | FetchKpisBatchResponse504
    | KpiBatch
]:
    """Fetch the KPIs of every evaluation of a scheme version and period at once (grouped calls)

     Every evaluation of the scheme version and period still being scored (draft or scored) gets the
    snapshots and scores ``/evaluations/{id}/kpi-snapshots`` would give it, from one call per service
    and
    grouping (by county; settlement by institution) instead of one per subject. 422 ``SCHEME_UNKNOWN``,
    503 ``KPI_SOURCE_UNAVAILABLE`` and 409 ``KPI_NOT_REPORTED`` as for one evaluation (nothing
    recorded).

    Args:
        body (KpiBatchCreate): Fetch the KPIs of every evaluation of one scheme version and period
            still being scored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FetchKpisBatchResponse400 | FetchKpisBatchResponse401 | FetchKpisBatchResponse403 | FetchKpisBatchResponse409 | FetchKpisBatchResponse413 | FetchKpisBatchResponse422 | FetchKpisBatchResponse429 | FetchKpisBatchResponse500 | FetchKpisBatchResponse502 | FetchKpisBatchResponse503 | FetchKpisBatchResponse504 | KpiBatch]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: KpiBatchCreate,
) -> (
    FetchKpisBatchResponse400
    | FetchKpisBatchResponse401
    | FetchKpisBatchResponse403
    | FetchKpisBatchResponse409
    | FetchKpisBatchResponse413
    | FetchKpisBatchResponse422
    | FetchKpisBatchResponse429
    | FetchKpisBatchResponse500
    | FetchKpisBatchResponse502
    | FetchKpisBatchResponse503
    | FetchKpisBatchResponse504
    | KpiBatch
    | None
):
    """Fetch the KPIs of every evaluation of a scheme version and period at once (grouped calls)

     Every evaluation of the scheme version and period still being scored (draft or scored) gets the
    snapshots and scores ``/evaluations/{id}/kpi-snapshots`` would give it, from one call per service
    and
    grouping (by county; settlement by institution) instead of one per subject. 422 ``SCHEME_UNKNOWN``,
    503 ``KPI_SOURCE_UNAVAILABLE`` and 409 ``KPI_NOT_REPORTED`` as for one evaluation (nothing
    recorded).

    Args:
        body (KpiBatchCreate): Fetch the KPIs of every evaluation of one scheme version and period
            still being scored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FetchKpisBatchResponse400 | FetchKpisBatchResponse401 | FetchKpisBatchResponse403 | FetchKpisBatchResponse409 | FetchKpisBatchResponse413 | FetchKpisBatchResponse422 | FetchKpisBatchResponse429 | FetchKpisBatchResponse500 | FetchKpisBatchResponse502 | FetchKpisBatchResponse503 | FetchKpisBatchResponse504 | KpiBatch
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
