from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.enrol_person_response_400 import EnrolPersonResponse400
from ...models.enrol_person_response_401 import EnrolPersonResponse401
from ...models.enrol_person_response_403 import EnrolPersonResponse403
from ...models.enrol_person_response_409 import EnrolPersonResponse409
from ...models.enrol_person_response_413 import EnrolPersonResponse413
from ...models.enrol_person_response_422 import EnrolPersonResponse422
from ...models.enrol_person_response_429 import EnrolPersonResponse429
from ...models.enrol_person_response_500 import EnrolPersonResponse500
from ...models.enrol_person_response_502 import EnrolPersonResponse502
from ...models.enrol_person_response_503 import EnrolPersonResponse503
from ...models.enrol_person_response_504 import EnrolPersonResponse504
from ...models.person_create import PersonCreate
from ...models.person_detail import PersonDetail
from ...types import Response


def _get_kwargs(
    *,
    body: PersonCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/persons",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    EnrolPersonResponse400
    | EnrolPersonResponse401
    | EnrolPersonResponse403
    | EnrolPersonResponse409
    | EnrolPersonResponse413
    | EnrolPersonResponse422
    | EnrolPersonResponse429
    | EnrolPersonResponse500
    | EnrolPersonResponse502
    | EnrolPersonResponse503
    | EnrolPersonResponse504
    | PersonDetail
    | None
):
    if response.status_code == 201:
        response_201 = PersonDetail.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = EnrolPersonResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = EnrolPersonResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = EnrolPersonResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = EnrolPersonResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = EnrolPersonResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = EnrolPersonResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = EnrolPersonResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = EnrolPersonResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = EnrolPersonResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = EnrolPersonResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = EnrolPersonResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    EnrolPersonResponse400
    | EnrolPersonResponse401
    | EnrolPersonResponse403
    | EnrolPersonResponse409
    | EnrolPersonResponse413
    | EnrolPersonResponse422
    | EnrolPersonResponse429
    | EnrolPersonResponse500
    | EnrolPersonResponse502
    | EnrolPersonResponse503
    | EnrolPersonResponse504
    | PersonDetail
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
    body: PersonCreate,
) -> Response[
    EnrolPersonResponse400
    | EnrolPersonResponse401
    | EnrolPersonResponse403
    | EnrolPersonResponse409
    | EnrolPersonResponse413
    | EnrolPersonResponse422
    | EnrolPersonResponse429
    | EnrolPersonResponse500
    | EnrolPersonResponse502
    | EnrolPersonResponse503
    | EnrolPersonResponse504
    | PersonDetail
]:
    """Enrol an insured person

     A second enrolment of the same ID number is a 409 `PERSON_EXISTS` naming the existing person.

    Args:
        body (PersonCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnrolPersonResponse400 | EnrolPersonResponse401 | EnrolPersonResponse403 | EnrolPersonResponse409 | EnrolPersonResponse413 | EnrolPersonResponse422 | EnrolPersonResponse429 | EnrolPersonResponse500 | EnrolPersonResponse502 | EnrolPersonResponse503 | EnrolPersonResponse504 | PersonDetail]
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
    body: PersonCreate,
) -> (
    EnrolPersonResponse400
    | EnrolPersonResponse401
    | EnrolPersonResponse403
    | EnrolPersonResponse409
    | EnrolPersonResponse413
    | EnrolPersonResponse422
    | EnrolPersonResponse429
    | EnrolPersonResponse500
    | EnrolPersonResponse502
    | EnrolPersonResponse503
    | EnrolPersonResponse504
    | PersonDetail
    | None
):
    """Enrol an insured person

     A second enrolment of the same ID number is a 409 `PERSON_EXISTS` naming the existing person.

    Args:
        body (PersonCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnrolPersonResponse400 | EnrolPersonResponse401 | EnrolPersonResponse403 | EnrolPersonResponse409 | EnrolPersonResponse413 | EnrolPersonResponse422 | EnrolPersonResponse429 | EnrolPersonResponse500 | EnrolPersonResponse502 | EnrolPersonResponse503 | EnrolPersonResponse504 | PersonDetail
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PersonCreate,
) -> Response[
    EnrolPersonResponse400
    | EnrolPersonResponse401
    | EnrolPersonResponse403
    | EnrolPersonResponse409
    | EnrolPersonResponse413
    | EnrolPersonResponse422
    | EnrolPersonResponse429
    | EnrolPersonResponse500
    | EnrolPersonResponse502
    | EnrolPersonResponse503
    | EnrolPersonResponse504
    | PersonDetail
]:
    """Enrol an insured person

     A second enrolment of the same ID number is a 409 `PERSON_EXISTS` naming the existing person.

    Args:
        body (PersonCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnrolPersonResponse400 | EnrolPersonResponse401 | EnrolPersonResponse403 | EnrolPersonResponse409 | EnrolPersonResponse413 | EnrolPersonResponse422 | EnrolPersonResponse429 | EnrolPersonResponse500 | EnrolPersonResponse502 | EnrolPersonResponse503 | EnrolPersonResponse504 | PersonDetail]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PersonCreate,
) -> (
    EnrolPersonResponse400
    | EnrolPersonResponse401
    | EnrolPersonResponse403
    | EnrolPersonResponse409
    | EnrolPersonResponse413
    | EnrolPersonResponse422
    | EnrolPersonResponse429
    | EnrolPersonResponse500
    | EnrolPersonResponse502
    | EnrolPersonResponse503
    | EnrolPersonResponse504
    | PersonDetail
    | None
):
    """Enrol an insured person

     A second enrolment of the same ID number is a 409 `PERSON_EXISTS` naming the existing person.

    Args:
        body (PersonCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnrolPersonResponse400 | EnrolPersonResponse401 | EnrolPersonResponse403 | EnrolPersonResponse409 | EnrolPersonResponse413 | EnrolPersonResponse422 | EnrolPersonResponse429 | EnrolPersonResponse500 | EnrolPersonResponse502 | EnrolPersonResponse503 | EnrolPersonResponse504 | PersonDetail
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
