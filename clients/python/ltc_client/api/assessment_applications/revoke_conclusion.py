from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.disability_levels import DisabilityLevels
from ...models.revocation_create import RevocationCreate
from ...models.revoke_conclusion_response_400 import RevokeConclusionResponse400
from ...models.revoke_conclusion_response_401 import RevokeConclusionResponse401
from ...models.revoke_conclusion_response_403 import RevokeConclusionResponse403
from ...models.revoke_conclusion_response_404 import RevokeConclusionResponse404
from ...models.revoke_conclusion_response_409 import RevokeConclusionResponse409
from ...models.revoke_conclusion_response_413 import RevokeConclusionResponse413
from ...models.revoke_conclusion_response_422 import RevokeConclusionResponse422
from ...models.revoke_conclusion_response_429 import RevokeConclusionResponse429
from ...models.revoke_conclusion_response_500 import RevokeConclusionResponse500
from ...models.revoke_conclusion_response_502 import RevokeConclusionResponse502
from ...models.revoke_conclusion_response_503 import RevokeConclusionResponse503
from ...models.revoke_conclusion_response_504 import RevokeConclusionResponse504
from ...types import Response


def _get_kwargs(
    application_id: UUID,
    *,
    body: RevocationCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/assessment-applications/{application_id}/conclusion:revoke".format(
            application_id=quote(str(application_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DisabilityLevels
    | RevokeConclusionResponse400
    | RevokeConclusionResponse401
    | RevokeConclusionResponse403
    | RevokeConclusionResponse404
    | RevokeConclusionResponse409
    | RevokeConclusionResponse413
    | RevokeConclusionResponse422
    | RevokeConclusionResponse429
    | RevokeConclusionResponse500
    | RevokeConclusionResponse502
    | RevokeConclusionResponse503
    | RevokeConclusionResponse504
    | None
):
    if response.status_code == 200:
        response_200 = DisabilityLevels.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = RevokeConclusionResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = RevokeConclusionResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = RevokeConclusionResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = RevokeConclusionResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = RevokeConclusionResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = RevokeConclusionResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = RevokeConclusionResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = RevokeConclusionResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = RevokeConclusionResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = RevokeConclusionResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = RevokeConclusionResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = RevokeConclusionResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DisabilityLevels
    | RevokeConclusionResponse400
    | RevokeConclusionResponse401
    | RevokeConclusionResponse403
    | RevokeConclusionResponse404
    | RevokeConclusionResponse409
    | RevokeConclusionResponse413
    | RevokeConclusionResponse422
    | RevokeConclusionResponse429
    | RevokeConclusionResponse500
    | RevokeConclusionResponse502
    | RevokeConclusionResponse503
    | RevokeConclusionResponse504
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    application_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: RevocationCreate,
) -> Response[
    DisabilityLevels
    | RevokeConclusionResponse400
    | RevokeConclusionResponse401
    | RevokeConclusionResponse403
    | RevokeConclusionResponse404
    | RevokeConclusionResponse409
    | RevokeConclusionResponse413
    | RevokeConclusionResponse422
    | RevokeConclusionResponse429
    | RevokeConclusionResponse500
    | RevokeConclusionResponse502
    | RevokeConclusionResponse503
    | RevokeConclusionResponse504
]:
    """Revoke a conclusion in force (death; a mistaken conclusion, bureau only)

     The application's conclusion in force ends on ``effective_on``: ``DECEASED`` (contractor or bureau)
    or ``MISTAKEN`` (bureau only); settlement is told by ``conclusion.revoked``. 409
    ``CONCLUSION_IS_<STATUS>`` unless in force (a superseded one has nothing left to revoke).

    Args:
        application_id (UUID):
        body (RevocationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DisabilityLevels | RevokeConclusionResponse400 | RevokeConclusionResponse401 | RevokeConclusionResponse403 | RevokeConclusionResponse404 | RevokeConclusionResponse409 | RevokeConclusionResponse413 | RevokeConclusionResponse422 | RevokeConclusionResponse429 | RevokeConclusionResponse500 | RevokeConclusionResponse502 | RevokeConclusionResponse503 | RevokeConclusionResponse504]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    application_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: RevocationCreate,
) -> (
    DisabilityLevels
    | RevokeConclusionResponse400
    | RevokeConclusionResponse401
    | RevokeConclusionResponse403
    | RevokeConclusionResponse404
    | RevokeConclusionResponse409
    | RevokeConclusionResponse413
    | RevokeConclusionResponse422
    | RevokeConclusionResponse429
    | RevokeConclusionResponse500
    | RevokeConclusionResponse502
    | RevokeConclusionResponse503
    | RevokeConclusionResponse504
    | None
):
    """Revoke a conclusion in force (death; a mistaken conclusion, bureau only)

     The application's conclusion in force ends on ``effective_on``: ``DECEASED`` (contractor or bureau)
    or ``MISTAKEN`` (bureau only); settlement is told by ``conclusion.revoked``. 409
    ``CONCLUSION_IS_<STATUS>`` unless in force (a superseded one has nothing left to revoke).

    Args:
        application_id (UUID):
        body (RevocationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DisabilityLevels | RevokeConclusionResponse400 | RevokeConclusionResponse401 | RevokeConclusionResponse403 | RevokeConclusionResponse404 | RevokeConclusionResponse409 | RevokeConclusionResponse413 | RevokeConclusionResponse422 | RevokeConclusionResponse429 | RevokeConclusionResponse500 | RevokeConclusionResponse502 | RevokeConclusionResponse503 | RevokeConclusionResponse504
    """

    return sync_detailed(
        application_id=application_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    application_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: RevocationCreate,
) -> Response[
    DisabilityLevels
    | RevokeConclusionResponse400
    | RevokeConclusionResponse401
    | RevokeConclusionResponse403
    | RevokeConclusionResponse404
    | RevokeConclusionResponse409
    | RevokeConclusionResponse413
    | RevokeConclusionResponse422
    | RevokeConclusionResponse429
    | RevokeConclusionResponse500
    | RevokeConclusionResponse502
    | RevokeConclusionResponse503
    | RevokeConclusionResponse504
]:
    """Revoke a conclusion in force (death; a mistaken conclusion, bureau only)

     The application's conclusion in force ends on ``effective_on``: ``DECEASED`` (contractor or bureau)
    or ``MISTAKEN`` (bureau only); settlement is told by ``conclusion.revoked``. 409
    ``CONCLUSION_IS_<STATUS>`` unless in force (a superseded one has nothing left to revoke).

    Args:
        application_id (UUID):
        body (RevocationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DisabilityLevels | RevokeConclusionResponse400 | RevokeConclusionResponse401 | RevokeConclusionResponse403 | RevokeConclusionResponse404 | RevokeConclusionResponse409 | RevokeConclusionResponse413 | RevokeConclusionResponse422 | RevokeConclusionResponse429 | RevokeConclusionResponse500 | RevokeConclusionResponse502 | RevokeConclusionResponse503 | RevokeConclusionResponse504]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    application_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: RevocationCreate,
) -> (
    DisabilityLevels
    | RevokeConclusionResponse400
    | RevokeConclusionResponse401
    | RevokeConclusionResponse403
    | RevokeConclusionResponse404
    | RevokeConclusionResponse409
    | RevokeConclusionResponse413
    | RevokeConclusionResponse422
    | RevokeConclusionResponse429
    | RevokeConclusionResponse500
    | RevokeConclusionResponse502
    | RevokeConclusionResponse503
    | RevokeConclusionResponse504
    | None
):
    """Revoke a conclusion in force (death; a mistaken conclusion, bureau only)

     The application's conclusion in force ends on ``effective_on``: ``DECEASED`` (contractor or bureau)
    or ``MISTAKEN`` (bureau only); settlement is told by ``conclusion.revoked``. 409
    ``CONCLUSION_IS_<STATUS>`` unless in force (a superseded one has nothing left to revoke).

    Args:
        application_id (UUID):
        body (RevocationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DisabilityLevels | RevokeConclusionResponse400 | RevokeConclusionResponse401 | RevokeConclusionResponse403 | RevokeConclusionResponse404 | RevokeConclusionResponse409 | RevokeConclusionResponse413 | RevokeConclusionResponse422 | RevokeConclusionResponse429 | RevokeConclusionResponse500 | RevokeConclusionResponse502 | RevokeConclusionResponse503 | RevokeConclusionResponse504
    """

    return (
        await asyncio_detailed(
            application_id=application_id,
            client=client,
            body=body,
        )
    ).parsed
