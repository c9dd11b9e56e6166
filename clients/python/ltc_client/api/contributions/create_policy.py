from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contribution_policy import ContributionPolicy
from ...models.create_policy_response_400 import CreatePolicyResponse400
from ...models.create_policy_response_401 import CreatePolicyResponse401
from ...models.create_policy_response_403 import CreatePolicyResponse403
from ...models.create_policy_response_409 import CreatePolicyResponse409
from ...models.create_policy_response_413 import CreatePolicyResponse413
from ...models.create_policy_response_422 import CreatePolicyResponse422
from ...models.create_policy_response_429 import CreatePolicyResponse429
from ...models.create_policy_response_500 import CreatePolicyResponse500
from ...models.create_policy_response_502 import CreatePolicyResponse502
from ...models.create_policy_response_503 import CreatePolicyResponse503
from ...models.create_policy_response_504 import CreatePolicyResponse504
from ...models.policy_create import PolicyCreate
from ...types import Response


def _get_kwargs(
    *,
    body: PolicyCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/contribution-policies",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ContributionPolicy
    | CreatePolicyResponse400
    | CreatePolicyResponse401
    | CreatePolicyResponse403
    | CreatePolicyResponse409
    | CreatePolicyResponse413
    | CreatePolicyResponse422
    | CreatePolicyResponse429
    | CreatePolicyResponse500
    | CreatePolicyResponse502
    | CreatePolicyResponse503
    | CreatePolicyResponse504
    | None
):
    if response.status_code == 201:
        response_201 = ContributionPolicy.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = CreatePolicyResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreatePolicyResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CreatePolicyResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = CreatePolicyResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = CreatePolicyResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = CreatePolicyResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = CreatePolicyResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = CreatePolicyResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = CreatePolicyResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = CreatePolicyResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = CreatePolicyResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ContributionPolicy
    | CreatePolicyResponse400
    | CreatePolicyResponse401
    | CreatePolicyResponse403
    | CreatePolicyResponse409
    | CreatePolicyResponse413
    | CreatePolicyResponse422
    | CreatePolicyResponse429
    | CreatePolicyResponse500
    | CreatePolicyResponse502
    | CreatePolicyResponse503
    | CreatePolicyResponse504
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
    body: PolicyCreate,
) -> Response[
    ContributionPolicy
    | CreatePolicyResponse400
    | CreatePolicyResponse401
    | CreatePolicyResponse403
    | CreatePolicyResponse409
    | CreatePolicyResponse413
    | CreatePolicyResponse422
    | CreatePolicyResponse429
    | CreatePolicyResponse500
    | CreatePolicyResponse502
    | CreatePolicyResponse503
    | CreatePolicyResponse504
]:
    """Set a year's policy

    Args:
        body (PolicyCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContributionPolicy | CreatePolicyResponse400 | CreatePolicyResponse401 | CreatePolicyResponse403 | CreatePolicyResponse409 | CreatePolicyResponse413 | CreatePolicyResponse422 | CreatePolicyResponse429 | CreatePolicyResponse500 | CreatePolicyResponse502 | CreatePolicyResponse503 | CreatePolicyResponse504]
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
    body: PolicyCreate,
) -> (
    ContributionPolicy
    | CreatePolicyResponse400
    | CreatePolicyResponse401
    | CreatePolicyResponse403
    | CreatePolicyResponse409
    | CreatePolicyResponse413
    | CreatePolicyResponse422
    | CreatePolicyResponse429
    | CreatePolicyResponse500
    | CreatePolicyResponse502
    | CreatePolicyResponse503
    | CreatePolicyResponse504
    | None
):
    """Set a year's policy

    Args:
        body (PolicyCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContributionPolicy | CreatePolicyResponse400 | CreatePolicyResponse401 | CreatePolicyResponse403 | CreatePolicyResponse409 | CreatePolicyResponse413 | CreatePolicyResponse422 | CreatePolicyResponse429 | CreatePolicyResponse500 | CreatePolicyResponse502 | CreatePolicyResponse503 | CreatePolicyResponse504
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PolicyCreate,
) -> Response[
    ContributionPolicy
    | CreatePolicyResponse400
    | CreatePolicyResponse401
    | CreatePolicyResponse403
    | CreatePolicyResponse409
    | CreatePolicyResponse413
    | CreatePolicyResponse422
    | CreatePolicyResponse429
    | CreatePolicyResponse500
    | CreatePolicyResponse502
    | CreatePolicyResponse503
    | CreatePolicyResponse504
]:
    """Set a year's policy

    Args:
        body (PolicyCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContributionPolicy | CreatePolicyResponse400 | CreatePolicyResponse401 | CreatePolicyResponse403 | CreatePolicyResponse409 | CreatePolicyResponse413 | CreatePolicyResponse422 | CreatePolicyResponse429 | CreatePolicyResponse500 | CreatePolicyResponse502 | CreatePolicyResponse503 | CreatePolicyResponse504]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PolicyCreate,
) -> (
    ContributionPolicy
    | CreatePolicyResponse400
    | CreatePolicyResponse401
    | CreatePolicyResponse403
    | CreatePolicyResponse409
    | CreatePolicyResponse413
    | CreatePolicyResponse422
    | CreatePolicyResponse429
    | CreatePolicyResponse500
    | CreatePolicyResponse502
    | CreatePolicyResponse503
    | CreatePolicyResponse504
    | None
):
    """Set a year's policy

    Args:
        body (PolicyCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContributionPolicy | CreatePolicyResponse400 | CreatePolicyResponse401 | CreatePolicyResponse403 | CreatePolicyResponse409 | CreatePolicyResponse413 | CreatePolicyResponse422 | CreatePolicyResponse429 | CreatePolicyResponse500 | CreatePolicyResponse502 | CreatePolicyResponse503 | CreatePolicyResponse504
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
