"""The platform's own rules for deploy/k8s, on the objects kustomize renders: what the API schemas cannot
know (non-root pods, probes on the right paths, references between objects, one pinned image)."""

from __future__ import annotations

import re
from typing import Any

from tests.deploy.conftest import (
    INTERNAL_SERVICES,
    PORT,
    SECRET_VARIABLES,
    SERVICES,
    Manifests,
    dig,
    env_names,
    selects,
    unknown_variables,
)

CLUSTER_SCOPED = {"Namespace"}
_QUANTITY = re.compile(r"^([0-9.]+)(m|Ki|Mi|Gi|Ti|k|M|G|T|)$")
_FACTORS = {"": 1, "m": 1e-3, "k": 1e3, "M": 1e6, "G": 1e9, "T": 1e12}
_FACTORS.update({"Ki": 2**10, "Mi": 2**20, "Gi": 2**30, "Ti": 2**40})


def quantity(value: Any) -> float:
    match = _QUANTITY.match(str(value))
    assert match, f"cannot read the quantity {value!r}"
    return float(match.group(1)) * _FACTORS[match.group(2)]


def deployment_of(manifests: Manifests, selector: dict[str, Any]) -> dict[str, Any] | None:
    return next(
        (
            d
            for d in manifests.of("Deployment")
            if selects(selector, d["spec"]["template"]["metadata"]["labels"])
        ),
        None,
    )


class TestObjects:
    def test_live_in_the_namespace_the_kustomization_defines(self, manifests: Manifests) -> None:
        namespaces = [d["metadata"]["name"] for d in manifests.of("Namespace")]
        assert namespaces == ["ltc"]
        assert all(
            d["metadata"].get("namespace") == "ltc" for d in manifests.docs if d["kind"] not in CLUSTER_SCOPED
        )

    def test_every_container_runs_the_one_pinned_image(
        self, manifests: Manifests, kustomization: dict[str, Any]
    ) -> None:
        (image,) = kustomization["images"]
        assert image.get("digest") or image.get("newTag") not in (None, "", "latest")
        pinned = f"{image['newName']}@{image['digest']}" if image.get("digest") else None
        expected = pinned or f"{image['newName']}:{image['newTag']}"
        assert {c["image"] for _, c in manifests.containers()} == {expected}


class TestPods:
    def test_run_non_root_without_privileges(self, manifests: Manifests) -> None:
        problems = []
        for where, pod in manifests.pods():
            security = pod.get("securityContext", {})
            if security.get("runAsUser") == 0 or security.get("runAsGroup") == 0:
                problems.append(f"{where}: runs as uid/gid 0")
            if dig(security, "seccompProfile", "type") != "RuntimeDefault":
                problems.append(f"{where}: seccompProfile must be RuntimeDefault")
            if pod.get("automountServiceAccountToken") is not False:
                problems.append(f"{where}: mounts an API token (the pods never call the API server)")
        for where, container in manifests.containers():
            security = container.get("securityContext", {})
            if security.get("runAsNonRoot") is not True or security.get("runAsUser") == 0:
                problems.append(f"{where}: runAsNonRoot must be true")
            if security.get("allowPrivilegeEscalation") is not False or security.get("privileged"):
                problems.append(f"{where}: no privilege escalation, not privileged")
            if "ALL" not in (dig(security, "capabilities", "drop") or []):
                problems.append(f"{where}: must drop ALL capabilities")
            if security.get("readOnlyRootFilesystem") is not True:
                problems.append(f"{where}: the root filesystem must be read-only")
        assert problems == []

    def test_have_a_writable_tmp_from_their_own_volumes(self, manifests: Manifests) -> None:
        """Python's tempfile needs /tmp on a read-only root; every mount names a volume of the pod."""
        problems = []
        for where, pod in manifests.pods():
            volumes = {v["name"] for v in pod.get("volumes", [])}
            for container in [*pod.get("initContainers", []), *pod["containers"]]:
                mounts = {m["mountPath"]: m["name"] for m in container.get("volumeMounts", [])}
                if "/tmp" not in mounts:
                    problems.append(f"{where} {container['name']}: no /tmp mount")
                problems += [
                    f"{where}: volume {v} is not the pod's" for v in mounts.values() if v not in volumes
                ]
        assert problems == []

    def test_request_and_limit_cpu_and_memory(self, manifests: Manifests) -> None:
        problems = []
        for where, container in manifests.containers():
            for resource in ("cpu", "memory"):
                request = dig(container, "resources", "requests", resource)
                limit = dig(container, "resources", "limits", resource)
                if request is None or limit is None:
                    problems.append(f"{where}: needs a {resource} request and limit")
                elif quantity(limit) < quantity(request):
                    problems.append(f"{where}: {resource} limit {limit} below the request {request}")
        assert problems == []

    def test_read_configuration_that_exists(
        self, manifests: Manifests, example_secret: dict[str, Any]
    ) -> None:
        """The ServiceAccount, ConfigMaps and the Secret (created out of band, in the shape of
        secret.example.yaml) that the pods name."""
        problems = []
        for where, pod in manifests.pods():
            if manifests.get("ServiceAccount", pod["serviceAccountName"]) is None:
                problems.append(f"{where}: no ServiceAccount {pod['serviceAccountName']}")
        for where, container in manifests.containers():
            for source in container.get("envFrom", []):
                if "configMapRef" in source and not manifests.get(
                    "ConfigMap", source["configMapRef"]["name"]
                ):
                    problems.append(f"{where}: no ConfigMap {source['configMapRef']['name']}")
                if (
                    "secretRef" in source
                    and source["secretRef"]["name"] != example_secret["metadata"]["name"]
                ):
                    problems.append(f"{where}: Secret {source['secretRef']['name']} is not exemplified")
            problems += [
                f"{where}: {n} is not a Settings field" for n in unknown_variables(env_names(container))
            ]
        assert problems == []


