from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.approve_scheme_response_400 import ApproveSchemeResponse400
from ...models.approve_scheme_response_401 import ApproveSchemeResponse401
from ...models.approve_scheme_response_403 import ApproveSchemeResponse403
from ...models.approve_scheme_response_404 import ApproveSchemeResponse404
from ...models.approve_scheme_response_409 import ApproveSchemeResponse409
from ...models.approve_scheme_response_413 import ApproveSchemeResponse413
from ...models.approve_scheme_response_422 import ApproveSchemeResponse422
from ...models.approve_scheme_response_429 import ApproveSchemeResponse429
from ...models.approve_scheme_response_500 import ApproveSchemeResponse500
from ...models.approve_scheme_response_502 import ApproveSchemeResponse502
from ...models.approve_scheme_response_503 import ApproveSchemeResponse503
from ...models.approve_scheme_response_504 import ApproveSchemeResponse504
from ...models.scheme import Scheme
from ...types import Response


def _get_kwargs(
    scheme_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/evaluation-schemes/{scheme_id}:approve".format(
            scheme_id=quote(str(scheme_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ApproveSchemeResponse400
    | ApproveSchemeResponse401
    | ApproveSchemeResponse403
    | ApproveSchemeResponse404
    | ApproveSchemeResponse409
    | ApproveSchemeResponse413
    | ApproveSchemeResponse422
    | ApproveSchemeResponse429
    | ApproveSchemeResponse500
    | ApproveSchemeResponse502
    | ApproveSchemeResponse503
    | ApproveSchemeResponse504
    | Scheme
    | None
):
    if response.status_code == 200:
        response_200 = Scheme.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ApproveSchemeResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ApproveSchemeResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ApproveSchemeResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ApproveSchemeResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ApproveSchemeResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ApproveSchemeResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = ApproveSchemeResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ApproveSchemeResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ApproveSchemeResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ApproveSchemeResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ApproveSchemeResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ApproveSchemeResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ApproveSchemeResponse400
    | ApproveSchemeResponse401
    | ApproveSchemeResponse403
    | ApproveSchemeResponse404
    | ApproveSchemeResponse409
    | ApproveSchemeResponse413
    | ApproveSchemeResponse422
    | ApproveSchemeResponse429
    | ApproveSchemeResponse500
    | ApproveSchemeResponse502
    | ApproveSchemeResponse503
    | ApproveSchemeResponse504
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
    ApproveSchemeResponse400
    | ApproveSchemeResponse401
    | ApproveSchemeResponse403
    | ApproveSchemeResponse404
    | ApproveSchemeResponse409
    | ApproveSchemeResponse413
    | ApproveSchemeResponse422
    | ApproveSchemeResponse429
    | ApproveSchemeResponse500
    | ApproveSchemeResponse502
    | ApproveSchemeResponse503
    | ApproveSchemeResponse504
    | Scheme
]:
    """Approve a draft version (then immutable; evaluations are made under approved versions)

    Args:
        scheme_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApproveSchemeResponse400 | ApproveSchemeResponse401 | ApproveSchemeResponse403 | ApproveSchemeResponse404 | ApproveSchemeResponse409 | ApproveSchemeResponse413 | ApproveSchemeResponse422 | ApproveSchemeResponse429 | ApproveSchemeResponse500 | ApproveSchemeResponse502 | ApproveSchemeResponse503 | ApproveSchemeResponse504 | Scheme]
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
    ApproveSchemeResponse400
    | ApproveSchemeResponse401
    | ApproveSchemeResponse403
    | ApproveSchemeResponse404
    | ApproveSchemeResponse409
    | ApproveSchemeResponse413
    | ApproveSchemeResponse422
    | ApproveSchemeResponse429
    | ApproveSchemeResponse500
    | ApproveSchemeResponse502
    | ApproveSchemeResponse503
    | ApproveSchemeResponse504
    | Scheme
    | None
):
    """Approve a draft version (then immutable; evaluations are made under approved versions)

    Args:
        scheme_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApproveSchemeResponse400 | ApproveSchemeResponse401 | ApproveSchemeResponse403 | ApproveSchemeResponse404 | ApproveSchemeResponse409 | ApproveSchemeResponse413 | ApproveSchemeResponse422 | ApproveSchemeResponse429 | ApproveSchemeResponse500 | ApproveSchemeResponse502 | ApproveSchemeResponse503 | ApproveSchemeResponse504 | Scheme
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
    ApproveSchemeResponse400
    | ApproveSchemeResponse401
    | ApproveSchemeResponse403
    | ApproveSchemeResponse404
    | ApproveSchemeResponse409
    | ApproveSchemeResponse413
    | ApproveSchemeResponse422
    | ApproveSchemeResponse429
    | ApproveSchemeResponse500
    | ApproveSchemeResponse502
    | ApproveSchemeResponse503
    | ApproveSchemeResponse504
    | Scheme
]:
    """Approve a draft version (then immutable; evaluations are made under approved versions)

    Args:
        scheme_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApproveSchemeResponse400 | ApproveSchemeResponse401 | ApproveSchemeResponse403 | ApproveSchemeResponse404 | ApproveSchemeResponse409 | ApproveSchemeResponse413 | ApproveSchemeResponse422 | ApproveSchemeResponse429 | ApproveSchemeResponse500 | ApproveSchemeResponse502 | ApproveSchemeResponse503 | ApproveSchemeResponse504 | Scheme]
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
    ApproveSchemeResponse400
    | ApproveSchemeResponse401
    | ApproveSchemeResponse403
    | ApproveSchemeResponse404
    | ApproveSchemeResponse409
    | ApproveSchemeResponse413
    | ApproveSchemeResponse422
    | ApproveSchemeResponse429
    | ApproveSchemeResponse500
    | ApproveSchemeResponse502
    | ApproveSchemeResponse503
    | ApproveSchemeResponse504
    | Scheme
    | None
):
    """Approve a draft version (then immutable; evaluations are made under approved versions)

    Args:
        scheme_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApproveSchemeResponse400 | ApproveSchemeResponse401 | ApproveSchemeResponse403 | ApproveSchemeResponse404 | ApproveSchemeResponse409 | ApproveSchemeResponse413 | ApproveSchemeResponse422 | ApproveSchemeResponse429 | ApproveSchemeResponse500 | ApproveSchemeResponse502 | ApproveSchemeResponse503 | ApproveSchemeResponse504 | Scheme
    """

    return (
        await asyncio_detailed(
            scheme_id=scheme_id,
            client=client,
        )
    ).parsed
