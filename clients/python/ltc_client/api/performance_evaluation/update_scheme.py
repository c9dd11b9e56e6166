from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.scheme import Scheme
from ...models.scheme_update import SchemeUpdate
from ...models.update_scheme_response_400 import UpdateSchemeResponse400
from ...models.update_scheme_response_401 import UpdateSchemeResponse401
from ...models.update_scheme_response_403 import UpdateSchemeResponse403
from ...models.update_scheme_response_404 import UpdateSchemeResponse404
from ...models.update_scheme_response_409 import UpdateSchemeResponse409
from ...models.update_scheme_response_413 import UpdateSchemeResponse413
from ...models.update_scheme_response_422 import UpdateSchemeResponse422
from ...models.update_scheme_response_429 import UpdateSchemeResponse429
from ...models.update_scheme_response_500 import UpdateSchemeResponse500
from ...models.update_scheme_response_502 import UpdateSchemeResponse502
from ...models.update_scheme_response_503 import UpdateSchemeResponse503
from ...models.update_scheme_response_504 import UpdateSchemeResponse504
from ...types import Response


def _get_kwargs(
    scheme_id: UUID,
    *,
    body: SchemeUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/evaluation-schemes/{scheme_id}".format(
            scheme_id=quote(str(scheme_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Scheme
    | UpdateSchemeResponse400
    | UpdateSchemeResponse401
    | UpdateSchemeResponse403
    | UpdateSchemeResponse404
    | UpdateSchemeResponse409
    | UpdateSchemeResponse413
    | UpdateSchemeResponse422
    | UpdateSchemeResponse429
    | UpdateSchemeResponse500
    | UpdateSchemeResponse502
    | UpdateSchemeResponse503
    | UpdateSchemeResponse504
    | None
):
    if response.status_code == 200:
        response_200 = Scheme.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = UpdateSchemeResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UpdateSchemeResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = UpdateSchemeResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = UpdateSchemeResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = UpdateSchemeResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = UpdateSchemeResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = UpdateSchemeResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = UpdateSchemeResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = UpdateSchemeResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = UpdateSchemeResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = UpdateSchemeResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = UpdateSchemeResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Scheme
    | UpdateSchemeResponse400
    | UpdateSchemeResponse401
    | UpdateSchemeResponse403
    | UpdateSchemeResponse404
    | UpdateSchemeResponse409
    | UpdateSchemeResponse413
    | UpdateSchemeResponse422
    | UpdateSchemeResponse429
    | UpdateSchemeResponse500
    | UpdateSchemeResponse502
    | UpdateSchemeResponse503
    | UpdateSchemeResponse504
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
    body: SchemeUpdate,
) -> Response[
    Scheme
    | UpdateSchemeResponse400
    | UpdateSchemeResponse401
    | UpdateSchemeResponse403
    | UpdateSchemeResponse404
    | UpdateSchemeResponse409
    | UpdateSchemeResponse413
    | UpdateSchemeResponse422
    | UpdateSchemeResponse429
    | UpdateSchemeResponse500
    | UpdateSchemeResponse502
    | UpdateSchemeResponse503
    | UpdateSchemeResponse504
]:
    """Replace a draft version's document

     409 ``SCHEME_APPROVED`` once approved: an approved version never changes, a change is a new one.

    Args:
        scheme_id (UUID):
        body (SchemeUpdate): A draft's document, whole (indicators, grades, window), and
            optionally its title and source.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Scheme | UpdateSchemeResponse400 | UpdateSchemeResponse401 | UpdateSchemeResponse403 | UpdateSchemeResponse404 | UpdateSchemeResponse409 | UpdateSchemeResponse413 | UpdateSchemeResponse422 | UpdateSchemeResponse429 | UpdateSchemeResponse500 | UpdateSchemeResponse502 | UpdateSchemeResponse503 | UpdateSchemeResponse504]
    """

    kwargs = _get_kwargs(
        scheme_id=scheme_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    scheme_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: SchemeUpdate,
) -> (
    Scheme
    | UpdateSchemeResponse400
    | UpdateSchemeResponse401
    | UpdateSchemeResponse403
    | UpdateSchemeResponse404
    | UpdateSchemeResponse409
    | UpdateSchemeResponse413
    | UpdateSchemeResponse422
    | UpdateSchemeResponse429
    | UpdateSchemeResponse500
    | UpdateSchemeResponse502
    | UpdateSchemeResponse503
    | UpdateSchemeResponse504
    | None
):
    """Replace a draft version's document

     409 ``SCHEME_APPROVED`` once approved: an approved version never changes, a change is a new one.

    Args:
        scheme_id (UUID):
        body (SchemeUpdate): A draft's document, whole (indicators, grades, window), and
            optionally its title and source.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Scheme | UpdateSchemeResponse400 | UpdateSchemeResponse401 | UpdateSchemeResponse403 | UpdateSchemeResponse404 | UpdateSchemeResponse409 | UpdateSchemeResponse413 | UpdateSchemeResponse422 | UpdateSchemeResponse429 | UpdateSchemeResponse500 | UpdateSchemeResponse502 | UpdateSchemeResponse503 | UpdateSchemeResponse504
    """

    return sync_detailed(
        scheme_id=scheme_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    scheme_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: SchemeUpdate,
) -> Response[
    Scheme
    | UpdateSchemeResponse400
    | UpdateSchemeResponse401
    | UpdateSchemeResponse403
    | UpdateSchemeResponse404
    | UpdateSchemeResponse409
    | UpdateSchemeResponse413
    | UpdateSchemeResponse422
    | UpdateSchemeResponse429
    | UpdateSchemeResponse500
    | UpdateSchemeResponse502
    | UpdateSchemeResponse503
    | UpdateSchemeResponse504
]:
    """Replace a draft version's document

     409 ``SCHEME_APPROVED`` once approved: an approved version never changes, a change is a new one.

    Args:
        scheme_id (UUID):
        body (SchemeUpdate): A draft's document, whole (indicators, grades, window), and
            optionally its title and source.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Scheme | UpdateSchemeResponse400 | UpdateSchemeResponse401 | UpdateSchemeResponse403 | UpdateSchemeResponse404 | UpdateSchemeResponse409 | UpdateSchemeResponse413 | UpdateSchemeResponse422 | UpdateSchemeResponse429 | UpdateSchemeResponse500 | UpdateSchemeResponse502 | UpdateSchemeResponse503 | UpdateSchemeResponse504]
    """

    kwargs = _get_kwargs(
        scheme_id=scheme_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    scheme_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: SchemeUpdate,
) -> (
    Scheme
    | UpdateSchemeResponse400
    | UpdateSchemeResponse401
    | UpdateSchemeResponse403
    | UpdateSchemeResponse404
    | UpdateSchemeResponse409
    | UpdateSchemeResponse413
    | UpdateSchemeResponse422
    | UpdateSchemeResponse429
    | UpdateSchemeResponse500
    | UpdateSchemeResponse502
    | UpdateSchemeResponse503
    | UpdateSchemeResponse504
    | None
):
    """Replace a draft version's document

     409 ``SCHEME_APPROVED`` once approved: an approved version never changes, a change is a new one.

    Args:
        scheme_id (UUID):
        body (SchemeUpdate): A draft's document, whole (indicators, grades, window), and
            optionally its title and source.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Scheme | UpdateSchemeResponse400 | UpdateSchemeResponse401 | UpdateSchemeResponse403 | UpdateSchemeResponse404 | UpdateSchemeResponse409 | UpdateSchemeResponse413 | UpdateSchemeResponse422 | UpdateSchemeResponse429 | UpdateSchemeResponse500 | UpdateSchemeResponse502 | UpdateSchemeResponse503 | UpdateSchemeResponse504
    """

    return (
        await asyncio_detailed(
            scheme_id=scheme_id,
            client=client,
            body=body,
        )
    ).parsed
