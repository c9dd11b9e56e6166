from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.benefit_statement import BenefitStatement
from ...models.benefit_statement_response_400 import BenefitStatementResponse400
from ...models.benefit_statement_response_401 import BenefitStatementResponse401
from ...models.benefit_statement_response_403 import BenefitStatementResponse403
from ...models.benefit_statement_response_404 import BenefitStatementResponse404
from ...models.benefit_statement_response_422 import BenefitStatementResponse422
from ...models.benefit_statement_response_429 import BenefitStatementResponse429
from ...models.benefit_statement_response_500 import BenefitStatementResponse500
from ...models.benefit_statement_response_502 import BenefitStatementResponse502
from ...models.benefit_statement_response_503 import BenefitStatementResponse503
from ...models.benefit_statement_response_504 import BenefitStatementResponse504
from ...types import UNSET, Response


def _get_kwargs(
    person_id: UUID,
    *,
    month: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["month"] = month

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/persons/{person_id}/benefit-statements".format(
            person_id=quote(str(person_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BenefitStatement
    | BenefitStatementResponse400
    | BenefitStatementResponse401
    | BenefitStatementResponse403
    | BenefitStatementResponse404
    | BenefitStatementResponse422
    | BenefitStatementResponse429
    | BenefitStatementResponse500
    | BenefitStatementResponse502
    | BenefitStatementResponse503
    | BenefitStatementResponse504
    | None
):
    if response.status_code == 200:
        response_200 = BenefitStatement.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BenefitStatementResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = BenefitStatementResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = BenefitStatementResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = BenefitStatementResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = BenefitStatementResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = BenefitStatementResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = BenefitStatementResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = BenefitStatementResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = BenefitStatementResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = BenefitStatementResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    BenefitStatement
    | BenefitStatementResponse400
    | BenefitStatementResponse401
    | BenefitStatementResponse403
    | BenefitStatementResponse404
    | BenefitStatementResponse422
    | BenefitStatementResponse429
    | BenefitStatementResponse500
    | BenefitStatementResponse502
    | BenefitStatementResponse503
    | BenefitStatementResponse504
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    person_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    month: str,
) -> Response[
    BenefitStatement
    | BenefitStatementResponse400
    | BenefitStatementResponse401
    | BenefitStatementResponse403
    | BenefitStatementResponse404
    | BenefitStatementResponse422
    | BenefitStatementResponse429
    | BenefitStatementResponse500
    | BenefitStatementResponse502
    | BenefitStatementResponse503
    | BenefitStatementResponse504
]:
    """What the fund paid on the person's behalf and what was theirs to pay, by institution and mode

    Args:
        person_id (UUID):
        month (str): a month as YYYY-MM; any day of it (YYYY-MM-DD) is taken as that month too

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BenefitStatement | BenefitStatementResponse400 | BenefitStatementResponse401 | BenefitStatementResponse403 | BenefitStatementResponse404 | BenefitStatementResponse422 | BenefitStatementResponse429 | BenefitStatementResponse500 | BenefitStatementResponse502 | BenefitStatementResponse503 | BenefitStatementResponse504]
    """

    kwargs = _get_kwargs(
        person_id=person_id,
        month=month,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    person_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    month: str,
) -> (
    BenefitStatement
    | BenefitStatementResponse400
    | BenefitStatementResponse401
    | BenefitStatementResponse403
    | BenefitStatementResponse404
    | BenefitStatementResponse422
    | BenefitStatementResponse429
    | BenefitStatementResponse500
    | BenefitStatementResponse502
    | BenefitStatementResponse503
    | BenefitStatementResponse504
    | None
):
    """What the fund paid on the person's behalf and what was theirs to pay, by institution and mode

    Args:
        person_id (UUID):
        month (str): a month as YYYY-MM; any day of it (YYYY-MM-DD) is taken as that month too

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BenefitStatement | BenefitStatementResponse400 | BenefitStatementResponse401 | BenefitStatementResponse403 | BenefitStatementResponse404 | BenefitStatementResponse422 | BenefitStatementResponse429 | BenefitStatementResponse500 | BenefitStatementResponse502 | BenefitStatementResponse503 | BenefitStatementResponse504
    """

    return sync_detailed(
        person_id=person_id,
        client=client,
        month=month,
    ).parsed


async def asyncio_detailed(
    person_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    month: str,
) -> Response[
    BenefitStatement
    | BenefitStatementResponse400
    | BenefitStatementResponse401
    | BenefitStatementResponse403
    | BenefitStatementResponse404
    | BenefitStatementResponse422
    | BenefitStatementResponse429
    | BenefitStatementResponse500
    | BenefitStatementResponse502
    | BenefitStatementResponse503
    | BenefitStatementResponse504
]:
    """What the fund paid on the person's behalf and what was theirs to pay, by institution and mode

    Args:
        person_id (UUID):
        month (str): a month as YYYY-MM; any day of it (YYYY-MM-DD) is taken as that month too

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BenefitStatement | BenefitStatementResponse400 | BenefitStatementResponse401 | BenefitStatementResponse403 | BenefitStatementResponse404 | BenefitStatementResponse422 | BenefitStatementResponse429 | BenefitStatementResponse500 | BenefitStatementResponse502 | BenefitStatementResponse503 | BenefitStatementResponse504]
    """

    kwargs = _get_kwargs(
        person_id=person_id,
        month=month,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    person_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    month: str,
) -> (
    BenefitStatement
    | BenefitStatementResponse400
    | BenefitStatementResponse401
    | BenefitStatementResponse403
    | BenefitStatementResponse404
    | BenefitStatementResponse422
    | BenefitStatementResponse429
    | BenefitStatementResponse500
    | BenefitStatementResponse502
    | BenefitStatementResponse503
    | BenefitStatementResponse504
    | None
):
    """What the fund paid on the person's behalf and what was theirs to pay, by institution and mode

    Args:
        person_id (UUID):
        month (str): a month as YYYY-MM; any day of it (YYYY-MM-DD) is taken as that month too

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BenefitStatement | BenefitStatementResponse400 | BenefitStatementResponse401 | BenefitStatementResponse403 | BenefitStatementResponse404 | BenefitStatementResponse422 | BenefitStatementResponse429 | BenefitStatementResponse500 | BenefitStatementResponse502 | BenefitStatementResponse503 | BenefitStatementResponse504
    """

    return (
        await asyncio_detailed(
            person_id=person_id,
            client=client,
            month=month,
        )
    ).parsed
