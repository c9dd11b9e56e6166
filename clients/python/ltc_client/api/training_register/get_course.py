from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.course import Course
from ...models.get_course_response_400 import GetCourseResponse400
from ...models.get_course_response_401 import GetCourseResponse401
from ...models.get_course_response_403 import GetCourseResponse403
from ...models.get_course_response_404 import GetCourseResponse404
from ...models.get_course_response_422 import GetCourseResponse422
from ...models.get_course_response_429 import GetCourseResponse429
from ...models.get_course_response_500 import GetCourseResponse500
from ...models.get_course_response_502 import GetCourseResponse502
from ...models.get_course_response_503 import GetCourseResponse503
from ...models.get_course_response_504 import GetCourseResponse504
from ...types import Response


def _get_kwargs(
    course_code: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/training-courses/{course_code}".format(
            course_code=quote(str(course_code), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Course
    | GetCourseResponse400
    | GetCourseResponse401
    | GetCourseResponse403
    | GetCourseResponse404
    | GetCourseResponse422
    | GetCourseResponse429
    | GetCourseResponse500
    | GetCourseResponse502
    | GetCourseResponse503
    | GetCourseResponse504
    | None
):
    if response.status_code == 200:
        response_200 = Course.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetCourseResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetCourseResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetCourseResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetCourseResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = GetCourseResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetCourseResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetCourseResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = GetCourseResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = GetCourseResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = GetCourseResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Course
    | GetCourseResponse400
    | GetCourseResponse401
    | GetCourseResponse403
    | GetCourseResponse404
    | GetCourseResponse422
    | GetCourseResponse429
    | GetCourseResponse500
    | GetCourseResponse502
    | GetCourseResponse503
    | GetCourseResponse504
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    course_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    Course
    | GetCourseResponse400
    | GetCourseResponse401
    | GetCourseResponse403
    | GetCourseResponse404
    | GetCourseResponse422
    | GetCourseResponse429
    | GetCourseResponse500
    | GetCourseResponse502
    | GetCourseResponse503
    | GetCourseResponse504
]:
    """One training course

    Args:
        course_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Course | GetCourseResponse400 | GetCourseResponse401 | GetCourseResponse403 | GetCourseResponse404 | GetCourseResponse422 | GetCourseResponse429 | GetCourseResponse500 | GetCourseResponse502 | GetCourseResponse503 | GetCourseResponse504]
    """

    kwargs = _get_kwargs(
        course_code=course_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    Course
    | GetCourseResponse400
    | GetCourseResponse401
    | GetCourseResponse403
    | GetCourseResponse404
    | GetCourseResponse422
    | GetCourseResponse429
    | GetCourseResponse500
    | GetCourseResponse502
    | GetCourseResponse503
    | GetCourseResponse504
    | None
):
    """One training course

    Args:
        course_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Course | GetCourseResponse400 | GetCourseResponse401 | GetCourseResponse403 | GetCourseResponse404 | GetCourseResponse422 | GetCourseResponse429 | GetCourseResponse500 | GetCourseResponse502 | GetCourseResponse503 | GetCourseResponse504
    """

    return sync_detailed(
        course_code=course_code,
        client=client,
    ).parsed


async def asyncio_detailed(
    course_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    Course
    | GetCourseResponse400
    | GetCourseResponse401
    | GetCourseResponse403
    | GetCourseResponse404
    | GetCourseResponse422
    | GetCourseResponse429
    | GetCourseResponse500
    | GetCourseResponse502
    | GetCourseResponse503
    | GetCourseResponse504
]:
    """One training course

    Args:
        course_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Course | GetCourseResponse400 | GetCourseResponse401 | GetCourseResponse403 | GetCourseResponse404 | GetCourseResponse422 | GetCourseResponse429 | GetCourseResponse500 | GetCourseResponse502 | GetCourseResponse503 | GetCourseResponse504]
    """

    kwargs = _get_kwargs(
        course_code=course_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    Course
    | GetCourseResponse400
    | GetCourseResponse401
    | GetCourseResponse403
    | GetCourseResponse404
    | GetCourseResponse422
    | GetCourseResponse429
    | GetCourseResponse500
    | GetCourseResponse502
    | GetCourseResponse503
    | GetCourseResponse504
    | None
):
    """One training course

    Args:
        course_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Course | GetCourseResponse400 | GetCourseResponse401 | GetCourseResponse403 | GetCourseResponse404 | GetCourseResponse422 | GetCourseResponse429 | GetCourseResponse500 | GetCourseResponse502 | GetCourseResponse503 | GetCourseResponse504
    """

    return (
        await asyncio_detailed(
            course_code=course_code,
            client=client,
        )
    ).parsed
