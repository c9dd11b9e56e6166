from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_evaluation_scheme_response_400 import GetEvaluationSchemeResponse400
from ...models.get_evaluation_scheme_response_401 import GetEvaluationSchemeResponse401
from ...models.get_evaluation_scheme_response_403 import GetEvaluationSchemeResponse403
from ...models.get_evaluation_scheme_response_404 import GetEvaluationSchemeResponse404
from ...models.get_evaluation_scheme_response_422 import GetEvaluationSchemeResponse422
from ...models.get_evaluation_scheme_response_429 import GetEvaluationSchemeResponse429
from ...models.get_evaluation_scheme_response_500 import GetEvaluationSchemeResponse500
from ...models.get_evaluation_scheme_response_502 import GetEvaluationSchemeResponse502
from ...models.get_evaluation_scheme_response_503 import GetEvaluationSchemeResponse503
from ...models.get_evaluation_scheme_response_504 import GetEvaluationSchemeResponse504
from ...models.scheme import Scheme
from ...types import Response


def _get_kwargs(
    scheme_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/evaluation-schemes/{scheme_id}".format(
            scheme_id=quote(str(scheme_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetEvaluationSchemeResponse400
    | GetEvaluationSchemeResponse401
    | GetEvaluationSchemeResponse403
    | GetEvaluationSchemeResponse404
    | GetEvaluationSchemeResponse422
    | GetEvaluationSchemeResponse429
    | GetEvaluationSchemeResponse500
    | GetEvaluationSchemeResponse502
    | GetEvaluationSchemeResponse503
    | GetEvaluationSchemeResponse504
    | Scheme
    | None
):
    if response.status_code == 200:
        response_200 = Scheme.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetEvaluationSchemeResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetEvaluationSchemeResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetEvaluationSchemeResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetEvaluationSchemeResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = GetEvaluationSchemeResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetEvaluationSchemeResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetEvaluationSchemeResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = GetEvaluationSchemeResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = GetEvaluationSchemeResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = GetEvaluationSchemeResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetEvaluationSchemeResponse400
    | GetEvaluationSchemeResponse401
    | GetEvaluationSchemeResponse403
    | GetEvaluationSchemeResponse404
    | GetEvaluationSchemeResponse422
    | GetEvaluationSchemeResponse429
    | GetEvaluationSchemeResponse500
    | GetEvaluationSchemeResponse502
    | GetEvaluationSchemeResponse503
    | GetEvaluationSchemeResponse504
    | Scheme
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    scheme_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetEvaluationSchemeResponse400
    | GetEvaluationSchemeResponse401
    | GetEvaluationSchemeResponse403
    | GetEvaluationSchemeResponse404
    | GetEvaluationSchemeResponse422
    | GetEvaluationSchemeResponse429
    | GetEvaluationSchemeResponse500
    | GetEvaluationSchemeResponse502
    | GetEvaluationSchemeResponse503
    | GetEvaluationSchemeResponse504
    | Scheme
]:
    """One evaluation scheme version

    Args:
        scheme_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetEvaluationSchemeResponse400 | GetEvaluationSchemeResponse401 | GetEvaluationSchemeResponse403 | GetEvaluationSchemeResponse404 | GetEvaluationSchemeResponse422 | GetEvaluationSchemeResponse429 | GetEvaluationSchemeResponse500 | GetEvaluationSchemeResponse502 | GetEvaluationSchemeResponse503 | GetEvaluationSchemeResponse504 | Scheme]
    """

    kwargs = _get_kwargs(
        scheme_id=scheme_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    scheme_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetEvaluationSchemeResponse400
    | GetEvaluationSchemeResponse401
    | GetEvaluationSchemeResponse403
    | GetEvaluationSchemeResponse404
    | GetEvaluationSchemeResponse422
    | GetEvaluationSchemeResponse429
    | GetEvaluationSchemeResponse500
    | GetEvaluationSchemeResponse502
    | GetEvaluationSchemeResponse503
    | GetEvaluationSchemeResponse504
    | Scheme
    | None
):
    """One evaluation scheme version

    Args:
        scheme_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetEvaluationSchemeResponse400 | GetEvaluationSchemeResponse401 | GetEvaluationSchemeResponse403 | GetEvaluationSchemeResponse404 | GetEvaluationSchemeResponse422 | GetEvaluationSchemeResponse429 | GetEvaluationSchemeResponse500 | GetEvaluationSchemeResponse502 | GetEvaluationSchemeResponse503 | GetEvaluationSchemeResponse504 | Scheme
    """

    return sync_detailed(
        scheme_id=scheme_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    scheme_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetEvaluationSchemeResponse400
    | GetEvaluationSchemeResponse401
    | GetEvaluationSchemeResponse403
    | GetEvaluationSchemeResponse404
    | GetEvaluationSchemeResponse422
    | GetEvaluationSchemeResponse429
    | GetEvaluationSchemeResponse500
    | GetEvaluationSchemeResponse502
    | GetEvaluationSchemeResponse503
    | GetEvaluationSchemeResponse504
    | Scheme
]:
    """One evaluation scheme version

    Args:
        scheme_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetEvaluationSchemeResponse400 | GetEvaluationSchemeResponse401 | GetEvaluationSchemeResponse403 | GetEvaluationSchemeResponse404 | GetEvaluationSchemeResponse422 | GetEvaluationSchemeResponse429 | GetEvaluationSchemeResponse500 | GetEvaluationSchemeResponse502 | GetEvaluationSchemeResponse503 | GetEvaluationSchemeResponse504 | Scheme]
    """

    kwargs = _get_kwargs(
        scheme_id=scheme_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    scheme_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetEvaluationSchemeResponse400
    | GetEvaluationSchemeResponse401
    | GetEvaluationSchemeResponse403
    | GetEvaluationSchemeResponse404
    | GetEvaluationSchemeResponse422
    | GetEvaluationSchemeResponse429
    | GetEvaluationSchemeResponse500
    | GetEvaluationSchemeResponse502
    | GetEvaluationSchemeResponse503
    | GetEvaluationSchemeResponse504
    | Scheme
    | None
):
    """One evaluation scheme version

    Args:
        scheme_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetEvaluationSchemeResponse400 | GetEvaluationSchemeResponse401 | GetEvaluationSchemeResponse403 | GetEvaluationSchemeResponse404 | GetEvaluationSchemeResponse422 | GetEvaluationSchemeResponse429 | GetEvaluationSchemeResponse500 | GetEvaluationSchemeResponse502 | GetEvaluationSchemeResponse503 | GetEvaluationSchemeResponse504 | Scheme
    """

    return (
        await asyncio_detailed(
            scheme_id=scheme_id,
            client=client,
        )
    ).parsed
