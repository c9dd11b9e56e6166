"""The image (deploy/Dockerfile) and the two locks it and the tests install from: hash-checked, non-root, the
context allow-list, and locks that agree with pyproject.toml and with each other."""

from __future__ import annotations

import os
import re
import tomllib
from pathlib import Path

from tests.deploy.conftest import DEPLOY, ROOT, SERVICES


def instructions() -> list[str]:
    text = re.sub(r"\\\n", " ", (DEPLOY / "Dockerfile").read_text(encoding="utf-8"))
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def pins(path: Path) -> dict[str, str]:
    """``name → version`` of a ``uv pip compile`` lock file or of pyproject's ``name==version`` lines."""
    found = re.findall(
        r"^\s*\"?([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?==([^\s;\\\",]+)",
        path.read_text(encoding="utf-8"),
        re.MULTILINE,
    )
    return {re.sub(r"[-_.]+", "-", name).lower(): version for name, version in found}


def normalized(requirement: str) -> str:
    return re.sub(r"[-_.]+", "-", re.split(r"[\[=<>;\s]", requirement, maxsplit=1)[0]).lower()


class TestDockerfile:
    def test_installs_hash_checked_and_runs_as_a_numeric_non_root_user(self) -> None:
        lines = instructions()
        assert any("--require-hashes" in line for line in lines if line.startswith("RUN"))
        assert any(re.search(r"\bPYTHONPATH=/app\b", line) for line in lines if line.startswith("ENV"))
        user = [line.split()[1] for line in lines if line.startswith("USER ")][-1].split(":")[0]
        assert user.isdigit(), "numeric, so that Kubernetes can verify runAsNonRoot"
        assert user != "0"
        assert "/app/deploy/entrypoint.sh" in [line for line in lines if line.startswith("ENTRYPOINT")][-1]
        assert os.access(DEPLOY / "entrypoint.sh", os.X_OK)

    def test_copies_only_what_the_context_allows(self) -> None:
        ignore = (DEPLOY / "Dockerfile.dockerignore").read_text(encoding="utf-8").splitlines()
        allowed = [p[1:].rstrip("/") for p in ignore if p.startswith("!")]
        for line in instructions():
            if line.startswith("COPY ") and "--from=" not in line:
                for source in [p for p in line.split()[1:] if not p.startswith("--")][:-1]:
                    source = source.rstrip("/")
                    assert (ROOT / source).exists(), source
                    assert any(source == a or source.startswith(f"{a}/") for a in allowed), source

    def test_the_entrypoint_starts_every_service(self) -> None:
        entry = (DEPLOY / "entrypoint.sh").read_text(encoding="utf-8")
        listed = re.search(r'^SERVICES="([^"]*)"', entry, re.MULTILINE)
        assert listed is not None
        assert tuple(listed.group(1).split()) == SERVICES
        for service in SERVICES:
            app = (ROOT / "services" / service / "app.py").read_text(encoding="utf-8")
            assert re.search(r"^def create_app\(", app, re.MULTILINE), service


class TestLocks:
    def test_the_locks_pin_what_pyproject_pins(self) -> None:
        """`make lock` was run after the last change to pyproject.toml."""
        full, runtime = pins(ROOT / "requirements.lock"), pins(ROOT / "requirements-runtime.lock")
        project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
        declared = pins(ROOT / "pyproject.toml")
        assert {n: full.get(n) for n in declared} == declared
        runtime_names = {normalized(r) for r in project["dependencies"]}
        assert {n: runtime.get(n) for n in runtime_names if n in declared} == {
            n: declared[n] for n in runtime_names if n in declared
        }

    def test_the_image_runs_the_versions_the_tests_ran_without_the_dev_tools(self) -> None:
        full, runtime = pins(ROOT / "requirements.lock"), pins(ROOT / "requirements-runtime.lock")
        assert {n: v for n, v in runtime.items() if full.get(n) != v} == {}
        project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
        runtime_names = {normalized(r) for r in project["dependencies"]}
        extras = {normalized(r) for group in project["optional-dependencies"].values() for r in group}
        assert sorted((extras - runtime_names) & set(runtime)) == []
