from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dry_run_benefit_rules_response_400 import DryRunBenefitRulesResponse400
from ...models.dry_run_benefit_rules_response_401 import DryRunBenefitRulesResponse401
from ...models.dry_run_benefit_rules_response_403 import DryRunBenefitRulesResponse403
from ...models.dry_run_benefit_rules_response_404 import DryRunBenefitRulesResponse404
from ...models.dry_run_benefit_rules_response_409 import DryRunBenefitRulesResponse409
from ...models.dry_run_benefit_rules_response_413 import DryRunBenefitRulesResponse413
from ...models.dry_run_benefit_rules_response_422 import DryRunBenefitRulesResponse422
from ...models.dry_run_benefit_rules_response_429 import DryRunBenefitRulesResponse429
from ...models.dry_run_benefit_rules_response_500 import DryRunBenefitRulesResponse500
from ...models.dry_run_benefit_rules_response_502 import DryRunBenefitRulesResponse502
from ...models.dry_run_benefit_rules_response_503 import DryRunBenefitRulesResponse503
from ...models.dry_run_benefit_rules_response_504 import DryRunBenefitRulesResponse504
from ...models.dry_run_request import DryRunRequest
from ...models.settlement_dry_run import SettlementDryRun
from ...types import Response


def _get_kwargs(
    version: str,
    *,
    body: DryRunRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/benefit-rules/{version}/dry-runs".format(
            version=quote(str(version), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DryRunBenefitRulesResponse400
    | DryRunBenefitRulesResponse401
    | DryRunBenefitRulesResponse403
    | DryRunBenefitRulesResponse404
    | DryRunBenefitRulesResponse409
    | DryRunBenefitRulesResponse413
    | DryRunBenefitRulesResponse422
    | DryRunBenefitRulesResponse429
    | DryRunBenefitRulesResponse500
    | DryRunBenefitRulesResponse502
    | DryRunBenefitRulesResponse503
    | DryRunBenefitRulesResponse504
    | SettlementDryRun
    | None
):
    if response.status_code == 200:
        response_200 = SettlementDryRun.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DryRunBenefitRulesResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = DryRunBenefitRulesResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = DryRunBenefitRulesResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = DryRunBenefitRulesResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = DryRunBenefitRulesResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = DryRunBenefitRulesResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = DryRunBenefitRulesResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = DryRunBenefitRulesResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = DryRunBenefitRulesResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = DryRunBenefitRulesResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = DryRunBenefitRulesResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = DryRunBenefitRulesResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DryRunBenefitRulesResponse400
    | DryRunBenefitRulesResponse401
    | DryRunBenefitRulesResponse403
    | DryRunBenefitRulesResponse404
    | DryRunBenefitRulesResponse409
    | DryRunBenefitRulesResponse413
    | DryRunBenefitRulesResponse422
    | DryRunBenefitRulesResponse429
    | DryRunBenefitRulesResponse500
    | DryRunBenefitRulesResponse502
    | DryRunBenefitRulesResponse503
    | DryRunBenefitRulesResponse504
    | SettlementDryRun
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
    body: DryRunRequest,
) -> Response[
    DryRunBenefitRulesResponse400
    | DryRunBenefitRulesResponse401
    | DryRunBenefitRulesResponse403
    | DryRunBenefitRulesResponse404
    | DryRunBenefitRulesResponse409
    | DryRunBenefitRulesResponse413
    | DryRunBenefitRulesResponse422
    | DryRunBenefitRulesResponse429
    | DryRunBenefitRulesResponse500
    | DryRunBenefitRulesResponse502
    | DryRunBenefitRulesResponse503
    | DryRunBenefitRulesResponse504
    | SettlementDryRun
]:
    """Replay a (draft) rule set over a settled month: each institution's fund from → to; Accept: text/csv
    for a file

    Args:
        version (str):
        body (DryRunRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DryRunBenefitRulesResponse400 | DryRunBenefitRulesResponse401 | DryRunBenefitRulesResponse403 | DryRunBenefitRulesResponse404 | DryRunBenefitRulesResponse409 | DryRunBenefitRulesResponse413 | DryRunBenefitRulesResponse422 | DryRunBenefitRulesResponse429 | DryRunBenefitRulesResponse500 | DryRunBenefitRulesResponse502 | DryRunBenefitRulesResponse503 | DryRunBenefitRulesResponse504 | SettlementDryRun]
    """

    kwargs = _get_kwargs(
        version=version,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    version: str,
    *,
    client: AuthenticatedClient | Client,
    body: DryRunRequest,
) -> (
    DryRunBenefitRulesResponse400
    | DryRunBenefitRulesResponse401
    | DryRunBenefitRulesResponse403
    | DryRunBenefitRulesResponse404
    | DryRunBenefitRulesResponse409
    | DryRunBenefitRulesResponse413
    | DryRunBenefitRulesResponse422
    | DryRunBenefitRulesResponse429
    | DryRunBenefitRulesResponse500
    | DryRunBenefitRulesResponse502
    | DryRunBenefitRulesResponse503
    | DryRunBenefitRulesResponse504
    | SettlementDryRun
    | None
):
    """Replay a (draft) rule set over a settled month: each institution's fund from → to; Accept: text/csv
    for a file

    Args:
        version (str):
        body (DryRunRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DryRunBenefitRulesResponse400 | DryRunBenefitRulesResponse401 | DryRunBenefitRulesResponse403 | DryRunBenefitRulesResponse404 | DryRunBenefitRulesResponse409 | DryRunBenefitRulesResponse413 | DryRunBenefitRulesResponse422 | DryRunBenefitRulesResponse429 | DryRunBenefitRulesResponse500 | DryRunBenefitRulesResponse502 | DryRunBenefitRulesResponse503 | DryRunBenefitRulesResponse504 | SettlementDryRun
    """

    return sync_detailed(
        version=version,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    version: str,
    *,
    client: AuthenticatedClient | Client,
    body: DryRunRequest,
) -> Response[
    DryRunBenefitRulesResponse400
    | DryRunBenefitRulesResponse401
    | DryRunBenefitRulesResponse403
    | DryRunBenefitRulesResponse404
    | DryRunBenefitRulesResponse409
    | DryRunBenefitRulesResponse413
    | DryRunBenefitRulesResponse422
    | DryRunBenefitRulesResponse429
    | DryRunBenefitRulesResponse500
    | DryRunBenefitRulesResponse502
    | DryRunBenefitRulesResponse503
    | DryRunBenefitRulesResponse504
    | SettlementDryRun
]:
    """Replay a (draft) rule set over a settled month: each institution's fund from → to; Accept: text/csv
    for a file

    Args:
        version (str):
        body (DryRunRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DryRunBenefitRulesResponse400 | DryRunBenefitRulesResponse401 | DryRunBenefitRulesResponse403 | DryRunBenefitRulesResponse404 | DryRunBenefitRulesResponse409 | DryRunBenefitRulesResponse413 | DryRunBenefitRulesResponse422 | DryRunBenefitRulesResponse429 | DryRunBenefitRulesResponse500 | DryRunBenefitRulesResponse502 | DryRunBenefitRulesResponse503 | DryRunBenefitRulesResponse504 | SettlementDryRun]
    """

    kwargs = _get_kwargs(
        version=version,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    version: str,
    *,
    client: AuthenticatedClient | Client,
    body: DryRunRequest,
) -> (
    DryRunBenefitRulesResponse400
    | DryRunBenefitRulesResponse401
    | DryRunBenefitRulesResponse403
    | DryRunBenefitRulesResponse404
    | DryRunBenefitRulesResponse409
    | DryRunBenefitRulesResponse413
    | DryRunBenefitRulesResponse422
    | DryRunBenefitRulesResponse429
    | DryRunBenefitRulesResponse500
    | DryRunBenefitRulesResponse502
    | DryRunBenefitRulesResponse503
    | DryRunBenefitRulesResponse504
    | SettlementDryRun
    | None
):
    """Replay a (draft) rule set over a settled month: each institution's fund from → to; Accept: text/csv
    for a file

    Args:
        version (str):
        body (DryRunRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DryRunBenefitRulesResponse400 | DryRunBenefitRulesResponse401 | DryRunBenefitRulesResponse403 | DryRunBenefitRulesResponse404 | DryRunBenefitRulesResponse409 | DryRunBenefitRulesResponse413 | DryRunBenefitRulesResponse422 | DryRunBenefitRulesResponse429 | DryRunBenefitRulesResponse500 | DryRunBenefitRulesResponse502 | DryRunBenefitRulesResponse503 | DryRunBenefitRulesResponse504 | SettlementDryRun
    """

    return (
        await asyncio_detailed(
            version=version,
            client=client,
            body=body,
        )
    ).parsed
