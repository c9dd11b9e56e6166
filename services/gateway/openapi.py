"""One OpenAPI document for the whole public API: the gateway's own paths plus every service's ``/api/``
paths, fetched from the services and cached briefly. Component names that clash between services with
different content are prefixed with the service's name, and every reference is rewritten to match."""

from __future__ import annotations

import copy
import json
import time
from typing import Any

import structlog

from services.gateway.upstream import SERVICES, Upstreams

_log = structlog.get_logger("gateway.openapi")
_REF_PREFIX = "#/components/schemas/"


def _rewrite_refs(node: Any, renames: dict[str, str]) -> Any:
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str) and value.startswith(_REF_PREFIX):
                name = value[len(_REF_PREFIX) :]
                out[key] = _REF_PREFIX + renames.get(name, name)
            else:
                out[key] = _rewrite_refs(value, renames)
        return out
    if isinstance(node, list):
        return [_rewrite_refs(v, renames) for v in node]
    return node


def merge(gateway_doc: dict[str, Any], service_docs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    merged = copy.deepcopy(gateway_doc)
    paths: dict[str, Any] = merged.setdefault("paths", {})
    schemas: dict[str, Any] = merged.setdefault("components", {}).setdefault("schemas", {})
    for service, doc in service_docs.items():
        their_schemas: dict[str, Any] = doc.get("components", {}).get("schemas", {})
        renames = {
            name: f"{service.capitalize()}{name}"
            for name, schema in their_schemas.items()
            if name in schemas
            and json.dumps(schemas[name], sort_keys=True) != json.dumps(schema, sort_keys=True)
        }
        for name, schema in their_schemas.items():
            schemas[renames.get(name, name)] = _rewrite_refs(schema, renames)
            if name in renames and "title" in schema:  # a generator names its class by the title
                schemas[renames[name]]["title"] = renames[name]
        for path, item in doc.get("paths", {}).items():
            if path.startswith("/api/"):
                paths[path] = _rewrite_refs(item, renames)
    merged["components"]["securitySchemes"] = {
        "ApiKey": {"type": "http", "scheme": "bearer", "description": "`Authorization: Bearer <api key>`"}
    }
    merged["security"] = [{"ApiKey": []}]
    for path, item in paths.items():
        if not path.startswith("/api/"):  # /healthz, /readyz: open to anyone, as the gateway answers them
            for operation in item.values():
                if isinstance(operation, dict):
                    operation["security"] = []
    merged["paths"] = dict(sorted(paths.items()))
    for name in list(schemas):
        schemas[name] = _hoist_defs(schemas[name], schemas)
    unique_titles(schemas)
    return merged


def _hoist_defs(node: Any, schemas: dict[str, Any]) -> Any:
    """A schema embedded whole (``WithJsonSchema(Model.model_json_schema())``) carries its own ``$defs``,
    which generators do not resolve: each definition goes to the components (the same one already there is
    shared; a different one gets a name of its own) and ``#/$defs/X`` points there."""
    if isinstance(node, list):
        return [_hoist_defs(v, schemas) for v in node]
    if not isinstance(node, dict):
        return node
    renames: dict[str, str] = {}
    for name, definition in node.get("$defs", {}).items():
        target = name
        while target in schemas and schemas[target] != definition:
            target = "Embedded" + target
        schemas[target] = _hoist_defs(definition, schemas)
        renames[name] = target
    out = {}
    for key, value in node.items():
        if key == "$defs":
            continue
        if key == "$ref" and isinstance(value, str) and value.startswith("#/$defs/"):
            name = value[len("#/$defs/") :]
            out[key] = _REF_PREFIX + renames.get(name, name)
        else:
            out[key] = _hoist_defs(value, schemas)
    return out


def unique_titles(schemas: dict[str, Any]) -> None:
    """Every component's ``title`` its own: a title two components claim (pydantic's ``Growth-Input`` and
    ``Growth-Output`` are both "Growth") becomes the component's name, so that a client generator, which
    names a model class by its title, makes one class per component instead of dropping the second."""
    claims: dict[str, int] = {}
    for schema in schemas.values():
        if isinstance(schema.get("title"), str):
            claims[schema["title"]] = claims.get(schema["title"], 0) + 1
    for name, schema in schemas.items():
        if claims.get(schema.get("title", name), 0) > 1 and schema["title"] != name:
            schema["title"] = name


def assemble(gateway_doc: dict[str, Any], service_docs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The public document from the gateway's own and the services' documents: merged, every operation with
    the gateway's codes, the tags ordered and described."""
    merged = add_gateway_codes(merge(gateway_doc, service_docs), set(gateway_doc.get("paths", {})))
    type_bare_answers(merged)
    share_problem_schemas(merged)
    return order_tags(merged)


def _camel(code: str) -> str:
    return "".join(part.capitalize() for part in code.lower().split("_"))


def share_problem_schemas(doc: dict[str, Any]) -> None:
    """Every problem response keeps its own ``code`` enum, but the schema of one (status, codes) is one named
    component, ``$ref``'d by every operation that answers exactly those codes: some 2,500 responses share
    about 220 schemas, so a generated client has a model per schema, not per response. Named by its codes
    (``PersonNotFoundProblem``) when it has one or two, else by the first operation answering it and the
    status (``SettleCountyMonth422Problem``). In place."""
    schemas: dict[str, Any] = doc.setdefault("components", {}).setdefault("schemas", {})
    named: dict[str, str] = {}  # the schema's JSON → its component's name
    for path, item in doc.get("paths", {}).items():
        for method, operation in item.items():
            if not isinstance(operation, dict):
                continue
            for status, response in operation.get("responses", {}).items():
                media = response.get("content", {}).get("application/problem+json")
                schema = media.get("schema") if isinstance(media, dict) else None
                if not isinstance(schema, dict) or "allOf" not in schema:
                    continue
                key = json.dumps(schema, sort_keys=True)
                if key not in named:
                    codes = sorted(response.get("x-ltc-codes", []))
                    readable = [c for c in codes if not c.endswith("*")]
                    if 1 <= len(codes) <= 2 and len(readable) == len(codes):
                        name = "".join(_camel(c) for c in codes) + (
                            "Problem" if status != "422" else "Invalid"
                        )
                    else:
                        operation_name = _camel(str(operation.get("operationId") or f"{method}_{path}"))
                        name = f"{operation_name}{status}Problem"
                    while name in schemas:
                        name += "X"
                    schemas[name] = {**schema, "title": name}
                    named[key] = name
                media["schema"] = {"$ref": _REF_PREFIX + named[key]}


def type_bare_answers(doc: dict[str, Any]) -> None:
    """An answer declared by its media type alone (``text/csv`` beside the JSON of a report) is text: a
    generator needs a schema to type it. In place."""
    for item in doc.get("paths", {}).values():
        for operation in item.values():
            if not isinstance(operation, dict):
                continue
            for response in operation.get("responses", {}).values():
                for media_type, media in response.get("content", {}).items():
                    if isinstance(media, dict) and not media.get("schema"):
                        text = media_type.startswith("text/")
                        media["schema"] = (
                            {"type": "string"} if text else {"type": "string", "format": "binary"}
                        )


def built_in_process() -> dict[str, Any]:
    """The document the gateway serves, built from the five apps in this process (no database, no network):
    what ``make client`` generates the committed client from; tests/clients checks it is the served one."""
    from fastapi.openapi.utils import get_openapi
    from pydantic import SecretStr

    from services.assessment.app import create_app as assessment
    from services.enrollment.app import create_app as enrollment
    from services.gateway.app import create_app as gateway
    from services.oversight.app import create_app as oversight
    from services.settlement.app import create_app as settlement
    from shared.openapi_codes import add_route_codes
    from shared.settings import Settings

    settings = Settings(
        internal_secret=SecretStr("document-only-" + "x" * 32), database_url="postgresql:///doc"
    )
    app = gateway(settings)
    own = add_route_codes(
        get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes), app
    )
    factories = {
        "enrollment": enrollment,
        "assessment": assessment,
        "settlement": settlement,
        "oversight": oversight,
    }
    return assemble(own, {name: factories[name](settings).openapi() for name in SERVICES})


class MergedOpenApi:
    def __init__(self, ttl_seconds: float = 30.0) -> None:
        self.ttl = ttl_seconds
        self._cached: tuple[float, dict[str, Any]] | None = None

    async def document(self, gateway_doc: dict[str, Any], upstreams: Upstreams) -> dict[str, Any]:
        now = time.monotonic()
        if self._cached and now - self._cached[0] < self.ttl:
            return self._cached[1]
        docs: dict[str, dict[str, Any]] = {}
        missing: list[str] = []
        for service in SERVICES:
            try:
                docs[service] = await upstreams.get_json(service, "/openapi.json")
            except Exception as exc:
                _log.warning("openapi_fetch_failed", service=service, error=repr(exc))
                missing.append(service)
        merged = assemble(gateway_doc, docs)
        if missing:
            merged["info"]["x-unavailable-services"] = missing
        else:
            self._cached = (now, merged)
        return merged


# The tags in the order of the work — enrol persons, collect contributions, assess, contract institutions,
# take their service records, settle, watch the fund — then reference data and the platform itself. Swagger
# UI and ReDoc show the groups in this order. A tag an operation uses that is not here comes last, without a
# description (tests/gateway/test_docs_and_operations.py fails until it is added).
TAGS: tuple[tuple[str, str], ...] = (
    (
        "persons",
        "Insured persons (参保人员): enrol one, change a status, ask whether a person is covered on a day.",
    ),
    ("employers", "Employers (参保单位) by unified social credit code, in the contractor's counties."),
    (
        "imports",
        "Enrolments and payments by file (CSV or JSON lines, streamed): rows checked one by one, an error "
        "report per row, a file sent again is harmless. Sample files: `examples/` in the repository.",
    ),
    (
        "contributions",
        "Annual contribution bills (筹资) per person and year, payments by channel, what is owed and paid.",
    ),
    (
        "assessment applications",
        "Disability assessment (失能评估): apply, score by the drawn panel, conclude, publicise, serve, "
        "object; a person's disability level in force.",
    ),
    (
        "panel draws",
        "Drawing an application's expert panel at random from the eligible experts of its county.",
    ),
    ("expert pool", "Assessment experts (评估专家): admit, change, import by file; their quality figures."),
    ("spot checks", "Random re-assessment of concluded applications (抽查)."),
    (
        "institutions",
        "Contracted care institutions (协议定点护理服务机构), their caregivers and their clients' homes.",
    ),
    (
        "service records",
        "Care service records (护理服务记录) an institution submits in batches; their results once checked.",
    ),
    ("service record review", "The contractor's first and second review of flagged service records."),
    ("disputes", "An institution's dispute of a cut record, and its decision."),
    (
        "settlement",
        "Monthly settlement runs per county (结算): the checks, each institution's statement, payouts.",
    ),
    (
        "fund ledger",
        "The fund's double-entry ledger per county: accounts, transactions, transfers, subsidies.",
    ),
    ("fund views", "The fund's state per county and city-wide: income, payouts, balance, per month."),
    (
        "annual clearing",
        "The year's clearing (年度清算) proposed by the contractor and approved by the bureau.",
    ),
    (
        "fund planning",
        "Budgets (预算) per county and year with adjustments, the city's sum and their execution; final "
        "accounts (决算); the county finance's cover of a deficit; the plan's task list (清单+闭环) and its "
        "supervision rounds (bureau).",
    ),
    (
        "recoveries",
        "Money paid wrongly and recovered from institutions (追回), as oversight orders it: netted against "
        "the next settlement, repaid, or written off by the bureau; with its ledger transactions.",
    ),
    (
        "contractors",
        "The register of contractors (商保经办机构): credit code, service outlets per county, team, and "
        "S001's qualifying conditions with their evidence (bureau).",
    ),
    (
        "contracts",
        "Service contracts per lot of counties (bureau): terms, status draft → in force → suspended → "
        "expired / terminated, and the acceptance of each period's fulfilment (履约检查验收).",
    ),
    (
        "inspections",
        "Daily inspection of institutions (日常巡查) by the bureau or a contractor in its counties: plans, "
        "visits with findings, their photos and documents (files), the rectification deadline and its "
        "follow-up.",
    ),
    (
        "cases",
        "Cases of suspected violations (打击违规) on institutions and contractors: evidence and the "
        "institution's statement (text and files), the bureau's "
        "decision with sanctions and money ordered recovered (追回), lifting; the rules of supervision "
        "(versioned).",
    ),
    (
        "complaints",
        "Complaints (投诉): received, assigned, handled, pressed when overdue (督办), followed up (回访).",
    ),
    (
        "performance evaluation",
        "Performance evaluation (绩效评价) of contractors, institutions and experts: schemes as "
        "versioned rule data, evaluations scored from the KPI reports, the bureau, an assigned evaluator "
        "and beneficiary surveys; published, open to objection, final.",
    ),
    (
        "training register",
        "Caregivers' standardised training (规范化培训, S003 §二(六)): courses, exam sessions, results by "
        "file and certificates, recorded by 人社 and the bureau; a certificate issued or revoked reaches "
        "settlement's check CAREGIVER_UNTRAINED.",
    ),
    (
        "migration from the old system",
        "Go-live: disability levels in force and the fund's opening balances from the system the city ran "
        "before, by file (bureau); each marked as migrated and listed for audit.",
    ),
    (
        "counties",
        "The accounting units (统筹区) of the city, with their targets and their scheme start "
        "(bureau-editable, versioned); reference data.",
    ),
    ("contribution policy", "The contribution amount, shares, due date and grace period per year (bureau)."),
    ("rule sets", "Versions of the assessment scale and its policy values (bureau)."),
    (
        "working calendar",
        "Working days, holidays and make-up workdays per year, for every deadline (bureau).",
    ),
    ("benefit rules", "What the fund pays per level, care mode and institution kind, and the caps (bureau)."),
    (
        "staff",
        "The people who sign in to the console (/console) and their accounts: role and scope like an API "
        "client's, password, second factor, sessions (admin; a contractor's staff administrator).",
    ),
    (
        "service items",
        "The catalogue of service items (护理服务项目目录): versions drafted and published by the "
        "bureau, each item's modes, minimum minutes, monthly limit and who may perform it, every value "
        "flagged.",
    ),
    ("api clients", "The platform's API clients and their keys (admin)."),
    ("audit", "The append-only audit log of every mutating call (admin, bureau)."),
    ("operations", "Liveness, readiness and metrics of the platform; open to anyone."),
)


def order_tags(doc: dict[str, Any]) -> dict[str, Any]:
    """Set the document's top-level ``tags`` (order and descriptions) from :data:`TAGS`; in place."""
    used: list[str] = []
    for item in doc.get("paths", {}).values():
        for operation in item.values():
            if isinstance(operation, dict):
                used += [t for t in operation.get("tags", []) if t not in used]
    known = dict(TAGS)
    doc["tags"] = [{"name": name, "description": text} for name, text in TAGS if name in used] + [
        {"name": name} for name in used if name not in known
    ]
    return doc


# What the gateway itself may answer for any public operation, before or instead of the service's answer.
GATEWAY_CODES: dict[int, tuple[str, ...]] = {
    400: ("PATH_NOT_CANONICAL",),
    401: ("UNAUTHENTICATED", "API_KEY_INVALID"),
    429: ("RATE_LIMITED", "TOO_MANY_BAD_KEYS"),
}
# What the gateway answers a contractor client bound to its contractor that writes with no contract in force.
WRITE_CODES: dict[int, tuple[str, ...]] = {403: ("CONTRACT_NOT_IN_FORCE",)}
UPSTREAM_CODES: dict[int, tuple[str, ...]] = {
    502: ("UPSTREAM_ERROR",),
    503: ("UPSTREAM_UNAVAILABLE",),
    504: ("UPSTREAM_TIMEOUT",),
}
CODES_REFERENCE = (
    "Every error is `application/problem+json` with a stable `code`. Each operation lists, per status, the "
    "codes "
    "it can answer; what each code means and what to do about it — with the field codes of a 422, the import "
    "row codes and the service-record check reason codes — is in the code reference, `docs/codes.md` "
    "(generated by `python -m services.codes --write`)."
)


def add_gateway_codes(merged: dict[str, Any], gateway_paths: set[str]) -> dict[str, Any]:
    """Every public operation with the codes the gateway adds to its service's (keys, rate limits, a path it
    refuses; for a proxied operation, the service being unreachable, slow or broken), and the document's
    description pointing at the code reference."""
    from shared.codes import load
    from shared.openapi_codes import set_problem_responses

    catalogue = load()
    for path, item in merged.get("paths", {}).items():
        if not path.startswith("/api/"):
            continue
        for method, operation in item.items():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            codes = {
                int(status): set(response.get("x-ltc-codes", ()))
                for status, response in operation["responses"].items()
                if status[:1] in ("4", "5")
            }
            tables = [GATEWAY_CODES] if path in gateway_paths else [GATEWAY_CODES, UPSTREAM_CODES]
            if path not in gateway_paths and method.upper() not in ("GET", "HEAD", "OPTIONS"):
                tables.append(WRITE_CODES)
            for table in tables:
                for status, extra in table.items():
                    codes.setdefault(status, set()).update(extra)
            set_problem_responses(operation, codes, catalogue)
    info = merged.setdefault("info", {})
    if CODES_REFERENCE not in info.get("description", ""):
        info["description"] = (info.get("description", "") + "\n\n" + CODES_REFERENCE).strip()
    return merged


if __name__ == "__main__":  # python -m services.gateway.openapi > clients/openapi.json
    import sys

    json.dump(built_in_process(), sys.stdout, indent=2, ensure_ascii=False, sort_keys=False)
    sys.stdout.write("\n")
