from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.healthz_401_problem import Healthz401Problem
from ...models.internal_error_problem import InternalErrorProblem
from ...models.not_ready_problem import NotReadyProblem
from ...models.readyz_422_problem import Readyz422Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    scope: Literal["self"] | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_scope: Literal["self"] | None | Unset
    if isinstance(scope, Unset):
        json_scope = UNSET
    else:
        json_scope = scope
    params["scope"] = json_scope

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/readyz",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Healthz401Problem | InternalErrorProblem | NotReadyProblem | Readyz422Problem | None:
    if response.status_code == 200:
        response_200 = response.json()
        return response_200

    if response.status_code == 401:
        response_401 = Healthz401Problem.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = Readyz422Problem.from_dict(response.json())

        return response_422

    if response.status_code == 500:
        response_500 = InternalErrorProblem.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = NotReadyProblem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Healthz401Problem | InternalErrorProblem | NotReadyProblem | Readyz422Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    scope: Literal["self"] | None | Unset = UNSET,
) -> Response[Any | Healthz401Problem | InternalErrorProblem | NotReadyProblem | Readyz422Problem]:
    """Readiness: the database (and what else this service needs) answers

    Args:
        scope (Literal['self'] | None | Unset): `self`: this process only, not the services it
            calls (the gateway's own)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Healthz401Problem | InternalErrorProblem | NotReadyProblem | Readyz422Problem]
    """

    kwargs = _get_kwargs(
        scope=scope,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    scope: Literal["self"] | None | Unset = UNSET,
) -> Any | Healthz401Problem | InternalErrorProblem | NotReadyProblem | Readyz422Problem | None:
    """Readiness: the database (and what else this service needs) answers

    Args:
        scope (Literal['self'] | None | Unset): `self`: this process only, not the services it
            calls (the gateway's own)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Healthz401Problem | InternalErrorProblem | NotReadyProblem | Readyz422Problem
    """

    return sync_detailed(
        client=client,
        scope=scope,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    scope: Literal["self"] | None | Unset = UNSET,
) -> Response[Any | Healthz401Problem | InternalErrorProblem | NotReadyProblem | Readyz422Problem]:
    """Readiness: the database (and what else this service needs) answers

    Args:
        scope (Literal['self'] | None | Unset): `self`: this process only, not the services it
            calls (the gateway's own)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Healthz401Problem | InternalErrorProblem | NotReadyProblem | Readyz422Problem]
    """

    kwargs = _get_kwargs(
        scope=scope,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    scope: Literal["self"] | None | Unset = UNSET,
) -> Any | Healthz401Problem | InternalErrorProblem | NotReadyProblem | Readyz422Problem | None:
    """Readiness: the database (and what else this service needs) answers

    Args:
        scope (Literal['self'] | None | Unset): `self`: this process only, not the services it
            calls (the gateway's own)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Healthz401Problem | InternalErrorProblem | NotReadyProblem | Readyz422Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            scope=scope,
        )
    ).parsed
