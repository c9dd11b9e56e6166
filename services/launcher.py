"""Runs the platform on one machine: database, migrations, reference data, the five services.

    python -m services.launcher run [--no-demo]    # what `make run` does
    python -m services.launcher migrate [--no-demo]   # migrations + reference data (+ demo clients and world)
    python -m services.launcher demo               # what `make demo` does: the walkthrough, against `run`
    python -m services.launcher check-migrations   # `alembic check` of every service on a scratch database
    python -m services.launcher create-client --name N --role admin   # a real client; prints its key once
    python -m services.launcher dead-letters list [--service S] [--all]   # events a consumer could not apply
    python -m services.launcher dead-letters retry ID --service S      # one more try, by the running consumer
    python -m services.launcher dead-letters discard ID --service S --note WHY   # drop it for good

With ``LTC_DATABASE_URL`` unset the embedded PostgreSQL under ``LTC_DATA_DIR`` (``.ltc/``) is used. Each
service runs ``LTC_<SERVICE>_WORKERS`` (else ``LTC_WORKERS``, 1) uvicorn workers (README, "Workers").
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from shared import migrations, multiprocess_metrics
from shared.embedded_db import (
    DEFAULT_DATABASE,
    drop_database,
    embedded_url,
    ensure_database,
    start_embedded,
    with_database,
)
from shared.settings import Settings, get_settings

SERVICE_ORDER = ("enrollment", "assessment", "settlement", "oversight", "gateway")
READY_TIMEOUT_SECONDS = 90.0
STOP_TIMEOUT_SECONDS = 15.0


def free_ports(n: int) -> list[int]:
    """Ports nobody listens on now, for a run beside others (tests, benchmarks)."""
    sockets = [socket.socket() for _ in range(n)]
    for s in sockets:
        s.bind(("127.0.0.1", 0))
    ports = [s.getsockname()[1] for s in sockets]
    for s in sockets:
        s.close()
    return ports


def say(message: str) -> None:
    print(message, flush=True)  # noqa: T201 - the launcher talks to a person at a terminal


@dataclass
class Database:
    url: str
    server: Any = None

    def release(self) -> None:
        if self.server is not None:
            self.server.cleanup()
            self.server = None


def open_database(settings: Settings, name: str = DEFAULT_DATABASE) -> Database:
    """``LTC_DATABASE_URL`` as it is (the database must exist), or the embedded server, ``name`` created."""
    if settings.database_url:
        return Database(settings.database_url)
    say(f"· starting the embedded PostgreSQL under {settings.data_dir / 'pgdata'}")
    server = start_embedded(settings.data_dir, connections_needed(settings))
    db = Database(embedded_url(server, name), server)
    asyncio.run(ensure_database(db.url))
    return db


# Connections a service process holds beyond its pool: the feed consumers' locks (shared.feed_lease), the
# gateway's listener for API-client changes (services.gateway.auth); rounded up.
CONNECTIONS_BESIDE_POOL = 3
# psql, a launcher command (dead-letters, create-client) while the platform runs, the superuser's reserve.
CONNECTIONS_SPARE = 20
POSTGRES_DEFAULT_MAX_CONNECTIONS = 100


def connections_needed(settings: Settings) -> int:
    """The embedded server's ``max_connections``: every worker of every service at its pool's ceiling
    (``LTC_DB_POOL_SIZE`` + ``LTC_DB_MAX_OVERFLOW``), what each holds beside it, and some to spare."""
    per_process = settings.db_pool_size + settings.db_max_overflow + CONNECTIONS_BESIDE_POOL
    processes = sum(settings.workers_for(service) for service in SERVICE_ORDER)
    return max(POSTGRES_DEFAULT_MAX_CONNECTIONS, processes * per_process + CONNECTIONS_SPARE)


def migrate_all(database_url: str) -> None:
    for service in SERVICE_ORDER:
        migrations.upgrade(service, database_url)


def internal_secret(settings: Settings) -> str:
    """``LTC_INTERNAL_SECRET``, or a random one kept in the data dir so restarts agree."""
    configured = settings.internal_secret.get_secret_value()
    if configured:
        return configured
    path = settings.data_dir / "internal-secret"
    if not path.exists():
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        write_private(path, secrets.token_urlsafe(48))
    return path.read_text().strip()


def write_private(path: Path, text: str) -> None:
    """Write a file only its owner can read, from the first byte on."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(text)
    path.chmod(0o600)


