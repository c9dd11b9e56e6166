from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.benefit_rule_set import BenefitRuleSet
from ...models.benefit_rule_set_create import BenefitRuleSetCreate
from ...models.create_benefit_rules_response_400 import CreateBenefitRulesResponse400
from ...models.create_benefit_rules_response_401 import CreateBenefitRulesResponse401
from ...models.create_benefit_rules_response_403 import CreateBenefitRulesResponse403
from ...models.create_benefit_rules_response_404 import CreateBenefitRulesResponse404
from ...models.create_benefit_rules_response_409 import CreateBenefitRulesResponse409
from ...models.create_benefit_rules_response_413 import CreateBenefitRulesResponse413
from ...models.create_benefit_rules_response_422 import CreateBenefitRulesResponse422
from ...models.create_benefit_rules_response_429 import CreateBenefitRulesResponse429
from ...models.create_benefit_rules_response_500 import CreateBenefitRulesResponse500
from ...models.create_benefit_rules_response_502 import CreateBenefitRulesResponse502
from ...models.create_benefit_rules_response_503 import CreateBenefitRulesResponse503
from ...models.create_benefit_rules_response_504 import CreateBenefitRulesResponse504
from ...types import Response


def _get_kwargs(
    *,
    body: BenefitRuleSetCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/benefit-rules",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BenefitRuleSet
    | CreateBenefitRulesResponse400
    | CreateBenefitRulesResponse401
    | CreateBenefitRulesResponse403
    | CreateBenefitRulesResponse404
    | CreateBenefitRulesResponse409
    | CreateBenefitRulesResponse413
    | CreateBenefitRulesResponse422
    | CreateBenefitRulesResponse429
    | CreateBenefitRulesResponse500
    | CreateBenefitRulesResponse502
    | CreateBenefitRulesResponse503
    | CreateBenefitRulesResponse504
    | None
):
    if response.status_code == 201:
        response_201 = BenefitRuleSet.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = CreateBenefitRulesResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateBenefitRulesResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CreateBenefitRulesResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = CreateBenefitRulesResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = CreateBenefitRulesResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = CreateBenefitRulesResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = CreateBenefitRulesResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = CreateBenefitRulesResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = CreateBenefitRulesResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = CreateBenefitRulesResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = CreateBenefitRulesResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = CreateBenefitRulesResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    BenefitRuleSet
    | CreateBenefitRulesResponse400
    | CreateBenefitRulesResponse401
    | CreateBenefitRulesResponse403
    | CreateBenefitRulesResponse404
    | CreateBenefitRulesResponse409
    | CreateBenefitRulesResponse413
    | CreateBenefitRulesResponse422
    | CreateBenefitRulesResponse429
    | CreateBenefitRulesResponse500
    | CreateBenefitRulesResponse502
    | CreateBenefitRulesResponse503
    | CreateBenefitRulesResponse504
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
    body: BenefitRuleSetCreate,
) -> Response[
    BenefitRuleSet
    | CreateBenefitRulesResponse400
    | CreateBenefitRulesResponse401
    | CreateBenefitRulesResponse403
    | CreateBenefitRulesResponse404
    | CreateBenefitRulesResponse409
    | CreateBenefitRulesResponse413
    | CreateBenefitRulesResponse422
    | CreateBenefitRulesResponse429
    | CreateBenefitRulesResponse500
    | CreateBenefitRulesResponse502
    | CreateBenefitRulesResponse503
    | CreateBenefitRulesResponse504
]:
    """Publish a version, or draft one with status draft (bureau)

    Args:
        body (BenefitRuleSetCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BenefitRuleSet | CreateBenefitRulesResponse400 | CreateBenefitRulesResponse401 | CreateBenefitRulesResponse403 | CreateBenefitRulesResponse404 | CreateBenefitRulesResponse409 | CreateBenefitRulesResponse413 | CreateBenefitRulesResponse422 | CreateBenefitRulesResponse429 | CreateBenefitRulesResponse500 | CreateBenefitRulesResponse502 | CreateBenefitRulesResponse503 | CreateBenefitRulesResponse504]
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
    body: BenefitRuleSetCreate,
) -> (
    BenefitRuleSet
    | CreateBenefitRulesResponse400
    | CreateBenefitRulesResponse401
    | CreateBenefitRulesResponse403
    | CreateBenefitRulesResponse404
    | CreateBenefitRulesResponse409
    | CreateBenefitRulesResponse413
    | CreateBenefitRulesResponse422
    | CreateBenefitRulesResponse429
    | CreateBenefitRulesResponse500
    | CreateBenefitRulesResponse502
    | CreateBenefitRulesResponse503
    | CreateBenefitRulesResponse504
    | None
):
    """Publish a version, or draft one with status draft (bureau)

    Args:
        body (BenefitRuleSetCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BenefitRuleSet | CreateBenefitRulesResponse400 | CreateBenefitRulesResponse401 | CreateBenefitRulesResponse403 | CreateBenefitRulesResponse404 | CreateBenefitRulesResponse409 | CreateBenefitRulesResponse413 | CreateBenefitRulesResponse422 | CreateBenefitRulesResponse429 | CreateBenefitRulesResponse500 | CreateBenefitRulesResponse502 | CreateBenefitRulesResponse503 | CreateBenefitRulesResponse504
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BenefitRuleSetCreate,
) -> Response[
    BenefitRuleSet
    | CreateBenefitRulesResponse400
    | CreateBenefitRulesResponse401
    | CreateBenefitRulesResponse403
    | CreateBenefitRulesResponse404
    | CreateBenefitRulesResponse409
    | CreateBenefitRulesResponse413
    | CreateBenefitRulesResponse422
    | CreateBenefitRulesResponse429
    | CreateBenefitRulesResponse500
    | CreateBenefitRulesResponse502
    | CreateBenefitRulesResponse503
    | CreateBenefitRulesResponse504
]:
    """Publish a version, or draft one with status draft (bureau)

    Args:
        body (BenefitRuleSetCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BenefitRuleSet | CreateBenefitRulesResponse400 | CreateBenefitRulesResponse401 | CreateBenefitRulesResponse403 | CreateBenefitRulesResponse404 | CreateBenefitRulesResponse409 | CreateBenefitRulesResponse413 | CreateBenefitRulesResponse422 | CreateBenefitRulesResponse429 | CreateBenefitRulesResponse500 | CreateBenefitRulesResponse502 | CreateBenefitRulesResponse503 | CreateBenefitRulesResponse504]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BenefitRuleSetCreate,
) -> (
    BenefitRuleSet
    | CreateBenefitRulesResponse400
    | CreateBenefitRulesResponse401
    | CreateBenefitRulesResponse403
    | CreateBenefitRulesResponse404
    | CreateBenefitRulesResponse409
    | CreateBenefitRulesResponse413
    | CreateBenefitRulesResponse422
    | CreateBenefitRulesResponse429
    | CreateBenefitRulesResponse500
    | CreateBenefitRulesResponse502
    | CreateBenefitRulesResponse503
    | CreateBenefitRulesResponse504
    | None
):
    """Publish a version, or draft one with status draft (bureau)

    Args:
        body (BenefitRuleSetCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BenefitRuleSet | CreateBenefitRulesResponse400 | CreateBenefitRulesResponse401 | CreateBenefitRulesResponse403 | CreateBenefitRulesResponse404 | CreateBenefitRulesResponse409 | CreateBenefitRulesResponse413 | CreateBenefitRulesResponse422 | CreateBenefitRulesResponse429 | CreateBenefitRulesResponse500 | CreateBenefitRulesResponse502 | CreateBenefitRulesResponse503 | CreateBenefitRulesResponse504
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
