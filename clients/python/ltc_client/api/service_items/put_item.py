from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.put_item_response_400 import PutItemResponse400
from ...models.put_item_response_401 import PutItemResponse401
from ...models.put_item_response_403 import PutItemResponse403
from ...models.put_item_response_404 import PutItemResponse404
from ...models.put_item_response_409 import PutItemResponse409
from ...models.put_item_response_413 import PutItemResponse413
from ...models.put_item_response_422 import PutItemResponse422
from ...models.put_item_response_429 import PutItemResponse429
from ...models.put_item_response_500 import PutItemResponse500
from ...models.put_item_response_502 import PutItemResponse502
from ...models.put_item_response_503 import PutItemResponse503
from ...models.put_item_response_504 import PutItemResponse504
from ...models.service_item import ServiceItem
from ...models.service_item_fields import ServiceItemFields
from ...types import Response


def _get_kwargs(
    version: str,
    code: str,
    *,
    body: ServiceItemFields,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/service-item-catalogues/{version}/items/{code}".format(
            version=quote(str(version), safe=""),
            code=quote(str(code), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    PutItemResponse400
    | PutItemResponse401
    | PutItemResponse403
    | PutItemResponse404
    | PutItemResponse409
    | PutItemResponse413
    | PutItemResponse422
    | PutItemResponse429
    | PutItemResponse500
    | PutItemResponse502
    | PutItemResponse503
    | PutItemResponse504
    | ServiceItem
    | None
):
    if response.status_code == 200:
        response_200 = ServiceItem.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = PutItemResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = PutItemResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = PutItemResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = PutItemResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = PutItemResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = PutItemResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = PutItemResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = PutItemResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = PutItemResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = PutItemResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = PutItemResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = PutItemResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    PutItemResponse400
    | PutItemResponse401
    | PutItemResponse403
    | PutItemResponse404
    | PutItemResponse409
    | PutItemResponse413
    | PutItemResponse422
    | PutItemResponse429
    | PutItemResponse500
    | PutItemResponse502
    | PutItemResponse503
    | PutItemResponse504
    | ServiceItem
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
    body: ServiceItemFields,
) -> Response[
    PutItemResponse400
    | PutItemResponse401
    | PutItemResponse403
    | PutItemResponse404
    | PutItemResponse409
    | PutItemResponse413
    | PutItemResponse422
    | PutItemResponse429
    | PutItemResponse500
    | PutItemResponse502
    | PutItemResponse503
    | PutItemResponse504
    | ServiceItem
]:
    """Add or replace an item of a draft (bureau)

    Args:
        version (str):
        code (str): the national long-term-care service-item code (医保办函〔2025〕28号): 17 characters,
            upper-case letters and digits, in five parts (the parts' lengths are not checked: not
            confirmed)
        body (ServiceItemFields): An item's values; each one the ``source`` does not confirm is
            named in ``unconfirmed_fields``.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PutItemResponse400 | PutItemResponse401 | PutItemResponse403 | PutItemResponse404 | PutItemResponse409 | PutItemResponse413 | PutItemResponse422 | PutItemResponse429 | PutItemResponse500 | PutItemResponse502 | PutItemResponse503 | PutItemResponse504 | ServiceItem]
    """

    kwargs = _get_kwargs(
        version=version,
        code=code,
        body=body,
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
    body: ServiceItemFields,
) -> (
    PutItemResponse400
    | PutItemResponse401
    | PutItemResponse403
    | PutItemResponse404
    | PutItemResponse409
    | PutItemResponse413
    | PutItemResponse422
    | PutItemResponse429
    | PutItemResponse500
    | PutItemResponse502
    | PutItemResponse503
    | PutItemResponse504
    | ServiceItem
    | None
):
    """Add or replace an item of a draft (bureau)

    Args:
        version (str):
        code (str): the national long-term-care service-item code (医保办函〔2025〕28号): 17 characters,
            upper-case letters and digits, in five parts (the parts' lengths are not checked: not
            confirmed)
        body (ServiceItemFields): An item's values; each one the ``source`` does not confirm is
            named in ``unconfirmed_fields``.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PutItemResponse400 | PutItemResponse401 | PutItemResponse403 | PutItemResponse404 | PutItemResponse409 | PutItemResponse413 | PutItemResponse422 | PutItemResponse429 | PutItemResponse500 | PutItemResponse502 | PutItemResponse503 | PutItemResponse504 | ServiceItem
    """

    return sync_detailed(
        version=version,
        code=code,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    version: str,
    code: str,
    *,
    client: AuthenticatedClient | Client,
    body: ServiceItemFields,
) -> Response[
    PutItemResponse400
    | PutItemResponse401
    | PutItemResponse403
    | PutItemResponse404
    | PutItemResponse409
    | PutItemResponse413
    | PutItemResponse422
    | PutItemResponse429
    | PutItemResponse500
    | PutItemResponse502
    | PutItemResponse503
    | PutItemResponse504
    | ServiceItem
]:
    """Add or replace an item of a draft (bureau)

    Args:
        version (str):
        code (str): the national long-term-care service-item code (医保办函〔2025〕28号): 17 characters,
            upper-case letters and digits, in five parts (the parts' lengths are not checked: not
            confirmed)
        body (ServiceItemFields): An item's values; each one the ``source`` does not confirm is
            named in ``unconfirmed_fields``.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PutItemResponse400 | PutItemResponse401 | PutItemResponse403 | PutItemResponse404 | PutItemResponse409 | PutItemResponse413 | PutItemResponse422 | PutItemResponse429 | PutItemResponse500 | PutItemResponse502 | PutItemResponse503 | PutItemResponse504 | ServiceItem]
    """

    kwargs = _get_kwargs(
        version=version,
        code=code,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    version: str,
    code: str,
    *,
    client: AuthenticatedClient | Client,
    body: ServiceItemFields,
) -> (
    PutItemResponse400
    | PutItemResponse401
    | PutItemResponse403
    | PutItemResponse404
    | PutItemResponse409
    | PutItemResponse413
    | PutItemResponse422
    | PutItemResponse429
    | PutItemResponse500
    | PutItemResponse502
    | PutItemResponse503
    | PutItemResponse504
    | ServiceItem
    | None
):
    """Add or replace an item of a draft (bureau)

    Args:
        version (str):
        code (str): the national long-term-care service-item code (医保办函〔2025〕28号): 17 characters,
            upper-case letters and digits, in five parts (the parts' lengths are not checked: not
            confirmed)
        body (ServiceItemFields): An item's values; each one the ``source`` does not confirm is
            named in ``unconfirmed_fields``.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PutItemResponse400 | PutItemResponse401 | PutItemResponse403 | PutItemResponse404 | PutItemResponse409 | PutItemResponse413 | PutItemResponse422 | PutItemResponse429 | PutItemResponse500 | PutItemResponse502 | PutItemResponse503 | PutItemResponse504 | ServiceItem
    """

    return (
        await asyncio_detailed(
            version=version,
            code=code,
            client=client,
            body=body,
        )
    ).parsed