class TestDeployments:
    def test_probe_readiness_on_readyz_and_liveness_on_healthz(self, manifests: Manifests) -> None:
        """Liveness never asks /readyz: a database outage must not restart every pod."""
        for doc in manifests.of("Deployment"):
            (container,) = doc["spec"]["template"]["spec"]["containers"]
            ports = container["ports"]
            assert [p["containerPort"] for p in ports] == [PORT]
            assert dig(container, "readinessProbe", "httpGet", "path").partition("?")[0] == "/readyz"
            assert dig(container, "livenessProbe", "httpGet", "path") == "/healthz"
            for probe in ("readinessProbe", "livenessProbe", "startupProbe"):
                assert dig(container, probe, "httpGet", "port") in {p["name"] for p in ports} | {PORT}

    def test_the_gateway_is_ready_on_its_own_database(self, manifests: Manifests) -> None:
        """One service down must not take every gateway replica (and the other services' routes) out."""
        gateway = manifests.get("Deployment", "gateway")
        assert gateway is not None
        (container,) = gateway["spec"]["template"]["spec"]["containers"]
        assert container["readinessProbe"]["httpGet"]["path"] == "/readyz?scope=self"

    def test_start_their_own_service_and_leave_replicas_to_the_hpa(self, manifests: Manifests) -> None:
        for doc in manifests.of("Deployment"):
            name, spec = doc["metadata"]["name"], doc["spec"]
            (container,) = spec["template"]["spec"]["containers"]
            assert {e["name"]: e.get("value") for e in container["env"]}["LTC_SERVICE"] == name
            assert selects(spec["selector"]["matchLabels"], spec["template"]["metadata"]["labels"])
            assert "replicas" not in spec, f"{name}: the HPA owns the replica count"
            assert all(
                selects(c["labelSelector"]["matchLabels"], spec["template"]["metadata"]["labels"])
                for c in spec["template"]["spec"]["topologySpreadConstraints"]
            )

    def test_the_migration_job_runs_once_at_a_time(self, manifests: Manifests) -> None:
        (job,) = manifests.of("Job")
        pod = job["spec"]["template"]["spec"]
        assert any("migrate" in c.get("args", []) + c.get("command", []) for c in pod["containers"])
        assert pod["restartPolicy"] in ("Never", "OnFailure")
        assert job["spec"].get("backoffLimit") is not None
        assert job["spec"].get("parallelism", 1) == 1


