from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_rule_set_response_400 import CreateRuleSetResponse400
from ...models.create_rule_set_response_401 import CreateRuleSetResponse401
from ...models.create_rule_set_response_403 import CreateRuleSetResponse403
from ...models.create_rule_set_response_404 import CreateRuleSetResponse404
from ...models.create_rule_set_response_409 import CreateRuleSetResponse409
from ...models.create_rule_set_response_413 import CreateRuleSetResponse413
from ...models.create_rule_set_response_422 import CreateRuleSetResponse422
from ...models.create_rule_set_response_429 import CreateRuleSetResponse429
from ...models.create_rule_set_response_500 import CreateRuleSetResponse500
from ...models.create_rule_set_response_502 import CreateRuleSetResponse502
from ...models.create_rule_set_response_503 import CreateRuleSetResponse503
from ...models.create_rule_set_response_504 import CreateRuleSetResponse504
from ...models.rule_set import RuleSet
from ...models.rule_set_document import RuleSetDocument
from ...types import Response


def _get_kwargs(
    *,
    body: RuleSetDocument,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/rule-sets",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateRuleSetResponse400
    | CreateRuleSetResponse401
    | CreateRuleSetResponse403
    | CreateRuleSetResponse404
    | CreateRuleSetResponse409
    | CreateRuleSetResponse413
    | CreateRuleSetResponse422
    | CreateRuleSetResponse429
    | CreateRuleSetResponse500
    | CreateRuleSetResponse502
    | CreateRuleSetResponse503
    | CreateRuleSetResponse504
    | RuleSet
    | None
):
    if response.status_code == 201:
        response_201 = RuleSet.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = CreateRuleSetResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateRuleSetResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CreateRuleSetResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = CreateRuleSetResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = CreateRuleSetResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = CreateRuleSetResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = CreateRuleSetResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = CreateRuleSetResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = CreateRuleSetResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = CreateRuleSetResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = CreateRuleSetResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = CreateRuleSetResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateRuleSetResponse400
    | CreateRuleSetResponse401
    | CreateRuleSetResponse403
    | CreateRuleSetResponse404
    | CreateRuleSetResponse409
    | CreateRuleSetResponse413
    | CreateRuleSetResponse422
    | CreateRuleSetResponse429
    | CreateRuleSetResponse500
    | CreateRuleSetResponse502
    | CreateRuleSetResponse503
    | CreateRuleSetResponse504
    | RuleSet
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
    body: RuleSetDocument,
) -> Response[
    CreateRuleSetResponse400
    | CreateRuleSetResponse401
    | CreateRuleSetResponse403
    | CreateRuleSetResponse404
    | CreateRuleSetResponse409
    | CreateRuleSetResponse413
    | CreateRuleSetResponse422
    | CreateRuleSetResponse429
    | CreateRuleSetResponse500
    | CreateRuleSetResponse502
    | CreateRuleSetResponse503
    | CreateRuleSetResponse504
    | RuleSet
]:
    """Add a rule-set version as a draft

     Validated: the bands of each indicator cover every achievable total exactly once, the combination
    table has one level for each of its 16 cells, table B puts each of the 16 (a, b) pairs in one grade.

    Args:
        body (RuleSetDocument): A whole rule-set version; every value carries ``confirmed``.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateRuleSetResponse400 | CreateRuleSetResponse401 | CreateRuleSetResponse403 | CreateRuleSetResponse404 | CreateRuleSetResponse409 | CreateRuleSetResponse413 | CreateRuleSetResponse422 | CreateRuleSetResponse429 | CreateRuleSetResponse500 | CreateRuleSetResponse502 | CreateRuleSetResponse503 | CreateRuleSetResponse504 | RuleSet]
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
    body: RuleSetDocument,
) -> (
    CreateRuleSetResponse400
    | CreateRuleSetResponse401
    | CreateRuleSetResponse403
    | CreateRuleSetResponse404
    | CreateRuleSetResponse409
    | CreateRuleSetResponse413
    | CreateRuleSetResponse422
    | CreateRuleSetResponse429
    | CreateRuleSetResponse500
    | CreateRuleSetResponse502
    | CreateRuleSetResponse503
    | CreateRuleSetResponse504
    | RuleSet
    | None
):
    """Add a rule-set version as a draft

     Validated: the bands of each indicator cover every achievable total exactly once, the combination
    table has one level for each of its 16 cells, table B puts each of the 16 (a, b) pairs in one grade.

    Args:
        body (RuleSetDocument): A whole rule-set version; every value carries ``confirmed``.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateRuleSetResponse400 | CreateRuleSetResponse401 | CreateRuleSetResponse403 | CreateRuleSetResponse404 | CreateRuleSetResponse409 | CreateRuleSetResponse413 | CreateRuleSetResponse422 | CreateRuleSetResponse429 | CreateRuleSetResponse500 | CreateRuleSetResponse502 | CreateRuleSetResponse503 | CreateRuleSetResponse504 | RuleSet
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RuleSetDocument,
) -> Response[
    CreateRuleSetResponse400
    | CreateRuleSetResponse401
    | CreateRuleSetResponse403
    | CreateRuleSetResponse404
    | CreateRuleSetResponse409
    | CreateRuleSetResponse413
    | CreateRuleSetResponse422
    | CreateRuleSetResponse429
    | CreateRuleSetResponse500
    | CreateRuleSetResponse502
    | CreateRuleSetResponse503
    | CreateRuleSetResponse504
    | RuleSet
]:
    """Add a rule-set version as a draft

     Validated: the bands of each indicator cover every achievable total exactly once, the combination
    table has one level for each of its 16 cells, table B puts each of the 16 (a, b) pairs in one grade.

    Args:
        body (RuleSetDocument): A whole rule-set version; every value carries ``confirmed``.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateRuleSetResponse400 | CreateRuleSetResponse401 | CreateRuleSetResponse403 | CreateRuleSetResponse404 | CreateRuleSetResponse409 | CreateRuleSetResponse413 | CreateRuleSetResponse422 | CreateRuleSetResponse429 | CreateRuleSetResponse500 | CreateRuleSetResponse502 | CreateRuleSetResponse503 | CreateRuleSetResponse504 | RuleSet]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RuleSetDocument,
) -> (
    CreateRuleSetResponse400
    | CreateRuleSetResponse401
    | CreateRuleSetResponse403
    | CreateRuleSetResponse404
    | CreateRuleSetResponse409
    | CreateRuleSetResponse413
    | CreateRuleSetResponse422
    | CreateRuleSetResponse429
    | CreateRuleSetResponse500
    | CreateRuleSetResponse502
    | CreateRuleSetResponse503
    | CreateRuleSetResponse504
    | RuleSet
    | None
):
    """Add a rule-set version as a draft

     Validated: the bands of each indicator cover every achievable total exactly once, the combination
    table has one level for each of its 16 cells, table B puts each of the 16 (a, b) pairs in one grade.

    Args:
        body (RuleSetDocument): A whole rule-set version; every value carries ``confirmed``.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateRuleSetResponse400 | CreateRuleSetResponse401 | CreateRuleSetResponse403 | CreateRuleSetResponse404 | CreateRuleSetResponse409 | CreateRuleSetResponse413 | CreateRuleSetResponse422 | CreateRuleSetResponse429 | CreateRuleSetResponse500 | CreateRuleSetResponse502 | CreateRuleSetResponse503 | CreateRuleSetResponse504 | RuleSet
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
