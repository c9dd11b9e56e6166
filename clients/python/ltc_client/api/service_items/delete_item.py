from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.database_busy_upstream_unavailable_problem import DatabaseBusyUpstreamUnavailableProblem
from ...models.get_clearing_401_problem import GetClearing401Problem
from ...models.internal_error_problem import InternalErrorProblem
from ...models.item_catalogue_not_found_service_item_not_found_problem import (
    ItemCatalogueNotFoundServiceItemNotFoundProblem,
)
from ...models.path_not_canonical_problem import PathNotCanonicalProblem
from ...models.propose_annual_clearing_403_problem import ProposeAnnualClearing403Problem
from ...models.put_item_409_problem import PutItem409Problem
from ...models.rate_limited_too_many_bad_keys_problem import RateLimitedTooManyBadKeysProblem
from ...models.revoke_client_422_problem import RevokeClient422Problem
from ...models.upstream_error_problem import UpstreamErrorProblem
from ...models.upstream_timeout_problem import UpstreamTimeoutProblem
from ...types import Response


def _get_kwargs(
    version: str,
    code: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/service-item-catalogues/{version}/items/{code}".format(
            version=quote(str(version), safe=""),
            code=quote(str(code), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | DatabaseBusyUpstreamUnavailableProblem
    | GetClearing401Problem
    | InternalErrorProblem
    | ItemCatalogueNotFoundServiceItemNotFoundProblem
    | PathNotCanonicalProblem
    | ProposeAnnualClearing403Problem
    | PutItem409Problem
    | RateLimitedTooManyBadKeysProblem
    | RevokeClient422Problem
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
    | None
):
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = PathNotCanonicalProblem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetClearing401Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ProposeAnnualClearing403Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ItemCatalogueNotFoundServiceItemNotFoundProblem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = PutItem409Problem.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = RevokeClient422Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = RateLimitedTooManyBadKeysProblem.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = InternalErrorProblem.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = UpstreamErrorProblem.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = DatabaseBusyUpstreamUnavailableProblem.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = UpstreamTimeoutProblem.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any
    | DatabaseBusyUpstreamUnavailableProblem
    | GetClearing401Problem
    | InternalErrorProblem
    | ItemCatalogueNotFoundServiceItemNotFoundProblem
    | PathNotCanonicalProblem
    | ProposeAnnualClearing403Problem
    | PutItem409Problem
    | RateLimitedTooManyBadKeysProblem
    | RevokeClient422Problem
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    version: str,
    code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    Any
    | DatabaseBusyUpstreamUnavailableProblem
    | GetClearing401Problem
    | InternalErrorProblem
    | ItemCatalogueNotFoundServiceItemNotFoundProblem
    | PathNotCanonicalProblem
    | ProposeAnnualClearing403Problem
    | PutItem409Problem
    | RateLimitedTooManyBadKeysProblem
    | RevokeClient422Problem
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
]:
    """Take an item out of a draft (bureau)

    Args:
        version (str):
        code (str): the national long-term-care service-item code (医保办函〔2025〕28号): 17 characters,
            upper-case letters and digits, in five parts (the parts' lengths are not checked: not
            confirmed)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DatabaseBusyUpstreamUnavailableProblem | GetClearing401Problem | InternalErrorProblem | ItemCatalogueNotFoundServiceItemNotFoundProblem | PathNotCanonicalProblem | ProposeAnnualClearing403Problem | PutItem409Problem | RateLimitedTooManyBadKeysProblem | RevokeClient422Problem | UpstreamErrorProblem | UpstreamTimeoutProblem]
    """

    kwargs = _get_kwargs(
        version=version,
        code=code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    version: str,
    code: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    Any
    | DatabaseBusyUpstreamUnavailableProblem
    | GetClearing401Problem
    | InternalErrorProblem
    | ItemCatalogueNotFoundServiceItemNotFoundProblem
    | PathNotCanonicalProblem
    | ProposeAnnualClearing403Problem
    | PutItem409Problem
    | RateLimitedTooManyBadKeysProblem
    | RevokeClient422Problem
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
    | None
):
    """Take an item out of a draft (bureau)

    Args:
        version (str):
        code (str): the national long-term-care service-item code (医保办函〔2025〕28号): 17 characters,
            upper-case letters and digits, in five parts (the parts' lengths are not checked: not
            confirmed)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DatabaseBusyUpstreamUnavailableProblem | GetClearing401Problem | InternalErrorProblem | ItemCatalogueNotFoundServiceItemNotFoundProblem | PathNotCanonicalProblem | ProposeAnnualClearing403Problem | PutItem409Problem | RateLimitedTooManyBadKeysProblem | RevokeClient422Problem | UpstreamErrorProblem | UpstreamTimeoutProblem
    """

    return sync_detailed(
        version=version,
        code=code,
        client=client,
    ).parsed


async def asyncio_detailed(
    version: str,
    code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    Any
    | DatabaseBusyUpstreamUnavailableProblem
    | GetClearing401Problem
    | InternalErrorProblem
    | ItemCatalogueNotFoundServiceItemNotFoundProblem
    | PathNotCanonicalProblem
    | ProposeAnnualClearing403Problem
    | PutItem409Problem
    | RateLimitedTooManyBadKeysProblem
    | RevokeClient422Problem
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
]:
    """Take an item out of a draft (bureau)

    Args:
        version (str):
        code (str): the national long-term-care service-item code (医保办函〔2025〕28号): 17 characters,
            upper-case letters and digits, in five parts (the parts' lengths are not checked: not
            confirmed)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DatabaseBusyUpstreamUnavailableProblem | GetClearing401Problem | InternalErrorProblem | ItemCatalogueNotFoundServiceItemNotFoundProblem | PathNotCanonicalProblem | ProposeAnnualClearing403Problem | PutItem409Problem | RateLimitedTooManyBadKeysProblem | RevokeClient422Problem | UpstreamErrorProblem | UpstreamTimeoutProblem]
    """

    kwargs = _get_kwargs(
        version=version,
        code=code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    version: str,
    code: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    Any
    | DatabaseBusyUpstreamUnavailableProblem
    | GetClearing401Problem
    | InternalErrorProblem
    | ItemCatalogueNotFoundServiceItemNotFoundProblem
    | PathNotCanonicalProblem
    | ProposeAnnualClearing403Problem
    | PutItem409Problem
    | RateLimitedTooManyBadKeysProblem
    | RevokeClient422Problem
    | UpstreamErrorProblem
    | UpstreamTimeoutProblem
    | None
):
    """Take an item out of a draft (bureau)

    Args:
        version (str):
        code (str): the national long-term-care service-item code (医保办函〔2025〕28号): 17 characters,
            upper-case letters and digits, in five parts (the parts' lengths are not checked: not
            confirmed)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DatabaseBusyUpstreamUnavailableProblem | GetClearing401Problem | InternalErrorProblem | ItemCatalogueNotFoundServiceItemNotFoundProblem | PathNotCanonicalProblem | ProposeAnnualClearing403Problem | PutItem409Problem | RateLimitedTooManyBadKeysProblem | RevokeClient422Problem | UpstreamErrorProblem | UpstreamTimeoutProblem
    """

    return (
        await asyncio_detailed(
            version=version,
            code=code,
            client=client,
        )
    ).parsed
