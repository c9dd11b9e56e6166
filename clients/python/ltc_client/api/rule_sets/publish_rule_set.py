from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.publish_rule_set_response_400 import PublishRuleSetResponse400
from ...models.publish_rule_set_response_401 import PublishRuleSetResponse401
from ...models.publish_rule_set_response_403 import PublishRuleSetResponse403
from ...models.publish_rule_set_response_404 import PublishRuleSetResponse404
from ...models.publish_rule_set_response_409 import PublishRuleSetResponse409
from ...models.publish_rule_set_response_413 import PublishRuleSetResponse413
from ...models.publish_rule_set_response_422 import PublishRuleSetResponse422
from ...models.publish_rule_set_response_429 import PublishRuleSetResponse429
from ...models.publish_rule_set_response_500 import PublishRuleSetResponse500
from ...models.publish_rule_set_response_502 import PublishRuleSetResponse502
from ...models.publish_rule_set_response_503 import PublishRuleSetResponse503
from ...models.publish_rule_set_response_504 import PublishRuleSetResponse504
from ...models.rule_set import RuleSet
from ...types import Response


def _get_kwargs(
    version: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/rule-sets/{version}:publish".format(
            version=quote(str(version), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    PublishRuleSetResponse400
    | PublishRuleSetResponse401
    | PublishRuleSetResponse403
    | PublishRuleSetResponse404
    | PublishRuleSetResponse409
    | PublishRuleSetResponse413
    | PublishRuleSetResponse422
    | PublishRuleSetResponse429
    | PublishRuleSetResponse500
    | PublishRuleSetResponse502
    | PublishRuleSetResponse503
    | PublishRuleSetResponse504
    | RuleSet
    | None
):
    if response.status_code == 200:
        response_200 = RuleSet.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = PublishRuleSetResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = PublishRuleSetResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = PublishRuleSetResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = PublishRuleSetResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = PublishRuleSetResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = PublishRuleSetResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = PublishRuleSetResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = PublishRuleSetResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = PublishRuleSetResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = PublishRuleSetResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = PublishRuleSetResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = PublishRuleSetResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    PublishRuleSetResponse400
    | PublishRuleSetResponse401
    | PublishRuleSetResponse403
    | PublishRuleSetResponse404
    | PublishRuleSetResponse409
    | PublishRuleSetResponse413
    | PublishRuleSetResponse422
    | PublishRuleSetResponse429
    | PublishRuleSetResponse500
    | PublishRuleSetResponse502
    | PublishRuleSetResponse503
    | PublishRuleSetResponse504
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
    PublishRuleSetResponse400
    | PublishRuleSetResponse401
    | PublishRuleSetResponse403
    | PublishRuleSetResponse404
    | PublishRuleSetResponse409
    | PublishRuleSetResponse413
    | PublishRuleSetResponse422
    | PublishRuleSetResponse429
    | PublishRuleSetResponse500
    | PublishRuleSetResponse502
    | PublishRuleSetResponse503
    | PublishRuleSetResponse504
    | RuleSet
]:
    """Publish a draft: it applies from now on

    Args:
        version (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PublishRuleSetResponse400 | PublishRuleSetResponse401 | PublishRuleSetResponse403 | PublishRuleSetResponse404 | PublishRuleSetResponse409 | PublishRuleSetResponse413 | PublishRuleSetResponse422 | PublishRuleSetResponse429 | PublishRuleSetResponse500 | PublishRuleSetResponse502 | PublishRuleSetResponse503 | PublishRuleSetResponse504 | RuleSet]
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
    PublishRuleSetResponse400
    | PublishRuleSetResponse401
    | PublishRuleSetResponse403
    | PublishRuleSetResponse404
    | PublishRuleSetResponse409
    | PublishRuleSetResponse413
    | PublishRuleSetResponse422
    | PublishRuleSetResponse429
    | PublishRuleSetResponse500
    | PublishRuleSetResponse502
    | PublishRuleSetResponse503
    | PublishRuleSetResponse504
    | RuleSet
    | None
):
    """Publish a draft: it applies from now on

    Args:
        version (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PublishRuleSetResponse400 | PublishRuleSetResponse401 | PublishRuleSetResponse403 | PublishRuleSetResponse404 | PublishRuleSetResponse409 | PublishRuleSetResponse413 | PublishRuleSetResponse422 | PublishRuleSetResponse429 | PublishRuleSetResponse500 | PublishRuleSetResponse502 | PublishRuleSetResponse503 | PublishRuleSetResponse504 | RuleSet
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
    PublishRuleSetResponse400
    | PublishRuleSetResponse401
    | PublishRuleSetResponse403
    | PublishRuleSetResponse404
    | PublishRuleSetResponse409
    | PublishRuleSetResponse413
    | PublishRuleSetResponse422
    | PublishRuleSetResponse429
    | PublishRuleSetResponse500
    | PublishRuleSetResponse502
    | PublishRuleSetResponse503
    | PublishRuleSetResponse504
    | RuleSet
]:
    """Publish a draft: it applies from now on

    Args:
        version (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PublishRuleSetResponse400 | PublishRuleSetResponse401 | PublishRuleSetResponse403 | PublishRuleSetResponse404 | PublishRuleSetResponse409 | PublishRuleSetResponse413 | PublishRuleSetResponse422 | PublishRuleSetResponse429 | PublishRuleSetResponse500 | PublishRuleSetResponse502 | PublishRuleSetResponse503 | PublishRuleSetResponse504 | RuleSet]
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
    PublishRuleSetResponse400
    | PublishRuleSetResponse401
    | PublishRuleSetResponse403
    | PublishRuleSetResponse404
    | PublishRuleSetResponse409
    | PublishRuleSetResponse413
    | PublishRuleSetResponse422
    | PublishRuleSetResponse429
    | PublishRuleSetResponse500
    | PublishRuleSetResponse502
    | PublishRuleSetResponse503
    | PublishRuleSetResponse504
    | RuleSet
    | None
):
    """Publish a draft: it applies from now on

    Args:
        version (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PublishRuleSetResponse400 | PublishRuleSetResponse401 | PublishRuleSetResponse403 | PublishRuleSetResponse404 | PublishRuleSetResponse409 | PublishRuleSetResponse413 | PublishRuleSetResponse422 | PublishRuleSetResponse429 | PublishRuleSetResponse500 | PublishRuleSetResponse502 | PublishRuleSetResponse503 | PublishRuleSetResponse504 | RuleSet
    """

    return (
        await asyncio_detailed(
            version=version,
            client=client,
        )
    ).parsed
