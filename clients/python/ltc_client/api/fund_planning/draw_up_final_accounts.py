from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.draw_up_final_accounts_response_400 import DrawUpFinalAccountsResponse400
from ...models.draw_up_final_accounts_response_401 import DrawUpFinalAccountsResponse401
from ...models.draw_up_final_accounts_response_403 import DrawUpFinalAccountsResponse403
from ...models.draw_up_final_accounts_response_409 import DrawUpFinalAccountsResponse409
from ...models.draw_up_final_accounts_response_413 import DrawUpFinalAccountsResponse413
from ...models.draw_up_final_accounts_response_422 import DrawUpFinalAccountsResponse422
from ...models.draw_up_final_accounts_response_429 import DrawUpFinalAccountsResponse429
from ...models.draw_up_final_accounts_response_500 import DrawUpFinalAccountsResponse500
from ...models.draw_up_final_accounts_response_502 import DrawUpFinalAccountsResponse502
from ...models.draw_up_final_accounts_response_503 import DrawUpFinalAccountsResponse503
from ...models.draw_up_final_accounts_response_504 import DrawUpFinalAccountsResponse504
from ...models.final_accounts import FinalAccounts
from ...models.final_accounts_create import FinalAccountsCreate
from ...types import Response


def _get_kwargs(
    *,
    body: FinalAccountsCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/final-accounts",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DrawUpFinalAccountsResponse400
    | DrawUpFinalAccountsResponse401
    | DrawUpFinalAccountsResponse403
    | DrawUpFinalAccountsResponse409
    | DrawUpFinalAccountsResponse413
    | DrawUpFinalAccountsResponse422
    | DrawUpFinalAccountsResponse429
    | DrawUpFinalAccountsResponse500
    | DrawUpFinalAccountsResponse502
    | DrawUpFinalAccountsResponse503
    | DrawUpFinalAccountsResponse504
    | FinalAccounts
    | None
):
    if response.status_code == 200:
        response_200 = FinalAccounts.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = FinalAccounts.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = DrawUpFinalAccountsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = DrawUpFinalAccountsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = DrawUpFinalAccountsResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = DrawUpFinalAccountsResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = DrawUpFinalAccountsResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = DrawUpFinalAccountsResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = DrawUpFinalAccountsResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = DrawUpFinalAccountsResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = DrawUpFinalAccountsResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = DrawUpFinalAccountsResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = DrawUpFinalAccountsResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DrawUpFinalAccountsResponse400
    | DrawUpFinalAccountsResponse401
    | DrawUpFinalAccountsResponse403
    | DrawUpFinalAccountsResponse409
    | DrawUpFinalAccountsResponse413
    | DrawUpFinalAccountsResponse422
    | DrawUpFinalAccountsResponse429
    | DrawUpFinalAccountsResponse500
    | DrawUpFinalAccountsResponse502
    | DrawUpFinalAccountsResponse503
    | DrawUpFinalAccountsResponse504
    | FinalAccounts
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
    body: FinalAccountsCreate,
) -> Response[
    DrawUpFinalAccountsResponse400
    | DrawUpFinalAccountsResponse401
    | DrawUpFinalAccountsResponse403
    | DrawUpFinalAccountsResponse409
    | DrawUpFinalAccountsResponse413
    | DrawUpFinalAccountsResponse422
    | DrawUpFinalAccountsResponse429
    | DrawUpFinalAccountsResponse500
    | DrawUpFinalAccountsResponse502
    | DrawUpFinalAccountsResponse503
    | DrawUpFinalAccountsResponse504
    | FinalAccounts
]:
    """Draw up a county's final accounts (决算) of a cleared year: each budget line against the year

     From the year's approved annual clearing (409 `FINAL_ACCOUNTS_YEAR_NOT_CLEARED` before) and the
    budget version approved for the year. A draft is drawn up again on each call (200); approved final
    accounts do not change (409 `FINAL_ACCOUNTS_APPROVED`).

    Args:
        body (FinalAccountsCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DrawUpFinalAccountsResponse400 | DrawUpFinalAccountsResponse401 | DrawUpFinalAccountsResponse403 | DrawUpFinalAccountsResponse409 | DrawUpFinalAccountsResponse413 | DrawUpFinalAccountsResponse422 | DrawUpFinalAccountsResponse429 | DrawUpFinalAccountsResponse500 | DrawUpFinalAccountsResponse502 | DrawUpFinalAccountsResponse503 | DrawUpFinalAccountsResponse504 | FinalAccounts]
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
    body: FinalAccountsCreate,
) -> (
    DrawUpFinalAccountsResponse400
    | DrawUpFinalAccountsResponse401
    | DrawUpFinalAccountsResponse403
    | DrawUpFinalAccountsResponse409
    | DrawUpFinalAccountsResponse413
    | DrawUpFinalAccountsResponse422
    | DrawUpFinalAccountsResponse429
    | DrawUpFinalAccountsResponse500
    | DrawUpFinalAccountsResponse502
    | DrawUpFinalAccountsResponse503
    | DrawUpFinalAccountsResponse504
    | FinalAccounts
    | None
):
    """Draw up a county's final accounts (决算) of a cleared year: each budget line against the year

     From the year's approved annual clearing (409 `FINAL_ACCOUNTS_YEAR_NOT_CLEARED` before) and the
    budget version approved for the year. A draft is drawn up again on each call (200); approved final
    accounts do not change (409 `FINAL_ACCOUNTS_APPROVED`).

    Args:
        body (FinalAccountsCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DrawUpFinalAccountsResponse400 | DrawUpFinalAccountsResponse401 | DrawUpFinalAccountsResponse403 | DrawUpFinalAccountsResponse409 | DrawUpFinalAccountsResponse413 | DrawUpFinalAccountsResponse422 | DrawUpFinalAccountsResponse429 | DrawUpFinalAccountsResponse500 | DrawUpFinalAccountsResponse502 | DrawUpFinalAccountsResponse503 | DrawUpFinalAccountsResponse504 | FinalAccounts
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FinalAccountsCreate,
) -> Response[
    DrawUpFinalAccountsResponse400
    | DrawUpFinalAccountsResponse401
    | DrawUpFinalAccountsResponse403
    | DrawUpFinalAccountsResponse409
    | DrawUpFinalAccountsResponse413
    | DrawUpFinalAccountsResponse422
    | DrawUpFinalAccountsResponse429
    | DrawUpFinalAccountsResponse500
    | DrawUpFinalAccountsResponse502
    | DrawUpFinalAccountsResponse503
    | DrawUpFinalAccountsResponse504
    | FinalAccounts
]:
    """Draw up a county's final accounts (决算) of a cleared year: each budget line against the year

     From the year's approved annual clearing (409 `FINAL_ACCOUNTS_YEAR_NOT_CLEARED` before) and the
    budget version approved for the year. A draft is drawn up again on each call (200); approved final
    accounts do not change (409 `FINAL_ACCOUNTS_APPROVED`).

    Args:
        body (FinalAccountsCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DrawUpFinalAccountsResponse400 | DrawUpFinalAccountsResponse401 | DrawUpFinalAccountsResponse403 | DrawUpFinalAccountsResponse409 | DrawUpFinalAccountsResponse413 | DrawUpFinalAccountsResponse422 | DrawUpFinalAccountsResponse429 | DrawUpFinalAccountsResponse500 | DrawUpFinalAccountsResponse502 | DrawUpFinalAccountsResponse503 | DrawUpFinalAccountsResponse504 | FinalAccounts]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FinalAccountsCreate,
) -> (
    DrawUpFinalAccountsResponse400
    | DrawUpFinalAccountsResponse401
    | DrawUpFinalAccountsResponse403
    | DrawUpFinalAccountsResponse409
    | DrawUpFinalAccountsResponse413
    | DrawUpFinalAccountsResponse422
    | DrawUpFinalAccountsResponse429
    | DrawUpFinalAccountsResponse500
    | DrawUpFinalAccountsResponse502
    | DrawUpFinalAccountsResponse503
    | DrawUpFinalAccountsResponse504
    | FinalAccounts
    | None
):
    """Draw up a county's final accounts (决算) of a cleared year: each budget line against the year

     From the year's approved annual clearing (409 `FINAL_ACCOUNTS_YEAR_NOT_CLEARED` before) and the
    budget version approved for the year. A draft is drawn up again on each call (200); approved final
    accounts do not change (409 `FINAL_ACCOUNTS_APPROVED`).

    Args:
        body (FinalAccountsCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DrawUpFinalAccountsResponse400 | DrawUpFinalAccountsResponse401 | DrawUpFinalAccountsResponse403 | DrawUpFinalAccountsResponse409 | DrawUpFinalAccountsResponse413 | DrawUpFinalAccountsResponse422 | DrawUpFinalAccountsResponse429 | DrawUpFinalAccountsResponse500 | DrawUpFinalAccountsResponse502 | DrawUpFinalAccountsResponse503 | DrawUpFinalAccountsResponse504 | FinalAccounts
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
