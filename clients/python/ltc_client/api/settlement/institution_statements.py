from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.institution_statements_response_400 import InstitutionStatementsResponse400
from ...models.institution_statements_response_401 import InstitutionStatementsResponse401
from ...models.institution_statements_response_403 import InstitutionStatementsResponse403
from ...models.institution_statements_response_404 import InstitutionStatementsResponse404
from ...models.institution_statements_response_422 import InstitutionStatementsResponse422
from ...models.institution_statements_response_429 import InstitutionStatementsResponse429
from ...models.institution_statements_response_500 import InstitutionStatementsResponse500
from ...models.institution_statements_response_502 import InstitutionStatementsResponse502
from ...models.institution_statements_response_503 import InstitutionStatementsResponse503
from ...models.institution_statements_response_504 import InstitutionStatementsResponse504
from ...models.statement_list import StatementList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    institution_id: str,
    *,
    month: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_month: None | str | Unset
    if isinstance(month, Unset):
        json_month = UNSET
    else:
        json_month = month
    params["month"] = json_month

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/institutions/{institution_id}/statements".format(
            institution_id=quote(str(institution_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    InstitutionStatementsResponse400
    | InstitutionStatementsResponse401
    | InstitutionStatementsResponse403
    | InstitutionStatementsResponse404
    | InstitutionStatementsResponse422
    | InstitutionStatementsResponse429
    | InstitutionStatementsResponse500
    | InstitutionStatementsResponse502
    | InstitutionStatementsResponse503
    | InstitutionStatementsResponse504
    | StatementList
    | None
):
    if response.status_code == 200:
        response_200 = StatementList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = InstitutionStatementsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = InstitutionStatementsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = InstitutionStatementsResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = InstitutionStatementsResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = InstitutionStatementsResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = InstitutionStatementsResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = InstitutionStatementsResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = InstitutionStatementsResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = InstitutionStatementsResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = InstitutionStatementsResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    InstitutionStatementsResponse400
    | InstitutionStatementsResponse401
    | InstitutionStatementsResponse403
    | InstitutionStatementsResponse404
    | InstitutionStatementsResponse422
    | InstitutionStatementsResponse429
    | InstitutionStatementsResponse500
    | InstitutionStatementsResponse502
    | InstitutionStatementsResponse503
    | InstitutionStatementsResponse504
    | StatementList
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
    month: None | str | Unset = UNSET,
) -> Response[
    InstitutionStatementsResponse400
    | InstitutionStatementsResponse401
    | InstitutionStatementsResponse403
    | InstitutionStatementsResponse404
    | InstitutionStatementsResponse422
    | InstitutionStatementsResponse429
    | InstitutionStatementsResponse500
    | InstitutionStatementsResponse502
    | InstitutionStatementsResponse503
    | InstitutionStatementsResponse504
    | StatementList
]:
    """An institution's statements (of settled runs)

    Args:
        institution_id (str):
        month (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InstitutionStatementsResponse400 | InstitutionStatementsResponse401 | InstitutionStatementsResponse403 | InstitutionStatementsResponse404 | InstitutionStatementsResponse422 | InstitutionStatementsResponse429 | InstitutionStatementsResponse500 | InstitutionStatementsResponse502 | InstitutionStatementsResponse503 | InstitutionStatementsResponse504 | StatementList]
    """

    kwargs = _get_kwargs(
        institution_id=institution_id,
        month=month,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    institution_id: str,
    *,
    client: AuthenticatedClient | Client,
    month: None | str | Unset = UNSET,
) -> (
    InstitutionStatementsResponse400
    | InstitutionStatementsResponse401
    | InstitutionStatementsResponse403
    | InstitutionStatementsResponse404
    | InstitutionStatementsResponse422
    | InstitutionStatementsResponse429
    | InstitutionStatementsResponse500
    | InstitutionStatementsResponse502
    | InstitutionStatementsResponse503
    | InstitutionStatementsResponse504
    | StatementList
    | None
):
    """An institution's statements (of settled runs)

    Args:
        institution_id (str):
        month (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InstitutionStatementsResponse400 | InstitutionStatementsResponse401 | InstitutionStatementsResponse403 | InstitutionStatementsResponse404 | InstitutionStatementsResponse422 | InstitutionStatementsResponse429 | InstitutionStatementsResponse500 | InstitutionStatementsResponse502 | InstitutionStatementsResponse503 | InstitutionStatementsResponse504 | StatementList
    """

    return sync_detailed(
        institution_id=institution_id,
        client=client,
        month=month,
    ).parsed


async def asyncio_detailed(
    institution_id: str,
    *,
    client: AuthenticatedClient | Client,
    month: None | str | Unset = UNSET,
) -> Response[
    InstitutionStatementsResponse400
    | InstitutionStatementsResponse401
    | InstitutionStatementsResponse403
    | InstitutionStatementsResponse404
    | InstitutionStatementsResponse422
    | InstitutionStatementsResponse429
    | InstitutionStatementsResponse500
    | InstitutionStatementsResponse502
    | InstitutionStatementsResponse503
    | InstitutionStatementsResponse504
    | StatementList
]:
    """An institution's statements (of settled runs)

    Args:
        institution_id (str):
        month (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InstitutionStatementsResponse400 | InstitutionStatementsResponse401 | InstitutionStatementsResponse403 | InstitutionStatementsResponse404 | InstitutionStatementsResponse422 | InstitutionStatementsResponse429 | InstitutionStatementsResponse500 | InstitutionStatementsResponse502 | InstitutionStatementsResponse503 | InstitutionStatementsResponse504 | StatementList]
    """

    kwargs = _get_kwargs(
        institution_id=institution_id,
        month=month,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    institution_id: str,
    *,
    client: AuthenticatedClient | Client,
    month: None | str | Unset = UNSET,
) -> (
    InstitutionStatementsResponse400
    | InstitutionStatementsResponse401
    | InstitutionStatementsResponse403
    | InstitutionStatementsResponse404
    | InstitutionStatementsResponse422
    | InstitutionStatementsResponse429
    | InstitutionStatementsResponse500
    | InstitutionStatementsResponse502
    | InstitutionStatementsResponse503
    | InstitutionStatementsResponse504
    | StatementList
    | None
):
    """An institution's statements (of settled runs)

    Args:
        institution_id (str):
        month (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InstitutionStatementsResponse400 | InstitutionStatementsResponse401 | InstitutionStatementsResponse403 | InstitutionStatementsResponse404 | InstitutionStatementsResponse422 | InstitutionStatementsResponse429 | InstitutionStatementsResponse500 | InstitutionStatementsResponse502 | InstitutionStatementsResponse503 | InstitutionStatementsResponse504 | StatementList
    """

    return (
        await asyncio_detailed(
            institution_id=institution_id,
            client=client,
            month=month,
        )
    ).parsed
