"""The errors of API clients, each with its status and stable code (``docs/codes.md``)."""

from __future__ import annotations

from shared.errors import Conflict, NotFound, ServiceUnavailable


class ApiClientNotFound(NotFound):
    """没有该 API 客户端: no API client with this id."""

    code = "CLIENT_NOT_FOUND"


class ApiClientNameTaken(Conflict):
    """客户端名称已被使用: a client with this name exists (``existing_id`` names it)."""

    code = "CLIENT_NAME_TAKEN"


class ApiClientRevoked(Conflict):
    """客户端已撤销: the client is revoked; its keys cannot be rotated."""

    code = "CLIENT_REVOKED"


class UpstreamUnavailable(ServiceUnavailable):
    """上游服务不可用: a service the gateway asks (here: enrollment, for the county codes) cannot answer."""

    code = "UPSTREAM_UNAVAILABLE"
