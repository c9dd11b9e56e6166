"""Every code is documented, and the catalogue cannot disagree with the code that raises them.

The uses are read from the source (``shared/codescan.py``); the entries from each package's catalogue
(``shared/codes.py``). A failure names the entry to add (or remove) and the file it belongs in.
"""

from __future__ import annotations

import ast
import textwrap
from collections import defaultdict
from pathlib import Path

import pytest

from services import codes as reference
from shared import codescan
from shared.codes import Catalogue, Code, Kind, build, load, module_path, problem
from shared.codescan import Use

_HELPERS = {"problem": "problem", "field": "field_code", "row": "row", "check": "check"}


def _entry_to_add(kind: Kind, code: str, uses: list[Use]) -> str:
    statuses = sorted({u.status for u in uses if u.status is not None})
    status = f"{statuses[0]}, " if statuses else ""
    where = ", ".join(u.where for u in uses[:3])
    return (
        f'{_HELPERS[kind]}("{code}", {status}"<what it means>", "<what the caller should do>")'
        f"  → add to {module_path(uses[0].package)}  (used at {where})"
    )


def _uses_by_key() -> dict[tuple[Kind, str], list[Use]]:
    out: dict[tuple[Kind, str], list[Use]] = defaultdict(list)
    for use in codescan.scan().uses:
        out[(use.kind, use.code)].append(use)
    return out


class TestTheCatalogueMatchesTheSource:
    def test_every_code_used_is_catalogued(self) -> None:
        catalogue = load()
        missing = [
            _entry_to_add(kind, code, uses)
            for (kind, code), uses in sorted(_uses_by_key().items())
            if (kind, code) not in catalogue.entries
        ]
        assert not missing, "codes used but not catalogued; add these entries:\n" + "\n".join(missing)

    def test_every_catalogued_code_is_used(self) -> None:
        used = _uses_by_key()
        unused = [
            f"{entry.kind} {entry.code} in {module_path(entry.package)}"
            for key, entry in sorted(load().entries.items())
            if key not in used
        ]
        assert not unused, "catalogued but used nowhere; remove these entries:\n" + "\n".join(unused)

    def test_a_problem_code_has_one_status(self) -> None:
        catalogue = load()
        wrong = []
        for (kind, code), uses in sorted(_uses_by_key().items()):
            if kind != "problem":
                continue
            statuses = {u.status for u in uses}
            declared = catalogue.status_of(code)
            if len(statuses) > 1 or (declared is not None and statuses != {declared}):
                at = ", ".join(f"{u.status} at {u.where}" for u in uses)
                wrong.append(f"{code}: catalogued as {declared}, used as {at}")
        assert not wrong, "a code means one status; change the raise site or the entry:\n" + "\n".join(wrong)

    def test_the_checks_sql_writes_only_the_declared_reason_codes(self) -> None:
        declared = {u.code for u in codescan.scan().of_kind("check")}
        assert codescan.check_codes_in_sql() == declared

    def test_the_policy_code_means_one_status(self) -> None:
        """``POLICY_NOT_FOUND`` was a 404 on the policy's path and a 422 when generating bills; the missing
        prerequisite of bill generation is now ``POLICY_MISSING``."""
        catalogue = load()
        assert (catalogue.status_of("POLICY_NOT_FOUND"), catalogue.status_of("POLICY_MISSING")) == (404, 422)
        assert (
            catalogue.status_of("CALENDAR_YEAR_NOT_FOUND"),
            catalogue.status_of("CALENDAR_YEAR_UNKNOWN"),
        ) == (
            404,
            409,
        )


