from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.put_scheme_response_400 import PutSchemeResponse400
from ...models.put_scheme_response_401 import PutSchemeResponse401
from ...models.put_scheme_response_403 import PutSchemeResponse403
from ...models.put_scheme_response_404 import PutSchemeResponse404
from ...models.put_scheme_response_409 import PutSchemeResponse409
from ...models.put_scheme_response_413 import PutSchemeResponse413
from ...models.put_scheme_response_422 import PutSchemeResponse422
from ...models.put_scheme_response_429 import PutSchemeResponse429
from ...models.put_scheme_response_500 import PutSchemeResponse500
from ...models.put_scheme_response_502 import PutSchemeResponse502
from ...models.put_scheme_response_503 import PutSchemeResponse503
from ...models.put_scheme_response_504 import PutSchemeResponse504
from ...models.scheme_history import SchemeHistory
from ...models.scheme_write import SchemeWrite
from ...types import Response


def _get_kwargs(
    code: str,
    *,
    body: SchemeWrite,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/counties/{code}/scheme".format(
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
    PutSchemeResponse400
    | PutSchemeResponse401
    | PutSchemeResponse403
    | PutSchemeResponse404
    | PutSchemeResponse409
    | PutSchemeResponse413
    | PutSchemeResponse422
    | PutSchemeResponse429
    | PutSchemeResponse500
    | PutSchemeResponse502
    | PutSchemeResponse503
    | PutSchemeResponse504
    | SchemeHistory
    | None
):
    if response.status_code == 200:
        response_200 = SchemeHistory.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = PutSchemeResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = PutSchemeResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = PutSchemeResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = PutSchemeResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = PutSchemeResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = PutSchemeResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = PutSchemeResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = PutSchemeResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = PutSchemeResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = PutSchemeResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = PutSchemeResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = PutSchemeResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    PutSchemeResponse400
    | PutSchemeResponse401
    | PutSchemeResponse403
    | PutSchemeResponse404
    | PutSchemeResponse409
    | PutSchemeResponse413
    | PutSchemeResponse422
    | PutSchemeResponse429
    | PutSchemeResponse500
    | PutSchemeResponse502
    | PutSchemeResponse503
    | PutSchemeResponse504
    | SchemeHistory
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    code: str,
    *,
    client: AuthenticatedClient | Client,
    body: SchemeWrite,
) -> Response[
    PutSchemeResponse400
    | PutSchemeResponse401
    | PutSchemeResponse403
    | PutSchemeResponse404
    | PutSchemeResponse409
    | PutSchemeResponse413
    | PutSchemeResponse422
    | PutSchemeResponse429
    | PutSchemeResponse500
    | PutSchemeResponse502
    | PutSchemeResponse503
    | PutSchemeResponse504
    | SchemeHistory
]:
    """Set a unit's scheme start (bureau)

     Records a new version (who, when, why); the earlier versions stay in the history. The change is
    announced to assessment and settlement (`county.scheme_changed`). It applies to what is recorded
    from
    now on: enrolments, bills, applications and service-record checks dated before the new start are
    refused or cut (`COUNTY_NOT_IN_SCHEME`); what was recorded earlier is not rewritten.

    Args:
        code (str):
        body (SchemeWrite): A new scheme start for a unit, as the bureau sets it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PutSchemeResponse400 | PutSchemeResponse401 | PutSchemeResponse403 | PutSchemeResponse404 | PutSchemeResponse409 | PutSchemeResponse413 | PutSchemeResponse422 | PutSchemeResponse429 | PutSchemeResponse500 | PutSchemeResponse502 | PutSchemeResponse503 | PutSchemeResponse504 | SchemeHistory]
    """

    kwargs = _get_kwargs(
        code=code,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    code: str,
    *,
    client: AuthenticatedClient | Client,
    body: SchemeWrite,
) -> (
    PutSchemeResponse400
    | PutSchemeResponse401
    | PutSchemeResponse403
    | PutSchemeResponse404
    | PutSchemeResponse409
    | PutSchemeResponse413
    | PutSchemeResponse422
    | PutSchemeResponse429
    | PutSchemeResponse500
    | PutSchemeResponse502
    | PutSchemeResponse503
    | PutSchemeResponse504
    | SchemeHistory
    | None
):
    """Set a unit's scheme start (bureau)

     Records a new version (who, when, why); the earlier versions stay in the history. The change is
    announced to assessment and settlement (`county.scheme_changed`). It applies to what is recorded
    from
    now on: enrolments, bills, applications and service-record checks dated before the new start are
    refused or cut (`COUNTY_NOT_IN_SCHEME`); what was recorded earlier is not rewritten.

    Args:
        code (str):
        body (SchemeWrite): A new scheme start for a unit, as the bureau sets it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PutSchemeResponse400 | PutSchemeResponse401 | PutSchemeResponse403 | PutSchemeResponse404 | PutSchemeResponse409 | PutSchemeResponse413 | PutSchemeResponse422 | PutSchemeResponse429 | PutSchemeResponse500 | PutSchemeResponse502 | PutSchemeResponse503 | PutSchemeResponse504 | SchemeHistory
    """

    return sync_detailed(
        code=code,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    code: str,
    *,
    client: AuthenticatedClient | Client,
    body: SchemeWrite,
) -> Response[
    PutSchemeResponse400
    | PutSchemeResponse401
    | PutSchemeResponse403
    | PutSchemeResponse404
    | PutSchemeResponse409
    | PutSchemeResponse413
    | PutSchemeResponse422
    | PutSchemeResponse429
    | PutSchemeResponse500
    | PutSchemeResponse502
    | PutSchemeResponse503
    | PutSchemeResponse504
    | SchemeHistory
]:
    """Set a unit's scheme start (bureau)

     Records a new version (who, when, why); the earlier versions stay in the history. The change is
    announced to assessment and settlement (`county.scheme_changed`). It applies to what is recorded
    from
    now on: enrolments, bills, applications and service-record checks dated before the new start are
    refused or cut (`COUNTY_NOT_IN_SCHEME`); what was recorded earlier is not rewritten.

    Args:
        code (str):
        body (SchemeWrite): A new scheme start for a unit, as the bureau sets it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PutSchemeResponse400 | PutSchemeResponse401 | PutSchemeResponse403 | PutSchemeResponse404 | PutSchemeResponse409 | PutSchemeResponse413 | PutSchemeResponse422 | PutSchemeResponse429 | PutSchemeResponse500 | PutSchemeResponse502 | PutSchemeResponse503 | PutSchemeResponse504 | SchemeHistory]
    """

    kwargs = _get_kwargs(
        code=code,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    code: str,
    *,
    client: AuthenticatedClient | Client,
    body: SchemeWrite,
) -> (
    PutSchemeResponse400
    | PutSchemeResponse401
    | PutSchemeResponse403
    | PutSchemeResponse404
    | PutSchemeResponse409
    | PutSchemeResponse413
    | PutSchemeResponse422
    | PutSchemeResponse429
    | PutSchemeResponse500
    | PutSchemeResponse502
    | PutSchemeResponse503
    | PutSchemeResponse504
    | SchemeHistory
    | None
):
    """Set a unit's scheme start (bureau)

     Records a new version (who, when, why); the earlier versions stay in the history. The change is
    announced to assessment and settlement (`county.scheme_changed`). It applies to what is recorded
    from
    now on: enrolments, bills, applications and service-record checks dated before the new start are
    refused or cut (`COUNTY_NOT_IN_SCHEME`); what was recorded earlier is not rewritten.

    Args:
        code (str):
        body (SchemeWrite): A new scheme start for a unit, as the bureau sets it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PutSchemeResponse400 | PutSchemeResponse401 | PutSchemeResponse403 | PutSchemeResponse404 | PutSchemeResponse409 | PutSchemeResponse413 | PutSchemeResponse422 | PutSchemeResponse429 | PutSchemeResponse500 | PutSchemeResponse502 | PutSchemeResponse503 | PutSchemeResponse504 | SchemeHistory
    """

    return (
        await asyncio_detailed(
            code=code,
            client=client,
            body=body,
        )
    ).parsed
