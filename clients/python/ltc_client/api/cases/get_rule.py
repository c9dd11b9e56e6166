from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_rule_response_400 import GetRuleResponse400
from ...models.get_rule_response_401 import GetRuleResponse401
from ...models.get_rule_response_403 import GetRuleResponse403
from ...models.get_rule_response_404 import GetRuleResponse404
from ...models.get_rule_response_422 import GetRuleResponse422
from ...models.get_rule_response_429 import GetRuleResponse429
from ...models.get_rule_response_500 import GetRuleResponse500
from ...models.get_rule_response_502 import GetRuleResponse502
from ...models.get_rule_response_503 import GetRuleResponse503
from ...models.get_rule_response_504 import GetRuleResponse504
from ...models.rule import Rule
from ...types import Response


def _get_kwargs(
    key: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/oversight-rules/{key}".format(
            key=quote(str(key), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetRuleResponse400
    | GetRuleResponse401
    | GetRuleResponse403
    | GetRuleResponse404
    | GetRuleResponse422
    | GetRuleResponse429
    | GetRuleResponse500
    | GetRuleResponse502
    | GetRuleResponse503
    | GetRuleResponse504
    | Rule
    | None
):
    if response.status_code == 200:
        response_200 = Rule.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetRuleResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetRuleResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetRuleResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetRuleResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = GetRuleResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetRuleResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetRuleResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = GetRuleResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = GetRuleResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = GetRuleResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetRuleResponse400
    | GetRuleResponse401
    | GetRuleResponse403
    | GetRuleResponse404
    | GetRuleResponse422
    | GetRuleResponse429
    | GetRuleResponse500
    | GetRuleResponse502
    | GetRuleResponse503
    | GetRuleResponse504
    | Rule
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    key: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetRuleResponse400
    | GetRuleResponse401
    | GetRuleResponse403
    | GetRuleResponse404
    | GetRuleResponse422
    | GetRuleResponse429
    | GetRuleResponse500
    | GetRuleResponse502
    | GetRuleResponse503
    | GetRuleResponse504
    | Rule
]:
    """One rule of supervision, every version

    Args:
        key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetRuleResponse400 | GetRuleResponse401 | GetRuleResponse403 | GetRuleResponse404 | GetRuleResponse422 | GetRuleResponse429 | GetRuleResponse500 | GetRuleResponse502 | GetRuleResponse503 | GetRuleResponse504 | Rule]
    """

    kwargs = _get_kwargs(
        key=key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    key: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetRuleResponse400
    | GetRuleResponse401
    | GetRuleResponse403
    | GetRuleResponse404
    | GetRuleResponse422
    | GetRuleResponse429
    | GetRuleResponse500
    | GetRuleResponse502
    | GetRuleResponse503
    | GetRuleResponse504
    | Rule
    | None
):
    """One rule of supervision, every version

    Args:
        key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetRuleResponse400 | GetRuleResponse401 | GetRuleResponse403 | GetRuleResponse404 | GetRuleResponse422 | GetRuleResponse429 | GetRuleResponse500 | GetRuleResponse502 | GetRuleResponse503 | GetRuleResponse504 | Rule
    """

    return sync_detailed(
        key=key,
        client=client,
    ).parsed


async def asyncio_detailed(
    key: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetRuleResponse400
    | GetRuleResponse401
    | GetRuleResponse403
    | GetRuleResponse404
    | GetRuleResponse422
    | GetRuleResponse429
    | GetRuleResponse500
    | GetRuleResponse502
    | GetRuleResponse503
    | GetRuleResponse504
    | Rule
]:
    """One rule of supervision, every version

    Args:
        key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetRuleResponse400 | GetRuleResponse401 | GetRuleResponse403 | GetRuleResponse404 | GetRuleResponse422 | GetRuleResponse429 | GetRuleResponse500 | GetRuleResponse502 | GetRuleResponse503 | GetRuleResponse504 | Rule]
    """

    kwargs = _get_kwargs(
        key=key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    key: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetRuleResponse400
    | GetRuleResponse401
    | GetRuleResponse403
    | GetRuleResponse404
    | GetRuleResponse422
    | GetRuleResponse429
    | GetRuleResponse500
    | GetRuleResponse502
    | GetRuleResponse503
    | GetRuleResponse504
    | Rule
    | None
):
    """One rule of supervision, every version

    Args:
        key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetRuleResponse400 | GetRuleResponse401 | GetRuleResponse403 | GetRuleResponse404 | GetRuleResponse422 | GetRuleResponse429 | GetRuleResponse500 | GetRuleResponse502 | GetRuleResponse503 | GetRuleResponse504 | Rule
    """

    return (
        await asyncio_detailed(
            key=key,
            client=client,
        )
    ).parsed
