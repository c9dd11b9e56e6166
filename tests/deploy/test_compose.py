"""The platform's own rules for docker-compose.yml (its schema is check-jsonschema's, test_validators.py):
the start order, one image and one secret for every container, only the gateway published, and the same
settings as the Kubernetes manifests."""

from __future__ import annotations

import re
from typing import Any

from tests.deploy.conftest import (
    DEPLOY,
    INTERNAL_SERVICES,
    PORT,
    ROOT,
    SERVICES,
    Manifests,
    env_names,
    unknown_variables,
)

INTERPOLATION = re.compile(r"\$(\$|\{[^}]*\}|[A-Za-z_][A-Za-z0-9_]*|)")
INTERPOLATION_BODY = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(?:(?::?[-?+]).*)?$", re.DOTALL)


def environment(service: dict[str, Any]) -> dict[str, str]:
    return {
        str(k): str(v).lower() if isinstance(v, bool) else str(v) for k, v in service["environment"].items()
    }


def strings(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [s for item in value.values() for s in strings(item)]
    if isinstance(value, list):
        return [s for item in value for s in strings(item)]
    return [value] if isinstance(value, str) else []


def published(service: dict[str, Any]) -> list[int]:
    return [int(str(p).split("/")[0].rsplit(":", 1)[-1]) for p in service.get("ports", [])]


class TestStartOrder:
    def test_postgres_16_is_healthy_first_on_a_named_volume(self, compose: dict[str, Any]) -> None:
        postgres = compose["services"]["postgres"]
        assert postgres["image"].startswith("postgres:16")
        assert postgres["healthcheck"]["test"]
        (volume,) = [v.split(":")[0] for v in postgres["volumes"] if v.endswith(":/var/lib/postgresql/data")]
        assert volume in compose["volumes"]

    def test_migrate_runs_once_when_postgres_is_healthy(self, compose: dict[str, Any]) -> None:
        migrate = compose["services"]["migrate"]
        assert migrate["command"] in (["migrate"], "migrate")
        assert migrate["depends_on"]["postgres"]["condition"] == "service_healthy"
        assert migrate.get("restart", "no") == "no"
        assert "ports" not in migrate

    def test_services_start_after_migrate_and_report_readiness(self, compose: dict[str, Any]) -> None:
        for name in SERVICES:
            service = compose["services"][name]
            assert service["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
            assert "/readyz" in service["healthcheck"]["test"]
            assert service["restart"]
            assert environment(service)["LTC_SERVICE"] == name
        assert all(
            compose["services"]["gateway"]["depends_on"][s]["condition"] == "service_healthy"
            for s in INTERNAL_SERVICES
        )


class TestOneImageOneSecret:
    def test_migrate_and_the_services_share_one_image_and_build(self, compose: dict[str, Any]) -> None:
        apps = [compose["services"][n] for n in ("migrate", *SERVICES)]
        assert len({a["image"] for a in apps}) == 1
        for app in apps:
            assert (
                ROOT / app["build"]["context"] / app["build"]["dockerfile"]
            ).resolve() == DEPLOY / "Dockerfile"

    def test_it_is_the_image_the_kubernetes_manifests_name(
        self, compose: dict[str, Any], kustomization: dict[str, Any]
    ) -> None:
        reference = compose["services"]["migrate"]["image"]
        default = re.fullmatch(r"\$\{[A-Za-z_][A-Za-z0-9_]*:?-([^}]*)\}", reference)
        repository = (default.group(1) if default else reference).split("@")[0].rsplit(":", 1)[0]
        assert [image["name"] for image in kustomization["images"]] == [repository]

    def test_every_container_shares_the_database_and_the_required_secret(
        self, compose: dict[str, Any]
    ) -> None:
        """Compose refuses to start without LTC_INTERNAL_SECRET (``${...:?message}``); the gateway and the
        services must agree on it, or every call answers 401."""
        envs = {n: environment(compose["services"][n]) for n in ("migrate", *SERVICES)}
        assert len({env["LTC_DATABASE_URL"] for env in envs.values()}) == 1
        secrets = {envs[n]["LTC_INTERNAL_SECRET"] for n in SERVICES}
        assert len(secrets) == 1
        assert re.fullmatch(r"\$\{LTC_INTERNAL_SECRET:\?[^}]+\}", secrets.pop())
        for name in SERVICES:
            assert envs[name]["LTC_LOG_JSON"] == "true"
            for target in INTERNAL_SERVICES:
                assert envs[name][f"LTC_{target.upper()}_URL"] == f"http://{target}:{PORT}"

    def test_only_the_gateway_is_published(self, compose: dict[str, Any]) -> None:
        assert {n: published(s) for n, s in compose["services"].items() if published(s)} == {
            "gateway": [PORT]
        }


class TestSettings:
    def test_every_variable_is_a_settings_field(self, compose: dict[str, Any]) -> None:
        for name in ("migrate", *SERVICES):
            assert unknown_variables(list(environment(compose["services"][name]))) == [], name

    def test_interpolations_are_well_formed(self, compose: dict[str, Any]) -> None:
        """A lone ``$`` or a malformed ``${...}`` would only fail when Compose runs."""
        for text in strings(compose):
            for match in INTERPOLATION.finditer(text):
                token = match.group(1)
                assert token, f"a lone '$' in {text!r} (write $$)"
                assert token == "$" or token[0] != "{" or INTERPOLATION_BODY.match(token[1:-1]), text

    def test_kubernetes_sets_whatever_compose_sets(
        self, compose: dict[str, Any], manifests: Manifests, example_secret: dict[str, Any]
    ) -> None:
        (config,) = manifests.of("ConfigMap")
        configured = set(config["data"]) | set(example_secret["stringData"])
        configured |= {n for _, c in manifests.containers() for n in env_names(c)}
        compose_sets = {n for s in ("migrate", *SERVICES) for n in environment(compose["services"][s])}
        assert sorted(n for n in compose_sets if n.startswith("LTC_") and n not in configured) == []
