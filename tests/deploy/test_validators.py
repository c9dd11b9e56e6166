"""The standard validators over deploy/: kubectl's kustomize renders deploy/k8s, kubernetes-validate checks
every object against the Kubernetes API schemas it bundles (strict: an unknown or misspelt field fails), and
check-jsonschema checks docker-compose.yml against the compose-spec schema it vendors. All offline."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.deploy.conftest import COMPOSE, K8S, SERVICES, Manifests

# The oldest Kubernetes deploy/README.md supports, and the newest schemas kubernetes-validate bundles.
KUBERNETES_VERSIONS = ("1.27.0", "1.37.0")


def run_tool(module: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", module, *args], capture_output=True, text=True, timeout=300, check=False
    )


@pytest.mark.parametrize("version", KUBERNETES_VERSIONS)
def test_every_object_is_valid_for_the_kubernetes_api(rendered: str, tmp_path: Path, version: str) -> None:
    bundle = tmp_path / "rendered.yaml"
    bundle.write_text(rendered, encoding="utf-8")
    done = run_tool(
        "kubernetes_validate",
        "--strict",
        "--quiet",
        "-k",
        version,
        str(bundle),
        str(K8S / "secret.example.yaml"),
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_strict_validation_rejects_a_misspelt_field(tmp_path: Path) -> None:
    """The guard works: a field the API does not have fails (a non-strict check would let it pass)."""
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "apiVersion: v1\nkind: Service\nmetadata: {name: x}\nspec: {selectr: {a: b}, ports: [{port: 1}]}\n"
    )
    done = run_tool("kubernetes_validate", "--strict", "--quiet", "-k", KUBERNETES_VERSIONS[0], str(bad))
    assert done.returncode != 0
    assert "selectr" in done.stdout + done.stderr


def test_compose_file_follows_the_compose_spec() -> None:
    done = run_tool("check_jsonschema", "--builtin-schema", "vendor.compose-spec", str(COMPOSE))
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_kustomization_renders_exactly_the_platform(manifests: Manifests) -> None:
    """Per service a Deployment, Service, HPA and PDB (from the one component, no placeholder or local
    values left), and the platform's shared objects; nothing else."""
    objects = sorted((d["kind"], d["metadata"]["name"]) for d in manifests.docs)
    per_service = ("Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget")
    assert objects == sorted(
        [
            ("Namespace", "ltc"),
            ("ServiceAccount", "ltc"),
            ("ConfigMap", "ltc-config"),
            ("NetworkPolicy", "ltc-internal-services"),
            ("Job", "ltc-migrate"),
            ("Ingress", "gateway"),
            *((kind, name) for name in SERVICES for kind in per_service),
        ]
    )


def test_every_file_under_k8s_is_used() -> None:
    """Each manifest is reached from the root kustomization; only the *.example.yaml are left out, on purpose
    (a Secret with placeholder values must never be applied)."""
    used: set[Path] = set()

    def visit(directory: Path) -> None:
        path = directory / "kustomization.yaml"
        used.add(path)
        kustomization = yaml.safe_load(path.read_text(encoding="utf-8"))
        for entry in [*kustomization.get("resources", []), *kustomization.get("components", [])]:
            target = (directory / entry).resolve()
            if target.is_dir():
                visit(target)
            else:
                used.add(target)

    visit(K8S)
    files = {p.resolve() for p in K8S.rglob("*.y*ml")}
    assert sorted(files - used) == sorted(p.resolve() for p in K8S.glob("*.example.yaml"))
