from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fund_status import FundStatus
from ...models.fund_status_response_400 import FundStatusResponse400
from ...models.fund_status_response_401 import FundStatusResponse401
from ...models.fund_status_response_403 import FundStatusResponse403
from ...models.fund_status_response_422 import FundStatusResponse422
from ...models.fund_status_response_429 import FundStatusResponse429
from ...models.fund_status_response_500 import FundStatusResponse500
from ...models.fund_status_response_502 import FundStatusResponse502
from ...models.fund_status_response_503 import FundStatusResponse503
from ...models.fund_status_response_504 import FundStatusResponse504
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    month: str,
    county_code: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["month"] = month

    json_county_code: None | str | Unset
    if isinstance(county_code, Unset):
        json_county_code = UNSET
    else:
        json_county_code = county_code
    params["county_code"] = json_county_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/fund/status",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    FundStatus
    | FundStatusResponse400
    | FundStatusResponse401
    | FundStatusResponse403
    | FundStatusResponse422
    | FundStatusResponse429
    | FundStatusResponse500
    | FundStatusResponse502
    | FundStatusResponse503
    | FundStatusResponse504
    | None
):
    if response.status_code == 200:
        response_200 = FundStatus.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = FundStatusResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = FundStatusResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = FundStatusResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = FundStatusResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = FundStatusResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = FundStatusResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = FundStatusResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = FundStatusResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = FundStatusResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    FundStatus
    | FundStatusResponse400
    | FundStatusResponse401
    | FundStatusResponse403
    | FundStatusResponse422
    | FundStatusResponse429
    | FundStatusResponse500
    | FundStatusResponse502
    | FundStatusResponse503
    | FundStatusResponse504
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
    month: str,
    county_code: None | str | Unset = UNSET,
) -> Response[
    FundStatus
    | FundStatusResponse400
    | FundStatusResponse401
    | FundStatusResponse403
    | FundStatusResponse422
    | FundStatusResponse429
    | FundStatusResponse500
    | FundStatusResponse502
    | FundStatusResponse503
    | FundStatusResponse504
]:
    """Fund status per county and month, or city-wide without county_code; Accept: text/csv for a file

    Args:
        month (str): a month as YYYY-MM; any day of it (YYYY-MM-DD) is taken as that month too
        county_code (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FundStatus | FundStatusResponse400 | FundStatusResponse401 | FundStatusResponse403 | FundStatusResponse422 | FundStatusResponse429 | FundStatusResponse500 | FundStatusResponse502 | FundStatusResponse503 | FundStatusResponse504]
    """

    kwargs = _get_kwargs(
        month=month,
        county_code=county_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    month: str,
    county_code: None | str | Unset = UNSET,
) -> (
    FundStatus
    | FundStatusResponse400
    | FundStatusResponse401
    | FundStatusResponse403
    | FundStatusResponse422
    | FundStatusResponse429
    | FundStatusResponse500
    | FundStatusResponse502
    | FundStatusResponse503
    | FundStatusResponse504
    | None
):
    """Fund status per county and month, or city-wide without county_code; Accept: text/csv for a file

    Args:
        month (str): a month as YYYY-MM; any day of it (YYYY-MM-DD) is taken as that month too
        county_code (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FundStatus | FundStatusResponse400 | FundStatusResponse401 | FundStatusResponse403 | FundStatusResponse422 | FundStatusResponse429 | FundStatusResponse500 | FundStatusResponse502 | FundStatusResponse503 | FundStatusResponse504
    """

    return sync_detailed(
        client=client,
        month=month,
        county_code=county_code,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    month: str,
    county_code: None | str | Unset = UNSET,
) -> Response[
    FundStatus
    | FundStatusResponse400
    | FundStatusResponse401
    | FundStatusResponse403
    | FundStatusResponse422
    | FundStatusResponse429
    | FundStatusResponse500
    | FundStatusResponse502
    | FundStatusResponse503
    | FundStatusResponse504
]:
    """Fund status per county and month, or city-wide without county_code; Accept: text/csv for a file

    Args:
        month (str): a month as YYYY-MM; any day of it (YYYY-MM-DD) is taken as that month too
        county_code (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FundStatus | FundStatusResponse400 | FundStatusResponse401 | FundStatusResponse403 | FundStatusResponse422 | FundStatusResponse429 | FundStatusResponse500 | FundStatusResponse502 | FundStatusResponse503 | FundStatusResponse504]
    """

    kwargs = _get_kwargs(
        month=month,
        county_code=county_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    month: str,
    county_code: None | str | Unset = UNSET,
) -> (
    FundStatus
    | FundStatusResponse400
    | FundStatusResponse401
    | FundStatusResponse403
    | FundStatusResponse422
    | FundStatusResponse429
    | FundStatusResponse500
    | FundStatusResponse502
    | FundStatusResponse503
    | FundStatusResponse504
    | None
):
    """Fund status per county and month, or city-wide without county_code; Accept: text/csv for a file

    Args:
        month (str): a month as YYYY-MM; any day of it (YYYY-MM-DD) is taken as that month too
        county_code (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FundStatus | FundStatusResponse400 | FundStatusResponse401 | FundStatusResponse403 | FundStatusResponse422 | FundStatusResponse429 | FundStatusResponse500 | FundStatusResponse502 | FundStatusResponse503 | FundStatusResponse504
    """

    return (
        await asyncio_detailed(
            client=client,
            month=month,
            county_code=county_code,
        )
    ).parsed
