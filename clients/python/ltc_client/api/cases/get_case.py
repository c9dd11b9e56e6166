from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.case import Case
from ...models.get_case_response_400 import GetCaseResponse400
from ...models.get_case_response_401 import GetCaseResponse401
from ...models.get_case_response_403 import GetCaseResponse403
from ...models.get_case_response_404 import GetCaseResponse404
from ...models.get_case_response_422 import GetCaseResponse422
from ...models.get_case_response_429 import GetCaseResponse429
from ...models.get_case_response_500 import GetCaseResponse500
from ...models.get_case_response_502 import GetCaseResponse502
from ...models.get_case_response_503 import GetCaseResponse503
from ...models.get_case_response_504 import GetCaseResponse504
from ...types import Response


def _get_kwargs(
    case_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/cases/{case_id}".format(
            case_id=quote(str(case_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Case
    | GetCaseResponse400
    | GetCaseResponse401
    | GetCaseResponse403
    | GetCaseResponse404
    | GetCaseResponse422
    | GetCaseResponse429
    | GetCaseResponse500
    | GetCaseResponse502
    | GetCaseResponse503
    | GetCaseResponse504
    | None
):
    if response.status_code == 200:
        response_200 = Case.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetCaseResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetCaseResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetCaseResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetCaseResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = GetCaseResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetCaseResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetCaseResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = GetCaseResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = GetCaseResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = GetCaseResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Case
    | GetCaseResponse400
    | GetCaseResponse401
    | GetCaseResponse403
    | GetCaseResponse404
    | GetCaseResponse422
    | GetCaseResponse429
    | GetCaseResponse500
    | GetCaseResponse502
    | GetCaseResponse503
    | GetCaseResponse504
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    case_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    Case
    | GetCaseResponse400
    | GetCaseResponse401
    | GetCaseResponse403
    | GetCaseResponse404
    | GetCaseResponse422
    | GetCaseResponse429
    | GetCaseResponse500
    | GetCaseResponse502
    | GetCaseResponse503
    | GetCaseResponse504
]:
    """One case: history, evidence, statements, sanctions, recoveries with what settlement reports

    Args:
        case_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Case | GetCaseResponse400 | GetCaseResponse401 | GetCaseResponse403 | GetCaseResponse404 | GetCaseResponse422 | GetCaseResponse429 | GetCaseResponse500 | GetCaseResponse502 | GetCaseResponse503 | GetCaseResponse504]
    """

    kwargs = _get_kwargs(
        case_id=case_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    case_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    Case
    | GetCaseResponse400
    | GetCaseResponse401
    | GetCaseResponse403
    | GetCaseResponse404
    | GetCaseResponse422
    | GetCaseResponse429
    | GetCaseResponse500
    | GetCaseResponse502
    | GetCaseResponse503
    | GetCaseResponse504
    | None
):
    """One case: history, evidence, statements, sanctions, recoveries with what settlement reports

    Args:
        case_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Case | GetCaseResponse400 | GetCaseResponse401 | GetCaseResponse403 | GetCaseResponse404 | GetCaseResponse422 | GetCaseResponse429 | GetCaseResponse500 | GetCaseResponse502 | GetCaseResponse503 | GetCaseResponse504
    """

    return sync_detailed(
        case_id=case_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    case_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    Case
    | GetCaseResponse400
    | GetCaseResponse401
    | GetCaseResponse403
    | GetCaseResponse404
    | GetCaseResponse422
    | GetCaseResponse429
    | GetCaseResponse500
    | GetCaseResponse502
    | GetCaseResponse503
    | GetCaseResponse504
]:
    """One case: history, evidence, statements, sanctions, recoveries with what settlement reports

    Args:
        case_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Case | GetCaseResponse400 | GetCaseResponse401 | GetCaseResponse403 | GetCaseResponse404 | GetCaseResponse422 | GetCaseResponse429 | GetCaseResponse500 | GetCaseResponse502 | GetCaseResponse503 | GetCaseResponse504]
    """

    kwargs = _get_kwargs(
        case_id=case_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    case_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> (
    Case
    | GetCaseResponse400
    | GetCaseResponse401
    | GetCaseResponse403
    | GetCaseResponse404
    | GetCaseResponse422
    | GetCaseResponse429
    | GetCaseResponse500
    | GetCaseResponse502
    | GetCaseResponse503
    | GetCaseResponse504
    | None
):
    """One case: history, evidence, statements, sanctions, recoveries with what settlement reports

    Args:
        case_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Case | GetCaseResponse400 | GetCaseResponse401 | GetCaseResponse403 | GetCaseResponse404 | GetCaseResponse422 | GetCaseResponse429 | GetCaseResponse500 | GetCaseResponse502 | GetCaseResponse503 | GetCaseResponse504
    """

    return (
        await asyncio_detailed(
            case_id=case_id,
            client=client,
        )
    ).parsed
