from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_rule_sets_response_400 import ListRuleSetsResponse400
from ...models.list_rule_sets_response_401 import ListRuleSetsResponse401
from ...models.list_rule_sets_response_403 import ListRuleSetsResponse403
from ...models.list_rule_sets_response_422 import ListRuleSetsResponse422
from ...models.list_rule_sets_response_429 import ListRuleSetsResponse429
from ...models.list_rule_sets_response_500 import ListRuleSetsResponse500
from ...models.list_rule_sets_response_502 import ListRuleSetsResponse502
from ...models.list_rule_sets_response_503 import ListRuleSetsResponse503
from ...models.list_rule_sets_response_504 import ListRuleSetsResponse504
from ...models.rule_set_list import RuleSetList
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/rule-sets",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ListRuleSetsResponse400
    | ListRuleSetsResponse401
    | ListRuleSetsResponse403
    | ListRuleSetsResponse422
    | ListRuleSetsResponse429
    | ListRuleSetsResponse500
    | ListRuleSetsResponse502
    | ListRuleSetsResponse503
    | ListRuleSetsResponse504
    | RuleSetList
    | None
):
    if response.status_code == 200:
        response_200 = RuleSetList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListRuleSetsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListRuleSetsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListRuleSetsResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = ListRuleSetsResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ListRuleSetsResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ListRuleSetsResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ListRuleSetsResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ListRuleSetsResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ListRuleSetsResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListRuleSetsResponse400
    | ListRuleSetsResponse401
    | ListRuleSetsResponse403
    | ListRuleSetsResponse422
    | ListRuleSetsResponse429
    | ListRuleSetsResponse500
    | ListRuleSetsResponse502
    | ListRuleSetsResponse503
    | ListRuleSetsResponse504
    | RuleSetList
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
    ListRuleSetsResponse400
    | ListRuleSetsResponse401
    | ListRuleSetsResponse403
    | ListRuleSetsResponse422
    | ListRuleSetsResponse429
    | ListRuleSetsResponse500
    | ListRuleSetsResponse502
    | ListRuleSetsResponse503
    | ListRuleSetsResponse504
    | RuleSetList
]:
    """Every rule-set version

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListRuleSetsResponse400 | ListRuleSetsResponse401 | ListRuleSetsResponse403 | ListRuleSetsResponse422 | ListRuleSetsResponse429 | ListRuleSetsResponse500 | ListRuleSetsResponse502 | ListRuleSetsResponse503 | ListRuleSetsResponse504 | RuleSetList]
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
    ListRuleSetsResponse400
    | ListRuleSetsResponse401
    | ListRuleSetsResponse403
    | ListRuleSetsResponse422
    | ListRuleSetsResponse429
    | ListRuleSetsResponse500
    | ListRuleSetsResponse502
    | ListRuleSetsResponse503
    | ListRuleSetsResponse504
    | RuleSetList
    | None
):
    """Every rule-set version

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListRuleSetsResponse400 | ListRuleSetsResponse401 | ListRuleSetsResponse403 | ListRuleSetsResponse422 | ListRuleSetsResponse429 | ListRuleSetsResponse500 | ListRuleSetsResponse502 | ListRuleSetsResponse503 | ListRuleSetsResponse504 | RuleSetList
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    ListRuleSetsResponse400
    | ListRuleSetsResponse401
    | ListRuleSetsResponse403
    | ListRuleSetsResponse422
    | ListRuleSetsResponse429
    | ListRuleSetsResponse500
    | ListRuleSetsResponse502
    | ListRuleSetsResponse503
    | ListRuleSetsResponse504
    | RuleSetList
]:
    """Every rule-set version

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListRuleSetsResponse400 | ListRuleSetsResponse401 | ListRuleSetsResponse403 | ListRuleSetsResponse422 | ListRuleSetsResponse429 | ListRuleSetsResponse500 | ListRuleSetsResponse502 | ListRuleSetsResponse503 | ListRuleSetsResponse504 | RuleSetList]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> (
    ListRuleSetsResponse400
    | ListRuleSetsResponse401
    | ListRuleSetsResponse403
    | ListRuleSetsResponse422
    | ListRuleSetsResponse429
    | ListRuleSetsResponse500
    | ListRuleSetsResponse502
    | ListRuleSetsResponse503
    | ListRuleSetsResponse504
    | RuleSetList
    | None
):
    """Every rule-set version

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListRuleSetsResponse400 | ListRuleSetsResponse401 | ListRuleSetsResponse403 | ListRuleSetsResponse422 | ListRuleSetsResponse429 | ListRuleSetsResponse500 | ListRuleSetsResponse502 | ListRuleSetsResponse503 | ListRuleSetsResponse504 | RuleSetList
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
