from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_scheme_response_400 import CreateSchemeResponse400
from ...models.create_scheme_response_401 import CreateSchemeResponse401
from ...models.create_scheme_response_403 import CreateSchemeResponse403
from ...models.create_scheme_response_404 import CreateSchemeResponse404
from ...models.create_scheme_response_409 import CreateSchemeResponse409
from ...models.create_scheme_response_413 import CreateSchemeResponse413
from ...models.create_scheme_response_422 import CreateSchemeResponse422
from ...models.create_scheme_response_429 import CreateSchemeResponse429
from ...models.create_scheme_response_500 import CreateSchemeResponse500
from ...models.create_scheme_response_502 import CreateSchemeResponse502
from ...models.create_scheme_response_503 import CreateSchemeResponse503
from ...models.create_scheme_response_504 import CreateSchemeResponse504
from ...models.scheme import Scheme
from ...models.scheme_create import SchemeCreate
from ...types import Response


def _get_kwargs(
    *,
    body: SchemeCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/evaluation-schemes",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateSchemeResponse400
    | CreateSchemeResponse401
    | CreateSchemeResponse403
    | CreateSchemeResponse404
    | CreateSchemeResponse409
    | CreateSchemeResponse413
    | CreateSchemeResponse422
    | CreateSchemeResponse429
    | CreateSchemeResponse500
    | CreateSchemeResponse502
    | CreateSchemeResponse503
    | CreateSchemeResponse504
    | Scheme
    | None
):
    if response.status_code == 201:
        response_201 = Scheme.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = CreateSchemeResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateSchemeResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CreateSchemeResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = CreateSchemeResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = CreateSchemeResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = CreateSchemeResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = CreateSchemeResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = CreateSchemeResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = CreateSchemeResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = CreateSchemeResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = CreateSchemeResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = CreateSchemeResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateSchemeResponse400
    | CreateSchemeResponse401
    | CreateSchemeResponse403
    | CreateSchemeResponse404
    | CreateSchemeResponse409
    | CreateSchemeResponse413
    | CreateSchemeResponse422
    | CreateSchemeResponse429
    | CreateSchemeResponse500
    | CreateSchemeResponse502
    | CreateSchemeResponse503
    | CreateSchemeResponse504
    | Scheme
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
    body: SchemeCreate,
) -> Response[
    CreateSchemeResponse400
    | CreateSchemeResponse401
    | CreateSchemeResponse403
    | CreateSchemeResponse404
    | CreateSchemeResponse409
    | CreateSchemeResponse413
    | CreateSchemeResponse422
    | CreateSchemeResponse429
    | CreateSchemeResponse500
    | CreateSchemeResponse502
    | CreateSchemeResponse503
    | CreateSchemeResponse504
    | Scheme
]:
    """Draft an evaluation scheme, or a new version of one (绩效评价方案)

     The next version of ``code`` as a draft. The weights add up to 10000 (``WEIGHTS_NOT_10000``), a
    computed indicator names its KPI (``KPI_CODE_REQUIRED``), one grade starts at 0
    (``GRADE_FLOOR_MISSING``). Every item carries ``confirmed`` and ``rule_source``.

    Args:
        body (SchemeCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateSchemeResponse400 | CreateSchemeResponse401 | CreateSchemeResponse403 | CreateSchemeResponse404 | CreateSchemeResponse409 | CreateSchemeResponse413 | CreateSchemeResponse422 | CreateSchemeResponse429 | CreateSchemeResponse500 | CreateSchemeResponse502 | CreateSchemeResponse503 | CreateSchemeResponse504 | Scheme]
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
    body: SchemeCreate,
) -> (
    CreateSchemeResponse400
    | CreateSchemeResponse401
    | CreateSchemeResponse403
    | CreateSchemeResponse404
    | CreateSchemeResponse409
    | CreateSchemeResponse413
    | CreateSchemeResponse422
    | CreateSchemeResponse429
    | CreateSchemeResponse500
    | CreateSchemeResponse502
    | CreateSchemeResponse503
    | CreateSchemeResponse504
    | Scheme
    | None
):
    """Draft an evaluation scheme, or a new version of one (绩效评价方案)

     The next version of ``code`` as a draft. The weights add up to 10000 (``WEIGHTS_NOT_10000``), a
    computed indicator names its KPI (``KPI_CODE_REQUIRED``), one grade starts at 0
    (``GRADE_FLOOR_MISSING``). Every item carries ``confirmed`` and ``rule_source``.

    Args:
        body (SchemeCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateSchemeResponse400 | CreateSchemeResponse401 | CreateSchemeResponse403 | CreateSchemeResponse404 | CreateSchemeResponse409 | CreateSchemeResponse413 | CreateSchemeResponse422 | CreateSchemeResponse429 | CreateSchemeResponse500 | CreateSchemeResponse502 | CreateSchemeResponse503 | CreateSchemeResponse504 | Scheme
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SchemeCreate,
) -> Response[
    CreateSchemeResponse400
    | CreateSchemeResponse401
    | CreateSchemeResponse403
    | CreateSchemeResponse404
    | CreateSchemeResponse409
    | CreateSchemeResponse413
    | CreateSchemeResponse422
    | CreateSchemeResponse429
    | CreateSchemeResponse500
    | CreateSchemeResponse502
    | CreateSchemeResponse503
    | CreateSchemeResponse504
    | Scheme
]:
    """Draft an evaluation scheme, or a new version of one (绩效评价方案)

     The next version of ``code`` as a draft. The weights add up to 10000 (``WEIGHTS_NOT_10000``), a
    computed indicator names its KPI (``KPI_CODE_REQUIRED``), one grade starts at 0
    (``GRADE_FLOOR_MISSING``). Every item carries ``confirmed`` and ``rule_source``.

    Args:
        body (SchemeCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateSchemeResponse400 | CreateSchemeResponse401 | CreateSchemeResponse403 | CreateSchemeResponse404 | CreateSchemeResponse409 | CreateSchemeResponse413 | CreateSchemeResponse422 | CreateSchemeResponse429 | CreateSchemeResponse500 | CreateSchemeResponse502 | CreateSchemeResponse503 | CreateSchemeResponse504 | Scheme]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SchemeCreate,
) -> (
    CreateSchemeResponse400
    | CreateSchemeResponse401
    | CreateSchemeResponse403
    | CreateSchemeResponse404
    | CreateSchemeResponse409
    | CreateSchemeResponse413
    | CreateSchemeResponse422
    | CreateSchemeResponse429
    | CreateSchemeResponse500
    | CreateSchemeResponse502
    | CreateSchemeResponse503
    | CreateSchemeResponse504
    | Scheme
    | None
):
    """Draft an evaluation scheme, or a new version of one (绩效评价方案)

     The next version of ``code`` as a draft. The weights add up to 10000 (``WEIGHTS_NOT_10000``), a
    computed indicator names its KPI (``KPI_CODE_REQUIRED``), one grade starts at 0
    (``GRADE_FLOOR_MISSING``). Every item carries ``confirmed`` and ``rule_source``.

    Args:
        body (SchemeCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateSchemeResponse400 | CreateSchemeResponse401 | CreateSchemeResponse403 | CreateSchemeResponse404 | CreateSchemeResponse409 | CreateSchemeResponse413 | CreateSchemeResponse422 | CreateSchemeResponse429 | CreateSchemeResponse500 | CreateSchemeResponse502 | CreateSchemeResponse503 | CreateSchemeResponse504 | Scheme
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