def credentials_path(settings: Settings) -> Path:
    return settings.data_dir / "demo-credentials.json"


def gateway_url(settings: Settings) -> str:
    return f"http://{settings.host}:{settings.gateway_port}"


def write_credentials(settings: Settings, keys: dict[str, str], staff: dict[str, str] | None = None) -> None:
    """``{"gateway_url": ..., "keys": {role: key}, "staff": {username: password}}`` for scripts, the README's
    examples and signing in to the console (mode 0600)."""
    path = credentials_path(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    body = {"gateway_url": gateway_url(settings), "keys": keys, "staff": staff or {}}
    write_private(path, json.dumps(body, indent=2, ensure_ascii=False) + "\n")


def known_credentials(settings: Settings) -> dict[str, dict[str, str]]:
    """What the credentials file kept: ``{"keys": {...}, "staff": {...}}`` (or empty)."""
    path = credentials_path(settings)
    try:
        data = json.loads(path.read_text()) if path.exists() else {}
    except ValueError:
        data = {}
    return {"keys": dict(data.get("keys", {})), "staff": dict(data.get("staff", {}))}


async def load_reference_data(database_url: str, settings: Settings, *, demo: bool = True) -> dict[str, str]:
    """Counties and contribution policy (enrollment), the national scale NHSA-2021-37 and the working
    calendars (assessment), the Wenzhou benefit rules (settlement), the counties (oversight) and, unless
    ``demo`` is off, the demo API clients (gateway); returns role → key."""
    from services.assessment import reference as assessment_reference
    from services.assessment.reference import units as assessment_units
    from services.enrollment.reference import wenzhou
    from services.gateway.reference.demo_clients import ensure_demo_clients
    from services.oversight.reference import units as oversight_units
    from services.settlement.reference.benefit_rules import load_wenzhou_benefit_rules
    from services.settlement.reference.plan_tasks import load_annex_1_tasks
    from services.settlement.reference.units import load_accounting_units, load_county_schemes
    from shared.db import create_engine, create_sessionmaker

    known = known_credentials(settings)["keys"]
    engine = create_engine(settings, database_url, "ltc-launcher")
    try:
        sessionmaker = create_sessionmaker(engine)
        async with sessionmaker() as session, session.begin():
            await wenzhou.load(session)
        async with sessionmaker() as session, session.begin():
            await assessment_reference.load(session)
            await assessment_units.load_accounting_units(
                session, ((code, name) for code, name, *_ in wenzhou.COUNTIES_2022)
            )
        async with sessionmaker() as session, session.begin():
            await load_wenzhou_benefit_rules(session)
            await load_accounting_units(session, ((code, name) for code, name, *_ in wenzhou.COUNTIES_2022))
            await load_county_schemes(session, wenzhou.reference_schemes())
            await load_annex_1_tasks(session)
        async with sessionmaker() as session, session.begin():
            await oversight_units.load_accounting_units(
                session, ((code, name) for code, name, *_ in wenzhou.COUNTIES_2022)
            )
        if not demo:
            return {}
        counties = {code for code, *_ in wenzhou.COUNTIES_2022}
        async with sessionmaker() as session, session.begin():
            keys = await ensure_demo_clients(session, known, counties)
    finally:
        await engine.dispose()
    return keys


async def load_demo_staff(database_url: str, settings: Settings) -> dict[str, str]:
    """The demo console accounts (``services/gateway/reference/demo_staff.py``): username → password."""
    from services.enrollment.reference import wenzhou
    from services.gateway.reference.demo_staff import ensure_demo_staff
    from shared.db import create_engine, create_sessionmaker

    engine = create_engine(settings, database_url, "ltc-launcher")
    try:
        async with create_sessionmaker(engine)() as session, session.begin():
            return await ensure_demo_staff(
                session, known_credentials(settings)["staff"], {code for code, *_ in wenzhou.COUNTIES_2022}
            )
    finally:
        await engine.dispose()


async def load_demo_world(database_url: str, settings: Settings, keys: dict[str, str], secret: str) -> bool:
    """The demo world (``services/demo/world.py``) through the public API of the platform run in this
    process, in one transaction: all of it or nothing. Nothing when it is there already; True when made."""
    from sqlalchemy.ext.asyncio import async_sessionmaker

    from services.demo import inprocess, world
    from services.demo.api import Api
    from shared.db import create_engine

    local = inprocess.in_process_settings(settings, secret)
    engine = create_engine(local, database_url, "ltc-demo")
    try:
        async with engine.connect() as connection:
            transaction = await connection.begin()
            sessionmaker = async_sessionmaker(
                bind=connection,
                expire_on_commit=False,
                autoflush=False,
                join_transaction_mode="create_savepoint",
            )
            async with inprocess.platform(local, engine, sessionmaker) as platform:
                made = await world.load(
                    Api(platform.gateway, keys),
                    platform.set_assessment_today,
                    platform.catch_up_feeds,
                    platform.bind_contractor,
                )
            await transaction.commit()
    finally:
        await engine.dispose()
    return made


def ensure_demo_world(database_url: str, settings: Settings, keys: dict[str, str]) -> None:
    """Load the demo world unless it is there. A database whose own data stand in its way (a person of the
    world enrolled already, say) runs without it: nothing of the world is kept, and the reason is said."""
    from services.demo.api import StepFailed

    say("· loading the demo world (persons, levels, DEMO-INST-0001 and its records, a settled month)")
    try:
        made = asyncio.run(load_demo_world(database_url, settings, keys, internal_secret(settings)))
    except StepFailed as exc:
        say(f"  ! not loaded (nothing of it kept; the platform runs without it): {exc}")
        return
    if not made:
        say("  (already there: left as it is)")


@dataclass
class Child:
    service: str
    port: int
    process: subprocess.Popen[bytes]
    log_path: Path

    def tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""


@dataclass
class Platform:
    settings: Settings
    database: Database
    secret: str
    children: list[Child] = field(default_factory=list)

    def child_env(self) -> dict[str, str]:
        env = dict(os.environ)
        env.update(
            {
                "LTC_DATABASE_URL": self.database.url,
                "LTC_INTERNAL_SECRET": self.secret,
                "LTC_DATA_DIR": str(self.settings.data_dir),
                "PYTHONUNBUFFERED": "1",
            }
        )
        for service in ("enrollment", "assessment", "settlement", "oversight"):
            env[f"LTC_{service.upper()}_URL"] = self.settings.service_url(service)
        return env

    def start(self, service: str) -> Child:
        """One uvicorn for ``service``, with ``LTC_<SERVICE>_WORKERS`` (or ``LTC_WORKERS``) processes; with
        more than one, their metrics are merged through a directory of the service's, emptied first."""
        port: int = getattr(self.settings, f"{service}_port")
        workers = self.settings.workers_for(service)
        if service == "gateway":
            from services.gateway.ratelimit import require_shared_rate_limits

            require_shared_rate_limits(self.settings, workers)
        env = self.child_env()
        env.pop(multiprocess_metrics.ENVIRONMENT_VARIABLE, None)
        if workers > 1:
            directory = multiprocess_metrics.metrics_dir(self.settings.data_dir, service)
            env[multiprocess_metrics.ENVIRONMENT_VARIABLE] = str(multiprocess_metrics.prepare(directory))
        logs = self.settings.data_dir / "logs"
        logs.mkdir(parents=True, exist_ok=True)
        log_path = logs / f"{service}.log"
        log_file = log_path.open("ab")
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "uvicorn",
                f"services.{service}.app:create_app",
                "--factory",
                "--host",
                self.settings.host,
                "--port",
                str(port),
                "--no-access-log",
                "--timeout-graceful-shutdown",
                "10",
                "--workers",
                str(workers),
            ],
            env=env,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # Ctrl-C reaches the launcher, which stops the children in order
        )
        log_file.close()
        child = Child(service, port, process, log_path)
        self.children.append(child)
        return child

    def wait_ready(self) -> None:
        deadline = time.monotonic() + READY_TIMEOUT_SECONDS
        pending = list(self.children)
        with httpx.Client(timeout=2.0) as client:
            while pending:
                for child in list(pending):
                    if child.process.poll() is not None:
                        raise RuntimeError(
                            f"the {child.service} service exited with {child.process.returncode}; "
                            f"its log ({child.log_path}) ends with:\n{child.tail()}"
                        )
                    # each process on its own: the gateway's plain /readyz also asks the services, which a
                    # benchmark that starts only some of them would wait for in vain
                    path = "/readyz?scope=self" if child.service == "gateway" else "/readyz"
                    try:
                        response = client.get(f"http://{self.settings.host}:{child.port}{path}")
                        if response.status_code == 200:
                            pending.remove(child)
                    except httpx.TransportError:
                        pass
                if pending and time.monotonic() > deadline:
                    names = ", ".join(c.service for c in pending)
                    raise RuntimeError(f"not ready after {READY_TIMEOUT_SECONDS:.0f} s: {names}")
                if pending:
                    time.sleep(0.2)

    def stop(self) -> None:
        for child in reversed(self.children):
            if child.process.poll() is None:
                child.process.terminate()
        deadline = time.monotonic() + STOP_TIMEOUT_SECONDS
        for child in reversed(self.children):
            remaining = max(0.1, deadline - time.monotonic())
            try:
                child.process.wait(timeout=remaining)
            except subprocess.TimeoutExpired:
                child.process.kill()
                child.process.wait()
        self.children.clear()


