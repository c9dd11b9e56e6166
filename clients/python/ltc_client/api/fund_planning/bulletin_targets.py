from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulletin_target_list import BulletinTargetList
from ...models.bulletin_targets_response_400 import BulletinTargetsResponse400
from ...models.bulletin_targets_response_401 import BulletinTargetsResponse401
from ...models.bulletin_targets_response_403 import BulletinTargetsResponse403
from ...models.bulletin_targets_response_422 import BulletinTargetsResponse422
from ...models.bulletin_targets_response_429 import BulletinTargetsResponse429
from ...models.bulletin_targets_response_500 import BulletinTargetsResponse500
from ...models.bulletin_targets_response_502 import BulletinTargetsResponse502
from ...models.bulletin_targets_response_503 import BulletinTargetsResponse503
from ...models.bulletin_targets_response_504 import BulletinTargetsResponse504
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/bulletin-targets",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BulletinTargetList
    | BulletinTargetsResponse400
    | BulletinTargetsResponse401
    | BulletinTargetsResponse403
    | BulletinTargetsResponse422
    | BulletinTargetsResponse429
    | BulletinTargetsResponse500
    | BulletinTargetsResponse502
    | BulletinTargetsResponse503
    | BulletinTargetsResponse504
    | None
):
    if response.status_code == 200:
        response_200 = BulletinTargetList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BulletinTargetsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = BulletinTargetsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = BulletinTargetsResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = BulletinTargetsResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = BulletinTargetsResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = BulletinTargetsResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = BulletinTargetsResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = BulletinTargetsResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = BulletinTargetsResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    BulletinTargetList
    | BulletinTargetsResponse400
    | BulletinTargetsResponse401
    | BulletinTargetsResponse403
    | BulletinTargetsResponse422
    | BulletinTargetsResponse429
    | BulletinTargetsResponse500
    | BulletinTargetsResponse502
    | BulletinTargetsResponse503
    | BulletinTargetsResponse504
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
    BulletinTargetList
    | BulletinTargetsResponse400
    | BulletinTargetsResponse401
    | BulletinTargetsResponse403
    | BulletinTargetsResponse422
    | BulletinTargetsResponse429
    | BulletinTargetsResponse500
    | BulletinTargetsResponse502
    | BulletinTargetsResponse503
    | BulletinTargetsResponse504
]:
    """The bulletin's targets (city insured, institutions per county) by version, flagged

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulletinTargetList | BulletinTargetsResponse400 | BulletinTargetsResponse401 | BulletinTargetsResponse403 | BulletinTargetsResponse422 | BulletinTargetsResponse429 | BulletinTargetsResponse500 | BulletinTargetsResponse502 | BulletinTargetsResponse503 | BulletinTargetsResponse504]
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
    BulletinTargetList
    | BulletinTargetsResponse400
    | BulletinTargetsResponse401
    | BulletinTargetsResponse403
    | BulletinTargetsResponse422
    | BulletinTargetsResponse429
    | BulletinTargetsResponse500
    | BulletinTargetsResponse502
    | BulletinTargetsResponse503
    | BulletinTargetsResponse504
    | None
):
    """The bulletin's targets (city insured, institutions per county) by version, flagged

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulletinTargetList | BulletinTargetsResponse400 | BulletinTargetsResponse401 | BulletinTargetsResponse403 | BulletinTargetsResponse422 | BulletinTargetsResponse429 | BulletinTargetsResponse500 | BulletinTargetsResponse502 | BulletinTargetsResponse503 | BulletinTargetsResponse504
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    BulletinTargetList
    | BulletinTargetsResponse400
    | BulletinTargetsResponse401
    | BulletinTargetsResponse403
    | BulletinTargetsResponse422
    | BulletinTargetsResponse429
    | BulletinTargetsResponse500
    | BulletinTargetsResponse502
    | BulletinTargetsResponse503
    | BulletinTargetsResponse504
]:
    """The bulletin's targets (city insured, institutions per county) by version, flagged

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulletinTargetList | BulletinTargetsResponse400 | BulletinTargetsResponse401 | BulletinTargetsResponse403 | BulletinTargetsResponse422 | BulletinTargetsResponse429 | BulletinTargetsResponse500 | BulletinTargetsResponse502 | BulletinTargetsResponse503 | BulletinTargetsResponse504]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> (
    BulletinTargetList
    | BulletinTargetsResponse400
    | BulletinTargetsResponse401
    | BulletinTargetsResponse403
    | BulletinTargetsResponse422
    | BulletinTargetsResponse429
    | BulletinTargetsResponse500
    | BulletinTargetsResponse502
    | BulletinTargetsResponse503
    | BulletinTargetsResponse504
    | None
):
    """The bulletin's targets (city insured, institutions per county) by version, flagged

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulletinTargetList | BulletinTargetsResponse400 | BulletinTargetsResponse401 | BulletinTargetsResponse403 | BulletinTargetsResponse422 | BulletinTargetsResponse429 | BulletinTargetsResponse500 | BulletinTargetsResponse502 | BulletinTargetsResponse503 | BulletinTargetsResponse504
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
