from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulletin_target import BulletinTarget
from ...models.bulletin_target_create import BulletinTargetCreate
from ...models.new_bulletin_target_response_400 import NewBulletinTargetResponse400
from ...models.new_bulletin_target_response_401 import NewBulletinTargetResponse401
from ...models.new_bulletin_target_response_403 import NewBulletinTargetResponse403
from ...models.new_bulletin_target_response_404 import NewBulletinTargetResponse404
from ...models.new_bulletin_target_response_409 import NewBulletinTargetResponse409
from ...models.new_bulletin_target_response_413 import NewBulletinTargetResponse413
from ...models.new_bulletin_target_response_422 import NewBulletinTargetResponse422
from ...models.new_bulletin_target_response_429 import NewBulletinTargetResponse429
from ...models.new_bulletin_target_response_500 import NewBulletinTargetResponse500
from ...models.new_bulletin_target_response_502 import NewBulletinTargetResponse502
from ...models.new_bulletin_target_response_503 import NewBulletinTargetResponse503
from ...models.new_bulletin_target_response_504 import NewBulletinTargetResponse504
from ...types import Response


def _get_kwargs(
    *,
    body: BulletinTargetCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/bulletin-targets",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BulletinTarget
    | NewBulletinTargetResponse400
    | NewBulletinTargetResponse401
    | NewBulletinTargetResponse403
    | NewBulletinTargetResponse404
    | NewBulletinTargetResponse409
    | NewBulletinTargetResponse413
    | NewBulletinTargetResponse422
    | NewBulletinTargetResponse429
    | NewBulletinTargetResponse500
    | NewBulletinTargetResponse502
    | NewBulletinTargetResponse503
    | NewBulletinTargetResponse504
    | None
):
    if response.status_code == 201:
        response_201 = BulletinTarget.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = NewBulletinTargetResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = NewBulletinTargetResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = NewBulletinTargetResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = NewBulletinTargetResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = NewBulletinTargetResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = NewBulletinTargetResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = NewBulletinTargetResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = NewBulletinTargetResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = NewBulletinTargetResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = NewBulletinTargetResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = NewBulletinTargetResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = NewBulletinTargetResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    BulletinTarget
    | NewBulletinTargetResponse400
    | NewBulletinTargetResponse401
    | NewBulletinTargetResponse403
    | NewBulletinTargetResponse404
    | NewBulletinTargetResponse409
    | NewBulletinTargetResponse413
    | NewBulletinTargetResponse422
    | NewBulletinTargetResponse429
    | NewBulletinTargetResponse500
    | NewBulletinTargetResponse502
    | NewBulletinTargetResponse503
    | NewBulletinTargetResponse504
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
    body: BulletinTargetCreate,
) -> Response[
    BulletinTarget
    | NewBulletinTargetResponse400
    | NewBulletinTargetResponse401
    | NewBulletinTargetResponse403
    | NewBulletinTargetResponse404
    | NewBulletinTargetResponse409
    | NewBulletinTargetResponse413
    | NewBulletinTargetResponse422
    | NewBulletinTargetResponse429
    | NewBulletinTargetResponse500
    | NewBulletinTargetResponse502
    | NewBulletinTargetResponse503
    | NewBulletinTargetResponse504
]:
    """A new version of a bulletin target with its reason

     404 ``BULLETIN_TARGET_UNKNOWN`` for a code the bulletin does not measure.

    Args:
        body (BulletinTargetCreate): A new version of a known target.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulletinTarget | NewBulletinTargetResponse400 | NewBulletinTargetResponse401 | NewBulletinTargetResponse403 | NewBulletinTargetResponse404 | NewBulletinTargetResponse409 | NewBulletinTargetResponse413 | NewBulletinTargetResponse422 | NewBulletinTargetResponse429 | NewBulletinTargetResponse500 | NewBulletinTargetResponse502 | NewBulletinTargetResponse503 | NewBulletinTargetResponse504]
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
    body: BulletinTargetCreate,
) -> (
    BulletinTarget
    | NewBulletinTargetResponse400
    | NewBulletinTargetResponse401
    | NewBulletinTargetResponse403
    | NewBulletinTargetResponse404
    | NewBulletinTargetResponse409
    | NewBulletinTargetResponse413
    | NewBulletinTargetResponse422
    | NewBulletinTargetResponse429
    | NewBulletinTargetResponse500
    | NewBulletinTargetResponse502
    | NewBulletinTargetResponse503
    | NewBulletinTargetResponse504
    | None
):
    """A new version of a bulletin target with its reason

     404 ``BULLETIN_TARGET_UNKNOWN`` for a code the bulletin does not measure.

    Args:
        body (BulletinTargetCreate): A new version of a known target.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulletinTarget | NewBulletinTargetResponse400 | NewBulletinTargetResponse401 | NewBulletinTargetResponse403 | NewBulletinTargetResponse404 | NewBulletinTargetResponse409 | NewBulletinTargetResponse413 | NewBulletinTargetResponse422 | NewBulletinTargetResponse429 | NewBulletinTargetResponse500 | NewBulletinTargetResponse502 | NewBulletinTargetResponse503 | NewBulletinTargetResponse504
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BulletinTargetCreate,
) -> Response[
    BulletinTarget
    | NewBulletinTargetResponse400
    | NewBulletinTargetResponse401
    | NewBulletinTargetResponse403
    | NewBulletinTargetResponse404
    | NewBulletinTargetResponse409
    | NewBulletinTargetResponse413
    | NewBulletinTargetResponse422
    | NewBulletinTargetResponse429
    | NewBulletinTargetResponse500
    | NewBulletinTargetResponse502
    | NewBulletinTargetResponse503
    | NewBulletinTargetResponse504
]:
    """A new version of a bulletin target with its reason

     404 ``BULLETIN_TARGET_UNKNOWN`` for a code the bulletin does not measure.

    Args:
        body (BulletinTargetCreate): A new version of a known target.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulletinTarget | NewBulletinTargetResponse400 | NewBulletinTargetResponse401 | NewBulletinTargetResponse403 | NewBulletinTargetResponse404 | NewBulletinTargetResponse409 | NewBulletinTargetResponse413 | NewBulletinTargetResponse422 | NewBulletinTargetResponse429 | NewBulletinTargetResponse500 | NewBulletinTargetResponse502 | NewBulletinTargetResponse503 | NewBulletinTargetResponse504]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BulletinTargetCreate,
) -> (
    BulletinTarget
    | NewBulletinTargetResponse400
    | NewBulletinTargetResponse401
    | NewBulletinTargetResponse403
    | NewBulletinTargetResponse404
    | NewBulletinTargetResponse409
    | NewBulletinTargetResponse413
    | NewBulletinTargetResponse422
    | NewBulletinTargetResponse429
    | NewBulletinTargetResponse500
    | NewBulletinTargetResponse502
    | NewBulletinTargetResponse503
    | NewBulletinTargetResponse504
    | None
):
    """A new version of a bulletin target with its reason

     404 ``BULLETIN_TARGET_UNKNOWN`` for a code the bulletin does not measure.

    Args:
        body (BulletinTargetCreate): A new version of a known target.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulletinTarget | NewBulletinTargetResponse400 | NewBulletinTargetResponse401 | NewBulletinTargetResponse403 | NewBulletinTargetResponse404 | NewBulletinTargetResponse409 | NewBulletinTargetResponse413 | NewBulletinTargetResponse422 | NewBulletinTargetResponse429 | NewBulletinTargetResponse500 | NewBulletinTargetResponse502 | NewBulletinTargetResponse503 | NewBulletinTargetResponse504
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
