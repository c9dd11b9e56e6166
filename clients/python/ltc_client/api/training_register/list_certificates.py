from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.certificate_list import CertificateList
from ...models.list_certificates_response_400 import ListCertificatesResponse400
from ...models.list_certificates_response_401 import ListCertificatesResponse401
from ...models.list_certificates_response_403 import ListCertificatesResponse403
from ...models.list_certificates_response_422 import ListCertificatesResponse422
from ...models.list_certificates_response_429 import ListCertificatesResponse429
from ...models.list_certificates_response_500 import ListCertificatesResponse500
from ...models.list_certificates_response_502 import ListCertificatesResponse502
from ...models.list_certificates_response_503 import ListCertificatesResponse503
from ...models.list_certificates_response_504 import ListCertificatesResponse504
from ...models.list_certificates_status_type_0 import ListCertificatesStatusType0
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    holder_id_number: None | str | Unset = UNSET,
    course_code: None | str | Unset = UNSET,
    status: ListCertificatesStatusType0 | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_holder_id_number: None | str | Unset
    if isinstance(holder_id_number, Unset):
        json_holder_id_number = UNSET
    else:
        json_holder_id_number = holder_id_number
    params["holder_id_number"] = json_holder_id_number

    json_course_code: None | str | Unset
    if isinstance(course_code, Unset):
        json_course_code = UNSET
    else:
        json_course_code = course_code
    params["course_code"] = json_course_code

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, ListCertificatesStatusType0):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/training-certificates",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CertificateList
    | ListCertificatesResponse400
    | ListCertificatesResponse401
    | ListCertificatesResponse403
    | ListCertificatesResponse422
    | ListCertificatesResponse429
    | ListCertificatesResponse500
    | ListCertificatesResponse502
    | ListCertificatesResponse503
    | ListCertificatesResponse504
    | None
):
    if response.status_code == 200:
        response_200 = CertificateList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListCertificatesResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListCertificatesResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListCertificatesResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = ListCertificatesResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ListCertificatesResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ListCertificatesResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ListCertificatesResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ListCertificatesResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ListCertificatesResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CertificateList
    | ListCertificatesResponse400
    | ListCertificatesResponse401
    | ListCertificatesResponse403
    | ListCertificatesResponse422
    | ListCertificatesResponse429
    | ListCertificatesResponse500
    | ListCertificatesResponse502
    | ListCertificatesResponse503
    | ListCertificatesResponse504
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
    holder_id_number: None | str | Unset = UNSET,
    course_code: None | str | Unset = UNSET,
    status: ListCertificatesStatusType0 | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[
    CertificateList
    | ListCertificatesResponse400
    | ListCertificatesResponse401
    | ListCertificatesResponse403
    | ListCertificatesResponse422
    | ListCertificatesResponse429
    | ListCertificatesResponse500
    | ListCertificatesResponse502
    | ListCertificatesResponse503
    | ListCertificatesResponse504
]:
    """Certificates (ID numbers masked)

    Args:
        holder_id_number (None | str | Unset):
        course_code (None | str | Unset):
        status (ListCertificatesStatusType0 | None | Unset):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CertificateList | ListCertificatesResponse400 | ListCertificatesResponse401 | ListCertificatesResponse403 | ListCertificatesResponse422 | ListCertificatesResponse429 | ListCertificatesResponse500 | ListCertificatesResponse502 | ListCertificatesResponse503 | ListCertificatesResponse504]
    """

    kwargs = _get_kwargs(
        holder_id_number=holder_id_number,
        course_code=course_code,
        status=status,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    holder_id_number: None | str | Unset = UNSET,
    course_code: None | str | Unset = UNSET,
    status: ListCertificatesStatusType0 | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> (
    CertificateList
    | ListCertificatesResponse400
    | ListCertificatesResponse401
    | ListCertificatesResponse403
    | ListCertificatesResponse422
    | ListCertificatesResponse429
    | ListCertificatesResponse500
    | ListCertificatesResponse502
    | ListCertificatesResponse503
    | ListCertificatesResponse504
    | None
):
    """Certificates (ID numbers masked)

    Args:
        holder_id_number (None | str | Unset):
        course_code (None | str | Unset):
        status (ListCertificatesStatusType0 | None | Unset):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CertificateList | ListCertificatesResponse400 | ListCertificatesResponse401 | ListCertificatesResponse403 | ListCertificatesResponse422 | ListCertificatesResponse429 | ListCertificatesResponse500 | ListCertificatesResponse502 | ListCertificatesResponse503 | ListCertificatesResponse504
    """

    return sync_detailed(
        client=client,
        holder_id_number=holder_id_number,
        course_code=course_code,
        status=status,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    holder_id_number: None | str | Unset = UNSET,
    course_code: None | str | Unset = UNSET,
    status: ListCertificatesStatusType0 | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[
    CertificateList
    | ListCertificatesResponse400
    | ListCertificatesResponse401
    | ListCertificatesResponse403
    | ListCertificatesResponse422
    | ListCertificatesResponse429
    | ListCertificatesResponse500
    | ListCertificatesResponse502
    | ListCertificatesResponse503
    | ListCertificatesResponse504
]:
    """Certificates (ID numbers masked)

    Args:
        holder_id_number (None | str | Unset):
        course_code (None | str | Unset):
        status (ListCertificatesStatusType0 | None | Unset):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CertificateList | ListCertificatesResponse400 | ListCertificatesResponse401 | ListCertificatesResponse403 | ListCertificatesResponse422 | ListCertificatesResponse429 | ListCertificatesResponse500 | ListCertificatesResponse502 | ListCertificatesResponse503 | ListCertificatesResponse504]
    """

    kwargs = _get_kwargs(
        holder_id_number=holder_id_number,
        course_code=course_code,
        status=status,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    holder_id_number: None | str | Unset = UNSET,
    course_code: None | str | Unset = UNSET,
    status: ListCertificatesStatusType0 | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> (
    CertificateList
    | ListCertificatesResponse400
    | ListCertificatesResponse401
    | ListCertificatesResponse403
    | ListCertificatesResponse422
    | ListCertificatesResponse429
    | ListCertificatesResponse500
    | ListCertificatesResponse502
    | ListCertificatesResponse503
    | ListCertificatesResponse504
    | None
):
    """Certificates (ID numbers masked)

    Args:
        holder_id_number (None | str | Unset):
        course_code (None | str | Unset):
        status (ListCertificatesStatusType0 | None | Unset):
        limit (int | Unset): page size, at most 500 Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CertificateList | ListCertificatesResponse400 | ListCertificatesResponse401 | ListCertificatesResponse403 | ListCertificatesResponse422 | ListCertificatesResponse429 | ListCertificatesResponse500 | ListCertificatesResponse502 | ListCertificatesResponse503 | ListCertificatesResponse504
    """

    return (
        await asyncio_detailed(
            client=client,
            holder_id_number=holder_id_number,
            course_code=course_code,
            status=status,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
