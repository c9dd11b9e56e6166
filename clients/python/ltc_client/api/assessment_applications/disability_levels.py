from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.disability_levels import DisabilityLevels
from ...models.disability_levels_response_400 import DisabilityLevelsResponse400
from ...models.disability_levels_response_401 import DisabilityLevelsResponse401
from ...models.disability_levels_response_403 import DisabilityLevelsResponse403
from ...models.disability_levels_response_404 import DisabilityLevelsResponse404
from ...models.disability_levels_response_422 import DisabilityLevelsResponse422
from ...models.disability_levels_response_429 import DisabilityLevelsResponse429
from ...models.disability_levels_response_500 import DisabilityLevelsResponse500
from ...models.disability_levels_response_502 import DisabilityLevelsResponse502
from ...models.disability_levels_response_503 import DisabilityLevelsResponse503
from ...models.disability_levels_response_504 import DisabilityLevelsResponse504
from ...types import Response


def _get_kwargs(
    person_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/persons/{person_id}/disability-levels".format(
            person_id=quote(str(person_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DisabilityLevels
    | DisabilityLevelsResponse400
    | DisabilityLevelsResponse401
    | DisabilityLevelsResponse403
    | DisabilityLevelsResponse404
    | DisabilityLevelsResponse422
    | DisabilityLevelsResponse429
    | DisabilityLevelsResponse500
    | DisabilityLevelsResponse502
    | DisabilityLevelsResponse503
    | DisabilityLevelsResponse504
    | None
):
    if response.status_code == 200:
        response_200 = DisabilityLevels.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DisabilityLevelsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = DisabilityLevelsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = DisabilityLevelsResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = DisabilityLevelsResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = DisabilityLevelsResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = DisabilityLevelsResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = DisabilityLevelsResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = DisabilityLevelsResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = DisabilityLevelsResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = DisabilityLevelsResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DisabilityLevels
    | DisabilityLevelsResponse400
    | DisabilityLevelsResponse401
    | DisabilityLevelsResponse403
    | DisabilityLevelsResponse404
    | DisabilityLevelsResponse422
    | DisabilityLevelsResponse429
    | DisabilityLevelsResponse500
    | DisabilityLevelsResponse502
    | DisabilityLevelsResponse503
    | DisabilityLevelsResponse504
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    person_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    DisabilityLevels
    | DisabilityLevelsResponse400
    | DisabilityLevelsResponse401
    | DisabilityLevelsResponse403
    | DisabilityLevelsResponse404
    | DisabilityLevelsResponse422
    | DisabilityLevelsResponse429
    | DisabilityLevelsResponse500
    | DisabilityLevelsResponse502
    | DisabilityLevelsResponse503
    | DisabilityLevelsResponse504
]:
    """Current level and history (an institution: the current level of its own clients)

    Args:
        person_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DisabilityLevels | DisabilityLevelsResponse400 | DisabilityLevelsResponse401 | DisabilityLevelsResponse403 | DisabilityLevelsResponse404 | DisabilityLevelsResponse422 | DisabilityLevelsResponse429 | DisabilityLevelsResponse500 | DisabilityLevelsResponse502 | DisabilityLevelsResponse503 | DisabilityLevelsResponse504]
    """

    kwargs = _get_kwargs(
        person_id=person_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    person_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    DisabilityLevels
    | DisabilityLevelsResponse400
    | DisabilityLevelsResponse401
    | DisabilityLevelsResponse403
    | DisabilityLevelsResponse404
    | DisabilityLevelsResponse422
    | DisabilityLevelsResponse429
    | DisabilityLevelsResponse500
    | DisabilityLevelsResponse502
    | DisabilityLevelsResponse503
    | DisabilityLevelsResponse504
    | None
):
    """Current level and history (an institution: the current level of its own clients)

    Args:
        person_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DisabilityLevels | DisabilityLevelsResponse400 | DisabilityLevelsResponse401 | DisabilityLevelsResponse403 | DisabilityLevelsResponse404 | DisabilityLevelsResponse422 | DisabilityLevelsResponse429 | DisabilityLevelsResponse500 | DisabilityLevelsResponse502 | DisabilityLevelsResponse503 | DisabilityLevelsResponse504
    """

    return sync_detailed(
        person_id=person_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    person_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    DisabilityLevels
    | DisabilityLevelsResponse400
    | DisabilityLevelsResponse401
    | DisabilityLevelsResponse403
    | DisabilityLevelsResponse404
    | DisabilityLevelsResponse422
    | DisabilityLevelsResponse429
    | DisabilityLevelsResponse500
    | DisabilityLevelsResponse502
    | DisabilityLevelsResponse503
    | DisabilityLevelsResponse504
]:
    """Current level and history (an institution: the current level of its own clients)

    Args:
        person_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DisabilityLevels | DisabilityLevelsResponse400 | DisabilityLevelsResponse401 | DisabilityLevelsResponse403 | DisabilityLevelsResponse404 | DisabilityLevelsResponse422 | DisabilityLevelsResponse429 | DisabilityLevelsResponse500 | DisabilityLevelsResponse502 | DisabilityLevelsResponse503 | DisabilityLevelsResponse504]
    """

    kwargs = _get_kwargs(
        person_id=person_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    person_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    DisabilityLevels
    | DisabilityLevelsResponse400
    | DisabilityLevelsResponse401
    | DisabilityLevelsResponse403
    | DisabilityLevelsResponse404
    | DisabilityLevelsResponse422
    | DisabilityLevelsResponse429
    | DisabilityLevelsResponse500
    | DisabilityLevelsResponse502
    | DisabilityLevelsResponse503
    | DisabilityLevelsResponse504
    | None
):
    """Current level and history (an institution: the current level of its own clients)

    Args:
        person_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DisabilityLevels | DisabilityLevelsResponse400 | DisabilityLevelsResponse401 | DisabilityLevelsResponse403 | DisabilityLevelsResponse404 | DisabilityLevelsResponse422 | DisabilityLevelsResponse429 | DisabilityLevelsResponse500 | DisabilityLevelsResponse502 | DisabilityLevelsResponse503 | DisabilityLevelsResponse504
    """

    return (
        await asyncio_detailed(
            person_id=person_id,
            client=client,
        )
    ).parsed
