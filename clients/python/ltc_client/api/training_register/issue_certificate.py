from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.certificate import Certificate
from ...models.certificate_create import CertificateCreate
from ...models.issue_certificate_response_400 import IssueCertificateResponse400
from ...models.issue_certificate_response_401 import IssueCertificateResponse401
from ...models.issue_certificate_response_403 import IssueCertificateResponse403
from ...models.issue_certificate_response_409 import IssueCertificateResponse409
from ...models.issue_certificate_response_413 import IssueCertificateResponse413
from ...models.issue_certificate_response_422 import IssueCertificateResponse422
from ...models.issue_certificate_response_429 import IssueCertificateResponse429
from ...models.issue_certificate_response_500 import IssueCertificateResponse500
from ...models.issue_certificate_response_502 import IssueCertificateResponse502
from ...models.issue_certificate_response_503 import IssueCertificateResponse503
from ...models.issue_certificate_response_504 import IssueCertificateResponse504
from ...types import Response


def _get_kwargs(
    *,
    body: CertificateCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/training-certificates",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Certificate
    | IssueCertificateResponse400
    | IssueCertificateResponse401
    | IssueCertificateResponse403
    | IssueCertificateResponse409
    | IssueCertificateResponse413
    | IssueCertificateResponse422
    | IssueCertificateResponse429
    | IssueCertificateResponse500
    | IssueCertificateResponse502
    | IssueCertificateResponse503
    | IssueCertificateResponse504
    | None
):
    if response.status_code == 201:
        response_201 = Certificate.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = IssueCertificateResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = IssueCertificateResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = IssueCertificateResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = IssueCertificateResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = IssueCertificateResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = IssueCertificateResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = IssueCertificateResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = IssueCertificateResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = IssueCertificateResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = IssueCertificateResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = IssueCertificateResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Certificate
    | IssueCertificateResponse400
    | IssueCertificateResponse401
    | IssueCertificateResponse403
    | IssueCertificateResponse409
    | IssueCertificateResponse413
    | IssueCertificateResponse422
    | IssueCertificateResponse429
    | IssueCertificateResponse500
    | IssueCertificateResponse502
    | IssueCertificateResponse503
    | IssueCertificateResponse504
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
    body: CertificateCreate,
) -> Response[
    Certificate
    | IssueCertificateResponse400
    | IssueCertificateResponse401
    | IssueCertificateResponse403
    | IssueCertificateResponse409
    | IssueCertificateResponse413
    | IssueCertificateResponse422
    | IssueCertificateResponse429
    | IssueCertificateResponse500
    | IssueCertificateResponse502
    | IssueCertificateResponse503
    | IssueCertificateResponse504
]:
    """Issue a training certificate to a holder who passed an exam session

     Announced on oversight's feed (``training.passed``, status valid): settlement lets a care worker
    with
    this ID number care from ``issued_on`` to ``valid_until``. 409 ``TRAINING_NOT_PASSED`` without a
    passed
    result of the holder in the session, ``CERTIFICATE_NUMBER_TAKEN``; 422 ``TRAINING_SESSION_UNKNOWN``,
    ``CERTIFICATE_BEFORE_SESSION``.

    Args:
        body (CertificateCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Certificate | IssueCertificateResponse400 | IssueCertificateResponse401 | IssueCertificateResponse403 | IssueCertificateResponse409 | IssueCertificateResponse413 | IssueCertificateResponse422 | IssueCertificateResponse429 | IssueCertificateResponse500 | IssueCertificateResponse502 | IssueCertificateResponse503 | IssueCertificateResponse504]
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
    body: CertificateCreate,
) -> (
    Certificate
    | IssueCertificateResponse400
    | IssueCertificateResponse401
    | IssueCertificateResponse403
    | IssueCertificateResponse409
    | IssueCertificateResponse413
    | IssueCertificateResponse422
    | IssueCertificateResponse429
    | IssueCertificateResponse500
    | IssueCertificateResponse502
    | IssueCertificateResponse503
    | IssueCertificateResponse504
    | None
):
    """Issue a training certificate to a holder who passed an exam session

     Announced on oversight's feed (``training.passed``, status valid): settlement lets a care worker
    with
    this ID number care from ``issued_on`` to ``valid_until``. 409 ``TRAINING_NOT_PASSED`` without a
    passed
    result of the holder in the session, ``CERTIFICATE_NUMBER_TAKEN``; 422 ``TRAINING_SESSION_UNKNOWN``,
    ``CERTIFICATE_BEFORE_SESSION``.

    Args:
        body (CertificateCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Certificate | IssueCertificateResponse400 | IssueCertificateResponse401 | IssueCertificateResponse403 | IssueCertificateResponse409 | IssueCertificateResponse413 | IssueCertificateResponse422 | IssueCertificateResponse429 | IssueCertificateResponse500 | IssueCertificateResponse502 | IssueCertificateResponse503 | IssueCertificateResponse504
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CertificateCreate,
) -> Response[
    Certificate
    | IssueCertificateResponse400
    | IssueCertificateResponse401
    | IssueCertificateResponse403
    | IssueCertificateResponse409
    | IssueCertificateResponse413
    | IssueCertificateResponse422
    | IssueCertificateResponse429
    | IssueCertificateResponse500
    | IssueCertificateResponse502
    | IssueCertificateResponse503
    | IssueCertificateResponse504
]:
    """Issue a training certificate to a holder who passed an exam session

     Announced on oversight's feed (``training.passed``, status valid): settlement lets a care worker
    with
    this ID number care from ``issued_on`` to ``valid_until``. 409 ``TRAINING_NOT_PASSED`` without a
    passed
    result of the holder in the session, ``CERTIFICATE_NUMBER_TAKEN``; 422 ``TRAINING_SESSION_UNKNOWN``,
    ``CERTIFICATE_BEFORE_SESSION``.

    Args:
        body (CertificateCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Certificate | IssueCertificateResponse400 | IssueCertificateResponse401 | IssueCertificateResponse403 | IssueCertificateResponse409 | IssueCertificateResponse413 | IssueCertificateResponse422 | IssueCertificateResponse429 | IssueCertificateResponse500 | IssueCertificateResponse502 | IssueCertificateResponse503 | IssueCertificateResponse504]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CertificateCreate,
) -> (
    Certificate
    | IssueCertificateResponse400
    | IssueCertificateResponse401
    | IssueCertificateResponse403
    | IssueCertificateResponse409
    | IssueCertificateResponse413
    | IssueCertificateResponse422
    | IssueCertificateResponse429
    | IssueCertificateResponse500
    | IssueCertificateResponse502
    | IssueCertificateResponse503
    | IssueCertificateResponse504
    | None
):
    """Issue a training certificate to a holder who passed an exam session

     Announced on oversight's feed (``training.passed``, status valid): settlement lets a care worker
    with
    this ID number care from ``issued_on`` to ``valid_until``. 409 ``TRAINING_NOT_PASSED`` without a
    passed
    result of the holder in the session, ``CERTIFICATE_NUMBER_TAKEN``; 422 ``TRAINING_SESSION_UNKNOWN``,
    ``CERTIFICATE_BEFORE_SESSION``.

    Args:
        body (CertificateCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Certificate | IssueCertificateResponse400 | IssueCertificateResponse401 | IssueCertificateResponse403 | IssueCertificateResponse409 | IssueCertificateResponse413 | IssueCertificateResponse422 | IssueCertificateResponse429 | IssueCertificateResponse500 | IssueCertificateResponse502 | IssueCertificateResponse503 | IssueCertificateResponse504
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
