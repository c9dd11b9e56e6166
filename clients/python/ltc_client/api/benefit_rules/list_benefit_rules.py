import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.benefit_rule_set_list import BenefitRuleSetList
from ...models.list_benefit_rules_response_400 import ListBenefitRulesResponse400
from ...models.list_benefit_rules_response_401 import ListBenefitRulesResponse401
from ...models.list_benefit_rules_response_403 import ListBenefitRulesResponse403
from ...models.list_benefit_rules_response_404 import ListBenefitRulesResponse404
from ...models.list_benefit_rules_response_422 import ListBenefitRulesResponse422
from ...models.list_benefit_rules_response_429 import ListBenefitRulesResponse429
from ...models.list_benefit_rules_response_500 import ListBenefitRulesResponse500
from ...models.list_benefit_rules_response_502 import ListBenefitRulesResponse502
from ...models.list_benefit_rules_response_503 import ListBenefitRulesResponse503
from ...models.list_benefit_rules_response_504 import ListBenefitRulesResponse504
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    on: datetime.date | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_on: None | str | Unset
    if isinstance(on, Unset):
        json_on = UNSET
    elif isinstance(on, datetime.date):
        json_on = on.isoformat()
    else:
        json_on = on
    params["on"] = json_on

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/benefit-rules",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BenefitRuleSetList
    | ListBenefitRulesResponse400
    | ListBenefitRulesResponse401
    | ListBenefitRulesResponse403
    | ListBenefitRulesResponse404
    | ListBenefitRulesResponse422
    | ListBenefitRulesResponse429
    | ListBenefitRulesResponse500
    | ListBenefitRulesResponse502
    | ListBenefitRulesResponse503
    | ListBenefitRulesResponse504
    | None
):
    if response.status_code == 200:
        response_200 = BenefitRuleSetList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListBenefitRulesResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListBenefitRulesResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListBenefitRulesResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ListBenefitRulesResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ListBenefitRulesResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ListBenefitRulesResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ListBenefitRulesResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ListBenefitRulesResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ListBenefitRulesResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ListBenefitRulesResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    BenefitRuleSetList
    | ListBenefitRulesResponse400
    | ListBenefitRulesResponse401
    | ListBenefitRulesResponse403
    | ListBenefitRulesResponse404
    | ListBenefitRulesResponse422
    | ListBenefitRulesResponse429
    | ListBenefitRulesResponse500
    | ListBenefitRulesResponse502
    | ListBenefitRulesResponse503
    | ListBenefitRulesResponse504
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
    on: datetime.date | None | Unset = UNSET,
) -> Response[
    BenefitRuleSetList
    | ListBenefitRulesResponse400
    | ListBenefitRulesResponse401
    | ListBenefitRulesResponse403
    | ListBenefitRulesResponse404
    | ListBenefitRulesResponse422
    | ListBenefitRulesResponse429
    | ListBenefitRulesResponse500
    | ListBenefitRulesResponse502
    | ListBenefitRulesResponse503
    | ListBenefitRulesResponse504
]:
    """Every version, or the one in force on a date

    Args:
        on (datetime.date | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BenefitRuleSetList | ListBenefitRulesResponse400 | ListBenefitRulesResponse401 | ListBenefitRulesResponse403 | ListBenefitRulesResponse404 | ListBenefitRulesResponse422 | ListBenefitRulesResponse429 | ListBenefitRulesResponse500 | ListBenefitRulesResponse502 | ListBenefitRulesResponse503 | ListBenefitRulesResponse504]
    """

    kwargs = _get_kwargs(
        on=on,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    on: datetime.date | None | Unset = UNSET,
) -> (
    BenefitRuleSetList
    | ListBenefitRulesResponse400
    | ListBenefitRulesResponse401
    | ListBenefitRulesResponse403
    | ListBenefitRulesResponse404
    | ListBenefitRulesResponse422
    | ListBenefitRulesResponse429
    | ListBenefitRulesResponse500
    | ListBenefitRulesResponse502
    | ListBenefitRulesResponse503
    | ListBenefitRulesResponse504
    | None
):
    """Every version, or the one in force on a date

    Args:
        on (datetime.date | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BenefitRuleSetList | ListBenefitRulesResponse400 | ListBenefitRulesResponse401 | ListBenefitRulesResponse403 | ListBenefitRulesResponse404 | ListBenefitRulesResponse422 | ListBenefitRulesResponse429 | ListBenefitRulesResponse500 | ListBenefitRulesResponse502 | ListBenefitRulesResponse503 | ListBenefitRulesResponse504
    """

    return sync_detailed(
        client=client,
        on=on,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    on: datetime.date | None | Unset = UNSET,
) -> Response[
    BenefitRuleSetList
    | ListBenefitRulesResponse400
    | ListBenefitRulesResponse401
    | ListBenefitRulesResponse403
    | ListBenefitRulesResponse404
    | ListBenefitRulesResponse422
    | ListBenefitRulesResponse429
    | ListBenefitRulesResponse500
    | ListBenefitRulesResponse502
    | ListBenefitRulesResponse503
    | ListBenefitRulesResponse504
]:
    """Every version, or the one in force on a date

    Args:
        on (datetime.date | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BenefitRuleSetList | ListBenefitRulesResponse400 | ListBenefitRulesResponse401 | ListBenefitRulesResponse403 | ListBenefitRulesResponse404 | ListBenefitRulesResponse422 | ListBenefitRulesResponse429 | ListBenefitRulesResponse500 | ListBenefitRulesResponse502 | ListBenefitRulesResponse503 | ListBenefitRulesResponse504]
    """

    kwargs = _get_kwargs(
        on=on,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    on: datetime.date | None | Unset = UNSET,
) -> (
    BenefitRuleSetList
    | ListBenefitRulesResponse400
    | ListBenefitRulesResponse401
    | ListBenefitRulesResponse403
    | ListBenefitRulesResponse404
    | ListBenefitRulesResponse422
    | ListBenefitRulesResponse429
    | ListBenefitRulesResponse500
    | ListBenefitRulesResponse502
    | ListBenefitRulesResponse503
    | ListBenefitRulesResponse504
    | None
):
    """Every version, or the one in force on a date

    Args:
        on (datetime.date | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BenefitRuleSetList | ListBenefitRulesResponse400 | ListBenefitRulesResponse401 | ListBenefitRulesResponse403 | ListBenefitRulesResponse404 | ListBenefitRulesResponse422 | ListBenefitRulesResponse429 | ListBenefitRulesResponse500 | ListBenefitRulesResponse502 | ListBenefitRulesResponse503 | ListBenefitRulesResponse504
    """

    return (
        await asyncio_detailed(
            client=client,
            on=on,
        )
    ).parsed
