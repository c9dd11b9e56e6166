from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.healthz_401_problem import Healthz401Problem
from ...models.healthz_response_healthz import HealthzResponseHealthz
from ...models.internal_error_problem import InternalErrorProblem
from ...models.invalid_value_unknown_query_parameter_invalid import InvalidValueUnknownQueryParameterInvalid
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/healthz",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Healthz401Problem
    | HealthzResponseHealthz
    | InternalErrorProblem
    | InvalidValueUnknownQueryParameterInvalid
    | None
):
    if response.status_code == 200:
        response_200 = HealthzResponseHealthz.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Healthz401Problem.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = InvalidValueUnknownQueryParameterInvalid.from_dict(response.json())

        return response_422

    if response.status_code == 500:
        response_500 = InternalErrorProblem.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Healthz401Problem
    | HealthzResponseHealthz
    | InternalErrorProblem
    | InvalidValueUnknownQueryParameterInvalid
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
) -> Response[
    Healthz401Problem
    | HealthzResponseHealthz
    | InternalErrorProblem
    | InvalidValueUnknownQueryParameterInvalid
]:
    """Liveness: the process answers

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Healthz401Problem | HealthzResponseHealthz | InternalErrorProblem | InvalidValueUnknownQueryParameterInvalid]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> (
    Healthz401Problem
    | HealthzResponseHealthz
    | InternalErrorProblem
    | InvalidValueUnknownQueryParameterInvalid
    | None
):
    """Liveness: the process answers

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Healthz401Problem | HealthzResponseHealthz | InternalErrorProblem | InvalidValueUnknownQueryParameterInvalid
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    Healthz401Problem
    | HealthzResponseHealthz
    | InternalErrorProblem
    | InvalidValueUnknownQueryParameterInvalid
]:
    """Liveness: the process answers

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Healthz401Problem | HealthzResponseHealthz | InternalErrorProblem | InvalidValueUnknownQueryParameterInvalid]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> (
    Healthz401Problem
    | HealthzResponseHealthz
    | InternalErrorProblem
    | InvalidValueUnknownQueryParameterInvalid
    | None
):
    """Liveness: the process answers

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Healthz401Problem | HealthzResponseHealthz | InternalErrorProblem | InvalidValueUnknownQueryParameterInvalid
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
