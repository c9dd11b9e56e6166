from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.benefit_rule_set import BenefitRuleSet
from ...models.get_benefit_rules_response_400 import GetBenefitRulesResponse400
from ...models.get_benefit_rules_response_401 import GetBenefitRulesResponse401
from ...models.get_benefit_rules_response_403 import GetBenefitRulesResponse403
from ...models.get_benefit_rules_response_404 import GetBenefitRulesResponse404
from ...models.get_benefit_rules_response_422 import GetBenefitRulesResponse422
from ...models.get_benefit_rules_response_429 import GetBenefitRulesResponse429
from ...models.get_benefit_rules_response_500 import GetBenefitRulesResponse500
from ...models.get_benefit_rules_response_502 import GetBenefitRulesResponse502
from ...models.get_benefit_rules_response_503 import GetBenefitRulesResponse503
from ...models.get_benefit_rules_response_504 import GetBenefitRulesResponse504
from ...types import Response


def _get_kwargs(
    version: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/benefit-rules/{version}".format(
            version=quote(str(version), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BenefitRuleSet
    | GetBenefitRulesResponse400
    | GetBenefitRulesResponse401
    | GetBenefitRulesResponse403
    | GetBenefitRulesResponse404
    | GetBenefitRulesResponse422
    | GetBenefitRulesResponse429
    | GetBenefitRulesResponse500
    | GetBenefitRulesResponse502
    | GetBenefitRulesResponse503
    | GetBenefitRulesResponse504
    | None
):
    if response.status_code == 200:
        response_200 = BenefitRuleSet.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetBenefitRulesResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetBenefitRulesResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetBenefitRulesResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetBenefitRulesResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = GetBenefitRulesResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetBenefitRulesResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetBenefitRulesResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = GetBenefitRulesResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = GetBenefitRulesResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = GetBenefitRulesResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    BenefitRuleSet
    | GetBenefitRulesResponse400
    | GetBenefitRulesResponse401
    | GetBenefitRulesResponse403
    | GetBenefitRulesResponse404
    | GetBenefitRulesResponse422
    | GetBenefitRulesResponse429
    | GetBenefitRulesResponse500
    | GetBenefitRulesResponse502
    | GetBenefitRulesResponse503
    | GetBenefitRulesResponse504
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
    BenefitRuleSet
    | GetBenefitRulesResponse400
    | GetBenefitRulesResponse401
    | GetBenefitRulesResponse403
    | GetBenefitRulesResponse404
    | GetBenefitRulesResponse422
    | GetBenefitRulesResponse429
    | GetBenefitRulesResponse500
    | GetBenefitRulesResponse502
    | GetBenefitRulesResponse503
    | GetBenefitRulesResponse504
]:
    """One version

    Args:
        version (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BenefitRuleSet | GetBenefitRulesResponse400 | GetBenefitRulesResponse401 | GetBenefitRulesResponse403 | GetBenefitRulesResponse404 | GetBenefitRulesResponse422 | GetBenefitRulesResponse429 | GetBenefitRulesResponse500 | GetBenefitRulesResponse502 | GetBenefitRulesResponse503 | GetBenefitRulesResponse504]
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
    BenefitRuleSet
    | GetBenefitRulesResponse400
    | GetBenefitRulesResponse401
    | GetBenefitRulesResponse403
    | GetBenefitRulesResponse404
    | GetBenefitRulesResponse422
    | GetBenefitRulesResponse429
    | GetBenefitRulesResponse500
    | GetBenefitRulesResponse502
    | GetBenefitRulesResponse503
    | GetBenefitRulesResponse504
    | None
):
    """One version

    Args:
        version (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BenefitRuleSet | GetBenefitRulesResponse400 | GetBenefitRulesResponse401 | GetBenefitRulesResponse403 | GetBenefitRulesResponse404 | GetBenefitRulesResponse422 | GetBenefitRulesResponse429 | GetBenefitRulesResponse500 | GetBenefitRulesResponse502 | GetBenefitRulesResponse503 | GetBenefitRulesResponse504
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
    BenefitRuleSet
    | GetBenefitRulesResponse400
    | GetBenefitRulesResponse401
    | GetBenefitRulesResponse403
    | GetBenefitRulesResponse404
    | GetBenefitRulesResponse422
    | GetBenefitRulesResponse429
    | GetBenefitRulesResponse500
    | GetBenefitRulesResponse502
    | GetBenefitRulesResponse503
    | GetBenefitRulesResponse504
]:
    """One version

    Args:
        version (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BenefitRuleSet | GetBenefitRulesResponse400 | GetBenefitRulesResponse401 | GetBenefitRulesResponse403 | GetBenefitRulesResponse404 | GetBenefitRulesResponse422 | GetBenefitRulesResponse429 | GetBenefitRulesResponse500 | GetBenefitRulesResponse502 | GetBenefitRulesResponse503 | GetBenefitRulesResponse504]
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
    BenefitRuleSet
    | GetBenefitRulesResponse400
    | GetBenefitRulesResponse401
    | GetBenefitRulesResponse403
    | GetBenefitRulesResponse404
    | GetBenefitRulesResponse422
    | GetBenefitRulesResponse429
    | GetBenefitRulesResponse500
    | GetBenefitRulesResponse502
    | GetBenefitRulesResponse503
    | GetBenefitRulesResponse504
    | None
):
    """One version

    Args:
        version (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BenefitRuleSet | GetBenefitRulesResponse400 | GetBenefitRulesResponse401 | GetBenefitRulesResponse403 | GetBenefitRulesResponse404 | GetBenefitRulesResponse422 | GetBenefitRulesResponse429 | GetBenefitRulesResponse500 | GetBenefitRulesResponse502 | GetBenefitRulesResponse503 | GetBenefitRulesResponse504
    """

    return (
        await asyncio_detailed(
            version=version,
            client=client,
        )
    ).parsed
