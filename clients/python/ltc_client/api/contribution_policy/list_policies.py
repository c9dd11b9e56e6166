from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contribution_policy_list import ContributionPolicyList
from ...models.list_policies_response_400 import ListPoliciesResponse400
from ...models.list_policies_response_401 import ListPoliciesResponse401
from ...models.list_policies_response_403 import ListPoliciesResponse403
from ...models.list_policies_response_422 import ListPoliciesResponse422
from ...models.list_policies_response_429 import ListPoliciesResponse429
from ...models.list_policies_response_500 import ListPoliciesResponse500
from ...models.list_policies_response_502 import ListPoliciesResponse502
from ...models.list_policies_response_503 import ListPoliciesResponse503
from ...models.list_policies_response_504 import ListPoliciesResponse504
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/contribution-policies",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ContributionPolicyList
    | ListPoliciesResponse400
    | ListPoliciesResponse401
    | ListPoliciesResponse403
    | ListPoliciesResponse422
    | ListPoliciesResponse429
    | ListPoliciesResponse500
    | ListPoliciesResponse502
    | ListPoliciesResponse503
    | ListPoliciesResponse504
    | None
):
    if response.status_code == 200:
        response_200 = ContributionPolicyList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListPoliciesResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListPoliciesResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListPoliciesResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = ListPoliciesResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ListPoliciesResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ListPoliciesResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ListPoliciesResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ListPoliciesResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ListPoliciesResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ContributionPolicyList
    | ListPoliciesResponse400
    | ListPoliciesResponse401
    | ListPoliciesResponse403
    | ListPoliciesResponse422
    | ListPoliciesResponse429
    | ListPoliciesResponse500
    | ListPoliciesResponse502
    | ListPoliciesResponse503
    | ListPoliciesResponse504
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
    ContributionPolicyList
    | ListPoliciesResponse400
    | ListPoliciesResponse401
    | ListPoliciesResponse403
    | ListPoliciesResponse422
    | ListPoliciesResponse429
    | ListPoliciesResponse500
    | ListPoliciesResponse502
    | ListPoliciesResponse503
    | ListPoliciesResponse504
]:
    """Contribution policy of every year

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContributionPolicyList | ListPoliciesResponse400 | ListPoliciesResponse401 | ListPoliciesResponse403 | ListPoliciesResponse422 | ListPoliciesResponse429 | ListPoliciesResponse500 | ListPoliciesResponse502 | ListPoliciesResponse503 | ListPoliciesResponse504]
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
    ContributionPolicyList
    | ListPoliciesResponse400
    | ListPoliciesResponse401
    | ListPoliciesResponse403
    | ListPoliciesResponse422
    | ListPoliciesResponse429
    | ListPoliciesResponse500
    | ListPoliciesResponse502
    | ListPoliciesResponse503
    | ListPoliciesResponse504
    | None
):
    """Contribution policy of every year

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContributionPolicyList | ListPoliciesResponse400 | ListPoliciesResponse401 | ListPoliciesResponse403 | ListPoliciesResponse422 | ListPoliciesResponse429 | ListPoliciesResponse500 | ListPoliciesResponse502 | ListPoliciesResponse503 | ListPoliciesResponse504
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    ContributionPolicyList
    | ListPoliciesResponse400
    | ListPoliciesResponse401
    | ListPoliciesResponse403
    | ListPoliciesResponse422
    | ListPoliciesResponse429
    | ListPoliciesResponse500
    | ListPoliciesResponse502
    | ListPoliciesResponse503
    | ListPoliciesResponse504
]:
    """Contribution policy of every year

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContributionPolicyList | ListPoliciesResponse400 | ListPoliciesResponse401 | ListPoliciesResponse403 | ListPoliciesResponse422 | ListPoliciesResponse429 | ListPoliciesResponse500 | ListPoliciesResponse502 | ListPoliciesResponse503 | ListPoliciesResponse504]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> (
    ContributionPolicyList
    | ListPoliciesResponse400
    | ListPoliciesResponse401
    | ListPoliciesResponse403
    | ListPoliciesResponse422
    | ListPoliciesResponse429
    | ListPoliciesResponse500
    | ListPoliciesResponse502
    | ListPoliciesResponse503
    | ListPoliciesResponse504
    | None
):
    """Contribution policy of every year

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContributionPolicyList | ListPoliciesResponse400 | ListPoliciesResponse401 | ListPoliciesResponse403 | ListPoliciesResponse422 | ListPoliciesResponse429 | ListPoliciesResponse500 | ListPoliciesResponse502 | ListPoliciesResponse503 | ListPoliciesResponse504
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
