"""The first hour: /docs and /redoc work without internet, and the tags follow the work.

Every asset of the gateway's and each service's docs pages is served by the platform itself (no CDN, no web
font); a real browser (Debian's chromium, headless, where installed) renders the operations from them."""

from __future__ import annotations

import asyncio
import html.parser
import re
import shutil
import socket

import httpx
import pytest
import uvicorn
from fastapi import FastAPI

from services.gateway.openapi import TAGS

CONTENT_TYPES = {".js": "javascript", ".css": "text/css", ".png": "image/png"}


class _Assets(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value and (tag, name) in {("script", "src"), ("link", "href"), ("img", "src")}:
                self.urls.append(value)


async def assert_served_offline(client: httpx.AsyncClient, page: str) -> list[str]:
    response = await client.get(page)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/html")
    assert not re.search(r"https?://|cdn|googleapis", response.text), "an external URL in the page"
    parser = _Assets()
    parser.feed(response.text)
    assert parser.urls, "the page loads no assets"
    for url in parser.urls:
        assert url.startswith("/"), f"{page}: {url} is not local"
        assert not url.startswith("//"), f"{page}: {url} is not local"
        asset = await client.get(url)
        assert asset.status_code == 200, url
        suffix = url[url.rfind(".") :]
        assert CONTENT_TYPES[suffix] in asset.headers["content-type"], (url, asset.headers["content-type"])
        assert len(asset.content) > 1000 or suffix == ".png", url
    return parser.urls


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
async def test_the_gateways_docs_load_every_asset_from_the_platform(
    gateway: httpx.AsyncClient, page: str
) -> None:
    urls = await assert_served_offline(gateway, page)
    wanted = "swagger-ui-bundle.js" if page == "/docs" else "redoc.standalone.js"
    assert any(u.endswith(wanted) for u in urls)


@pytest.mark.parametrize("service", ["enrollment", "assessment", "settlement"])
@pytest.mark.parametrize("page", ["/docs", "/redoc"])
async def test_each_services_docs_load_every_asset_from_the_service(
    service_apps: dict[str, FastAPI], service: str, page: str
) -> None:
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=service_apps[service]), base_url="http://service.test"
    ) as client:
        await assert_served_offline(client, page)


async def test_tags_follow_the_work_and_each_has_a_description(gateway: httpx.AsyncClient) -> None:
    doc = (await gateway.get("/openapi.json")).json()
    names = [t["name"] for t in doc["tags"]]
    assert names[:16] == [
        "persons",
        "employers",
        "imports",
        "contributions",
        "assessment applications",
        "panel draws",
        "expert pool",
        "spot checks",
        "institutions",
        "service records",
        "service record review",
        "disputes",
        "settlement",
        "fund ledger",
        "fund views",
        "annual clearing",
    ]
    assert names.index("api clients") < names.index("audit") < names.index("operations")
    assert names[-3:] == ["api clients", "audit", "operations"]
    used = {
        tag
        for item in doc["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict)
        for tag in operation.get("tags", [])
    }
    assert used == set(names), "every tag an operation uses is declared, and no other"
    for tag in doc["tags"]:
        assert len(tag.get("description", "")) > 20, f"tag {tag['name']!r} has no description"
    operations = [op for item in doc["paths"].values() for op in item.values() if isinstance(op, dict)]
    assert all(op.get("tags") for op in operations), "every operation has a tag"
    assert len(TAGS) == len({name for name, _ in TAGS})


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.skipif(shutil.which("chromium") is None, reason="Debian's chromium is not installed")
async def test_a_real_browser_renders_the_operations_offline(gateway_app: FastAPI) -> None:
    """Headless chromium opens /docs served over TCP by the gateway (on this test's event loop) with every
    other host unreachable; Swagger UI must have drawn the tag groups in order, with their operations."""
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(gateway_app, host="127.0.0.1", port=port, lifespan="off", log_level="warning")
    )
    serving = asyncio.create_task(server.serve())
    try:
        for _ in range(200):
            if server.started:
                break
            await asyncio.sleep(0.05)
        browser = await asyncio.create_subprocess_exec(
            "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--proxy-server=http://127.0.0.1:9",  # nothing outside 127.0.0.1 is reachable
            "--proxy-bypass-list=127.0.0.1",
            "--virtual-time-budget=20000",
            "--dump-dom",
            f"http://127.0.0.1:{port}/docs",
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.DEVNULL,
        )
        out, _ = await asyncio.wait_for(browser.communicate(), timeout=120)
    finally:
        server.should_exit = True
        await serving
    dom = out.decode()
    assert "opblock-tag-section" in dom, dom[:2000]
    tags = re.findall(r'data-tag="([^"]+)"', dom)
    assert tags[:4] == ["persons", "employers", "imports", "contributions"], tags
    assert "/api/v1/persons" in dom
    assert dom.count('class="opblock ') > 50
