from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.institution import Institution
from ...models.institution_update import InstitutionUpdate
from ...models.update_institution_response_400 import UpdateInstitutionResponse400
from ...models.update_institution_response_401 import UpdateInstitutionResponse401
from ...models.update_institution_response_403 import UpdateInstitutionResponse403
from ...models.update_institution_response_404 import UpdateInstitutionResponse404
from ...models.update_institution_response_409 import UpdateInstitutionResponse409
from ...models.update_institution_response_413 import UpdateInstitutionResponse413
from ...models.update_institution_response_422 import UpdateInstitutionResponse422
from ...models.update_institution_response_429 import UpdateInstitutionResponse429
from ...models.update_institution_response_500 import UpdateInstitutionResponse500
from ...models.update_institution_response_502 import UpdateInstitutionResponse502
from ...models.update_institution_response_503 import UpdateInstitutionResponse503
from ...models.update_institution_response_504 import UpdateInstitutionResponse504
from ...types import Response


def _get_kwargs(
    institution_id: str,
    *,
    body: InstitutionUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/institutions/{institution_id}".format(
            institution_id=quote(str(institution_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Institution
    | UpdateInstitutionResponse400
    | UpdateInstitutionResponse401
    | UpdateInstitutionResponse403
    | UpdateInstitutionResponse404
    | UpdateInstitutionResponse409
    | UpdateInstitutionResponse413
    | UpdateInstitutionResponse422
    | UpdateInstitutionResponse429
    | UpdateInstitutionResponse500
    | UpdateInstitutionResponse502
    | UpdateInstitutionResponse503
    | UpdateInstitutionResponse504
    | None
):
    if response.status_code == 200:
        response_200 = Institution.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = UpdateInstitutionResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UpdateInstitutionResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = UpdateInstitutionResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = UpdateInstitutionResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = UpdateInstitutionResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = UpdateInstitutionResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = UpdateInstitutionResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = UpdateInstitutionResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = UpdateInstitutionResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = UpdateInstitutionResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = UpdateInstitutionResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = UpdateInstitutionResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Institution
    | UpdateInstitutionResponse400
    | UpdateInstitutionResponse401
    | UpdateInstitutionResponse403
    | UpdateInstitutionResponse404
    | UpdateInstitutionResponse409
    | UpdateInstitutionResponse413
    | UpdateInstitutionResponse422
    | UpdateInstitutionResponse429
    | UpdateInstitutionResponse500
    | UpdateInstitutionResponse502
    | UpdateInstitutionResponse503
    | UpdateInstitutionResponse504
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
    body: InstitutionUpdate,
) -> Response[
    Institution
    | UpdateInstitutionResponse400
    | UpdateInstitutionResponse401
    | UpdateInstitutionResponse403
    | UpdateInstitutionResponse404
    | UpdateInstitutionResponse409
    | UpdateInstitutionResponse413
    | UpdateInstitutionResponse422
    | UpdateInstitutionResponse429
    | UpdateInstitutionResponse500
    | UpdateInstitutionResponse502
    | UpdateInstitutionResponse503
    | UpdateInstitutionResponse504
]:
    """Agreement, beds, modes, status

    Args:
        institution_id (str):
        body (InstitutionUpdate): Every field optional; ``status`` moves the agreement: suspend
            (with dates), reinstate, or give
            notice of termination (the agreement ends three months after the notice). ``null`` clears
            a suspension or
            notice date, as long as the agreement's status does not need it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Institution | UpdateInstitutionResponse400 | UpdateInstitutionResponse401 | UpdateInstitutionResponse403 | UpdateInstitutionResponse404 | UpdateInstitutionResponse409 | UpdateInstitutionResponse413 | UpdateInstitutionResponse422 | UpdateInstitutionResponse429 | UpdateInstitutionResponse500 | UpdateInstitutionResponse502 | UpdateInstitutionResponse503 | UpdateInstitutionResponse504]
    """

    kwargs = _get_kwargs(
        institution_id=institution_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    institution_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InstitutionUpdate,
) -> (
    Institution
    | UpdateInstitutionResponse400
    | UpdateInstitutionResponse401
    | UpdateInstitutionResponse403
    | UpdateInstitutionResponse404
    | UpdateInstitutionResponse409
    | UpdateInstitutionResponse413
    | UpdateInstitutionResponse422
    | UpdateInstitutionResponse429
    | UpdateInstitutionResponse500
    | UpdateInstitutionResponse502
    | UpdateInstitutionResponse503
    | UpdateInstitutionResponse504
    | None
):
    """Agreement, beds, modes, status

    Args:
        institution_id (str):
        body (InstitutionUpdate): Every field optional; ``status`` moves the agreement: suspend
            (with dates), reinstate, or give
            notice of termination (the agreement ends three months after the notice). ``null`` clears
            a suspension or
            notice date, as long as the agreement's status does not need it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Institution | UpdateInstitutionResponse400 | UpdateInstitutionResponse401 | UpdateInstitutionResponse403 | UpdateInstitutionResponse404 | UpdateInstitutionResponse409 | UpdateInstitutionResponse413 | UpdateInstitutionResponse422 | UpdateInstitutionResponse429 | UpdateInstitutionResponse500 | UpdateInstitutionResponse502 | UpdateInstitutionResponse503 | UpdateInstitutionResponse504
    """

    return sync_detailed(
        institution_id=institution_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    institution_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InstitutionUpdate,
) -> Response[
    Institution
    | UpdateInstitutionResponse400
    | UpdateInstitutionResponse401
    | UpdateInstitutionResponse403
    | UpdateInstitutionResponse404
    | UpdateInstitutionResponse409
    | UpdateInstitutionResponse413
    | UpdateInstitutionResponse422
    | UpdateInstitutionResponse429
    | UpdateInstitutionResponse500
    | UpdateInstitutionResponse502
    | UpdateInstitutionResponse503
    | UpdateInstitutionResponse504
]:
    """Agreement, beds, modes, status

    Args:
        institution_id (str):
        body (InstitutionUpdate): Every field optional; ``status`` moves the agreement: suspend
            (with dates), reinstate, or give
            notice of termination (the agreement ends three months after the notice). ``null`` clears
            a suspension or
            notice date, as long as the agreement's status does not need it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Institution | UpdateInstitutionResponse400 | UpdateInstitutionResponse401 | UpdateInstitutionResponse403 | UpdateInstitutionResponse404 | UpdateInstitutionResponse409 | UpdateInstitutionResponse413 | UpdateInstitutionResponse422 | UpdateInstitutionResponse429 | UpdateInstitutionResponse500 | UpdateInstitutionResponse502 | UpdateInstitutionResponse503 | UpdateInstitutionResponse504]
    """

    kwargs = _get_kwargs(
        institution_id=institution_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    institution_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InstitutionUpdate,
) -> (
    Institution
    | UpdateInstitutionResponse400
    | UpdateInstitutionResponse401
    | UpdateInstitutionResponse403
    | UpdateInstitutionResponse404
    | UpdateInstitutionResponse409
    | UpdateInstitutionResponse413
    | UpdateInstitutionResponse422
    | UpdateInstitutionResponse429
    | UpdateInstitutionResponse500
    | UpdateInstitutionResponse502
    | UpdateInstitutionResponse503
    | UpdateInstitutionResponse504
    | None
):
    """Agreement, beds, modes, status

    Args:
        institution_id (str):
        body (InstitutionUpdate): Every field optional; ``status`` moves the agreement: suspend
            (with dates), reinstate, or give
            notice of termination (the agreement ends three months after the notice). ``null`` clears
            a suspension or
            notice date, as long as the agreement's status does not need it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Institution | UpdateInstitutionResponse400 | UpdateInstitutionResponse401 | UpdateInstitutionResponse403 | UpdateInstitutionResponse404 | UpdateInstitutionResponse409 | UpdateInstitutionResponse413 | UpdateInstitutionResponse422 | UpdateInstitutionResponse429 | UpdateInstitutionResponse500 | UpdateInstitutionResponse502 | UpdateInstitutionResponse503 | UpdateInstitutionResponse504
    """

    return (
        await asyncio_detailed(
            institution_id=institution_id,
            client=client,
            body=body,
        )
    ).parsed
