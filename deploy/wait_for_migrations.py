"""Wait until the database is at this image's migration heads (a Deployment's init container).

The migration Job (``python -m services.launcher migrate``) and the Deployments are applied together; a pod
of a new version must not serve before the Job has brought every service's schema to the revisions this
image was built with. For each service this compares ``<schema>.alembic_version`` with the heads of the
service's Alembic scripts and polls until they agree:

- at head                         → ready;
- behind (a known older revision,
  or no version table yet)        → wait for the Job;
- a revision this image does not
  know                            → the database is *ahead* of this image (a rollback of the code after
                                    a migration); migrations are written expand/contract, so go on and
                                    say so.

    python deploy/wait_for_migrations.py [--timeout 900] [--interval 3]

Reads ``LTC_DATABASE_URL`` like every other process (``shared`` is importable: the image sets
``PYTHONPATH=/app``; the project's virtualenv has a path file). Exit 0 when ready, 1 on timeout.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from dataclasses import dataclass

import asyncpg
from alembic.script import ScriptDirectory

from shared.db import sync_url
from shared.migrations import SERVICES, alembic_config
from shared.settings import get_settings

VERSION_TABLE = "alembic_version"


@dataclass(frozen=True)
class ServiceState:
    service: str
    heads: frozenset[str]
    known: frozenset[str]
    current: frozenset[str]

    @property
    def at_head(self) -> bool:
        return self.current == self.heads

    @property
    def ahead(self) -> bool:
        """The database carries a revision these scripts do not know: a newer image migrated it."""
        return bool(self.current - self.known)

    def describe(self) -> str:
        current = ", ".join(sorted(self.current)) or "none"
        return f"{self.service}: database at {current}, image expects {', '.join(sorted(self.heads))}"


def script_revisions(service: str, database_url: str) -> tuple[frozenset[str], frozenset[str]]:
    """(heads, every known revision) of the service's Alembic scripts; no database needed."""
    scripts = ScriptDirectory.from_config(alembic_config(service, database_url))
    heads = frozenset(scripts.get_heads())
    known = frozenset(rev.revision for rev in scripts.walk_revisions())
    return heads, known


async def current_revisions(conn: asyncpg.Connection, schema: str) -> frozenset[str]:
    table = f'"{schema}".{VERSION_TABLE}'
    if await conn.fetchval("SELECT to_regclass($1)", table) is None:
        return frozenset()
    rows = await conn.fetch(f"SELECT version_num FROM {table}")
    return frozenset(str(row["version_num"]) for row in rows)


async def states(database_url: str) -> list[ServiceState]:
    conn = await asyncpg.connect(sync_url(database_url), timeout=10)
    try:
        result = []
        for service in SERVICES:
            heads, known = script_revisions(service, database_url)
            result.append(ServiceState(service, heads, known, await current_revisions(conn, service)))
        return result
    finally:
        await conn.close()


def say(message: str) -> None:
    sys.stdout.write(f"wait-for-migrations: {message}\n")
    sys.stdout.flush()


def wait(database_url: str, timeout: float, interval: float) -> int:
    deadline = time.monotonic() + timeout
    last = ""
    while True:
        try:
            found = asyncio.run(states(database_url))
            pending = [s for s in found if not s.at_head and not s.ahead]
            report = "; ".join(s.describe() for s in pending)
            if not pending:
                for state in found:
                    if state.ahead:
                        say(f"{state.describe()} (database is ahead of this image; going on)")
                say("every service's schema is at this image's migration heads")
                return 0
        except (OSError, TimeoutError, asyncpg.PostgresError, asyncpg.InterfaceError) as exc:
            report = f"database not reachable yet: {type(exc).__name__}: {exc}"
        if report != last:
            say(f"waiting: {report}")
            last = report
        if time.monotonic() >= deadline:
            say(f"gave up after {timeout:.0f} s; is the migration Job running? {report}")
            return 1
        time.sleep(interval)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds to wait in all (900)")
    parser.add_argument("--interval", type=float, default=3.0, help="seconds between checks (3)")
    args = parser.parse_args(argv)
    database_url = get_settings().database_url
    if not database_url:
        say("LTC_DATABASE_URL is not set")
        return 64
    return wait(database_url, args.timeout, args.interval)


if __name__ == "__main__":
    sys.exit(main())