class TestTheScanFindsEveryWayOfRaising:
    """The scanner on small sources: what it must see, so that a new raise site cannot slip past it."""

    @pytest.fixture
    def scan_of(self, tmp_path: Path) -> object:
        def run(
            source: str, rel: str = "services/demo/things/service.py"
        ) -> set[tuple[str, str, int | None]]:
            path = tmp_path / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            (tmp_path / "shared").mkdir(exist_ok=True)
            (tmp_path / "shared" / "errors.py").write_text(
                "class DomainError(Exception):\n    status_code = 400\n    code = 'BAD_REQUEST'\n"
                "class NotFound(DomainError):\n    status_code = 404\n    code = 'NOT_FOUND'\n"
                "class Conflict(DomainError):\n    status_code = 409\n    code = 'CONFLICT'\n"
            )
            path.write_text(textwrap.dedent(source))
            codescan._scan.cache_clear()
            try:
                found = codescan.scan(tmp_path)
            finally:
                codescan._scan.cache_clear()
            return {(u.kind, u.code, u.status) for u in found.uses if u.path == rel}

        return run

    def test_keyword_codes_class_defaults_and_own_classes(self, scan_of) -> None:  # type: ignore[no-untyped-def]
        found = scan_of(
            """
            from shared.errors import Conflict, NotFound
            class Closed(Conflict):
                code = "YEAR_CLOSED"
            def f():
                raise NotFound("no", code="THING_NOT_FOUND")
            def g():
                raise NotFound("no")
            def h():
                raise Closed
            def i():
                raise Conflict("x", code="MOVED", status_code=410)
            def j(app):
                raise Conflict("x", code=f"APPLICATION_IS_{app.status.upper()}")
            """
        )
        assert found == {
            ("problem", "THING_NOT_FOUND", 404),
            ("problem", "NOT_FOUND", 404),
            ("problem", "YEAR_CLOSED", 409),
            ("problem", "MOVED", 410),
            ("problem", "APPLICATION_IS_*", 409),
        }

    def test_a_code_handed_to_the_function_that_raises_it(self, scan_of) -> None:  # type: ignore[no-untyped-def]
        found = scan_of(
            """
            from shared.errors import Conflict
            def post(amount, conflict_code="LEDGER_REUSED"):
                check(amount, conflict_code)
            def check(amount, code):
                raise Conflict("taken", code=code)
            def subsidy():
                post(1, conflict_code="SUBSIDY_REF_TAKEN")
            """
        )
        assert found == {("problem", "LEDGER_REUSED", 409), ("problem", "SUBSIDY_REF_TAKEN", 409)}

    def test_responses_field_errors_and_row_checks(self, scan_of) -> None:  # type: ignore[no-untyped-def]
        found = scan_of(
            """
            def f(malformed):
                problem_response(400 if malformed else 422, "BAD_JSON" if malformed else "BAD_FIELDS")
                FieldError(field="x", code="TOO_EARLY", message="m")
                RowCheck.when("x", "ROW_BAD", "x IS NULL", "m")
                def fail(field, code, message):
                    errors.append(FieldError(field=field, code=code, message=message))
            def g():
                fail("y", "HELPER_CODE", "m")
            """,
            rel="services/demo/imports/service.py",
        )
        assert found == {
            ("problem", "BAD_JSON", 400),
            ("problem", "BAD_FIELDS", 422),
            ("field", "TOO_EARLY", None),
            ("field", "HELPER_CODE", None),
            ("row", "ROW_BAD", None),
        }


class TestTheCatalogue:
    def test_a_code_is_declared_once(self) -> None:
        entry = problem("X_GONE", 404, "gone", "look elsewhere")
        with pytest.raises(ValueError, match="declared by a and b"):
            build({"a": [entry], "b": [entry]}, {})

    def test_an_entry_says_what_to_do(self) -> None:
        with pytest.raises(ValueError, match="what the caller should do"):
            Code("X_GONE", "problem", "gone", " ", 404)

    def test_every_entry_has_meaning_and_fix(self) -> None:
        catalogue: Catalogue = load()
        assert all(c.meaning and c.fix for c in catalogue.entries.values())


class TestTheReferencePage:
    def test_docs_codes_md_is_current(self) -> None:
        assert reference.PAGE.read_text() == reference.markdown(), (
            "docs/codes.md is out of date: run `python -m services.codes --write`"
        )

    def test_it_lists_every_code_with_its_fix(self) -> None:
        page = reference.PAGE.read_text()
        for entry in load().entries.values():
            assert f"`{entry.code}`" in page
            assert entry.fix.split("`")[0][:30] in page

    def test_the_readme_links_it(self) -> None:
        readme = (codescan.ROOT / "README.md").read_text()
        assert "docs/codes.md" in readme


def test_the_scanner_is_plain_python() -> None:
    """The scanner parses the source; importing it must not import any service (the gateway uses it)."""
    tree = ast.parse((codescan.ROOT / "shared" / "codescan.py").read_text())
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert not any(m and m.startswith("services") for m in imported)
