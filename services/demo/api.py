"""Calls through the public API as a client system makes them, each printed as it happens:
``POST /api/v1/persons → 201 {"id": …}``. A step that does not answer what it should stops the story."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

import httpx


class StepFailed(RuntimeError):
    """A call answered another status than the story expects."""


def short(body: Any, limit: int = 160) -> str:
    """The first characters of a body, on one line."""
    text = (
        json.dumps(body, ensure_ascii=False, separators=(", ", ": ")) if not isinstance(body, str) else body
    )
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class Api:
    """One gateway, the demo keys by role; ``echo`` receives one line per call (``None``: silent)."""

    def __init__(
        self, client: httpx.AsyncClient, keys: Mapping[str, str], echo: Callable[[str], None] | None = None
    ) -> None:
        self.client = client
        self.keys = dict(keys)
        self.echo = echo
        self.calls: list[tuple[str, str, int]] = []  # (method, path, status) of every call, in order

    def say(self, line: str) -> None:
        if self.echo is not None:
            self.echo(line)

    async def call(
        self,
        role: str,
        method: str,
        path: str,
        *,
        expect: int | tuple[int, ...] = 200,
        json: Any = None,
        content: bytes | None = None,
        content_type: str | None = None,
        params: Mapping[str, Any] | None = None,
        files: Mapping[str, tuple[str, bytes, str]] | None = None,
    ) -> Any:
        """One call with ``role``'s key; ``files`` sends a multipart form (``curl -F file=@…``)."""
        headers = {"Authorization": f"Bearer {self.keys[role]}"}
        if content_type:
            headers["Content-Type"] = content_type
        response = await self.client.request(
            method, path, headers=headers, json=json, content=content, params=params, files=files
        )
        query = "?" + "&".join(f"{k}={v}" for k, v in params.items()) if params else ""
        try:
            body: Any = response.json()
        except ValueError:
            body = response.text
        self.calls.append((method, path, response.status_code))
        self.say(f"  {role:<11} {method} {path}{query} → {response.status_code} {short(body)}")
        wanted = (expect,) if isinstance(expect, int) else expect
        if response.status_code not in wanted:
            raise StepFailed(
                f"{method} {path}: expected {wanted}, got {response.status_code}: {short(body, 600)}"
            )
        return body
