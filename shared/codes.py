"""The catalogue of every code a caller can meet: what it means and what to do about it.

Four kinds of code:

- ``problem``: the ``code`` of an RFC 9457 answer, with its one HTTP status;
- ``field``: an ``errors[].code`` inside a 422 (which rule one field broke);
- ``row``: the code of a file import's per-row error (``…/{job_id}/errors``, the expert import's ``errors``);
- ``check``: a reason code or review flag of a service record's checks before paying.

Each package that raises codes declares its entries in its own catalogue module (``services/<svc>/codes.py``,
the domain-free kit's in ``shared/kit_codes.py``), one entry per (kind, code)::

    ENTRIES = (
        problem("PERSON_NOT_FOUND", 404, "没有这个参保人: no insured person with this id in your counties",
                "check the id; a contractor sees only its own counties' persons"),
        ...
    )

A code used by several services is declared once, by the package that owns its meaning (the first to use
it); :func:`load` refuses a (kind, code) declared twice. ``tests/test_codes.py`` holds the catalogue against
the source (``shared/codescan.py``): a code used but not declared, declared but not used, or a problem code
used with two statuses fails it, naming the entry to add and the file to add it to. ``ROUTE_CODES`` of a
catalogue module adds codes a route answers that the scan cannot follow to it (``"POST /path": (codes)``).

``python -m services.codes --write`` renders the catalogue as ``docs/codes.md``; each service's OpenAPI
document lists per operation the problem codes it can answer (``shared/openapi_codes.py``).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal

Kind = Literal["problem", "field", "row", "check"]
KINDS: tuple[Kind, ...] = ("problem", "field", "row", "check")

# Each package's catalogue module, in the order the reference page lists them.
CATALOGUE_MODULES: Mapping[str, str] = MappingProxyType(
    {
        "shared": "shared.kit_codes",
        "services.gateway": "services.gateway.codes",
        "services.enrollment": "services.enrollment.codes",
        "services.assessment": "services.assessment.codes",
        "services.settlement": "services.settlement.codes",
        "services.oversight": "services.oversight.codes",
    }
)


@dataclass(frozen=True)
class Code:
    """One documented code. ``status`` is set for problem codes only; a code ending in ``*`` is a family
    (``INVALID_*``: ``INVALID_`` and the field or kind)."""

    code: str
    kind: Kind
    meaning: str
    fix: str
    status: int | None = None
    package: str = ""  # the catalogue that declares it (set by :func:`load`)

    def __post_init__(self) -> None:
        if (self.kind == "problem") != (self.status is not None):
            raise ValueError(f"{self.code}: a problem code has a status, other kinds have none")
        if not self.meaning.strip() or not self.fix.strip():
            raise ValueError(f"{self.code}: an entry says what the code means and what the caller should do")


def problem(code: str, status: int, meaning: str, fix: str) -> Code:
    return Code(code, "problem", meaning, fix, status)


def field_code(code: str, meaning: str, fix: str) -> Code:
    return Code(code, "field", meaning, fix)


def row(code: str, meaning: str, fix: str) -> Code:
    return Code(code, "row", meaning, fix)


def check(code: str, meaning: str, fix: str) -> Code:
    return Code(code, "check", meaning, fix)


@dataclass(frozen=True)
class Catalogue:
    entries: Mapping[tuple[Kind, str], Code]
    route_codes: Mapping[str, Mapping[str, tuple[str, ...]]] = field(default_factory=dict)  # package -> …
    # a family's members (``"APPLICATION_IS_*"`` -> every ``APPLICATION_IS_<STATUS>``), from a catalogue
    # module's ``FAMILY_MEMBERS``: the OpenAPI document spells them out as the ``code`` enum (issue 18)
    families: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def get(self, kind: Kind, code: str) -> Code | None:
        found = self.entries.get((kind, code))
        if found is None and kind != "problem":
            for (k, name), entry in self.entries.items():
                if k == kind and name.endswith("*") and code.startswith(name[:-1]):
                    return entry
        return found

    def of_kind(self, kind: Kind) -> list[Code]:
        return sorted((c for (k, _), c in self.entries.items() if k == kind), key=lambda c: c.code)

    def status_of(self, code: str) -> int | None:
        entry = self.entries.get(("problem", code))
        return entry.status if entry is not None else None

    def declared_for(self, operation: str) -> tuple[str, ...]:
        """Codes the catalogues add to ``"METHOD /path"`` by hand (``ROUTE_CODES``)."""
        out: list[str] = []
        for routes in self.route_codes.values():
            out.extend(routes.get(operation, ()))
        return tuple(out)


def build(
    modules: Mapping[str, Iterable[Code]],
    routes: Mapping[str, Mapping[str, tuple[str, ...]]],
    families: Mapping[str, tuple[str, ...]] | None = None,
) -> Catalogue:
    entries: dict[tuple[Kind, str], Code] = {}
    for package, codes in modules.items():
        for entry in codes:
            key = (entry.kind, entry.code)
            if key in entries:
                raise ValueError(
                    f"{entry.kind} code {entry.code} is declared by {entries[key].package} and {package}; "
                    "declare it once, where its meaning is owned"
                )
            entries[key] = Code(entry.code, entry.kind, entry.meaning, entry.fix, entry.status, package)
    for package, table in routes.items():
        for operation, names in table.items():
            for code in names:
                if ("problem", code) not in entries:
                    raise ValueError(
                        f"{package} ROUTE_CODES names {code} for {operation}; it is not catalogued"
                    )
    for family, members in (families or {}).items():
        if ("problem", family) not in entries or not family.endswith("*"):
            raise ValueError(f"FAMILY_MEMBERS names {family}; it is not a catalogued family of codes")
        strays = [m for m in members if not m.startswith(family[:-1])]
        if strays:
            raise ValueError(f"FAMILY_MEMBERS of {family} names codes outside it: {strays}")
    return Catalogue(
        MappingProxyType(entries), MappingProxyType(dict(routes)), MappingProxyType(dict(families or {}))
    )


_LOADED: Catalogue | None = None


def load() -> Catalogue:
    """Every package's entries (imported once)."""
    global _LOADED
    if _LOADED is None:
        modules: dict[str, Iterable[Code]] = {}
        routes: dict[str, Mapping[str, tuple[str, ...]]] = {}
        families: dict[str, tuple[str, ...]] = {}
        for package, module_name in CATALOGUE_MODULES.items():
            module = importlib.import_module(module_name)
            modules[package] = module.ENTRIES
            routes[package] = getattr(module, "ROUTE_CODES", {})
            families.update(getattr(module, "FAMILY_MEMBERS", {}))
        _LOADED = build(modules, routes, families)
    return _LOADED


def module_path(package: str) -> str:
    """The file a package's entries go into (for a failure message that says where to add one)."""
    return CATALOGUE_MODULES.get(package, "shared.kit_codes").replace(".", "/") + ".py"