def print_banner(settings: Settings, keys: dict[str, str], staff: dict[str, str] | None = None) -> None:
    gateway = gateway_url(settings)
    say("")
    say("LTC platform is running.")
    say(f"  console        {gateway}/console  (sign in as a person; Chinese, English by the switch)")
    say(f"  API docs       {gateway}/docs  (ReDoc: {gateway}/redoc; both work offline)")
    say(f"  OpenAPI        {gateway}/openapi.json")
    for service in ("enrollment", "assessment", "settlement", "oversight"):
        say(f"  {service:<14} {settings.service_url(service)} (internal; answers only signed calls)")
    if keys:
        say("  demo world     DEMO-INST-0001 in 330302 鹿城区: clients with levels in force, caregivers,")
        say("                 2022-08 settled, 2022-09 submitted (services/demo/world.py)")
        say("  demo API keys  (Authorization: Bearer <key>)")
        for role, key in keys.items():
            say(f"    {role:<12} {key}")
        if staff:
            say("  demo console   (username / password)")
            for username, password in staff.items():
                say(f"    {username:<18} {password}")
        say(f"  credentials    {credentials_path(settings)}")
    say(f"  logs           {settings.data_dir / 'logs'}/")
    if keys:
        say("  walkthrough    make demo   (in another terminal: the whole story through the gateway)")
        say(f"  try            curl -H 'Authorization: Bearer {keys['bureau']}' {gateway}/api/v1/counties")
    say("Press Ctrl-C to stop.")


