from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.finance_owed_list import FinanceOwedList
from ...models.finance_owed_response_400 import FinanceOwedResponse400
from ...models.finance_owed_response_401 import FinanceOwedResponse401
from ...models.finance_owed_response_403 import FinanceOwedResponse403
from ...models.finance_owed_response_422 import FinanceOwedResponse422
from ...models.finance_owed_response_429 import FinanceOwedResponse429
from ...models.finance_owed_response_500 import FinanceOwedResponse500
from ...models.finance_owed_response_502 import FinanceOwedResponse502
from ...models.finance_owed_response_503 import FinanceOwedResponse503
from ...models.finance_owed_response_504 import FinanceOwedResponse504
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/finance-receipts/owed",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    FinanceOwedList
    | FinanceOwedResponse400
    | FinanceOwedResponse401
    | FinanceOwedResponse403
    | FinanceOwedResponse422
    | FinanceOwedResponse429
    | FinanceOwedResponse500
    | FinanceOwedResponse502
    | FinanceOwedResponse503
    | FinanceOwedResponse504
    | None
):
    if response.status_code == 200:
        response_200 = FinanceOwedList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = FinanceOwedResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = FinanceOwedResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = FinanceOwedResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = FinanceOwedResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = FinanceOwedResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = FinanceOwedResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = FinanceOwedResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = FinanceOwedResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = FinanceOwedResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    FinanceOwedList
    | FinanceOwedResponse400
    | FinanceOwedResponse401
    | FinanceOwedResponse403
    | FinanceOwedResponse422
    | FinanceOwedResponse429
    | FinanceOwedResponse500
    | FinanceOwedResponse502
    | FinanceOwedResponse503
    | FinanceOwedResponse504
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
) -> Response[
    FinanceOwedList
    | FinanceOwedResponse400
    | FinanceOwedResponse401
    | FinanceOwedResponse403
    | FinanceOwedResponse422
    | FinanceOwedResponse429
    | FinanceOwedResponse500
    | FinanceOwedResponse502
    | FinanceOwedResponse503
    | FinanceOwedResponse504
]:
    """What each county's finance still owes the fund: booked by clearings, received, owed

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FinanceOwedList | FinanceOwedResponse400 | FinanceOwedResponse401 | FinanceOwedResponse403 | FinanceOwedResponse422 | FinanceOwedResponse429 | FinanceOwedResponse500 | FinanceOwedResponse502 | FinanceOwedResponse503 | FinanceOwedResponse504]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> (
    FinanceOwedList
    | FinanceOwedResponse400
    | FinanceOwedResponse401
    | FinanceOwedResponse403
    | FinanceOwedResponse422
    | FinanceOwedResponse429
    | FinanceOwedResponse500
    | FinanceOwedResponse502
    | FinanceOwedResponse503
    | FinanceOwedResponse504
    | None
):
    """What each county's finance still owes the fund: booked by clearings, received, owed

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FinanceOwedList | FinanceOwedResponse400 | FinanceOwedResponse401 | FinanceOwedResponse403 | FinanceOwedResponse422 | FinanceOwedResponse429 | FinanceOwedResponse500 | FinanceOwedResponse502 | FinanceOwedResponse503 | FinanceOwedResponse504
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    FinanceOwedList
    | FinanceOwedResponse400
    | FinanceOwedResponse401
    | FinanceOwedResponse403
    | FinanceOwedResponse422
    | FinanceOwedResponse429
    | FinanceOwedResponse500
    | FinanceOwedResponse502
    | FinanceOwedResponse503
    | FinanceOwedResponse504
]:
    """What each county's finance still owes the fund: booked by clearings, received, owed

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FinanceOwedList | FinanceOwedResponse400 | FinanceOwedResponse401 | FinanceOwedResponse403 | FinanceOwedResponse422 | FinanceOwedResponse429 | FinanceOwedResponse500 | FinanceOwedResponse502 | FinanceOwedResponse503 | FinanceOwedResponse504]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> (
    FinanceOwedList
    | FinanceOwedResponse400
    | FinanceOwedResponse401
    | FinanceOwedResponse403
    | FinanceOwedResponse422
    | FinanceOwedResponse429
    | FinanceOwedResponse500
    | FinanceOwedResponse502
    | FinanceOwedResponse503
    | FinanceOwedResponse504
    | None
):
    """What each county's finance still owes the fund: booked by clearings, received, owed

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FinanceOwedList | FinanceOwedResponse400 | FinanceOwedResponse401 | FinanceOwedResponse403 | FinanceOwedResponse422 | FinanceOwedResponse429 | FinanceOwedResponse500 | FinanceOwedResponse502 | FinanceOwedResponse503 | FinanceOwedResponse504
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
