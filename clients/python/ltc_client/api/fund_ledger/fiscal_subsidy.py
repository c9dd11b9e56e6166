from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fiscal_subsidy import FiscalSubsidy
from ...models.fiscal_subsidy_create import FiscalSubsidyCreate
from ...models.fiscal_subsidy_response_400 import FiscalSubsidyResponse400
from ...models.fiscal_subsidy_response_401 import FiscalSubsidyResponse401
from ...models.fiscal_subsidy_response_403 import FiscalSubsidyResponse403
from ...models.fiscal_subsidy_response_409 import FiscalSubsidyResponse409
from ...models.fiscal_subsidy_response_413 import FiscalSubsidyResponse413
from ...models.fiscal_subsidy_response_422 import FiscalSubsidyResponse422
from ...models.fiscal_subsidy_response_429 import FiscalSubsidyResponse429
from ...models.fiscal_subsidy_response_500 import FiscalSubsidyResponse500
from ...models.fiscal_subsidy_response_502 import FiscalSubsidyResponse502
from ...models.fiscal_subsidy_response_503 import FiscalSubsidyResponse503
from ...models.fiscal_subsidy_response_504 import FiscalSubsidyResponse504
from ...types import Response


def _get_kwargs(
    *,
    body: FiscalSubsidyCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/fund/fiscal-subsidies",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    FiscalSubsidy
    | FiscalSubsidyResponse400
    | FiscalSubsidyResponse401
    | FiscalSubsidyResponse403
    | FiscalSubsidyResponse409
    | FiscalSubsidyResponse413
    | FiscalSubsidyResponse422
    | FiscalSubsidyResponse429
    | FiscalSubsidyResponse500
    | FiscalSubsidyResponse502
    | FiscalSubsidyResponse503
    | FiscalSubsidyResponse504
    | None
):
    if response.status_code == 200:
        response_200 = FiscalSubsidy.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = FiscalSubsidy.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = FiscalSubsidyResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = FiscalSubsidyResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = FiscalSubsidyResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = FiscalSubsidyResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = FiscalSubsidyResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = FiscalSubsidyResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = FiscalSubsidyResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = FiscalSubsidyResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = FiscalSubsidyResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = FiscalSubsidyResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = FiscalSubsidyResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    FiscalSubsidy
    | FiscalSubsidyResponse400
    | FiscalSubsidyResponse401
    | FiscalSubsidyResponse403
    | FiscalSubsidyResponse409
    | FiscalSubsidyResponse413
    | FiscalSubsidyResponse422
    | FiscalSubsidyResponse429
    | FiscalSubsidyResponse500
    | FiscalSubsidyResponse502
    | FiscalSubsidyResponse503
    | FiscalSubsidyResponse504
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
    body: FiscalSubsidyCreate,
) -> Response[
    FiscalSubsidy
    | FiscalSubsidyResponse400
    | FiscalSubsidyResponse401
    | FiscalSubsidyResponse403
    | FiscalSubsidyResponse409
    | FiscalSubsidyResponse413
    | FiscalSubsidyResponse422
    | FiscalSubsidyResponse429
    | FiscalSubsidyResponse500
    | FiscalSubsidyResponse502
    | FiscalSubsidyResponse503
    | FiscalSubsidyResponse504
]:
    """Finance money into a county's fund (bureau)

     The finance bureau's `reference` names one subsidy of the county: sent again with the same amount
    and date it answers 200 with the first posting (`Idempotent-Replayed: true`); with anything else it
    is a 409 `SUBSIDY_REF_CONFLICT`.

    Args:
        body (FiscalSubsidyCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FiscalSubsidy | FiscalSubsidyResponse400 | FiscalSubsidyResponse401 | FiscalSubsidyResponse403 | FiscalSubsidyResponse409 | FiscalSubsidyResponse413 | FiscalSubsidyResponse422 | FiscalSubsidyResponse429 | FiscalSubsidyResponse500 | FiscalSubsidyResponse502 | FiscalSubsidyResponse503 | FiscalSubsidyResponse504]
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
    body: FiscalSubsidyCreate,
) -> (
    FiscalSubsidy
    | FiscalSubsidyResponse400
    | FiscalSubsidyResponse401
    | FiscalSubsidyResponse403
    | FiscalSubsidyResponse409
    | FiscalSubsidyResponse413
    | FiscalSubsidyResponse422
    | FiscalSubsidyResponse429
    | FiscalSubsidyResponse500
    | FiscalSubsidyResponse502
    | FiscalSubsidyResponse503
    | FiscalSubsidyResponse504
    | None
):
    """Finance money into a county's fund (bureau)

     The finance bureau's `reference` names one subsidy of the county: sent again with the same amount
    and date it answers 200 with the first posting (`Idempotent-Replayed: true`); with anything else it
    is a 409 `SUBSIDY_REF_CONFLICT`.

    Args:
        body (FiscalSubsidyCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FiscalSubsidy | FiscalSubsidyResponse400 | FiscalSubsidyResponse401 | FiscalSubsidyResponse403 | FiscalSubsidyResponse409 | FiscalSubsidyResponse413 | FiscalSubsidyResponse422 | FiscalSubsidyResponse429 | FiscalSubsidyResponse500 | FiscalSubsidyResponse502 | FiscalSubsidyResponse503 | FiscalSubsidyResponse504
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FiscalSubsidyCreate,
) -> Response[
    FiscalSubsidy
    | FiscalSubsidyResponse400
    | FiscalSubsidyResponse401
    | FiscalSubsidyResponse403
    | FiscalSubsidyResponse409
    | FiscalSubsidyResponse413
    | FiscalSubsidyResponse422
    | FiscalSubsidyResponse429
    | FiscalSubsidyResponse500
    | FiscalSubsidyResponse502
    | FiscalSubsidyResponse503
    | FiscalSubsidyResponse504
]:
    """Finance money into a county's fund (bureau)

     The finance bureau's `reference` names one subsidy of the county: sent again with the same amount
    and date it answers 200 with the first posting (`Idempotent-Replayed: true`); with anything else it
    is a 409 `SUBSIDY_REF_CONFLICT`.

    Args:
        body (FiscalSubsidyCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FiscalSubsidy | FiscalSubsidyResponse400 | FiscalSubsidyResponse401 | FiscalSubsidyResponse403 | FiscalSubsidyResponse409 | FiscalSubsidyResponse413 | FiscalSubsidyResponse422 | FiscalSubsidyResponse429 | FiscalSubsidyResponse500 | FiscalSubsidyResponse502 | FiscalSubsidyResponse503 | FiscalSubsidyResponse504]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FiscalSubsidyCreate,
) -> (
    FiscalSubsidy
    | FiscalSubsidyResponse400
    | FiscalSubsidyResponse401
    | FiscalSubsidyResponse403
    | FiscalSubsidyResponse409
    | FiscalSubsidyResponse413
    | FiscalSubsidyResponse422
    | FiscalSubsidyResponse429
    | FiscalSubsidyResponse500
    | FiscalSubsidyResponse502
    | FiscalSubsidyResponse503
    | FiscalSubsidyResponse504
    | None
):
    """Finance money into a county's fund (bureau)

     The finance bureau's `reference` names one subsidy of the county: sent again with the same amount
    and date it answers 200 with the first posting (`Idempotent-Replayed: true`); with anything else it
    is a 409 `SUBSIDY_REF_CONFLICT`.

    Args:
        body (FiscalSubsidyCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FiscalSubsidy | FiscalSubsidyResponse400 | FiscalSubsidyResponse401 | FiscalSubsidyResponse403 | FiscalSubsidyResponse409 | FiscalSubsidyResponse413 | FiscalSubsidyResponse422 | FiscalSubsidyResponse429 | FiscalSubsidyResponse500 | FiscalSubsidyResponse502 | FiscalSubsidyResponse503 | FiscalSubsidyResponse504
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
