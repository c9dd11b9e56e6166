from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.client_home import ClientHome
from ...models.set_client_home_response_400 import SetClientHomeResponse400
from ...models.set_client_home_response_401 import SetClientHomeResponse401
from ...models.set_client_home_response_403 import SetClientHomeResponse403
from ...models.set_client_home_response_404 import SetClientHomeResponse404
from ...models.set_client_home_response_409 import SetClientHomeResponse409
from ...models.set_client_home_response_413 import SetClientHomeResponse413
from ...models.set_client_home_response_422 import SetClientHomeResponse422
from ...models.set_client_home_response_429 import SetClientHomeResponse429
from ...models.set_client_home_response_500 import SetClientHomeResponse500
from ...models.set_client_home_response_502 import SetClientHomeResponse502
from ...models.set_client_home_response_503 import SetClientHomeResponse503
from ...models.set_client_home_response_504 import SetClientHomeResponse504
from ...types import Response


def _get_kwargs(
    institution_id: str,
    person_id: UUID,
    *,
    body: ClientHome,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/institutions/{institution_id}/clients/{person_id}/home".format(
            institution_id=quote(str(institution_id), safe=""),
            person_id=quote(str(person_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ClientHome
    | SetClientHomeResponse400
    | SetClientHomeResponse401
    | SetClientHomeResponse403
    | SetClientHomeResponse404
    | SetClientHomeResponse409
    | SetClientHomeResponse413
    | SetClientHomeResponse422
    | SetClientHomeResponse429
    | SetClientHomeResponse500
    | SetClientHomeResponse502
    | SetClientHomeResponse503
    | SetClientHomeResponse504
    | None
):
    if response.status_code == 200:
        response_200 = ClientHome.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = SetClientHomeResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = SetClientHomeResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = SetClientHomeResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = SetClientHomeResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = SetClientHomeResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = SetClientHomeResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = SetClientHomeResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = SetClientHomeResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = SetClientHomeResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = SetClientHomeResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = SetClientHomeResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = SetClientHomeResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ClientHome
    | SetClientHomeResponse400
    | SetClientHomeResponse401
    | SetClientHomeResponse403
    | SetClientHomeResponse404
    | SetClientHomeResponse409
    | SetClientHomeResponse413
    | SetClientHomeResponse422
    | SetClientHomeResponse429
    | SetClientHomeResponse500
    | SetClientHomeResponse502
    | SetClientHomeResponse503
    | SetClientHomeResponse504
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    institution_id: str,
    person_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ClientHome,
) -> Response[
    ClientHome
    | SetClientHomeResponse400
    | SetClientHomeResponse401
    | SetClientHomeResponse403
    | SetClientHomeResponse404
    | SetClientHomeResponse409
    | SetClientHomeResponse413
    | SetClientHomeResponse422
    | SetClientHomeResponse429
    | SetClientHomeResponse500
    | SetClientHomeResponse502
    | SetClientHomeResponse503
    | SetClientHomeResponse504
]:
    """Where a client served at home lives (check-in distance)

    Args:
        institution_id (str):
        person_id (UUID):
        body (ClientHome): Where a client served at home lives, for the check-in distance check.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientHome | SetClientHomeResponse400 | SetClientHomeResponse401 | SetClientHomeResponse403 | SetClientHomeResponse404 | SetClientHomeResponse409 | SetClientHomeResponse413 | SetClientHomeResponse422 | SetClientHomeResponse429 | SetClientHomeResponse500 | SetClientHomeResponse502 | SetClientHomeResponse503 | SetClientHomeResponse504]
    """

    kwargs = _get_kwargs(
        institution_id=institution_id,
        person_id=person_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    institution_id: str,
    person_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ClientHome,
) -> (
    ClientHome
    | SetClientHomeResponse400
    | SetClientHomeResponse401
    | SetClientHomeResponse403
    | SetClientHomeResponse404
    | SetClientHomeResponse409
    | SetClientHomeResponse413
    | SetClientHomeResponse422
    | SetClientHomeResponse429
    | SetClientHomeResponse500
    | SetClientHomeResponse502
    | SetClientHomeResponse503
    | SetClientHomeResponse504
    | None
):
    """Where a client served at home lives (check-in distance)

    Args:
        institution_id (str):
        person_id (UUID):
        body (ClientHome): Where a client served at home lives, for the check-in distance check.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientHome | SetClientHomeResponse400 | SetClientHomeResponse401 | SetClientHomeResponse403 | SetClientHomeResponse404 | SetClientHomeResponse409 | SetClientHomeResponse413 | SetClientHomeResponse422 | SetClientHomeResponse429 | SetClientHomeResponse500 | SetClientHomeResponse502 | SetClientHomeResponse503 | SetClientHomeResponse504
    """

    return sync_detailed(
        institution_id=institution_id,
        person_id=person_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    institution_id: str,
    person_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ClientHome,
) -> Response[
    ClientHome
    | SetClientHomeResponse400
    | SetClientHomeResponse401
    | SetClientHomeResponse403
    | SetClientHomeResponse404
    | SetClientHomeResponse409
    | SetClientHomeResponse413
    | SetClientHomeResponse422
    | SetClientHomeResponse429
    | SetClientHomeResponse500
    | SetClientHomeResponse502
    | SetClientHomeResponse503
    | SetClientHomeResponse504
]:
    """Where a client served at home lives (check-in distance)

    Args:
        institution_id (str):
        person_id (UUID):
        body (ClientHome): Where a client served at home lives, for the check-in distance check.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientHome | SetClientHomeResponse400 | SetClientHomeResponse401 | SetClientHomeResponse403 | SetClientHomeResponse404 | SetClientHomeResponse409 | SetClientHomeResponse413 | SetClientHomeResponse422 | SetClientHomeResponse429 | SetClientHomeResponse500 | SetClientHomeResponse502 | SetClientHomeResponse503 | SetClientHomeResponse504]
    """

    kwargs = _get_kwargs(
        institution_id=institution_id,
        person_id=person_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    institution_id: str,
    person_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ClientHome,
) -> (
    ClientHome
    | SetClientHomeResponse400
    | SetClientHomeResponse401
    | SetClientHomeResponse403
    | SetClientHomeResponse404
    | SetClientHomeResponse409
    | SetClientHomeResponse413
    | SetClientHomeResponse422
    | SetClientHomeResponse429
    | SetClientHomeResponse500
    | SetClientHomeResponse502
    | SetClientHomeResponse503
    | SetClientHomeResponse504
    | None
):
    """Where a client served at home lives (check-in distance)

    Args:
        institution_id (str):
        person_id (UUID):
        body (ClientHome): Where a client served at home lives, for the check-in distance check.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientHome | SetClientHomeResponse400 | SetClientHomeResponse401 | SetClientHomeResponse403 | SetClientHomeResponse404 | SetClientHomeResponse409 | SetClientHomeResponse413 | SetClientHomeResponse422 | SetClientHomeResponse429 | SetClientHomeResponse500 | SetClientHomeResponse502 | SetClientHomeResponse503 | SetClientHomeResponse504
    """

    return (
        await asyncio_detailed(
            institution_id=institution_id,
            person_id=person_id,
            client=client,
            body=body,
        )
    ).parsed
