from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_institution_response_400 import GetInstitutionResponse400
from ...models.get_institution_response_401 import GetInstitutionResponse401
from ...models.get_institution_response_403 import GetInstitutionResponse403
from ...models.get_institution_response_404 import GetInstitutionResponse404
from ...models.get_institution_response_422 import GetInstitutionResponse422
from ...models.get_institution_response_429 import GetInstitutionResponse429
from ...models.get_institution_response_500 import GetInstitutionResponse500
from ...models.get_institution_response_502 import GetInstitutionResponse502
from ...models.get_institution_response_503 import GetInstitutionResponse503
from ...models.get_institution_response_504 import GetInstitutionResponse504
from ...models.institution import Institution
from ...types import Response


def _get_kwargs(
    institution_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/institutions/{institution_id}".format(
            institution_id=quote(str(institution_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetInstitutionResponse400
    | GetInstitutionResponse401
    | GetInstitutionResponse403
    | GetInstitutionResponse404
    | GetInstitutionResponse422
    | GetInstitutionResponse429
    | GetInstitutionResponse500
    | GetInstitutionResponse502
    | GetInstitutionResponse503
    | GetInstitutionResponse504
    | Institution
    | None
):
    if response.status_code == 200:
        response_200 = Institution.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetInstitutionResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetInstitutionResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetInstitutionResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetInstitutionResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = GetInstitutionResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetInstitutionResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetInstitutionResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = GetInstitutionResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = GetInstitutionResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = GetInstitutionResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetInstitutionResponse400
    | GetInstitutionResponse401
    | GetInstitutionResponse403
    | GetInstitutionResponse404
    | GetInstitutionResponse422
    | GetInstitutionResponse429
    | GetInstitutionResponse500
    | GetInstitutionResponse502
    | GetInstitutionResponse503
    | GetInstitutionResponse504
    | Institution
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    institution_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetInstitutionResponse400
    | GetInstitutionResponse401
    | GetInstitutionResponse403
    | GetInstitutionResponse404
    | GetInstitutionResponse422
    | GetInstitutionResponse429
    | GetInstitutionResponse500
    | GetInstitutionResponse502
    | GetInstitutionResponse503
    | GetInstitutionResponse504
    | Institution
]:
    """One institution

    Args:
        institution_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetInstitutionResponse400 | GetInstitutionResponse401 | GetInstitutionResponse403 | GetInstitutionResponse404 | GetInstitutionResponse422 | GetInstitutionResponse429 | GetInstitutionResponse500 | GetInstitutionResponse502 | GetInstitutionResponse503 | GetInstitutionResponse504 | Institution]
    """

    kwargs = _get_kwargs(
        institution_id=institution_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    institution_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetInstitutionResponse400
    | GetInstitutionResponse401
    | GetInstitutionResponse403
    | GetInstitutionResponse404
    | GetInstitutionResponse422
    | GetInstitutionResponse429
    | GetInstitutionResponse500
    | GetInstitutionResponse502
    | GetInstitutionResponse503
    | GetInstitutionResponse504
    | Institution
    | None
):
    """One institution

    Args:
        institution_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetInstitutionResponse400 | GetInstitutionResponse401 | GetInstitutionResponse403 | GetInstitutionResponse404 | GetInstitutionResponse422 | GetInstitutionResponse429 | GetInstitutionResponse500 | GetInstitutionResponse502 | GetInstitutionResponse503 | GetInstitutionResponse504 | Institution
    """

    return sync_detailed(
        institution_id=institution_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    institution_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetInstitutionResponse400
    | GetInstitutionResponse401
    | GetInstitutionResponse403
    | GetInstitutionResponse404
    | GetInstitutionResponse422
    | GetInstitutionResponse429
    | GetInstitutionResponse500
    | GetInstitutionResponse502
    | GetInstitutionResponse503
    | GetInstitutionResponse504
    | Institution
]:
    """One institution

    Args:
        institution_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetInstitutionResponse400 | GetInstitutionResponse401 | GetInstitutionResponse403 | GetInstitutionResponse404 | GetInstitutionResponse422 | GetInstitutionResponse429 | GetInstitutionResponse500 | GetInstitutionResponse502 | GetInstitutionResponse503 | GetInstitutionResponse504 | Institution]
    """

    kwargs = _get_kwargs(
        institution_id=institution_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    institution_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetInstitutionResponse400
    | GetInstitutionResponse401
    | GetInstitutionResponse403
    | GetInstitutionResponse404
    | GetInstitutionResponse422
    | GetInstitutionResponse429
    | GetInstitutionResponse500
    | GetInstitutionResponse502
    | GetInstitutionResponse503
    | GetInstitutionResponse504
    | Institution
    | None
):
    """One institution

    Args:
        institution_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetInstitutionResponse400 | GetInstitutionResponse401 | GetInstitutionResponse403 | GetInstitutionResponse404 | GetInstitutionResponse422 | GetInstitutionResponse429 | GetInstitutionResponse500 | GetInstitutionResponse502 | GetInstitutionResponse503 | GetInstitutionResponse504 | Institution
    """

    return (
        await asyncio_detailed(
            institution_id=institution_id,
            client=client,
        )
    ).parsed
