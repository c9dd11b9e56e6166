"""Alembic for one service: its own schema, its own version table in that schema, nothing else.

Each service's ``migrations/env.py`` calls :func:`run_env`; :func:`upgrade` and :func:`check` run them
programmatically (launcher, tests, ``make test``).
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import MetaData, pool, text
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import create_async_engine

from shared.db import async_url
from shared.settings import PROJECT_ROOT

SERVICES = ("enrollment", "assessment", "settlement", "oversight", "gateway")


def alembic_config(service: str, database_url: str) -> Config:
    ini = PROJECT_ROOT / "services" / service / "alembic.ini"
    cfg = Config(str(ini))
    cfg.set_main_option("script_location", str(Path(ini).parent / "migrations"))
    cfg.attributes["database_url"] = database_url
    return cfg


def _in_thread(fn: Any, *args: Any) -> None:
    """Alembic's async env uses ``asyncio.run``; a fresh thread works whether or not a loop is running."""
    with ThreadPoolExecutor(1) as pool_:
        pool_.submit(fn, *args).result()


def upgrade(service: str, database_url: str, revision: str = "head") -> None:
    _in_thread(command.upgrade, alembic_config(service, database_url), revision)


def downgrade(service: str, database_url: str, revision: str = "base") -> None:
    _in_thread(command.downgrade, alembic_config(service, database_url), revision)


def check(service: str, database_url: str) -> None:
    """Raise if the models and the migrations disagree (``alembic check``)."""
    _in_thread(command.check, alembic_config(service, database_url))


def run_env(metadata: MetaData) -> None:
    """The body of a service's ``env.py``."""
    from alembic import context

    schema = metadata.schema
    assert schema, "a service's metadata must name its schema"
    config = context.config
    url = config.attributes.get("database_url") or config.get_main_option("sqlalchemy.url")
    if not url:
        from shared.app import resolve_database_url
        from shared.settings import get_settings

        url = resolve_database_url(get_settings())

    def include_name(name: str | None, type_: str, parent_names: Any) -> bool:
        if type_ == "schema":
            return name == schema
        return True

    options: dict[str, Any] = {
        "target_metadata": metadata,
        "version_table_schema": schema,
        "include_schemas": True,
        "include_name": include_name,
        "compare_type": True,
        "compare_server_default": True,
    }

    if context.is_offline_mode():
        context.configure(url=async_url(url), literal_binds=True, **options)
        with context.begin_transaction():
            context.run_migrations()
        return

    def run_sync(connection: Connection) -> None:
        connection.execute(text(f'CREATE SCHEMA IF NOT EXISTS "{schema}"'))
        context.configure(connection=connection, **options)
        with context.begin_transaction():
            context.run_migrations()

    async def run_async() -> None:
        engine = create_async_engine(async_url(url), poolclass=pool.NullPool)
        try:
            async with engine.begin() as conn:
                await conn.run_sync(run_sync)
        finally:
            await engine.dispose()

    asyncio.run(run_async())


def make_append_only(schema: str, table: str) -> None:
    """In a migration: the table refuses UPDATE, DELETE and TRUNCATE (ledgers, logs, feeds)."""
    from alembic import op

    op.execute(
        f"""
        CREATE OR REPLACE FUNCTION "{schema}".refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION '%.% is append-only: % refused', TG_TABLE_SCHEMA, TG_TABLE_NAME, TG_OP
                USING ERRCODE = 'insufficient_privilege';
        END $$
        """
    )
    op.execute(
        f'CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON "{schema}"."{table}" '
        f'FOR EACH ROW EXECUTE FUNCTION "{schema}".refuse_change()'
    )
    op.execute(
        f'CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON "{schema}"."{table}" '
        f'FOR EACH STATEMENT EXECUTE FUNCTION "{schema}".refuse_change()'
    )


def drop_append_only(schema: str, table: str) -> None:
    from alembic import op

    op.execute(f'DROP TRIGGER IF EXISTS {table}_append_only ON "{schema}"."{table}"')
    op.execute(f'DROP TRIGGER IF EXISTS {table}_no_truncate ON "{schema}"."{table}"')
