"""Schemathesis over the gateway's merged ``/openapi.json`` with every role's key: no 5xx, every answer fits
the document (status, content type, body schema), every error is problem+json with a code and a request id.

Every operation of the merged document is sent through the in-process gateway in front of the real service
apps (``conftest.py``), once per role: admin, bureau, contractor (鹿城区, 瑞安市), institution and no key;
path parameters name objects that exist (``world.py``), so fuzzed bodies reach the handlers behind the
lookup. Per operation and role:

- the deterministic cases of schemathesis's coverage phase: one of each kind of valid request (nulls,
  boundary values, optional fields left out) and ``LTC_FUZZ_COVERAGE`` (8) kinds of invalid one, spread
  over the parameters — unless the role is refused the operation outright (401/403 to a valid request: none
  of the rest would reach the operation's input handling);
- twice ``LTC_FUZZ_EXAMPLES`` (2) hypothesis examples, drawn from valid and invalid requests (fuzzing).

Bounded and reproducible: hypothesis runs with a fixed seed (``LTC_FUZZ_SEED``), no example database and no
shrinking, so a run sends the same requests every time; a failure is reported with its request as curl.
A longer run, e.g. before a release (minutes, not part of ``make test``)::

    LTC_FUZZ_EXAMPLES=100 LTC_FUZZ_COVERAGE=all .venv/bin/pytest tests/fuzz -n 2

Every failing check is collected and reported at the end, by operation and check. Findings that another
change is fixing are listed in ``KNOWN`` with the reason; an entry that no longer fails fails the test, so it
is removed when its fix lands.

The coverage phase is run outside schemathesis's own runner through its internal ``CoverageGenerator``
(with ``Override`` and ``FeedbackSources``): schemathesis is pinned exactly; check these on an upgrade.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import hypothesis
import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, Phase, given
from hypothesis import strategies as st
from schemathesis.core.failures import Failure, FailureGroup
from schemathesis.core.parameters import ParameterLocation
from schemathesis.core.result import Ok
from schemathesis.generation.drivers import CoverageGenerator
from schemathesis.generation.feedback import FeedbackSources
from schemathesis.generation.overrides import Override

from services.gateway.routing import service_for
from tests.fuzz.bridge import LoopBridge
from tests.fuzz.checks import CHECKS
from tests.fuzz.world import build, path_parameters

Case = schemathesis.Case[Any]
Operation = schemathesis.APIOperation[Any, Any, Any, Any]

ROLES = ("admin", "bureau", "contractor", "institution", "anonymous")
SERVICES = ("gateway", "enrollment", "assessment", "settlement")
EXAMPLES = int(os.environ.get("LTC_FUZZ_EXAMPLES", "2"))
COVERAGE = os.environ.get("LTC_FUZZ_COVERAGE", "8")
SEED = int(os.environ.get("LTC_FUZZ_SEED", "20261206"))
GATEWAY_URL = "http://127.0.0.1:8000"  # in reproducers: the address `make run` serves

hypothesis.settings.register_profile(
    "ltc-fuzz",
    max_examples=2 * EXAMPLES,
    database=None,
    deadline=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)

# (role, "METHOD /path", check) → why it fails today. Each is a finding another part of issue 11 is fixing;
# remove the entry when that fix is merged (the test fails while an entry here no longer fails).
KNOWN: dict[tuple[str, str, str], str] = {}


@dataclass
class Finding:
    role: str
    operation: str
    check: str
    message: str
    reproducer: str
    count: int = 1


@dataclass
class Run:
    """One role's requests against one platform, and what the checks found."""

    role: str
    app: LoopBridge
    world: dict[str, str]
    headers: dict[str, str] = field(default_factory=dict)
    findings: dict[tuple[str, str], Finding] = field(default_factory=dict)
    requests: int = 0

    def send(self, case: Case) -> int:
        """Send one case as this role and record what each check has to say about the answer."""
        self.requests += 1
        response = case.call(headers=self.headers, app=self.app)
        try:
            case.validate_response(response, checks=list(CHECKS), headers=self.headers)
        except FailureGroup as group:
            for failure in group.exceptions:
                self._record(case, failure)
        return response.status_code

    def send_coverage(self, case: Case) -> int:
        """A (shared, cached) coverage case, aimed at this run's objects unless its path is what is wrong."""
        aimed = case.derive()
        path = case.meta.components.get(ParameterLocation.PATH) if case.meta else None
        if path is None or path.mode is schemathesis.GenerationMode.POSITIVE:
            aimed.path_parameters.update(path_parameters(self.world, case.operation.path))
        return self.send(aimed)

    def _record(self, case: Case, failure: Failure) -> None:
        check = failure.checks[0] if failure.checks else failure.title.rpartition(": ")[2].strip("`")
        key = (case.operation.label, check)
        if key in self.findings:
            self.findings[key].count += 1
            return
        curl = case.as_curl_command(headers=self.headers, base_url=GATEWAY_URL)
        self.findings[key] = Finding(self.role, case.operation.label, check, failure.message.strip(), curl)


