"""The merged document as client generators read it (issue 18): one class per component, one method per
operation with a stable name, and the committed Python client ``clients/python`` generated from exactly the
document the gateway serves, by ``make client``, without a single warning."""

from __future__ import annotations

import asyncio
import filecmp
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
import pytest

from services.gateway.openapi import built_in_process
from shared.settings import PROJECT_ROOT
from tests.support import resolved

CLIENTS = PROJECT_ROOT / "clients"
METHODS = ("get", "post", "put", "patch", "delete")
BIN = Path(sys.executable).parent


@pytest.fixture
async def served(gateway: httpx.AsyncClient) -> dict[str, Any]:
    return dict((await gateway.get("/openapi.json")).json())


def operations(document: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {
        (method.upper(), path): item[method]
        for path, item in document["paths"].items()
        for method in METHODS
        if method in item
    }


async def test_the_committed_document_is_the_served_one(served: dict[str, Any]) -> None:
    """clients/openapi.json, what `make client` wrote and other languages generate from, is current."""
    committed = json.loads((CLIENTS / "openapi.json").read_text())
    assert committed == served, "the API changed: run `make client` and commit clients/"
    assert built_in_process() == served


async def test_every_operation_has_a_unique_stable_method_name(served: dict[str, Any]) -> None:
    ids = [op["operationId"] for op in operations(served).values()]
    assert [i for i, n in Counter(ids).items() if n > 1] == []
    assert [i for i in ids if not re.fullmatch(r"[a-z][a-z0-9_]*", i) or "api_v1" in i] == []
    named = {f"{m} {p}": op["operationId"] for (m, p), op in operations(served).items()}
    assert named["POST /api/v1/persons"] == "enrol_person"
    assert named["POST /api/v1/assessment-applications/{application_id}/panel-draws"] == "draw_panel"
    assert named["POST /api/v1/settlement-runs"] == "settle_county_month"
    assert named["POST /api/v1/enrollment-imports"] == "import_persons"
    assert named["POST /api/v1/settlement-runs/{run_id}/payments"] == "record_payout"


async def test_components_have_unique_titles_and_every_reference_resolves(served: dict[str, Any]) -> None:
    schemas = served["components"]["schemas"]
    titles = Counter(schema.get("title", name) for name, schema in schemas.items())
    assert [t for t, n in titles.items() if n > 1] == []
    text = json.dumps(served)
    assert "#/$defs/" not in text
    refs = set(re.findall(r'"#/components/schemas/([^"]+)"', text))
    assert refs - set(schemas) == set()


async def test_every_operation_is_typed_and_every_tag_described(served: dict[str, Any]) -> None:
    untyped = [
        f"{m} {p} {status}"
        for (m, p), op in operations(served).items()
        for status, response in op["responses"].items()
        for media in response.get("content", {}).values()
        if not media.get("schema")
    ]
    untyped += [
        f"{m} {p} request {media_type}"
        for (m, p), op in operations(served).items()
        for media_type, media in op.get("requestBody", {}).get("content", {}).items()
        if not media.get("schema")
    ]
    assert untyped == []
    assert all(tag.get("description") for tag in served["tags"])


async def test_a_family_of_problem_codes_is_one_enum_of_its_members(served: dict[str, Any]) -> None:
    """``APPLICATION_IS_*`` spelled out from the application's statuses: a generator makes one enum."""
    path = "/api/v1/assessment-applications/{application_id}:serve"
    response = served["paths"][path]["post"]["responses"]["409"]
    code = resolved(served, response["content"]["application/problem+json"]["schema"])["allOf"][1][
        "properties"
    ]["code"]
    assert code["type"] == "string"
    assert {"APPLICATION_IS_SUBMITTED", "APPLICATION_IS_SERVED", "APPLICATION_IS_IN_PUBLICITY"} <= set(
        code["enum"]
    )
    assert "APPLICATION_IS_*" in response["x-ltc-codes"]


def client_operations(package: Path) -> set[tuple[str, str]]:
    """(method, path) of every endpoint module of a generated client."""
    found = set()
    for module in (package / "api").rglob("*.py"):
        text = module.read_text()
        method = re.search(r'"method": "(\w+)"', text)
        url = re.search(r'"url": "([^"]+)"', text)
        if method and url:
            found.add((method.group(1).upper(), url.group(1)))
    return found


def differences(left: Path, right: Path) -> list[str]:
    compared = filecmp.dircmp(left, right, ignore=["__pycache__", ".ruff_cache"])
    out = [str(Path(left, name)) for name in compared.left_only + compared.right_only + compared.diff_files]
    for name in compared.common_dirs:
        out += differences(left / name, right / name)
    return out


@pytest.mark.xdist_group("client-generation")
async def test_the_committed_client_is_generated_from_the_served_document_without_a_warning(
    served: dict[str, Any], tmp_path: Path
) -> None:
    document = tmp_path / "openapi.json"
    document.write_text(json.dumps(served, indent=2, ensure_ascii=False) + "\n")
    generated = tmp_path / "python"
    command = [
        str(BIN / "openapi-python-client"),
        "generate",
        f"--path={document}",
        f"--output-path={generated}",
        "--meta=setup",
        f"--config={CLIENTS / 'openapi-python-client.yaml'}",
        "--fail-on-warning",
    ]
    environment = {"PATH": f"{BIN}:/usr/bin:/bin", "HOME": str(tmp_path)}  # its post hooks run our ruff

    def generate() -> subprocess.CompletedProcess[str]:
        return subprocess.run(command, capture_output=True, text=True, env=environment, check=False)

    result = await asyncio.to_thread(generate)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "warning" not in output.lower(), output
    assert differences(generated, CLIENTS / "python") == [], "run `make client` and commit clients/"
    assert client_operations(generated / "ltc_client") == set(operations(served))
