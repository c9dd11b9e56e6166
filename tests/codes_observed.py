"""What the test suite sees through the gateway, held against what the OpenAPI document declares.

Every error answer (status ≥ 400, problem+json) that the gateway of the ``gateway_app`` fixture sends is
recorded as (method, path, status, code, test). At the end of the session — after every xdist worker — each
one is matched to its operation in the merged public document, and a code the operation does not declare
for that status fails the run, naming the operation, the test that saw it and where to declare it. The
fuzz (``tests/fuzz``) and the authorization matrix call every route, so every route is held to it.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from shared.errors import PROBLEM_CONTENT_TYPE

FILE_PREFIX = "codes-observed-"


@dataclass(frozen=True)
class Seen:
    method: str
    path: str
    status: int
    code: str
    test: str


class Recorder:
    """Writes one line per error answer into ``directory`` (one file per process)."""

    def __init__(self, directory: Path) -> None:
        self.file = directory / f"{FILE_PREFIX}{os.getpid()}.jsonl"

    def wrap(self, app: ASGIApp) -> ASGIApp:
        async def observed(scope: Scope, receive: Receive, send: Send) -> None:
            if scope["type"] != "http":
                await app(scope, receive, send)
                return
            answer: dict[str, Any] = {"status": 0, "problem": False, "body": b""}

            async def watching(message: Message) -> None:
                if message["type"] == "http.response.start":
                    answer["status"] = message["status"]
                    headers = dict(message.get("headers", []))
                    answer["problem"] = headers.get(b"content-type", b"").startswith(
                        PROBLEM_CONTENT_TYPE.encode()
                    )
                elif (
                    message["type"] == "http.response.body" and answer["problem"] and answer["status"] >= 400
                ):
                    answer["body"] += message.get("body", b"")
                    if not message.get("more_body", False):
                        self._write(scope, answer)
                await send(message)

            await app(scope, receive, watching)

        return observed

    def _write(self, scope: Scope, answer: dict[str, Any]) -> None:
        try:
            code = json.loads(answer["body"]).get("code")
        except (ValueError, AttributeError):
            return
        test = os.environ.get("PYTEST_CURRENT_TEST", "").rsplit(" ", 1)[0]
        line = {"method": scope["method"], "path": scope["path"], "status": answer["status"], "code": code}
        with self.file.open("a") as out:
            out.write(json.dumps({**line, "test": test}) + "\n")


def read(directory: Path) -> Iterator[Seen]:
    for file in sorted(directory.glob(f"{FILE_PREFIX}*.jsonl")):
        for line in file.read_text().splitlines():
            yield Seen(**json.loads(line))


def public_document() -> dict[str, Any]:
    """The merged ``/openapi.json`` as the gateway serves it, built from the apps in this process."""
    from fastapi.openapi.utils import get_openapi

    from services.assessment.app import create_app as assessment
    from services.enrollment.app import create_app as enrollment
    from services.gateway.app import create_app as gateway
    from services.gateway.openapi import add_gateway_codes, merge
    from services.settlement.app import create_app as settlement
    from shared.openapi_codes import add_route_codes

    gw = gateway()
    own = add_route_codes(get_openapi(title=gw.title, version=gw.version, routes=gw.routes), gw)
    services = {"enrollment": enrollment(), "assessment": assessment(), "settlement": settlement()}
    merged = merge(own, {name: app.openapi() for name, app in services.items()})
    return add_gateway_codes(merged, set(own["paths"]))


def _templates(document: dict[str, Any]) -> list[tuple[re.Pattern[str], str]]:
    out = []
    for path in document["paths"]:
        regex = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path)) + "$"
        out.append((re.compile(regex), path))
    # the most literal template first: ``/persons:lookup`` before ``/persons/{person_id}``
    return sorted(out, key=lambda t: -len(re.sub(r"\{[^}]+\}", "", t[1])))


def undeclared(seen: Iterable[Seen], document: dict[str, Any]) -> list[str]:
    """One line per (operation, status, code) seen but not declared by the document."""
    from shared.codes import load, module_path
    from shared.codescan import scan

    templates = _templates(document)
    catalogue = load()
    owners = {(u.kind, u.code): u.package for u in scan().uses}
    problems: dict[tuple[str, str, int, str], str] = {}
    for s in seen:
        template = next((t for regex, t in templates if regex.match(s.path)), None)
        operation = document["paths"].get(template, {}).get(s.method.lower()) if template else None
        if not isinstance(operation, dict):
            continue  # not an operation (an unknown path, another method): nothing is declared for it
        declared = operation.get("responses", {}).get(str(s.status), {}).get("x-ltc-codes", [])
        if s.code in declared or any(d.endswith("*") and s.code.startswith(d[:-1]) for d in declared):
            continue
        key = (s.method, template or s.path, s.status, s.code)
        if key in problems:
            continue
        entry = catalogue.entries.get(("problem", s.code))
        if entry is None:
            hint = f"catalogue {s.code} first (tests/test_codes.py names the file)"
        elif entry.status != s.status:
            hint = f"{s.code} is catalogued as {entry.status}: the raise site answers another status"
        else:
            package = owners.get(("problem", s.code), entry.package)
            hint = (
                f'add "{s.method} {template}": ("{s.code}",) to ROUTE_CODES in {module_path(package)} '
                "(the scan does not reach the raise site from this route)"
            )
        problems[key] = f"{s.method} {template} answered {s.status} {s.code} (in {s.test}): {hint}"
    return sorted(problems.values())
