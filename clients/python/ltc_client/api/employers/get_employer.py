from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.employer import Employer
from ...models.get_employer_response_400 import GetEmployerResponse400
from ...models.get_employer_response_401 import GetEmployerResponse401
from ...models.get_employer_response_403 import GetEmployerResponse403
from ...models.get_employer_response_404 import GetEmployerResponse404
from ...models.get_employer_response_422 import GetEmployerResponse422
from ...models.get_employer_response_429 import GetEmployerResponse429
from ...models.get_employer_response_500 import GetEmployerResponse500
from ...models.get_employer_response_502 import GetEmployerResponse502
from ...models.get_employer_response_503 import GetEmployerResponse503
from ...models.get_employer_response_504 import GetEmployerResponse504
from ...types import Response


def _get_kwargs(
    credit_code: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/employers/{credit_code}".format(
            credit_code=quote(str(credit_code), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Employer
    | GetEmployerResponse400
    | GetEmployerResponse401
    | GetEmployerResponse403
    | GetEmployerResponse404
    | GetEmployerResponse422
    | GetEmployerResponse429
    | GetEmployerResponse500
    | GetEmployerResponse502
    | GetEmployerResponse503
    | GetEmployerResponse504
    | None
):
    if response.status_code == 200:
        response_200 = Employer.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetEmployerResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetEmployerResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetEmployerResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetEmployerResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = GetEmployerResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetEmployerResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetEmployerResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = GetEmployerResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = GetEmployerResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = GetEmployerResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Employer
    | GetEmployerResponse400
    | GetEmployerResponse401
    | GetEmployerResponse403
    | GetEmployerResponse404
    | GetEmployerResponse422
    | GetEmployerResponse429
    | GetEmployerResponse500
    | GetEmployerResponse502
    | GetEmployerResponse503
    | GetEmployerResponse504
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    credit_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    Employer
    | GetEmployerResponse400
    | GetEmployerResponse401
    | GetEmployerResponse403
    | GetEmployerResponse404
    | GetEmployerResponse422
    | GetEmployerResponse429
    | GetEmployerResponse500
    | GetEmployerResponse502
    | GetEmployerResponse503
    | GetEmployerResponse504
]:
    """One employer

    Args:
        credit_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Employer | GetEmployerResponse400 | GetEmployerResponse401 | GetEmployerResponse403 | GetEmployerResponse404 | GetEmployerResponse422 | GetEmployerResponse429 | GetEmployerResponse500 | GetEmployerResponse502 | GetEmployerResponse503 | GetEmployerResponse504]
    """

    kwargs = _get_kwargs(
        credit_code=credit_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    credit_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    Employer
    | GetEmployerResponse400
    | GetEmployerResponse401
    | GetEmployerResponse403
    | GetEmployerResponse404
    | GetEmployerResponse422
    | GetEmployerResponse429
    | GetEmployerResponse500
    | GetEmployerResponse502
    | GetEmployerResponse503
    | GetEmployerResponse504
    | None
):
    """One employer

    Args:
        credit_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Employer | GetEmployerResponse400 | GetEmployerResponse401 | GetEmployerResponse403 | GetEmployerResponse404 | GetEmployerResponse422 | GetEmployerResponse429 | GetEmployerResponse500 | GetEmployerResponse502 | GetEmployerResponse503 | GetEmployerResponse504
    """

    return sync_detailed(
        credit_code=credit_code,
        client=client,
    ).parsed


async def asyncio_detailed(
    credit_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    Employer
    | GetEmployerResponse400
    | GetEmployerResponse401
    | GetEmployerResponse403
    | GetEmployerResponse404
    | GetEmployerResponse422
    | GetEmployerResponse429
    | GetEmployerResponse500
    | GetEmployerResponse502
    | GetEmployerResponse503
    | GetEmployerResponse504
]:
    """One employer

    Args:
        credit_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Employer | GetEmployerResponse400 | GetEmployerResponse401 | GetEmployerResponse403 | GetEmployerResponse404 | GetEmployerResponse422 | GetEmployerResponse429 | GetEmployerResponse500 | GetEmployerResponse502 | GetEmployerResponse503 | GetEmployerResponse504]
    """

    kwargs = _get_kwargs(
        credit_code=credit_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    credit_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    Employer
    | GetEmployerResponse400
    | GetEmployerResponse401
    | GetEmployerResponse403
    | GetEmployerResponse404
    | GetEmployerResponse422
    | GetEmployerResponse429
    | GetEmployerResponse500
    | GetEmployerResponse502
    | GetEmployerResponse503
    | GetEmployerResponse504
    | None
):
    """One employer

    Args:
        credit_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Employer | GetEmployerResponse400 | GetEmployerResponse401 | GetEmployerResponse403 | GetEmployerResponse404 | GetEmployerResponse422 | GetEmployerResponse429 | GetEmployerResponse500 | GetEmployerResponse502 | GetEmployerResponse503 | GetEmployerResponse504
    """

    return (
        await asyncio_detailed(
            credit_code=credit_code,
            client=client,
        )
    ).parsed