_SCHEMA: list[schemathesis.BaseSchema] = []
_COVERAGE: dict[str, list[Case]] = {}


async def merged_schema(gateway: httpx.AsyncClient) -> schemathesis.BaseSchema:
    """The gateway's merged document as a schemathesis schema. Asked for once per worker process: the
    document is a function of the code, and merging it from fresh apps costs seconds."""
    if not _SCHEMA:
        document = (await gateway.get("/openapi.json")).json()
        assert "x-unavailable-services" not in document["info"]
        _SCHEMA.append(schemathesis.openapi.from_dict(document))
    return _SCHEMA[0]


def coverage_cases(operation: Operation) -> Iterator[Case]:
    """Schemathesis's coverage-phase cases: one of each kind of valid request, ``LTC_FUZZ_COVERAGE`` kinds of
    invalid one spread over the parameters (``all``: every case). Made once per worker process: the first
    is yielded before the rest are made (most roles stop after it)."""
    key = operation.label
    if key in _COVERAGE:
        yield from _COVERAGE[key]
        return
    generator = iter(
        CoverageGenerator(
            operation=operation,
            generation_modes=list(schemathesis.GenerationMode),
            generation_config=operation.schema.config.generation_for(operation=operation, phase="coverage"),
            auth_storage=None,
            override=Override(),
            feedback=FeedbackSources(),
        )
    )
    first = next(generator, None)
    if first is None:
        _COVERAGE[key] = []
        return
    yield first
    if COVERAGE == "all":
        cases = [first, *generator]
    else:
        positive: dict[tuple[str, str], Case] = {}
        negative: dict[tuple[str, str], Case] = {}
        for case in (first, *generator):
            assert case.meta is not None
            data = case.meta.phase.data
            kind = (str(getattr(data, "scenario", "")), str(getattr(data, "description", "")))
            valid = case.meta.generation.mode is schemathesis.GenerationMode.POSITIVE
            (positive if valid else negative).setdefault(kind, case)
        invalid = list(negative.values())
        step = max(1, -(-len(invalid) // int(COVERAGE)))
        cases = [*positive.values(), *invalid[::step]]
    _COVERAGE[key] = cases
    yield from cases[1:]


def fuzz_operation(run: Run, operation: Operation) -> None:
    for n, case in enumerate(coverage_cases(operation)):
        status = run.send_coverage(case)
        if n == 0 and status in (401, 403):
            return  # the role may not call it: nothing else it sends reaches the operation's input handling

    pinned = path_parameters(run.world, operation.path) or None

    @hypothesis.seed(SEED)
    @hypothesis.settings(hypothesis.settings.get_profile("ltc-fuzz"))
    @given(
        case=st.one_of(
            [
                operation.as_strategy(generation_mode=mode, path_parameters=pinned)
                for mode in schemathesis.GenerationMode
            ]
        )
    )
    def fuzz(case: Case) -> None:
        run.send(case)

    fuzz()


def operations_of(schema: schemathesis.BaseSchema, service: str) -> list[Operation]:
    operations = []
    for result in schema.get_all_operations():
        assert isinstance(result, Ok), f"the merged document has an invalid operation: {result}"
        operation = result.ok()
        if (service_for(operation.path) or "gateway") == service:
            operations.append(operation)
    return operations


def report(findings: list[Finding]) -> str:
    lines = []
    for f in sorted(findings, key=lambda f: (f.operation, f.check)):
        lines.append(f"- {f.operation} as {f.role}: {f.check} ({f.count}x)")
        lines += [f"    {line}" for line in f.message.splitlines() if line.strip()]
        lines.append(f"    {f.reproducer}")
    return "\n".join(lines)


@pytest.mark.parametrize("service", SERVICES)
@pytest.mark.parametrize("role", ROLES)
async def test_every_operation_answers_by_its_document(
    role: str, service: str, platform: FastAPI, keys: dict[str, str]
) -> None:
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=platform), base_url="http://gateway.test"
    ) as gateway:
        operations = operations_of(await merged_schema(gateway), service)
        world = await build(gateway, keys)
    run = Run(role, LoopBridge(platform, asyncio.get_running_loop()), world)
    if role != "anonymous":
        run.headers["Authorization"] = f"Bearer {keys[role]}"

    def fuzz_all() -> None:
        for operation in operations:
            fuzz_operation(run, operation)

    await asyncio.to_thread(fuzz_all)

    assert operations
    assert run.requests >= len(operations)
    labels = {operation.label for operation in operations}
    known = {(op, check) for (r, op, check) in KNOWN if r == role and op in labels}
    unexpected = [f for key, f in run.findings.items() if key not in known]
    fixed = sorted(f"{op}: {check}" for op, check in known if (op, check) not in run.findings)
    assert not unexpected, f"{len(unexpected)} finding(s) in {run.requests} requests:\n" + report(unexpected)
    assert not fixed, "known findings that no longer fail (remove them from KNOWN): " + "; ".join(fixed)
