from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.benefit_rule_set import BenefitRuleSet
from ...models.publish_benefit_rules_response_400 import PublishBenefitRulesResponse400
from ...models.publish_benefit_rules_response_401 import PublishBenefitRulesResponse401
from ...models.publish_benefit_rules_response_403 import PublishBenefitRulesResponse403
from ...models.publish_benefit_rules_response_404 import PublishBenefitRulesResponse404
from ...models.publish_benefit_rules_response_409 import PublishBenefitRulesResponse409
from ...models.publish_benefit_rules_response_413 import PublishBenefitRulesResponse413
from ...models.publish_benefit_rules_response_422 import PublishBenefitRulesResponse422
from ...models.publish_benefit_rules_response_429 import PublishBenefitRulesResponse429
from ...models.publish_benefit_rules_response_500 import PublishBenefitRulesResponse500
from ...models.publish_benefit_rules_response_502 import PublishBenefitRulesResponse502
from ...models.publish_benefit_rules_response_503 import PublishBenefitRulesResponse503
from ...models.publish_benefit_rules_response_504 import PublishBenefitRulesResponse504
from ...types import Response


def _get_kwargs(
    version: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/benefit-rules/{version}/publish".format(
            version=quote(str(version), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BenefitRuleSet
    | PublishBenefitRulesResponse400
    | PublishBenefitRulesResponse401
    | PublishBenefitRulesResponse403
    | PublishBenefitRulesResponse404
    | PublishBenefitRulesResponse409
    | PublishBenefitRulesResponse413
    | PublishBenefitRulesResponse422
    | PublishBenefitRulesResponse429
    | PublishBenefitRulesResponse500
    | PublishBenefitRulesResponse502
    | PublishBenefitRulesResponse503
    | PublishBenefitRulesResponse504
    | None
):
    if response.status_code == 200:
        response_200 = BenefitRuleSet.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = PublishBenefitRulesResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = PublishBenefitRulesResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = PublishBenefitRulesResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = PublishBenefitRulesResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = PublishBenefitRulesResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = PublishBenefitRulesResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = PublishBenefitRulesResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = PublishBenefitRulesResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = PublishBenefitRulesResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = PublishBenefitRulesResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = PublishBenefitRulesResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = PublishBenefitRulesResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    BenefitRuleSet
    | PublishBenefitRulesResponse400
    | PublishBenefitRulesResponse401
    | PublishBenefitRulesResponse403
    | PublishBenefitRulesResponse404
    | PublishBenefitRulesResponse409
    | PublishBenefitRulesResponse413
    | PublishBenefitRulesResponse422
    | PublishBenefitRulesResponse429
    | PublishBenefitRulesResponse500
    | PublishBenefitRulesResponse502
    | PublishBenefitRulesResponse503
    | PublishBenefitRulesResponse504
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
    | PublishBenefitRulesResponse400
    | PublishBenefitRulesResponse401
    | PublishBenefitRulesResponse403
    | PublishBenefitRulesResponse404
    | PublishBenefitRulesResponse409
    | PublishBenefitRulesResponse413
    | PublishBenefitRulesResponse422
    | PublishBenefitRulesResponse429
    | PublishBenefitRulesResponse500
    | PublishBenefitRulesResponse502
    | PublishBenefitRulesResponse503
    | PublishBenefitRulesResponse504
]:
    """Publish a draft version: in force from its effective_from (bureau)

    Args:
        version (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BenefitRuleSet | PublishBenefitRulesResponse400 | PublishBenefitRulesResponse401 | PublishBenefitRulesResponse403 | PublishBenefitRulesResponse404 | PublishBenefitRulesResponse409 | PublishBenefitRulesResponse413 | PublishBenefitRulesResponse422 | PublishBenefitRulesResponse429 | PublishBenefitRulesResponse500 | PublishBenefitRulesResponse502 | PublishBenefitRulesResponse503 | PublishBenefitRulesResponse504]
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
    | PublishBenefitRulesResponse400
    | PublishBenefitRulesResponse401
    | PublishBenefitRulesResponse403
    | PublishBenefitRulesResponse404
    | PublishBenefitRulesResponse409
    | PublishBenefitRulesResponse413
    | PublishBenefitRulesResponse422
    | PublishBenefitRulesResponse429
    | PublishBenefitRulesResponse500
    | PublishBenefitRulesResponse502
    | PublishBenefitRulesResponse503
    | PublishBenefitRulesResponse504
    | None
):
    """Publish a draft version: in force from its effective_from (bureau)

    Args:
        version (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BenefitRuleSet | PublishBenefitRulesResponse400 | PublishBenefitRulesResponse401 | PublishBenefitRulesResponse403 | PublishBenefitRulesResponse404 | PublishBenefitRulesResponse409 | PublishBenefitRulesResponse413 | PublishBenefitRulesResponse422 | PublishBenefitRulesResponse429 | PublishBenefitRulesResponse500 | PublishBenefitRulesResponse502 | PublishBenefitRulesResponse503 | PublishBenefitRulesResponse504
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
    | PublishBenefitRulesResponse400
    | PublishBenefitRulesResponse401
    | PublishBenefitRulesResponse403
    | PublishBenefitRulesResponse404
    | PublishBenefitRulesResponse409
    | PublishBenefitRulesResponse413
    | PublishBenefitRulesResponse422
    | PublishBenefitRulesResponse429
    | PublishBenefitRulesResponse500
    | PublishBenefitRulesResponse502
    | PublishBenefitRulesResponse503
    | PublishBenefitRulesResponse504
]:
    """Publish a draft version: in force from its effective_from (bureau)

    Args:
        version (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BenefitRuleSet | PublishBenefitRulesResponse400 | PublishBenefitRulesResponse401 | PublishBenefitRulesResponse403 | PublishBenefitRulesResponse404 | PublishBenefitRulesResponse409 | PublishBenefitRulesResponse413 | PublishBenefitRulesResponse422 | PublishBenefitRulesResponse429 | PublishBenefitRulesResponse500 | PublishBenefitRulesResponse502 | PublishBenefitRulesResponse503 | PublishBenefitRulesResponse504]
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
    | PublishBenefitRulesResponse400
    | PublishBenefitRulesResponse401
    | PublishBenefitRulesResponse403
    | PublishBenefitRulesResponse404
    | PublishBenefitRulesResponse409
    | PublishBenefitRulesResponse413
    | PublishBenefitRulesResponse422
    | PublishBenefitRulesResponse429
    | PublishBenefitRulesResponse500
    | PublishBenefitRulesResponse502
    | PublishBenefitRulesResponse503
    | PublishBenefitRulesResponse504
    | None
):
    """Publish a draft version: in force from its effective_from (bureau)

    Args:
        version (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BenefitRuleSet | PublishBenefitRulesResponse400 | PublishBenefitRulesResponse401 | PublishBenefitRulesResponse403 | PublishBenefitRulesResponse404 | PublishBenefitRulesResponse409 | PublishBenefitRulesResponse413 | PublishBenefitRulesResponse422 | PublishBenefitRulesResponse429 | PublishBenefitRulesResponse500 | PublishBenefitRulesResponse502 | PublishBenefitRulesResponse503 | PublishBenefitRulesResponse504
    """

    return (
        await asyncio_detailed(
            version=version,
            client=client,
        )
    ).parsed
