"""One OpenAPI document for the whole public API: the gateway's own paths plus every service's ``/api/``
paths, fetched from the services and cached briefly. Component names that clash between services with
different content are prefixed with the service's name, and every reference is rewritten to match."""

from __future__ import annotations

import copy
import json
import time
from typing import Any

import structlog

from services.gateway.upstream import SERVICES, Upstreams

_log = structlog.get_logger("gateway.openapi")
_REF_PREFIX = "#/components/schemas/"


def _rewrite_refs(node: Any, renames: dict[str, str]) -> Any:
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str) and value.startswith(_REF_PREFIX):
                name = value[len(_REF_PREFIX) :]
                out[key] = _REF_PREFIX + renames.get(name, name)
            else:
                out[key] = _rewrite_refs(value, renames)
        return out
    if isinstance(node, list):
        return [_rewrite_refs(v, renames) for v in node]
    return node


def merge(gateway_doc: dict[str, Any], service_docs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    merged = copy.deepcopy(gateway_doc)
    paths: dict[str, Any] = merged.setdefault("paths", {})
    schemas: dict[str, Any] = merged.setdefault("components", {}).setdefault("schemas", {})
    for service, doc in service_docs.items():
        their_schemas: dict[str, Any] = doc.get("components", {}).get("schemas", {})
        renames = {
            name: f"{service.capitalize()}{name}"
            for name, schema in their_schemas.items()
            if name in schemas
            and json.dumps(schemas[name], sort_keys=True) != json.dumps(schema, sort_keys=True)
        }
        for name, schema in their_schemas.items():
            schemas[renames.get(name, name)] = _rewrite_refs(schema, renames)
        for path, item in doc.get("paths", {}).items():
            if path.startswith("/api/"):
                paths[path] = _rewrite_refs(item, renames)
    merged["components"]["securitySchemes"] = {
        "ApiKey": {"type": "http", "scheme": "bearer", "description": "`Authorization: Bearer <api key>`"}
    }
    merged["security"] = [{"ApiKey": []}]
    for path, item in paths.items():
        if not path.startswith("/api/"):  # /healthz, /readyz: open to anyone, as the gateway answers them
            for operation in item.values():
                if isinstance(operation, dict):
                    operation["security"] = []
    merged["paths"] = dict(sorted(paths.items()))
    return merged


class MergedOpenApi:
    def __init__(self, ttl_seconds: float = 30.0) -> None:
        self.ttl = ttl_seconds
        self._cached: tuple[float, dict[str, Any]] | None = None

    async def document(self, gateway_doc: dict[str, Any], upstreams: Upstreams) -> dict[str, Any]:
        now = time.monotonic()
        if self._cached and now - self._cached[0] < self.ttl:
            return self._cached[1]
        docs: dict[str, dict[str, Any]] = {}
        missing: list[str] = []
        for service in SERVICES:
            try:
                docs[service] = await upstreams.get_json(service, "/openapi.json")
            except Exception as exc:
                _log.warning("openapi_fetch_failed", service=service, error=repr(exc))
                missing.append(service)
        merged = merge(gateway_doc, docs)
        if missing:
            merged["info"]["x-unavailable-services"] = missing
        else:
            self._cached = (now, merged)
        return merged
