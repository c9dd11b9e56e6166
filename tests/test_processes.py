"""The wiring `make run` uses: the launcher migrates, seeds, starts four uvicorn processes, prints the keys,
serves the API through the gateway, and stops everything on Ctrl-C — twice in a row."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from services.launcher import free_ports
from shared.embedded_db import with_database
from shared.settings import PROJECT_ROOT
from tests.conftest import run_blocking

pytestmark = pytest.mark.xdist_group("processes")


def start_launcher(env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "services.launcher", "run"],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
    )


def wait_for_banner(process: subprocess.Popen[bytes], log: Path, timeout: float = 90) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        output = log.read_text(errors="replace")
        if "Press Ctrl-C to stop." in output:
            return output
        if process.poll() is not None:
            pytest.fail(f"launcher exited with {process.returncode}:\n{output}")
        time.sleep(0.2)
    process.kill()
    pytest.fail(f"launcher not ready in {timeout} s:\n{log.read_text(errors='replace')}")


def stop(process: subprocess.Popen[bytes]) -> int:
    process.send_signal(signal.SIGINT)
    return process.wait(timeout=30)


def test_make_run_serves_the_api_and_stops_cleanly_twice(
    server_url: str, run_tag: str, tmp_path: Path
) -> None:
    from shared.embedded_db import drop_database, ensure_database

    database = with_database(server_url, f"ltc_processes_{run_tag}")
    run_blocking(lambda: ensure_database(database, recreate=True))
    gateway_port, enrollment_port, assessment_port, settlement_port = free_ports(4)
    env = {
        **os.environ,
        "LTC_DATABASE_URL": database,
        "LTC_DATA_DIR": str(tmp_path / "ltc"),
        "LTC_GATEWAY_PORT": str(gateway_port),
        "LTC_ENROLLMENT_PORT": str(enrollment_port),
        "LTC_ASSESSMENT_PORT": str(assessment_port),
        "LTC_SETTLEMENT_PORT": str(settlement_port),
    }
    env.pop("LTC_INTERNAL_SECRET", None)
    first_keys: dict[str, str] = {}
    for attempt in (1, 2):
        log = tmp_path / f"run-{attempt}.log"
        process = start_launcher(env, log)
        try:
            banner = wait_for_banner(process, log)
            assert f"http://127.0.0.1:{gateway_port}/docs" in banner
            credentials = json.loads((tmp_path / "ltc" / "demo-credentials.json").read_text())
            assert credentials["gateway_url"] == f"http://127.0.0.1:{gateway_port}"
            keys = credentials["keys"]
            assert set(keys) == {"admin", "bureau", "contractor", "institution"}
            assert all(key in banner for key in keys.values())
            if attempt == 1:
                first_keys = keys
            else:
                assert keys == first_keys, "a second run keeps the demo keys that still work"
            with httpx.Client(base_url=credentials["gateway_url"], timeout=10) as api:
                for key in keys.values():
                    response = api.get("/api/v1/counties", headers={"Authorization": f"Bearer {key}"})
                    assert response.status_code == 200
                    assert len(response.json()["items"]) == 13
                anonymous = api.get("/api/v1/counties")
                assert anonymous.status_code == 401
                assert anonymous.headers["content-type"] == "application/problem+json"
                assert "/api/v1/counties" in api.get("/openapi.json").json()["paths"]
            for port in (enrollment_port, assessment_port, settlement_port):
                direct = httpx.get(f"http://127.0.0.1:{port}/api/v1/counties", timeout=10)
                assert direct.status_code == 401
                assert direct.json()["code"] == "SIGNATURE_MISSING"
                assert httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=10).status_code == 200
        finally:
            code = stop(process) if process.poll() is None else process.returncode
        assert code == 0, log.read_text(errors="replace")
        assert "· stopped" in log.read_text()
        for port in (gateway_port, enrollment_port, assessment_port, settlement_port):
            with socket.socket() as s:
                assert s.connect_ex(("127.0.0.1", port)) != 0, f"port {port} still served after stop"
    run_blocking(lambda: drop_database(database))


def test_the_first_real_client_is_created_from_the_command_line(
    database_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from services.launcher import main

    monkeypatch.setenv("LTC_DATABASE_URL", database_url)
    name = f"bureau-ops-{os.getpid()}-{time.time_ns()}"
    assert main(["create-client", "--name", name, "--role", "bureau"]) == 0
    issued = json.loads(capsys.readouterr().out)
    assert issued["client"]["name"] == name
    assert issued["key"].startswith("ltc_")
    assert main(["create-client", "--name", name, "--role", "bureau"]) == 1
    assert "CLIENT_NAME_TAKEN" in capsys.readouterr().out
    assert main(["create-client", "--name", "c", "--role", "contractor"]) == 2


def test_migrate_without_demo_clients_creates_none(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from services.launcher import main

    monkeypatch.setenv("LTC_DATABASE_URL", database_url)
    monkeypatch.setenv("LTC_DATA_DIR", str(tmp_path))
    assert main(["migrate", "--no-demo"]) == 0
    assert not (tmp_path / "demo-credentials.json").exists()

    async def demo_clients() -> int:
        import asyncpg

        from shared.db import sync_url

        conn = await asyncpg.connect(sync_url(database_url))
        try:
            return int(
                await conn.fetchval("SELECT count(*) FROM gateway.api_clients WHERE name LIKE 'demo-%'")
            )
        finally:
            await conn.close()

    assert run_blocking(demo_clients) == 0
