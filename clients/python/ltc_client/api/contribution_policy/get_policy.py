from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contribution_policy import ContributionPolicy
from ...models.get_policy_response_400 import GetPolicyResponse400
from ...models.get_policy_response_401 import GetPolicyResponse401
from ...models.get_policy_response_403 import GetPolicyResponse403
from ...models.get_policy_response_404 import GetPolicyResponse404
from ...models.get_policy_response_422 import GetPolicyResponse422
from ...models.get_policy_response_429 import GetPolicyResponse429
from ...models.get_policy_response_500 import GetPolicyResponse500
from ...models.get_policy_response_502 import GetPolicyResponse502
from ...models.get_policy_response_503 import GetPolicyResponse503
from ...models.get_policy_response_504 import GetPolicyResponse504
from ...types import Response


def _get_kwargs(
    year: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/contribution-policies/{year}".format(
            year=quote(str(year), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ContributionPolicy
    | GetPolicyResponse400
    | GetPolicyResponse401
    | GetPolicyResponse403
    | GetPolicyResponse404
    | GetPolicyResponse422
    | GetPolicyResponse429
    | GetPolicyResponse500
    | GetPolicyResponse502
    | GetPolicyResponse503
    | GetPolicyResponse504
    | None
):
    if response.status_code == 200:
        response_200 = ContributionPolicy.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetPolicyResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetPolicyResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetPolicyResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetPolicyResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = GetPolicyResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetPolicyResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetPolicyResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = GetPolicyResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = GetPolicyResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = GetPolicyResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ContributionPolicy
    | GetPolicyResponse400
    | GetPolicyResponse401
    | GetPolicyResponse403
    | GetPolicyResponse404
    | GetPolicyResponse422
    | GetPolicyResponse429
    | GetPolicyResponse500
    | GetPolicyResponse502
    | GetPolicyResponse503
    | GetPolicyResponse504
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    year: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    ContributionPolicy
    | GetPolicyResponse400
    | GetPolicyResponse401
    | GetPolicyResponse403
    | GetPolicyResponse404
    | GetPolicyResponse422
    | GetPolicyResponse429
    | GetPolicyResponse500
    | GetPolicyResponse502
    | GetPolicyResponse503
    | GetPolicyResponse504
]:
    """Contribution policy of one year

    Args:
        year (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContributionPolicy | GetPolicyResponse400 | GetPolicyResponse401 | GetPolicyResponse403 | GetPolicyResponse404 | GetPolicyResponse422 | GetPolicyResponse429 | GetPolicyResponse500 | GetPolicyResponse502 | GetPolicyResponse503 | GetPolicyResponse504]
    """

    kwargs = _get_kwargs(
        year=year,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    year: int,
    *,
    client: AuthenticatedClient | Client,
) -> (
    ContributionPolicy
    | GetPolicyResponse400
    | GetPolicyResponse401
    | GetPolicyResponse403
    | GetPolicyResponse404
    | GetPolicyResponse422
    | GetPolicyResponse429
    | GetPolicyResponse500
    | GetPolicyResponse502
    | GetPolicyResponse503
    | GetPolicyResponse504
    | None
):
    """Contribution policy of one year

    Args:
        year (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContributionPolicy | GetPolicyResponse400 | GetPolicyResponse401 | GetPolicyResponse403 | GetPolicyResponse404 | GetPolicyResponse422 | GetPolicyResponse429 | GetPolicyResponse500 | GetPolicyResponse502 | GetPolicyResponse503 | GetPolicyResponse504
    """

    return sync_detailed(
        year=year,
        client=client,
    ).parsed


async def asyncio_detailed(
    year: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    ContributionPolicy
    | GetPolicyResponse400
    | GetPolicyResponse401
    | GetPolicyResponse403
    | GetPolicyResponse404
    | GetPolicyResponse422
    | GetPolicyResponse429
    | GetPolicyResponse500
    | GetPolicyResponse502
    | GetPolicyResponse503
    | GetPolicyResponse504
]:
    """Contribution policy of one year

    Args:
        year (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContributionPolicy | GetPolicyResponse400 | GetPolicyResponse401 | GetPolicyResponse403 | GetPolicyResponse404 | GetPolicyResponse422 | GetPolicyResponse429 | GetPolicyResponse500 | GetPolicyResponse502 | GetPolicyResponse503 | GetPolicyResponse504]
    """

    kwargs = _get_kwargs(
        year=year,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    year: int,
    *,
    client: AuthenticatedClient | Client,
) -> (
    ContributionPolicy
    | GetPolicyResponse400
    | GetPolicyResponse401
    | GetPolicyResponse403
    | GetPolicyResponse404
    | GetPolicyResponse422
    | GetPolicyResponse429
    | GetPolicyResponse500
    | GetPolicyResponse502
    | GetPolicyResponse503
    | GetPolicyResponse504
    | None
):
    """Contribution policy of one year

    Args:
        year (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContributionPolicy | GetPolicyResponse400 | GetPolicyResponse401 | GetPolicyResponse403 | GetPolicyResponse404 | GetPolicyResponse422 | GetPolicyResponse429 | GetPolicyResponse500 | GetPolicyResponse502 | GetPolicyResponse503 | GetPolicyResponse504
    """

    return (
        await asyncio_detailed(
            year=year,
            client=client,
        )
    ).parsed
