from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dry_run import DryRun
from ...models.dry_run_rule_set_response_400 import DryRunRuleSetResponse400
from ...models.dry_run_rule_set_response_401 import DryRunRuleSetResponse401
from ...models.dry_run_rule_set_response_403 import DryRunRuleSetResponse403
from ...models.dry_run_rule_set_response_404 import DryRunRuleSetResponse404
from ...models.dry_run_rule_set_response_409 import DryRunRuleSetResponse409
from ...models.dry_run_rule_set_response_413 import DryRunRuleSetResponse413
from ...models.dry_run_rule_set_response_422 import DryRunRuleSetResponse422
from ...models.dry_run_rule_set_response_429 import DryRunRuleSetResponse429
from ...models.dry_run_rule_set_response_500 import DryRunRuleSetResponse500
from ...models.dry_run_rule_set_response_502 import DryRunRuleSetResponse502
from ...models.dry_run_rule_set_response_503 import DryRunRuleSetResponse503
from ...models.dry_run_rule_set_response_504 import DryRunRuleSetResponse504
from ...types import Response


def _get_kwargs(
    version: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/rule-sets/{version}:dry-run".format(
            version=quote(str(version), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DryRun
    | DryRunRuleSetResponse400
    | DryRunRuleSetResponse401
    | DryRunRuleSetResponse403
    | DryRunRuleSetResponse404
    | DryRunRuleSetResponse409
    | DryRunRuleSetResponse413
    | DryRunRuleSetResponse422
    | DryRunRuleSetResponse429
    | DryRunRuleSetResponse500
    | DryRunRuleSetResponse502
    | DryRunRuleSetResponse503
    | DryRunRuleSetResponse504
    | None
):
    if response.status_code == 200:
        response_200 = DryRun.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DryRunRuleSetResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = DryRunRuleSetResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = DryRunRuleSetResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = DryRunRuleSetResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = DryRunRuleSetResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = DryRunRuleSetResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = DryRunRuleSetResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = DryRunRuleSetResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = DryRunRuleSetResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = DryRunRuleSetResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = DryRunRuleSetResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = DryRunRuleSetResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DryRun
    | DryRunRuleSetResponse400
    | DryRunRuleSetResponse401
    | DryRunRuleSetResponse403
    | DryRunRuleSetResponse404
    | DryRunRuleSetResponse409
    | DryRunRuleSetResponse413
    | DryRunRuleSetResponse422
    | DryRunRuleSetResponse429
    | DryRunRuleSetResponse500
    | DryRunRuleSetResponse502
    | DryRunRuleSetResponse503
    | DryRunRuleSetResponse504
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
    DryRun
    | DryRunRuleSetResponse400
    | DryRunRuleSetResponse401
    | DryRunRuleSetResponse403
    | DryRunRuleSetResponse404
    | DryRunRuleSetResponse409
    | DryRunRuleSetResponse413
    | DryRunRuleSetResponse422
    | DryRunRuleSetResponse429
    | DryRunRuleSetResponse500
    | DryRunRuleSetResponse502
    | DryRunRuleSetResponse503
    | DryRunRuleSetResponse504
]:
    """Replay a version over the stored scores

     Every conclusion in force, re-graded from its panel's stored totals under ``version``: how many
    persons would change level, from what to what, per county. Changes nothing.

    Args:
        version (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DryRun | DryRunRuleSetResponse400 | DryRunRuleSetResponse401 | DryRunRuleSetResponse403 | DryRunRuleSetResponse404 | DryRunRuleSetResponse409 | DryRunRuleSetResponse413 | DryRunRuleSetResponse422 | DryRunRuleSetResponse429 | DryRunRuleSetResponse500 | DryRunRuleSetResponse502 | DryRunRuleSetResponse503 | DryRunRuleSetResponse504]
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
    DryRun
    | DryRunRuleSetResponse400
    | DryRunRuleSetResponse401
    | DryRunRuleSetResponse403
    | DryRunRuleSetResponse404
    | DryRunRuleSetResponse409
    | DryRunRuleSetResponse413
    | DryRunRuleSetResponse422
    | DryRunRuleSetResponse429
    | DryRunRuleSetResponse500
    | DryRunRuleSetResponse502
    | DryRunRuleSetResponse503
    | DryRunRuleSetResponse504
    | None
):
    """Replay a version over the stored scores

     Every conclusion in force, re-graded from its panel's stored totals under ``version``: how many
    persons would change level, from what to what, per county. Changes nothing.

    Args:
        version (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DryRun | DryRunRuleSetResponse400 | DryRunRuleSetResponse401 | DryRunRuleSetResponse403 | DryRunRuleSetResponse404 | DryRunRuleSetResponse409 | DryRunRuleSetResponse413 | DryRunRuleSetResponse422 | DryRunRuleSetResponse429 | DryRunRuleSetResponse500 | DryRunRuleSetResponse502 | DryRunRuleSetResponse503 | DryRunRuleSetResponse504
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
    DryRun
    | DryRunRuleSetResponse400
    | DryRunRuleSetResponse401
    | DryRunRuleSetResponse403
    | DryRunRuleSetResponse404
    | DryRunRuleSetResponse409
    | DryRunRuleSetResponse413
    | DryRunRuleSetResponse422
    | DryRunRuleSetResponse429
    | DryRunRuleSetResponse500
    | DryRunRuleSetResponse502
    | DryRunRuleSetResponse503
    | DryRunRuleSetResponse504
]:
    """Replay a version over the stored scores

     Every conclusion in force, re-graded from its panel's stored totals under ``version``: how many
    persons would change level, from what to what, per county. Changes nothing.

    Args:
        version (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DryRun | DryRunRuleSetResponse400 | DryRunRuleSetResponse401 | DryRunRuleSetResponse403 | DryRunRuleSetResponse404 | DryRunRuleSetResponse409 | DryRunRuleSetResponse413 | DryRunRuleSetResponse422 | DryRunRuleSetResponse429 | DryRunRuleSetResponse500 | DryRunRuleSetResponse502 | DryRunRuleSetResponse503 | DryRunRuleSetResponse504]
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
    DryRun
    | DryRunRuleSetResponse400
    | DryRunRuleSetResponse401
    | DryRunRuleSetResponse403
    | DryRunRuleSetResponse404
    | DryRunRuleSetResponse409
    | DryRunRuleSetResponse413
    | DryRunRuleSetResponse422
    | DryRunRuleSetResponse429
    | DryRunRuleSetResponse500
    | DryRunRuleSetResponse502
    | DryRunRuleSetResponse503
    | DryRunRuleSetResponse504
    | None
):
    """Replay a version over the stored scores

     Every conclusion in force, re-graded from its panel's stored totals under ``version``: how many
    persons would change level, from what to what, per county. Changes nothing.

    Args:
        version (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DryRun | DryRunRuleSetResponse400 | DryRunRuleSetResponse401 | DryRunRuleSetResponse403 | DryRunRuleSetResponse404 | DryRunRuleSetResponse409 | DryRunRuleSetResponse413 | DryRunRuleSetResponse422 | DryRunRuleSetResponse429 | DryRunRuleSetResponse500 | DryRunRuleSetResponse502 | DryRunRuleSetResponse503 | DryRunRuleSetResponse504
    """

    return (
        await asyncio_detailed(
            version=version,
            client=client,
        )
    ).parsed