def run(settings: Settings, demo: bool = True) -> int:
    stop_requested = False

    def request_stop(signum: int, frame: Any) -> None:
        nonlocal stop_requested
        stop_requested = True

    signal.signal(signal.SIGINT, request_stop)
    signal.signal(signal.SIGTERM, request_stop)

    database = open_database(settings)
    platform = Platform(settings, database, internal_secret(settings))
    exit_code = 0
    try:
        say("· migrating every service's schema")
        migrate_all(database.url)
        say("· loading reference data (13 accounting units, 2022 policy, scale, calendars, benefit rules)")
        keys = asyncio.run(load_reference_data(database.url, settings, demo=demo))
        staff: dict[str, str] = {}
        if demo:
            staff = asyncio.run(load_demo_staff(database.url, settings))
            write_credentials(settings, keys, staff)
            ensure_demo_world(database.url, settings, keys)
        say("· starting enrollment, assessment, settlement, oversight and gateway")
        for service in SERVICE_ORDER:
            platform.start(service)
        platform.wait_ready()
        print_banner(settings, keys, staff)
        while not stop_requested:
            for child in platform.children:
                if child.process.poll() is not None:
                    say(
                        f"! the {child.service} service stopped ({child.process.returncode}):\n{child.tail()}"
                    )
                    exit_code = 1
                    stop_requested = True
            time.sleep(0.3)
        say("· stopping")
    except RuntimeError as exc:
        say(f"! {exc}")
        exit_code = 1
    finally:
        platform.stop()
        database.release()
    say("· stopped")
    return exit_code


