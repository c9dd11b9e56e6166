from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.course import Course
from ...models.course_create import CourseCreate
from ...models.create_course_response_400 import CreateCourseResponse400
from ...models.create_course_response_401 import CreateCourseResponse401
from ...models.create_course_response_403 import CreateCourseResponse403
from ...models.create_course_response_409 import CreateCourseResponse409
from ...models.create_course_response_413 import CreateCourseResponse413
from ...models.create_course_response_422 import CreateCourseResponse422
from ...models.create_course_response_429 import CreateCourseResponse429
from ...models.create_course_response_500 import CreateCourseResponse500
from ...models.create_course_response_502 import CreateCourseResponse502
from ...models.create_course_response_503 import CreateCourseResponse503
from ...models.create_course_response_504 import CreateCourseResponse504
from ...types import Response


def _get_kwargs(
    *,
    body: CourseCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/training-courses",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Course
    | CreateCourseResponse400
    | CreateCourseResponse401
    | CreateCourseResponse403
    | CreateCourseResponse409
    | CreateCourseResponse413
    | CreateCourseResponse422
    | CreateCourseResponse429
    | CreateCourseResponse500
    | CreateCourseResponse502
    | CreateCourseResponse503
    | CreateCourseResponse504
    | None
):
    if response.status_code == 201:
        response_201 = Course.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = CreateCourseResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateCourseResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CreateCourseResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = CreateCourseResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = CreateCourseResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = CreateCourseResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = CreateCourseResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = CreateCourseResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = CreateCourseResponse502.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = CreateCourseResponse503.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = CreateCourseResponse504.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Course
    | CreateCourseResponse400
    | CreateCourseResponse401
    | CreateCourseResponse403
    | CreateCourseResponse409
    | CreateCourseResponse413
    | CreateCourseResponse422
    | CreateCourseResponse429
    | CreateCourseResponse500
    | CreateCourseResponse502
    | CreateCourseResponse503
    | CreateCourseResponse504
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
    body: CourseCreate,
) -> Response[
    Course
    | CreateCourseResponse400
    | CreateCourseResponse401
    | CreateCourseResponse403
    | CreateCourseResponse409
    | CreateCourseResponse413
    | CreateCourseResponse422
    | CreateCourseResponse429
    | CreateCourseResponse500
    | CreateCourseResponse502
    | CreateCourseResponse503
    | CreateCourseResponse504
]:
    """Register a training course

     409 ``TRAINING_COURSE_EXISTS`` for a code registered before.

    Args:
        body (CourseCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Course | CreateCourseResponse400 | CreateCourseResponse401 | CreateCourseResponse403 | CreateCourseResponse409 | CreateCourseResponse413 | CreateCourseResponse422 | CreateCourseResponse429 | CreateCourseResponse500 | CreateCourseResponse502 | CreateCourseResponse503 | CreateCourseResponse504]
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
    body: CourseCreate,
) -> (
    Course
    | CreateCourseResponse400
    | CreateCourseResponse401
    | CreateCourseResponse403
    | CreateCourseResponse409
    | CreateCourseResponse413
    | CreateCourseResponse422
    | CreateCourseResponse429
    | CreateCourseResponse500
    | CreateCourseResponse502
    | CreateCourseResponse503
    | CreateCourseResponse504
    | None
):
    """Register a training course

     409 ``TRAINING_COURSE_EXISTS`` for a code registered before.

    Args:
        body (CourseCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Course | CreateCourseResponse400 | CreateCourseResponse401 | CreateCourseResponse403 | CreateCourseResponse409 | CreateCourseResponse413 | CreateCourseResponse422 | CreateCourseResponse429 | CreateCourseResponse500 | CreateCourseResponse502 | CreateCourseResponse503 | CreateCourseResponse504
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CourseCreate,
) -> Response[
    Course
    | CreateCourseResponse400
    | CreateCourseResponse401
    | CreateCourseResponse403
    | CreateCourseResponse409
    | CreateCourseResponse413
    | CreateCourseResponse422
    | CreateCourseResponse429
    | CreateCourseResponse500
    | CreateCourseResponse502
    | CreateCourseResponse503
    | CreateCourseResponse504
]:
    """Register a training course

     409 ``TRAINING_COURSE_EXISTS`` for a code registered before.

    Args:
        body (CourseCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Course | CreateCourseResponse400 | CreateCourseResponse401 | CreateCourseResponse403 | CreateCourseResponse409 | CreateCourseResponse413 | CreateCourseResponse422 | CreateCourseResponse429 | CreateCourseResponse500 | CreateCourseResponse502 | CreateCourseResponse503 | CreateCourseResponse504]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CourseCreate,
) -> (
    Course
    | CreateCourseResponse400
    | CreateCourseResponse401
    | CreateCourseResponse403
    | CreateCourseResponse409
    | CreateCourseResponse413
    | CreateCourseResponse422
    | CreateCourseResponse429
    | CreateCourseResponse500
    | CreateCourseResponse502
    | CreateCourseResponse503
    | CreateCourseResponse504
    | None
):
    """Register a training course

     409 ``TRAINING_COURSE_EXISTS`` for a code registered before.

    Args:
        body (CourseCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Course | CreateCourseResponse400 | CreateCourseResponse401 | CreateCourseResponse403 | CreateCourseResponse409 | CreateCourseResponse413 | CreateCourseResponse422 | CreateCourseResponse429 | CreateCourseResponse500 | CreateCourseResponse502 | CreateCourseResponse503 | CreateCourseResponse504
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
