from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_rule_set_response_400 import GetRuleSetResponse400
from ...models.get_rule_set_response_401 import GetRuleSetResponse401
from ...models.get_rule_set_response_403 import GetRuleSetResponse403
from ...models.get_rule_set_response_404 import GetRuleSetResponse404
from ...models.get_rule_set_response_422 import GetRuleSetResponse422
from ...models.get_rule_set_response_429 import GetRuleSetResponse429
from ...models.get_rule_set_response_500 import GetRuleSetResponse500
from ...models.get_rule_set_response_502 import GetRuleSetResponse502
from ...models.get_rule_set_response_503 import GetRuleSetResponse503
from ...models.get_rule_set_response_504 import GetRuleSetResponse504
from ...models.rule_set import RuleSet
from ...types import Response


def _get_kwargs(
    version: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/rule-sets/{version}".format(
            version=quote(str(version), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetRuleSetResponse400
    | GetRuleSetResponse401
    | GetRuleSetResponse403
    | GetRuleSetResponse404
    | GetRuleSetResponse422
    | GetRuleSetResponse429
    | GetRuleSetResponse500
    | GetRuleSetResponse502
    | GetRuleSetResponse503
    | GetRuleSetResponse504
    | RuleSet
    | None
):
    if response.status_code == 200:
        response_200 = RuleSet.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetRuleSetResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetRuleSetResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetRuleSetResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetRuleSetResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = GetRuleSetResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetRuleSetResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetRuleSetResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = GetRuleSetResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = GetRuleSetResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = GetRuleSetResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetRuleSetResponse400
    | GetRuleSetResponse401
    | GetRuleSetResponse403
    | GetRuleSetResponse404
    | GetRuleSetResponse422
    | GetRuleSetResponse429
    | GetRuleSetResponse500
    | GetRuleSetResponse502
    | GetRuleSetResponse503
    | GetRuleSetResponse504
    | RuleSet
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    version: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetRuleSetResponse400
    | GetRuleSetResponse401
    | GetRuleSetResponse403
    | GetRuleSetResponse404
    | GetRuleSetResponse422
    | GetRuleSetResponse429
    | GetRuleSetResponse500
    | GetRuleSetResponse502
    | GetRuleSetResponse503
    | GetRuleSetResponse504
    | RuleSet
]:
    """One version, every value flagged

    Args:
        version (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetRuleSetResponse400 | GetRuleSetResponse401 | GetRuleSetResponse403 | GetRuleSetResponse404 | GetRuleSetResponse422 | GetRuleSetResponse429 | GetRuleSetResponse500 | GetRuleSetResponse502 | GetRuleSetResponse503 | GetRuleSetResponse504 | RuleSet]
    """

    kwargs = _get_kwargs(
        version=version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    version: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetRuleSetResponse400
    | GetRuleSetResponse401
    | GetRuleSetResponse403
    | GetRuleSetResponse404
    | GetRuleSetResponse422
    | GetRuleSetResponse429
    | GetRuleSetResponse500
    | GetRuleSetResponse502
    | GetRuleSetResponse503
    | GetRuleSetResponse504
    | RuleSet
    | None
):
    """One version, every value flagged

    Args:
        version (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetRuleSetResponse400 | GetRuleSetResponse401 | GetRuleSetResponse403 | GetRuleSetResponse404 | GetRuleSetResponse422 | GetRuleSetResponse429 | GetRuleSetResponse500 | GetRuleSetResponse502 | GetRuleSetResponse503 | GetRuleSetResponse504 | RuleSet
    """

    return sync_detailed(
        version=version,
        client=client,
    ).parsed


async def asyncio_detailed(
    version: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetRuleSetResponse400
    | GetRuleSetResponse401
    | GetRuleSetResponse403
    | GetRuleSetResponse404
    | GetRuleSetResponse422
    | GetRuleSetResponse429
    | GetRuleSetResponse500
    | GetRuleSetResponse502
    | GetRuleSetResponse503
    | GetRuleSetResponse504
    | RuleSet
]:
    """One version, every value flagged

    Args:
        version (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetRuleSetResponse400 | GetRuleSetResponse401 | GetRuleSetResponse403 | GetRuleSetResponse404 | GetRuleSetResponse422 | GetRuleSetResponse429 | GetRuleSetResponse500 | GetRuleSetResponse502 | GetRuleSetResponse503 | GetRuleSetResponse504 | RuleSet]
    """

    kwargs = _get_kwargs(
        version=version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    version: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetRuleSetResponse400
    | GetRuleSetResponse401
    | GetRuleSetResponse403
    | GetRuleSetResponse404
    | GetRuleSetResponse422
    | GetRuleSetResponse429
    | GetRuleSetResponse500
    | GetRuleSetResponse502
    | GetRuleSetResponse503
    | GetRuleSetResponse504
    | RuleSet
    | None
):
    """One version, every value flagged

    Args:
        version (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetRuleSetResponse400 | GetRuleSetResponse401 | GetRuleSetResponse403 | GetRuleSetResponse404 | GetRuleSetResponse422 | GetRuleSetResponse429 | GetRuleSetResponse500 | GetRuleSetResponse502 | GetRuleSetResponse503 | GetRuleSetResponse504 | RuleSet
    """

    return (
        await asyncio_detailed(
            version=version,
            client=client,
        )
    ).parsed