def migrate(settings: Settings, demo: bool) -> int:
    database = open_database(settings)
    try:
        migrate_all(database.url)
        keys = asyncio.run(load_reference_data(database.url, settings, demo=demo))
        if demo:
            staff = asyncio.run(load_demo_staff(database.url, settings))
            write_credentials(settings, keys, staff)
            ensure_demo_world(database.url, settings, keys)
        say("migrated and loaded reference data" + (" and the demo world" if demo else " (no demo clients)"))
    finally:
        database.release()
    return 0


async def _create_client(database_url: str, settings: Settings, spec: Any) -> dict[str, Any]:
    from services.enrollment.reference import wenzhou
    from services.gateway.api_clients import service
    from shared.db import create_engine, create_sessionmaker

    engine = create_engine(settings, database_url, "ltc-launcher")
    try:
        async with create_sessionmaker(engine)() as session, session.begin():
            issued = await service.create_client(session, spec, {c for c, *_ in wenzhou.COUNTIES_2022})
    finally:
        await engine.dispose()
    return issued.model_dump(mode="json")


def create_client(settings: Settings, args: argparse.Namespace) -> int:
    """The first real admin (or any client) without the API: prints the client and its key as JSON, once."""
    from pydantic import ValidationError

    from services.gateway.api_clients.schemas import ApiClientCreate
    from shared.errors import DomainError

    try:
        spec = ApiClientCreate(
            name=args.name, role=args.role, county_codes=args.county or [], institution_id=args.institution_id
        )
    except ValidationError as exc:
        say(f"! {exc}")
        return 2
    database = open_database(settings)
    try:
        say(
            json.dumps(
                asyncio.run(_create_client(database.url, settings, spec)), ensure_ascii=False, indent=2
            )
        )
    except DomainError as exc:
        say(f"! {exc.code}: {exc.detail}")
        return 1
    finally:
        database.release()
    return 0


CONSUMING_SERVICES = ("enrollment", "settlement", "oversight")


async def _dead_letters(database_url: str, settings: Settings, args: argparse.Namespace) -> Any:
    import importlib

    from shared import dead_letters
    from shared.db import create_engine, create_sessionmaker

    services = [args.service] if args.service else list(CONSUMING_SERVICES)
    engine = create_engine(settings, database_url, "ltc-launcher")
    try:
        async with create_sessionmaker(engine)() as session, session.begin():
            if args.action == "list":
                found = []
                for service in services:
                    models = importlib.import_module(f"services.{service}.models")
                    rows = await dead_letters.list_dead_letters(
                        session, models.feed_dead_letters, include_closed=args.all
                    )
                    found += [{"service": service, **row} for row in rows]
                return found
            models = importlib.import_module(f"services.{args.service}.models")
            table = models.feed_dead_letters
            if args.action == "retry":
                return await dead_letters.request_retry(session, table, args.id, by=args.by)
            return await dead_letters.discard(
                session, table, models.consumer_cursors, args.id, by=args.by, note=args.note
            )
    finally:
        await engine.dispose()


