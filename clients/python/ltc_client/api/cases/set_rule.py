from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.rule import Rule
from ...models.rule_update import RuleUpdate
from ...models.set_rule_response_400 import SetRuleResponse400
from ...models.set_rule_response_401 import SetRuleResponse401
from ...models.set_rule_response_403 import SetRuleResponse403
from ...models.set_rule_response_404 import SetRuleResponse404
from ...models.set_rule_response_409 import SetRuleResponse409
from ...models.set_rule_response_413 import SetRuleResponse413
from ...models.set_rule_response_422 import SetRuleResponse422
from ...models.set_rule_response_429 import SetRuleResponse429
from ...models.set_rule_response_500 import SetRuleResponse500
from ...models.set_rule_response_502 import SetRuleResponse502
from ...models.set_rule_response_503 import SetRuleResponse503
from ...models.set_rule_response_504 import SetRuleResponse504
from ...types import Response


def _get_kwargs(
    key: str,
    *,
    body: RuleUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/oversight-rules/{key}".format(
            key=quote(str(key), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Rule
    | SetRuleResponse400
    | SetRuleResponse401
    | SetRuleResponse403
    | SetRuleResponse404
    | SetRuleResponse409
    | SetRuleResponse413
    | SetRuleResponse422
    | SetRuleResponse429
    | SetRuleResponse500
    | SetRuleResponse502
    | SetRuleResponse503
    | SetRuleResponse504
    | None
):
    if response.status_code == 200:
        response_200 = Rule.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = SetRuleResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = SetRuleResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = SetRuleResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = SetRuleResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = SetRuleResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = SetRuleResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = SetRuleResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = SetRuleResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = SetRuleResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = SetRuleResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = SetRuleResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = SetRuleResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Rule
    | SetRuleResponse400
    | SetRuleResponse401
    | SetRuleResponse403
    | SetRuleResponse404
    | SetRuleResponse409
    | SetRuleResponse413
    | SetRuleResponse422
    | SetRuleResponse429
    | SetRuleResponse500
    | SetRuleResponse502
    | SetRuleResponse503
    | SetRuleResponse504
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
    body: RuleUpdate,
) -> Response[
    Rule
    | SetRuleResponse400
    | SetRuleResponse401
    | SetRuleResponse403
    | SetRuleResponse404
    | SetRuleResponse409
    | SetRuleResponse413
    | SetRuleResponse422
    | SetRuleResponse429
    | SetRuleResponse500
    | SetRuleResponse502
    | SetRuleResponse503
    | SetRuleResponse504
]:
    """Set a rule of supervision (a new version)

     Confirmed or not, with its source; the earlier versions are kept.

    Args:
        key (str):
        body (RuleUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Rule | SetRuleResponse400 | SetRuleResponse401 | SetRuleResponse403 | SetRuleResponse404 | SetRuleResponse409 | SetRuleResponse413 | SetRuleResponse422 | SetRuleResponse429 | SetRuleResponse500 | SetRuleResponse502 | SetRuleResponse503 | SetRuleResponse504]
    """

    kwargs = _get_kwargs(
        key=key,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    key: str,
    *,
    client: AuthenticatedClient | Client,
    body: RuleUpdate,
) -> (
    Rule
    | SetRuleResponse400
    | SetRuleResponse401
    | SetRuleResponse403
    | SetRuleResponse404
    | SetRuleResponse409
    | SetRuleResponse413
    | SetRuleResponse422
    | SetRuleResponse429
    | SetRuleResponse500
    | SetRuleResponse502
    | SetRuleResponse503
    | SetRuleResponse504
    | None
):
    """Set a rule of supervision (a new version)

     Confirmed or not, with its source; the earlier versions are kept.

    Args:
        key (str):
        body (RuleUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Rule | SetRuleResponse400 | SetRuleResponse401 | SetRuleResponse403 | SetRuleResponse404 | SetRuleResponse409 | SetRuleResponse413 | SetRuleResponse422 | SetRuleResponse429 | SetRuleResponse500 | SetRuleResponse502 | SetRuleResponse503 | SetRuleResponse504
    """

    return sync_detailed(
        key=key,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    key: str,
    *,
    client: AuthenticatedClient | Client,
    body: RuleUpdate,
) -> Response[
    Rule
    | SetRuleResponse400
    | SetRuleResponse401
    | SetRuleResponse403
    | SetRuleResponse404
    | SetRuleResponse409
    | SetRuleResponse413
    | SetRuleResponse422
    | SetRuleResponse429
    | SetRuleResponse500
    | SetRuleResponse502
    | SetRuleResponse503
    | SetRuleResponse504
]:
    """Set a rule of supervision (a new version)

     Confirmed or not, with its source; the earlier versions are kept.

    Args:
        key (str):
        body (RuleUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Rule | SetRuleResponse400 | SetRuleResponse401 | SetRuleResponse403 | SetRuleResponse404 | SetRuleResponse409 | SetRuleResponse413 | SetRuleResponse422 | SetRuleResponse429 | SetRuleResponse500 | SetRuleResponse502 | SetRuleResponse503 | SetRuleResponse504]
    """

    kwargs = _get_kwargs(
        key=key,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    key: str,
    *,
    client: AuthenticatedClient | Client,
    body: RuleUpdate,
) -> (
    Rule
    | SetRuleResponse400
    | SetRuleResponse401
    | SetRuleResponse403
    | SetRuleResponse404
    | SetRuleResponse409
    | SetRuleResponse413
    | SetRuleResponse422
    | SetRuleResponse429
    | SetRuleResponse500
    | SetRuleResponse502
    | SetRuleResponse503
    | SetRuleResponse504
    | None
):
    """Set a rule of supervision (a new version)

     Confirmed or not, with its source; the earlier versions are kept.

    Args:
        key (str):
        body (RuleUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Rule | SetRuleResponse400 | SetRuleResponse401 | SetRuleResponse403 | SetRuleResponse404 | SetRuleResponse409 | SetRuleResponse413 | SetRuleResponse422 | SetRuleResponse429 | SetRuleResponse500 | SetRuleResponse502 | SetRuleResponse503 | SetRuleResponse504
    """

    return (
        await asyncio_detailed(
            key=key,
            client=client,
            body=body,
        )
    ).parsed
