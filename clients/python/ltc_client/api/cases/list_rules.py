from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_rules_response_400 import ListRulesResponse400
from ...models.list_rules_response_401 import ListRulesResponse401
from ...models.list_rules_response_403 import ListRulesResponse403
from ...models.list_rules_response_422 import ListRulesResponse422
from ...models.list_rules_response_429 import ListRulesResponse429
from ...models.list_rules_response_500 import ListRulesResponse500
from ...models.list_rules_response_502 import ListRulesResponse502
from ...models.list_rules_response_503 import ListRulesResponse503
from ...models.list_rules_response_504 import ListRulesResponse504
from ...models.rule_list import RuleList
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/oversight-rules",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ListRulesResponse400
    | ListRulesResponse401
    | ListRulesResponse403
    | ListRulesResponse422
    | ListRulesResponse429
    | ListRulesResponse500
    | ListRulesResponse502
    | ListRulesResponse503
    | ListRulesResponse504
    | RuleList
    | None
):
    if response.status_code == 200:
        response_200 = RuleList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListRulesResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListRulesResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListRulesResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = ListRulesResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ListRulesResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ListRulesResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ListRulesResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ListRulesResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ListRulesResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListRulesResponse400
    | ListRulesResponse401
    | ListRulesResponse403
    | ListRulesResponse422
    | ListRulesResponse429
    | ListRulesResponse500
    | ListRulesResponse502
    | ListRulesResponse503
    | ListRulesResponse504
    | RuleList
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
    ListRulesResponse400
    | ListRulesResponse401
    | ListRulesResponse403
    | ListRulesResponse422
    | ListRulesResponse429
    | ListRulesResponse500
    | ListRulesResponse502
    | ListRulesResponse503
    | ListRulesResponse504
    | RuleList
]:
    """The rules of supervision, every version

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListRulesResponse400 | ListRulesResponse401 | ListRulesResponse403 | ListRulesResponse422 | ListRulesResponse429 | ListRulesResponse500 | ListRulesResponse502 | ListRulesResponse503 | ListRulesResponse504 | RuleList]
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
    ListRulesResponse400
    | ListRulesResponse401
    | ListRulesResponse403
    | ListRulesResponse422
    | ListRulesResponse429
    | ListRulesResponse500
    | ListRulesResponse502
    | ListRulesResponse503
    | ListRulesResponse504
    | RuleList
    | None
):
    """The rules of supervision, every version

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListRulesResponse400 | ListRulesResponse401 | ListRulesResponse403 | ListRulesResponse422 | ListRulesResponse429 | ListRulesResponse500 | ListRulesResponse502 | ListRulesResponse503 | ListRulesResponse504 | RuleList
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    ListRulesResponse400
    | ListRulesResponse401
    | ListRulesResponse403
    | ListRulesResponse422
    | ListRulesResponse429
    | ListRulesResponse500
    | ListRulesResponse502
    | ListRulesResponse503
    | ListRulesResponse504
    | RuleList
]:
    """The rules of supervision, every version

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListRulesResponse400 | ListRulesResponse401 | ListRulesResponse403 | ListRulesResponse422 | ListRulesResponse429 | ListRulesResponse500 | ListRulesResponse502 | ListRulesResponse503 | ListRulesResponse504 | RuleList]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> (
    ListRulesResponse400
    | ListRulesResponse401
    | ListRulesResponse403
    | ListRulesResponse422
    | ListRulesResponse429
    | ListRulesResponse500
    | ListRulesResponse502
    | ListRulesResponse503
    | ListRulesResponse504
    | RuleList
    | None
):
    """The rules of supervision, every version

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListRulesResponse400 | ListRulesResponse401 | ListRulesResponse403 | ListRulesResponse422 | ListRulesResponse429 | ListRulesResponse500 | ListRulesResponse502 | ListRulesResponse503 | ListRulesResponse504 | RuleList
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