def dead_letters(settings: Settings, args: argparse.Namespace) -> int:
    """The events a feed consumer could not apply: list them, ask the running consumer to retry one, or
    discard one (a consumer stopped at it moves past it)."""
    from shared.dead_letters import DeadLetterClosed, DeadLetterNotFound

    if args.action != "list" and not args.service:
        say("! --service is required to retry or discard")
        return 2
    database = open_database(settings)
    try:
        outcome = asyncio.run(_dead_letters(database.url, settings, args))
        say(json.dumps(outcome, ensure_ascii=False, indent=2))
    except (DeadLetterNotFound, DeadLetterClosed) as exc:
        say(f"! {exc}")
        return 1
    finally:
        database.release()
    return 0


def check_migrations(settings: Settings) -> int:
    """Migrate a scratch database from nothing to head, ``alembic check`` each service, then down and up
    again so every downgrade is exercised too."""
    database = open_database(settings, DEFAULT_DATABASE)
    scratch = with_database(database.url, f"ltc_migration_check_{os.getpid()}")
    try:
        asyncio.run(ensure_database(scratch, recreate=True))
        migrate_all(scratch)
        for service in SERVICE_ORDER:
            migrations.check(service, scratch)
            migrations.downgrade(service, scratch, "base")
            migrations.upgrade(service, scratch)
        say(f"migrations match the models for: {', '.join(SERVICE_ORDER)}")
    finally:
        asyncio.run(drop_database(scratch))
        database.release()
    return 0


def main(argv: list[str] | None = None) -> int:
    from shared.principal import Role

    parser = argparse.ArgumentParser(
        prog="python -m services.launcher",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True)
    run_parser = commands.add_parser("run", help="what `make run` does")
    run_parser.add_argument(
        "--no-demo", action="store_true", help="no demo API clients and no demo world (production data)"
    )
    demo_parser = commands.add_parser("demo", help="the walkthrough through the gateway of a running `run`")
    demo_parser.add_argument("--gateway", help="the gateway's URL (default: the one in the credentials file)")
    migrate_parser = commands.add_parser("migrate", help="migrations and reference data")
    migrate_parser.add_argument(
        "--no-demo", action="store_true", help="no demo API clients and no demo world (production)"
    )
    commands.add_parser("check-migrations", help="`alembic check` of every service on a scratch database")
    client_parser = commands.add_parser("create-client", help="create an API client and print its key once")
    client_parser.add_argument("--name", required=True)
    client_parser.add_argument(
        "--role", required=True, choices=[r.value for r in Role if r is not Role.SERVICE]
    )
    client_parser.add_argument("--county", action="append", help="a contractor's county code (repeatable)")
    client_parser.add_argument("--institution-id", help="an institution client's institution")
    letters = commands.add_parser("dead-letters", help="events a feed consumer could not apply")
    actions = letters.add_subparsers(dest="action", required=True)
    for action, help_text in (
        ("list", "the open ones (--all: resolved and discarded too)"),
        ("retry", "ask the running consumer for one more attempt"),
        ("discard", "drop the event for good; a consumer stopped at it moves past it"),
    ):
        sub = actions.add_parser(action, help=help_text)
        sub.add_argument("--service", choices=CONSUMING_SERVICES)
        if action == "list":
            sub.add_argument("--all", action="store_true")
            continue
        sub.add_argument("id", type=int)
        sub.add_argument("--by", default=os.environ.get("USER") or "operator", help="who decides (recorded)")
        if action == "discard":
            sub.add_argument("--note", required=True, help="why (recorded)")
    args = parser.parse_args(argv)
    settings = get_settings()
    if args.command == "run":
        return run(settings, demo=not args.no_demo)
    if args.command == "demo":
        from services.demo.walkthrough import main as walkthrough

        return walkthrough(settings, credentials_path(settings), args.gateway)
    if args.command == "migrate":
        return migrate(settings, demo=not args.no_demo)
    if args.command == "create-client":
        return create_client(settings, args)
    if args.command == "dead-letters":
        return dead_letters(settings, args)
    return check_migrations(settings)


if __name__ == "__main__":
    sys.exit(main())
