from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contribution_policy import ContributionPolicy
from ...models.policy_write import PolicyWrite
from ...models.replace_policy_response_400 import ReplacePolicyResponse400
from ...models.replace_policy_response_401 import ReplacePolicyResponse401
from ...models.replace_policy_response_403 import ReplacePolicyResponse403
from ...models.replace_policy_response_404 import ReplacePolicyResponse404
from ...models.replace_policy_response_409 import ReplacePolicyResponse409
from ...models.replace_policy_response_413 import ReplacePolicyResponse413
from ...models.replace_policy_response_422 import ReplacePolicyResponse422
from ...models.replace_policy_response_429 import ReplacePolicyResponse429
from ...models.replace_policy_response_500 import ReplacePolicyResponse500
from ...models.replace_policy_response_502 import ReplacePolicyResponse502
from ...models.replace_policy_response_503 import ReplacePolicyResponse503
from ...models.replace_policy_response_504 import ReplacePolicyResponse504
from ...types import Response


def _get_kwargs(
    year: int,
    *,
    body: PolicyWrite,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/contribution-policies/{year}".format(
            year=quote(str(year), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ContributionPolicy
    | ReplacePolicyResponse400
    | ReplacePolicyResponse401
    | ReplacePolicyResponse403
    | ReplacePolicyResponse404
    | ReplacePolicyResponse409
    | ReplacePolicyResponse413
    | ReplacePolicyResponse422
    | ReplacePolicyResponse429
    | ReplacePolicyResponse500
    | ReplacePolicyResponse502
    | ReplacePolicyResponse503
    | ReplacePolicyResponse504
    | None
):
    if response.status_code == 200:
        response_200 = ContributionPolicy.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ReplacePolicyResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ReplacePolicyResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ReplacePolicyResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ReplacePolicyResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ReplacePolicyResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ReplacePolicyResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = ReplacePolicyResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ReplacePolicyResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ReplacePolicyResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ReplacePolicyResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ReplacePolicyResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ReplacePolicyResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ContributionPolicy
    | ReplacePolicyResponse400
    | ReplacePolicyResponse401
    | ReplacePolicyResponse403
    | ReplacePolicyResponse404
    | ReplacePolicyResponse409
    | ReplacePolicyResponse413
    | ReplacePolicyResponse422
    | ReplacePolicyResponse429
    | ReplacePolicyResponse500
    | ReplacePolicyResponse502
    | ReplacePolicyResponse503
    | ReplacePolicyResponse504
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
    body: PolicyWrite,
) -> Response[
    ContributionPolicy
    | ReplacePolicyResponse400
    | ReplacePolicyResponse401
    | ReplacePolicyResponse403
    | ReplacePolicyResponse404
    | ReplacePolicyResponse409
    | ReplacePolicyResponse413
    | ReplacePolicyResponse422
    | ReplacePolicyResponse429
    | ReplacePolicyResponse500
    | ReplacePolicyResponse502
    | ReplacePolicyResponse503
    | ReplacePolicyResponse504
]:
    """Replace a year's policy (until its bills are generated)

    Args:
        year (int):
        body (PolicyWrite): A year's contribution policy as the bureau sets it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContributionPolicy | ReplacePolicyResponse400 | ReplacePolicyResponse401 | ReplacePolicyResponse403 | ReplacePolicyResponse404 | ReplacePolicyResponse409 | ReplacePolicyResponse413 | ReplacePolicyResponse422 | ReplacePolicyResponse429 | ReplacePolicyResponse500 | ReplacePolicyResponse502 | ReplacePolicyResponse503 | ReplacePolicyResponse504]
    """

    kwargs = _get_kwargs(
        year=year,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    year: int,
    *,
    client: AuthenticatedClient | Client,
    body: PolicyWrite,
) -> (
    ContributionPolicy
    | ReplacePolicyResponse400
    | ReplacePolicyResponse401
    | ReplacePolicyResponse403
    | ReplacePolicyResponse404
    | ReplacePolicyResponse409
    | ReplacePolicyResponse413
    | ReplacePolicyResponse422
    | ReplacePolicyResponse429
    | ReplacePolicyResponse500
    | ReplacePolicyResponse502
    | ReplacePolicyResponse503
    | ReplacePolicyResponse504
    | None
):
    """Replace a year's policy (until its bills are generated)

    Args:
        year (int):
        body (PolicyWrite): A year's contribution policy as the bureau sets it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContributionPolicy | ReplacePolicyResponse400 | ReplacePolicyResponse401 | ReplacePolicyResponse403 | ReplacePolicyResponse404 | ReplacePolicyResponse409 | ReplacePolicyResponse413 | ReplacePolicyResponse422 | ReplacePolicyResponse429 | ReplacePolicyResponse500 | ReplacePolicyResponse502 | ReplacePolicyResponse503 | ReplacePolicyResponse504
    """

    return sync_detailed(
        year=year,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    year: int,
    *,
    client: AuthenticatedClient | Client,
    body: PolicyWrite,
) -> Response[
    ContributionPolicy
    | ReplacePolicyResponse400
    | ReplacePolicyResponse401
    | ReplacePolicyResponse403
    | ReplacePolicyResponse404
    | ReplacePolicyResponse409
    | ReplacePolicyResponse413
    | ReplacePolicyResponse422
    | ReplacePolicyResponse429
    | ReplacePolicyResponse500
    | ReplacePolicyResponse502
    | ReplacePolicyResponse503
    | ReplacePolicyResponse504
]:
    """Replace a year's policy (until its bills are generated)

    Args:
        year (int):
        body (PolicyWrite): A year's contribution policy as the bureau sets it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContributionPolicy | ReplacePolicyResponse400 | ReplacePolicyResponse401 | ReplacePolicyResponse403 | ReplacePolicyResponse404 | ReplacePolicyResponse409 | ReplacePolicyResponse413 | ReplacePolicyResponse422 | ReplacePolicyResponse429 | ReplacePolicyResponse500 | ReplacePolicyResponse502 | ReplacePolicyResponse503 | ReplacePolicyResponse504]
    """

    kwargs = _get_kwargs(
        year=year,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    year: int,
    *,
    client: AuthenticatedClient | Client,
    body: PolicyWrite,
) -> (
    ContributionPolicy
    | ReplacePolicyResponse400
    | ReplacePolicyResponse401
    | ReplacePolicyResponse403
    | ReplacePolicyResponse404
    | ReplacePolicyResponse409
    | ReplacePolicyResponse413
    | ReplacePolicyResponse422
    | ReplacePolicyResponse429
    | ReplacePolicyResponse500
    | ReplacePolicyResponse502
    | ReplacePolicyResponse503
    | ReplacePolicyResponse504
    | None
):
    """Replace a year's policy (until its bills are generated)

    Args:
        year (int):
        body (PolicyWrite): A year's contribution policy as the bureau sets it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContributionPolicy | ReplacePolicyResponse400 | ReplacePolicyResponse401 | ReplacePolicyResponse403 | ReplacePolicyResponse404 | ReplacePolicyResponse409 | ReplacePolicyResponse413 | ReplacePolicyResponse422 | ReplacePolicyResponse429 | ReplacePolicyResponse500 | ReplacePolicyResponse502 | ReplacePolicyResponse503 | ReplacePolicyResponse504
    """

    return (
        await asyncio_detailed(
            year=year,
            client=client,
            body=body,
        )
    ).parsed
