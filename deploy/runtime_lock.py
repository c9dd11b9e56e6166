"""The runtime part of ``requirements.lock``: what the container image installs.

``requirements.lock`` is one universal, hash-pinned resolution of ``pyproject.toml`` *with* the ``dev``
extra (pytest, mypy, ruff, ...). The image must not carry the dev tools, and it must not re-resolve
anything either, so this keeps the lock's own entries — same versions, same hashes, same markers — for the
runtime dependencies of ``[project].dependencies`` and their transitive dependencies, found through the
``# via`` annotations that ``uv pip compile`` writes, and drops the rest.

pip's hash-checking mode makes the result self-verifying: if an entry the runtime needs were dropped,
``pip install --require-hashes`` would refuse to install the image rather than fetch an unpinned package.

    python deploy/runtime_lock.py                      # runtime lock on stdout
    python deploy/runtime_lock.py -o runtime.lock      # ... into a file
    python deploy/runtime_lock.py --list               # the package names, one a line

Standard library only: the Docker build runs it with the base image's bare Python.
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_REQUIREMENT = re.compile(r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?\s*==")
_NAME = re.compile(r"^\s*(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)")
_VIA_INLINE = re.compile(r"^\s+# via (?P<who>\S.*)$")
_VIA_HEADER = re.compile(r"^\s+# via\s*$")
_VIA_ITEM = re.compile(r"^\s+#   (?P<who>\S.*)$")


class LockError(Exception):
    """The lock or pyproject.toml is not in the shape this script understands."""


def normalize(name: str) -> str:
    """PEP 503 name normalization (``Mako`` == ``mako``, ``typing_extensions`` == ``typing-extensions``)."""
    return re.sub(r"[-_.]+", "-", name).lower()


@dataclass
class Entry:
    """One pinned requirement of the lock with its hash and annotation lines."""

    name: str
    lines: list[str]
    required_by: set[str] = field(default_factory=set)


@dataclass
class Lock:
    header: list[str]
    entries: list[Entry]

    def names(self) -> set[str]:
        return {entry.name for entry in self.entries}


def _who(text: str) -> str:
    """``fastapi`` or ``ltc-platform (pyproject.toml)`` or ``-r requirements.in`` → a normalized name."""
    match = _NAME.match(text)
    return normalize(match.group("name")) if match else text.strip()


def parse_lock(text: str) -> Lock:
    header: list[str] = []
    entries: list[Entry] = []
    in_via_list = False
    for line in text.splitlines():
        if not line.strip():
            continue
        if not line[0].isspace():
            in_via_list = False
            if line.startswith("#"):
                if entries:
                    entries[-1].lines.append(line)
                else:
                    header.append(line)
                continue
            match = _REQUIREMENT.match(line)
            if match is None:
                raise LockError(f"not a pinned requirement (name==version): {line!r}")
            entries.append(Entry(normalize(match.group("name")), [line]))
            continue
        if not entries:
            raise LockError(f"indented line before the first requirement: {line!r}")
        entry = entries[-1]
        entry.lines.append(line)
        if inline := _VIA_INLINE.match(line):
            entry.required_by.add(_who(inline.group("who")))
            in_via_list = False
        elif _VIA_HEADER.match(line):
            in_via_list = True
        elif in_via_list and (item := _VIA_ITEM.match(line)):
            entry.required_by.add(_who(item.group("who")))
        elif not line.lstrip().startswith("--hash="):
            in_via_list = False
    if not entries:
        raise LockError("the lock pins nothing")
    return Lock(header, entries)


def runtime_roots(pyproject: dict[str, object]) -> set[str]:
    """The names in ``[project].dependencies`` (extras, versions and markers stripped)."""
    project = pyproject.get("project")
    if not isinstance(project, dict):
        raise LockError("pyproject.toml has no [project] table")
    dependencies = project.get("dependencies")
    if not isinstance(dependencies, list) or not all(isinstance(d, str) for d in dependencies):
        raise LockError("[project].dependencies is not a list of strings")
    roots: set[str] = set()
    for requirement in dependencies:
        match = _NAME.match(requirement)
        if match is None:
            raise LockError(f"cannot read the requirement {requirement!r}")
        roots.add(normalize(match.group("name")))
    return roots


def runtime_closure(lock: Lock, roots: set[str]) -> set[str]:
    """``roots`` and everything the lock says one of them (transitively) requires."""
    missing = roots - lock.names()
    if missing:
        raise LockError(
            "requirements.lock does not pin these runtime dependencies: "
            + ", ".join(sorted(missing))
            + " (run `make lock`)"
        )
    if not any(entry.required_by for entry in lock.entries):
        raise LockError("requirements.lock has no `# via` annotations; regenerate it with `make lock`")
    needed = set(roots)
    changed = True
    while changed:
        changed = False
        for entry in lock.entries:
            if entry.name not in needed and entry.required_by & needed:
                needed.add(entry.name)
                changed = True
    return needed


def load(pyproject_path: Path, lock_path: Path) -> tuple[Lock, set[str]]:
    """The parsed lock and the names of its runtime entries."""
    lock = parse_lock(lock_path.read_text(encoding="utf-8"))
    with pyproject_path.open("rb") as handle:
        roots = runtime_roots(tomllib.load(handle))
    return lock, runtime_closure(lock, roots)


def render(lock: Lock, keep: set[str], source: str) -> str:
    lines = [
        f"# Runtime subset of {source}, written by deploy/runtime_lock.py: the same pins and hashes,",
        "# without the dev extra. Do not edit; regenerate requirements.lock instead.",
    ]
    for entry in lock.entries:
        if entry.name in keep:
            lines.extend(entry.lines)
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pyproject", type=Path, default=ROOT / "pyproject.toml")
    parser.add_argument("--lock", type=Path, default=ROOT / "requirements.lock")
    parser.add_argument("-o", "--output", type=Path, help="write here instead of stdout")
    parser.add_argument("--list", action="store_true", help="print the runtime package names only")
    args = parser.parse_args(argv)
    try:
        lock, keep = load(args.pyproject, args.lock)
    except (LockError, OSError, tomllib.TOMLDecodeError) as exc:
        sys.stderr.write(f"runtime_lock: {exc}\n")
        return 1
    text = "\n".join(sorted(keep)) + "\n" if args.list else render(lock, keep, args.lock.name)
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
