"""The wiring `make run` uses: the launcher migrates, seeds, starts four uvicorn processes, prints the keys,
serves the API through the gateway, and stops everything on Ctrl-C — twice in a row; under a mixed workload
every feed consumer catches up with its producer."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
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
from tests.conftest import bearer, run_blocking

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
    gateway_port, enrollment_port, assessment_port, settlement_port, oversight_port = free_ports(5)
    env = {
        **os.environ,
        "LTC_DATABASE_URL": database,
        "LTC_DATA_DIR": str(tmp_path / "ltc"),
        "LTC_GATEWAY_PORT": str(gateway_port),
        "LTC_ENROLLMENT_PORT": str(enrollment_port),
        "LTC_ASSESSMENT_PORT": str(assessment_port),
        "LTC_SETTLEMENT_PORT": str(settlement_port),
        "LTC_OVERSIGHT_PORT": str(oversight_port),
    }
    env.pop("LTC_INTERNAL_SECRET", None)
    first_keys: dict[str, str] = {}
    first_staff: dict[str, str] = {}
    for attempt in (1, 2):
        log = tmp_path / f"run-{attempt}.log"
        process = start_launcher(env, log)
        try:
            banner = wait_for_banner(process, log, timeout=300)  # the first run loads the demo world
            assert f"http://127.0.0.1:{gateway_port}/docs" in banner
            credentials = json.loads((tmp_path / "ltc" / "demo-credentials.json").read_text())
            assert credentials["gateway_url"] == f"http://127.0.0.1:{gateway_port}"
            keys = credentials["keys"]
            assert set(keys) == {"admin", "bureau", "contractor", "institution", "finance"}
            assert all(key in banner for key in keys.values())
            staff = credentials["staff"]
            assert set(staff) == {"demo.admin", "demo.bureau", "demo.contractor", "demo.institution"}
            assert f"http://127.0.0.1:{gateway_port}/console" in banner
            assert all(f"{username:<18} {password}" in banner for username, password in staff.items())
            if attempt == 1:
                first_keys, first_staff = keys, staff
                assert "loading the demo world" in banner
                assert "already there" not in banner
                walk = subprocess.run(
                    [sys.executable, "-m", "services.launcher", "demo"],
                    env=env,
                    cwd=PROJECT_ROOT,
                    capture_output=True,
                    timeout=300,
                    check=False,
                )
                told = walk.stdout.decode(errors="replace")
                assert walk.returncode == 0, told[-4000:]
                assert "Done: every step answered as it should." in told
            else:
                assert keys == first_keys, "a second run keeps the demo keys that still work"
                assert staff == first_staff, "and the demo console passwords"
                assert "already there: left as it is" in banner, "the demo world is loaded once"
            with httpx.Client(base_url=credentials["gateway_url"], timeout=10) as api:
                for key in keys.values():
                    response = api.get("/api/v1/counties", headers={"Authorization": f"Bearer {key}"})
                    assert response.status_code == 200
                    assert len(response.json()["items"]) == 13
                anonymous = api.get("/api/v1/counties")
                assert anonymous.status_code == 401
                assert anonymous.headers["content-type"] == "application/problem+json"
                assert "/api/v1/counties" in api.get("/openapi.json").json()["paths"]
            with httpx.Client(base_url=credentials["gateway_url"], timeout=30) as browser:
                form = browser.get("/console/sign-in")
                token = re.search(r'name="csrf_token" value="([^"]+)"', form.text)
                assert token, form.text[:500]
                signed_in = browser.post(
                    "/console/sign-in",
                    data={
                        "username": "demo.bureau",
                        "password": staff["demo.bureau"],
                        "csrf_token": token[1],
                    },
                )
                assert signed_in.status_code == 303, signed_in.text[:500]
                home = browser.get(signed_in.headers["location"], follow_redirects=True)
                assert home.status_code == 200
                assert "演示医保局基金科" in home.text or "demo.bureau" in home.text
            for port in (enrollment_port, assessment_port, settlement_port, oversight_port):
                direct = httpx.get(f"http://127.0.0.1:{port}/api/v1/counties", timeout=10)
                assert direct.status_code == 401
                assert direct.json()["code"] == "SIGNATURE_MISSING"
                assert httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=10).status_code == 200
        finally:
            code = stop(process) if process.poll() is None else process.returncode
        assert code == 0, log.read_text(errors="replace")
        assert "· stopped" in log.read_text()
        for port in (gateway_port, enrollment_port, assessment_port, settlement_port, oversight_port):
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


FEED_TABLES = {
    "enrollment": "enrollment.outbox_events",
    "assessment": "assessment.outbox_events",
    "settlement": "settlement.outbox_events",
}
READERS = {
    "enrollment": ["enrollment.assessment"],
    "settlement": ["settlement.enrollment", "settlement.assessment"],
    "oversight": ["oversight.settlement"],
}


def drive_a_mixed_workload(api: httpx.Client, keys: dict[str, str]) -> None:
    """Through the gateway, as client systems do: persons (one by one and a file), bills and a payment, an
    assessment application up to its conclusion, an institution's month of records and its settlement."""
    from tests.assessment.conftest import ELIGIBLE_SELF, severe_items
    from tests.support import unique_id_number

    contractor, institution = bearer(keys["contractor"]), bearer(keys["institution"])
    people = []
    for county in ("330302", "330381"):
        body = {"id_number": unique_id_number(), "name": "张三", "category": "retiree",
                "county_code": county, "enrolled_on": "2022-07-01"}  # fmt: skip
        created = api.post("/api/v1/persons", json=body, headers=contractor)
        assert created.status_code == 201, created.text
        people.append(created.json()["id"])
    lines = ["id_number,name,category,county_code,employer_credit_code,enrolled_on"]
    lines += [f"{unique_id_number()},李四,flexible,330302,,2022-03-01" for _ in range(3)]
    imported = api.post("/api/v1/enrollment-imports", content="\n".join(lines).encode(),
                        headers={**contractor, "Content-Type": "text/csv"})  # fmt: skip
    assert imported.status_code == 201, imported.text
    generated = api.post("/api/v1/contribution-bills:generate", json={"year": 2022}, headers=contractor)
    assert generated.status_code == 200, generated.text
    [bill] = api.get("/api/v1/contribution-bills", params={"person_id": people[0], "year": 2022},
                     headers=contractor).json()["items"]  # fmt: skip
    paid = api.post("/api/v1/payments", headers=contractor, json={
        "bill_id": bill["id"], "payer": "individual", "channel": "annual_self_payment", "amount_fen": 10000,
        "paid_on": "2022-04-01", "external_ref": "proc-1"})  # fmt: skip
    assert paid.status_code == 201, paid.text

    for n in range(3):
        expert = {"code": f"E-PROC-{n}", "name": f"专家{n}", "profession": "doctor",
                  "institution_id": f"HOSP-{n}", "county_codes": ["330302"],
                  "qualification_expires_on": "2030-12-31"}  # fmt: skip
        assert api.post("/api/v1/experts", json=expert, headers=contractor).status_code == 201
    application = api.post("/api/v1/assessment-applications", headers=contractor, json={
        "person_id": people[0], "self_assessment": ELIGIBLE_SELF, "disabled_since": "2025-06-01",
        "materials_complete": True, "care_institution_id": "DEMO-INST-0001"})  # fmt: skip
    assert application.status_code == 201, application.text
    app_id = application.json()["id"]
    draw = api.post(f"/api/v1/assessment-applications/{app_id}/panel-draws", headers=contractor)
    assert draw.status_code == 201, draw.text
    panel = draw.json()["panel"]
    for expert_id in panel:
        scored = api.post(f"/api/v1/assessment-applications/{app_id}/scores", headers=contractor,
                          json={"expert_id": expert_id, "items": severe_items()})  # fmt: skip
        assert scored.status_code == 201, scored.text
    concluded = api.post(f"/api/v1/assessment-applications/{app_id}/conclusion", headers=contractor,
                         json={"confirming_expert_ids": panel})  # fmt: skip
    assert concluded.status_code == 201, concluded.text

    month = (dt.date.today().replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    home = {"id": "DEMO-INST-0001", "name": "鹿城居家护理站", "county_code": "330302", "kind": "home_care",
            "care_modes": ["home_visit"], "agreement_from": (month - dt.timedelta(days=400)).isoformat(),
            "agreement_to": (month + dt.timedelta(days=400)).isoformat()}  # fmt: skip
    made = api.post("/api/v1/institutions", json=home, headers=contractor)
    assert made.status_code in (201, 409), made.text  # 409: the demo world's institution, contracted already
    records = ["record_id,person_id,care_mode,service_date,items,amount_claimed_fen"]
    records += [f"P{d},{people[0]},home_visit,{month.replace(day=d).isoformat()},LT01,20000" for d in (2, 3)]
    uploaded = api.post("/api/v1/service-record-imports", content="\n".join(records).encode(),
                        headers={**institution, "Content-Type": "text/csv"})  # fmt: skip
    assert uploaded.status_code == 201, uploaded.text
    run = api.post("/api/v1/settlement-runs", headers=contractor,
                   json={"county_code": "330302", "month": month.isoformat()})  # fmt: skip
    assert run.status_code == 201, run.text


def feed_heads(database: str) -> dict[str, int]:
    async def read() -> dict[str, int]:
        import asyncpg

        from shared.db import sync_url

        conn = await asyncpg.connect(sync_url(database))
        try:
            return {
                feed: int(await conn.fetchval(f"SELECT coalesce(max(seq), 0) FROM {table}"))
                for feed, table in FEED_TABLES.items()
            }
        finally:
            await conn.close()

    return run_blocking(read)


def test_every_consumer_reaches_its_producers_head_with_no_dead_letters(
    server_url: str, run_tag: str, tmp_path: Path
) -> None:
    """The real processes, as `make run` starts them, under a mixed workload through the gateway: each feed
    consumer (enrollment's reader of assessment, settlement's readers of both, oversight's reader of
    settlement) catches up with its producer,
    and nothing is set aside or stopped at."""
    from shared.embedded_db import drop_database, ensure_database

    database = with_database(server_url, f"ltc_feeds_{run_tag}")
    run_blocking(lambda: ensure_database(database, recreate=True))
    ports = dict(
        zip(("gateway", "enrollment", "assessment", "settlement", "oversight"), free_ports(5), strict=True)
    )
    env = {
        **os.environ,
        "LTC_DATABASE_URL": database,
        "LTC_DATA_DIR": str(tmp_path / "ltc"),
        "LTC_FEED_POLL_SECONDS": "0.2",
        **{f"LTC_{name.upper()}_PORT": str(port) for name, port in ports.items()},
    }
    env.pop("LTC_INTERNAL_SECRET", None)
    log = tmp_path / "run.log"
    process = start_launcher(env, log)
    try:
        wait_for_banner(process, log, timeout=300)  # the first run loads the demo world
        credentials = json.loads((tmp_path / "ltc" / "demo-credentials.json").read_text())
        with httpx.Client(base_url=credentials["gateway_url"], timeout=30) as api:
            drive_a_mixed_workload(api, credentials["keys"])
        heads = feed_heads(database)
        assert min(heads.values()) > 0, heads

        def reports() -> dict[str, dict[str, object]]:
            found: dict[str, dict[str, object]] = {}
            for service, names in READERS.items():
                body = httpx.get(f"http://127.0.0.1:{ports[service]}/readyz", timeout=10).json()
                found.update({name: {**body["feeds"][name], "status": body["status"]} for name in names})
            return found

        deadline = time.monotonic() + 30
        while True:
            seen = reports()
            if all(r["position"] == heads[str(r["source"])] for r in seen.values()):
                break
            if time.monotonic() > deadline:
                pytest.fail(f"consumers behind their producers' heads {heads}: {seen}")
            time.sleep(0.2)
        for name, report in seen.items():
            outcome = (report["status"], report["state"], report["lag"], report["dead_letters_open"])
            assert outcome == ("ready", "ok", 0, 0), (name, report)
        settlement_metrics = httpx.get(f"http://127.0.0.1:{ports['settlement']}/metrics", timeout=10).text
        assert "ltc_feed_dead_letters_total{" not in settlement_metrics
        assert 'ltc_feed_events_applied_total{consumer="settlement.assessment",source="assessment"}' in (
            settlement_metrics
        )
        enrollment_metrics = httpx.get(f"http://127.0.0.1:{ports['enrollment']}/metrics", timeout=10).text
        skipped = 'ltc_feed_events_skipped_total{consumer="enrollment.assessment",source="assessment"}'
        assert skipped in enrollment_metrics, "application.received passed by, not stuck at"
    finally:
        code = stop(process) if process.poll() is None else process.returncode
    assert code == 0, log.read_text(errors="replace")
    run_blocking(lambda: drop_database(database))