class TestRouting:
    def test_services_are_cluster_ips_on_a_port_of_their_pods(self, manifests: Manifests) -> None:
        for doc in manifests.of("Service"):
            spec = doc["spec"]
            assert spec.get("type", "ClusterIP") == "ClusterIP"
            target = deployment_of(manifests, spec["selector"])
            assert target is not None
            assert target["metadata"]["name"] == doc["metadata"]["name"]
            ports = [p for c in target["spec"]["template"]["spec"]["containers"] for p in c["ports"]]
            for port in spec["ports"]:
                assert port["port"] == PORT
                assert port["targetPort"] in {p["name"] for p in ports} | {p["containerPort"] for p in ports}

    def test_autoscalers_keep_two_pods_and_drains_possible(self, manifests: Manifests) -> None:
        """At least two pods (a node loss), scaled on CPU; the PodDisruptionBudget lets a node drain."""
        minimum = {}
        for hpa in manifests.of("HorizontalPodAutoscaler"):
            spec = hpa["spec"]
            assert hpa["apiVersion"] == "autoscaling/v2"
            assert spec["scaleTargetRef"]["kind"] == "Deployment"
            assert manifests.get("Deployment", spec["scaleTargetRef"]["name"]) is not None
            assert 2 <= spec["minReplicas"] <= spec["maxReplicas"]
            assert [m["resource"]["target"]["type"] for m in spec["metrics"] if m["type"] == "Resource"] == [
                "Utilization"
            ]
            minimum[spec["scaleTargetRef"]["name"]] = spec["minReplicas"]
        assert sorted(minimum) == sorted(SERVICES)
        for pdb in manifests.of("PodDisruptionBudget"):
            spec = pdb["spec"]
            target = deployment_of(manifests, spec["selector"]["matchLabels"])
            assert target is not None
            assert ("minAvailable" in spec) != ("maxUnavailable" in spec)
            assert spec.get("maxUnavailable") not in (0, "0", "0%")
            available = spec.get("minAvailable")
            assert not (isinstance(available, int) and available >= minimum[target["metadata"]["name"]])

    def test_only_the_gateway_is_public(self, manifests: Manifests) -> None:
        for ingress in manifests.of("Ingress"):
            for rule in ingress["spec"]["rules"]:
                for path in rule["http"]["paths"]:
                    backend = path["backend"]["service"]
                    assert backend["name"] == "gateway"
                    service = manifests.get("Service", "gateway")
                    assert service is not None
                    assert any(
                        p.get("name") == backend["port"].get("name")
                        or p["port"] == backend["port"].get("number")
                        for p in service["spec"]["ports"]
                    )

    def test_the_network_policy_covers_the_internal_services(self, manifests: Manifests) -> None:
        (policy,) = manifests.of("NetworkPolicy")
        selector = policy["spec"]["podSelector"]["matchLabels"]
        covered = {
            d["metadata"]["name"]
            for d in manifests.of("Deployment")
            if selects(selector, d["spec"]["template"]["metadata"]["labels"])
        }
        assert covered == set(INTERNAL_SERVICES)


class TestConfiguration:
    def test_the_configmap_sets_settings_and_no_secret(self, manifests: Manifests) -> None:
        (config,) = manifests.of("ConfigMap")
        data = config["data"]
        assert unknown_variables(list(data)) == []
        assert not set(data) & set(SECRET_VARIABLES)
        for target in INTERNAL_SERVICES:
            assert data[f"LTC_{target.upper()}_URL"] == f"http://{target}:{PORT}"

    def test_the_example_secret_holds_placeholders_only(self, example_secret: dict[str, Any]) -> None:
        values = {**example_secret.get("stringData", {}), **example_secret.get("data", {})}
        assert sorted(values) == sorted(SECRET_VARIABLES)
        assert all("REPLACE_ME" in str(v) for v in values.values())

    def test_no_secret_with_values_is_rendered(self, manifests: Manifests) -> None:
        assert manifests.of("Secret") == []
