"""Where every error code is used, read from the source (AST), never from a list kept by hand.

One pass over ``services/`` and ``shared/`` (not tests, not migrations but the one SQL function whose codes
the imports report) finds each use of a code and the function it is in:

- *problem* codes (the ``code`` of an RFC 9457 answer, with its status): ``code=`` of a :class:`DomainError`
  subclass (``NotFound``, ``Conflict``, ``Unprocessable``… or a domain's own class; its class ``code`` and
  ``status_code`` when not given), the status and code arguments of ``problem_response``/``problem_body``,
  ``SignatureError`` (401), the gateway's ``Refusal`` (429), a Starlette exception class with a ``code``,
  and the kit's tables of framework codes (``_STATUS_CODES``; ``(status, "CODE", …)`` tuples);
- *field* codes (``errors[].code`` inside a 422): ``FieldError(code=…)``, ``PydanticCustomError(code, …)``,
  a local helper that passes its ``code`` parameter to ``FieldError``, pydantic's kinds (``_PYDANTIC_CODES``);
- *row* codes (a file import's per-row errors): ``RowCheck.when(field, code, …)``, the quoted codes in the
  SQL of the import modules, ``ImportError_(code=…)``;
- *check* reason codes of service records: the ``CUT_CODES``, ``CAP_CODES`` and ``REVIEW_FLAGS`` of
  ``services/settlement/records/checks.py``.

``"INVALID_" + something`` (or ``f"APPLICATION_IS_{…}"``) is the family ``INVALID_*`` (``APPLICATION_IS_*``).
A code computed otherwise (``code=exc.code``) is a pass-through of a code found at its origin. Each
function's uses and the functions it calls (resolved through its module's imports; a class's call reaches its
methods; ``obj.name()`` reaches the one function of that name in the service, if there is one) give
:func:`route_codes`, the codes a route can answer.
"""

from __future__ import annotations

import ast
import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

ROOT = Path(__file__).resolve().parent.parent
Kind = Literal["problem", "field", "row", "check"]

_DOMAIN_BASES = {"DomainError"}
_ROW_SQL_MODULES = (
    "services/enrollment/imports/",
    "shared/intake/",
    "services/settlement/records/intake.py",
    "services/assessment/migrated_levels/service.py",
    "services/settlement/opening_balances/service.py",
    "services/oversight/evaluations/surveys.py",
    "services/oversight/training/service.py",
)
_CHECKS_MODULE = "services/settlement/records/checks.py"
_CHECK_TUPLES = ("CUT_CODES", "CAP_CODES", "REVIEW_FLAGS")
_SQL_CODE = re.compile(r"'([A-Z][A-Z0-9_]{3,})'")
_SQL_NOT_CODES = {"YYYYMMDD"}  # a date format in the SQL


@dataclass(frozen=True)
class Use:
    """One place a code is used: ``status`` for a problem code (None for the other kinds)."""

    code: str
    kind: Kind
    status: int | None
    path: str  # relative to the repository, e.g. ``services/enrollment/persons/service.py``
    line: int
    function: str | None = None  # ``services.enrollment.persons.service.enrol``; None at module level

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}"

    @property
    def package(self) -> str:
        """``services.enrollment``, ``services.gateway``… or ``shared``: whose catalogue names it."""
        parts = self.path.split("/")
        return "shared" if parts[0] == "shared" else ".".join(parts[:2])

    @property
    def domain(self) -> str:
        """``enrollment.persons``: the service and the domain folder (or module) of the use."""
        parts = Path(self.path).with_suffix("").parts
        if parts[0] == "shared":
            return ".".join(parts[:2])
        return ".".join(parts[1:3])


@dataclass
class _Class:
    name: str
    bases: tuple[str, ...]
    code: str | None
    status: int | None
    code_param: int | None  # position of a ``code`` parameter of its ``__init__`` (after self)


@dataclass
class Scan:
    uses: list[Use] = field(default_factory=list)
    calls: dict[str, set[str]] = field(default_factory=dict)  # function -> functions it calls
    loose: dict[str, set[str]] = field(default_factory=dict)  # function -> ``x.name()`` calls not resolved
    # a code handed to a function as an argument (``post(…, conflict_code="SUBSIDY_REF_CONFLICT")``):
    params: dict[str, list[str]] = field(default_factory=dict)  # function -> its parameter names
    code_params: dict[tuple[str, str], int] = field(default_factory=dict)  # (function, param) raised as code
    forwards: list[tuple[str, str, str, str | int]] = field(default_factory=list)  # (fn, param, callee, slot)
    handed: list[tuple[str, str | int, Use]] = field(default_factory=list)  # (callee, slot, use w/o status)
    _reached: dict[str, set[str]] = field(default_factory=dict)
    _by_function: dict[str, list[Use]] | None = None

    def resolve_handed_codes(self) -> None:
        """A constant handed to a parameter that ends up as a raised ``code=`` is a use of that code, at the
        call (or the parameter's default), with the status of the error it becomes."""

        def param_name(callee: str, slot: str | int) -> str | None:
            if isinstance(slot, str):
                return slot
            names = self.params.get(callee, [])
            if names[:1] in (["self"], ["cls"]):
                slot += 1
            return names[slot] if slot < len(names) else None

        changed = True
        while changed:
            changed = False
            for function, param, callee, slot in self.forwards:
                name = param_name(callee, slot)
                status = self.code_params.get((callee, name)) if name else None
                if status is not None and (function, param) not in self.code_params:
                    self.code_params[(function, param)] = status
                    changed = True
        for callee, slot, use in self.handed:
            name = param_name(callee, slot)
            status = self.code_params.get((callee, name)) if name else None
            if status is not None:
                self.uses.append(Use(use.code, "problem", status, use.path, use.line, use.function))

    def link(self) -> None:
        """Resolve what the imports could not: a call of a class reaches its methods; ``obj.method()`` on an
        object of unknown type reaches the one function of that name, if there is exactly one."""
        functions = set(self.calls)
        by_name: dict[str, list[str]] = {}
        for name in functions:
            by_name.setdefault(name.rsplit(".", 1)[-1], []).append(name)
        methods: dict[str, list[str]] = {}
        for name in functions:
            methods.setdefault(name.rsplit(".", 1)[0], []).append(name)
        for function, targets in self.calls.items():
            extra: set[str] = set()
            for target in targets:
                if target not in functions:
                    extra.update(methods.get(target, ()))
            home = _home(function)
            for name in self.loose.get(function, ()):
                candidates = [c for c in by_name.get(name, []) if _home(c) in (home, "shared")]
                if len(candidates) == 1 and not name.startswith("__"):
                    extra.add(candidates[0])
            targets |= extra

    def of_kind(self, kind: Kind) -> list[Use]:
        return [u for u in self.uses if u.kind == kind]

    def by_function(self) -> dict[str, list[Use]]:
        if self._by_function is None:
            self._by_function = {}
            for use in self.uses:
                if use.function is not None:
                    self._by_function.setdefault(use.function, []).append(use)
        return self._by_function

    def reachable(self, function: str) -> set[str]:
        if function in self._reached:
            return self._reached[function]
        seen = {function}
        stack = [function]
        while stack:
            for callee in self.calls.get(stack.pop(), ()):
                if callee not in seen:
                    seen.add(callee)
                    stack.append(callee)
        self._reached[function] = seen
        return seen


def _home(function: str) -> str:
    """``services.enrollment`` or ``shared``: a service never calls another service's Python."""
    parts = function.split(".")
    return "shared" if parts[0] == "shared" else ".".join(parts[:2])


def source_files(root: Path = ROOT) -> Iterator[Path]:
    for top in ("services", "shared"):
        for path in sorted((root / top).rglob("*.py")):
            rel = path.relative_to(root).as_posix()
            if "/migrations/" in rel:
                if "/versions/" in rel and "id_number_problem" in path.read_text():
                    yield path
                continue
            yield path


def _module_name(rel: str) -> str:
    return rel.removesuffix(".py").removesuffix("/__init__").replace("/", ".")


def _const_str(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if (
        isinstance(node, ast.BinOp)
        and isinstance(node.op, ast.Add)
        and isinstance(node.left, ast.Constant)
        and isinstance(node.left.value, str)
        and node.left.value.endswith("_")
    ):
        return node.left.value + "*"
    if (
        isinstance(node, ast.JoinedStr)
        and node.values
        and isinstance(node.values[0], ast.Constant)
        and isinstance(node.values[0].value, str)
        and node.values[0].value.endswith("_")
    ):
        return node.values[0].value + "*"  # f"APPLICATION_IS_{status}"
    return None


def _const_int(node: ast.AST | None) -> int | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, int) and not isinstance(node.value, bool):
        return node.value
    return None


def _callee_name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _dotted(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        head = _dotted(node.value)
        return f"{head}.{node.attr}" if head else None
    return None


def _arg(call: ast.Call, position: int | None, keyword: str) -> ast.expr | None:
    for kw in call.keywords:
        if kw.arg == keyword:
            return kw.value
    if position is not None and len(call.args) > position:
        return call.args[position]
    return None


def _top_level(body: list[ast.stmt]) -> Iterator[ast.stmt]:
    """A module's statements, those under ``if``/``try`` at module level included."""
    for node in body:
        yield node
        if isinstance(node, ast.If | ast.Try):
            yield from _top_level([*node.body, *node.orelse, *getattr(node, "finalbody", [])])


def _classes(trees: dict[str, ast.Module]) -> dict[str, _Class]:
    """Every module-level class with its bases and class-level ``code``/``status_code`` (by simple name)."""
    out: dict[str, _Class] = {}
    for tree in trees.values():
        for node in _top_level(tree.body):
            if not isinstance(node, ast.ClassDef):
                continue
            code = status = param = None
            for item in node.body:
                if isinstance(item, ast.Assign | ast.AnnAssign):
                    targets = item.targets if isinstance(item, ast.Assign) else [item.target]
                    names = [t.id for t in targets if isinstance(t, ast.Name)]
                    if "code" in names:
                        code = _const_str(item.value)
                    if "status_code" in names:
                        status = _const_int(item.value)
                if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                    params = [a.arg for a in item.args.args[1:]]
                    param = params.index("code") if "code" in params else None
                    for sub in ast.walk(item):  # super().__init__(401, "…") of a Starlette exception
                        if (
                            status is None
                            and isinstance(sub, ast.Call)
                            and _callee_name(sub.func) == "__init__"
                            and sub.args
                        ):
                            status = _const_int(sub.args[0])
            bases = tuple(b for b in (_callee_name(x) for x in node.bases) if b)
            out[node.name] = _Class(node.name, bases, code, status, param)
    return out


def _lineage(name: str, classes: dict[str, _Class]) -> list[_Class]:
    out: list[_Class] = []
    while name in classes and len(out) < 20:
        out.append(classes[name])
        name = classes[name].bases[0] if classes[name].bases else ""
    return out


def _is_domain_error(name: str, classes: dict[str, _Class]) -> bool:
    """A :class:`DomainError` or another exception class that carries its own ``code`` and status."""
    lineage = _lineage(name, classes)
    if any(c.name in _DOMAIN_BASES for c in lineage):
        return True
    return any(c.code for c in lineage) and any(c.status for c in lineage)


def _inherited(name: str, classes: dict[str, _Class], attr: str) -> object:
    for cls in _lineage(name, classes):
        value = getattr(cls, attr)
        if value is not None:
            return value
    return None


class _Visitor(ast.NodeVisitor):
    def __init__(self, rel: str, classes: dict[str, _Class], scan: Scan) -> None:
        self.rel = rel
        self.module = _module_name(rel)
        self.classes = classes
        self.scan = scan
        self.imports: dict[str, str] = {}
        self.local: set[str] = set()
        self.field_helpers: dict[str, int] = {}
        self.constants: dict[str, str] = {}  # module-level ``NOT_IN_SCHEME = "COUNTY_NOT_IN_SCHEME"``
        self.tables: dict[
            str, list[ast.expr]
        ] = {}  # module-level dicts of functions  # local function -> position of its ``code`` parameter
        self.stack: list[str] = []  # enclosing class / function names
        self.function: str | None = None
        self.klass: str | None = None

    # -- names -------------------------------------------------------------------------------------
    def collect(self, tree: ast.Module) -> None:
        for node in _top_level(tree.body):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for alias in node.names:
                    self.imports[alias.asname or alias.name] = f"{node.module}.{alias.name}"
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.asname:
                        self.imports[alias.asname] = alias.name
                    else:
                        self.imports[alias.name.split(".")[0]] = alias.name.split(".")[0]
            elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                self.local.add(node.name)
            elif (
                isinstance(node, ast.Assign)
                and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)
                and isinstance(code := _const_str(node.value), str)
                and code.isupper()
            ):
                self.constants[node.targets[0].id] = code
            elif (
                isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Dict)
                and all(isinstance(t, ast.Name) for t in node.targets)
            ):  # ``RUNNERS = {"persons": persons.run, …}``, called as ``RUNNERS[kind](…)``
                for target in node.targets:
                    assert isinstance(target, ast.Name)
                    self.tables[target.id] = [
                        v for v in node.value.values if isinstance(v, ast.Name | ast.Attribute)
                    ]

    def _str(self, node: ast.AST | None) -> str | None:
        """A code spelled at the site, or a module-level constant holding one (``code=NOT_IN_SCHEME``)."""
        if isinstance(node, ast.Name) and node.id in self.constants:
            return self.constants[node.id]
        return _const_str(node)

    def _note_field_helper(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        """``def fail(field, code, message): errors.append(FieldError(field=field, code=code, …))``"""
        params = [a.arg for a in node.args.args]
        if "code" not in params:
            return
        for sub in ast.walk(node):
            if (
                isinstance(sub, ast.Call)
                and _callee_name(sub.func) == "FieldError"
                and isinstance(_arg(sub, None, "code"), ast.Name)
            ):
                self.field_helpers[node.name] = params.index("code")
                return

    def resolve(self, func: ast.expr) -> str | None:
        dotted = _dotted(func)
        if dotted is None:
            return None
        head, _, rest = dotted.partition(".")
        if head == "self" and self.klass and rest:
            return f"{self.module}.{self.klass}.{rest}"
        if head in self.imports:
            return self.imports[head] + (f".{rest}" if rest else "")
        if head in self.local:
            return f"{self.module}.{dotted}"
        return None

    # -- traversal ---------------------------------------------------------------------------------
    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        outer = self.klass
        if self.function is None:
            self.klass = node.name
        self.generic_visit(node)
        self.klass = outer

    def _visit_function(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        """A function is named as Python names it (``outer.<locals>.inner`` for a nested one, which its outer
        function reaches: it calls it or hands it on). Decorators (``@router.post(…)``) are not its calls."""
        self._note_field_helper(node)
        outer = self.function
        if outer is None:
            name = (f"{self.module}.{self.klass}." if self.klass else f"{self.module}.") + node.name
        else:
            name = f"{outer}.<locals>.{node.name}"
            self.scan.calls[outer].add(name)
        self.function = name
        self.scan.calls.setdefault(name, set())
        arguments = [*node.args.posonlyargs, *node.args.args]
        self.scan.params[name] = [a.arg for a in [*arguments, *node.args.kwonlyargs]]
        defaults = list(
            zip(arguments[len(arguments) - len(node.args.defaults) :], node.args.defaults, strict=True)
        )
        defaults += [(a, d) for a, d in zip(node.args.kwonlyargs, node.args.kw_defaults, strict=True) if d]
        for argument, default in defaults:  # ``conflict_code: str = "LEDGER_CLIENT_ID_REUSED"``
            code = self._str(default)
            if code is not None and code.isupper() and "_" in code:
                use = Use(code, "problem", None, self.rel, default.lineno, name)
                self.scan.handed.append((name, argument.arg, use))
        for child in [node.args, *node.body]:
            self.visit(child)
        self.function = outer

    visit_FunctionDef = _visit_function
    visit_AsyncFunctionDef = _visit_function

    def add(self, code: str | None, kind: Kind, status: int | None, node: ast.AST) -> None:
        if code is None or not code.strip("*").replace("_", "").isalnum() or not code.isupper():
            return
        line = getattr(node, "lineno", 0)
        self.scan.uses.append(Use(code, kind, status, self.rel, line, self.function))

    def visit_Raise(self, node: ast.Raise) -> None:
        exc = node.exc
        if isinstance(exc, ast.Name | ast.Attribute):  # ``raise PeriodClosed``: the class's own code
            name = _callee_name(exc)
            if name and _is_domain_error(name, self.classes):
                self._domain_error(name, None, node)
        self.generic_visit(node)

    def _domain_error(self, name: str, call: ast.Call | None, node: ast.AST) -> None:
        param = _inherited(name, self.classes, "code_param")
        code_node = _arg(call, param if isinstance(param, int) else None, "code") if call else None
        code = self._str(code_node) if code_node is not None else _inherited(name, self.classes, "code")
        status_node = _arg(call, None, "status_code") if call else None
        status = (
            _const_int(status_node) if status_node is not None else _inherited(name, self.classes, "status")
        )
        if isinstance(code, str) and isinstance(status, int):
            self.add(code, "problem", status, node)
        elif (
            isinstance(code_node, ast.Name)
            and isinstance(status, int)
            and self.function is not None
            and code_node.id in self.scan.params.get(self.function, [])
        ):  # ``code=conflict_code``: the code is the caller's
            self.scan.code_params[(self.function, code_node.id)] = status
        if name == "IdentifierError":  # its code is also the field error it carries
            self.add(code if isinstance(code, str) else None, "field", None, node)

    def _note_handed(self, node: ast.Call, target: str) -> None:
        """Arguments that may become a raised code in ``target``: constants and this function's parameters."""
        slots: list[tuple[str | int, ast.expr]] = [(i, a) for i, a in enumerate(node.args)]
        slots += [(k.arg, k.value) for k in node.keywords if k.arg]
        own = self.scan.params.get(self.function or "", [])
        for slot, value in slots:
            code = self._str(value)
            if code is not None and code.isupper() and "_" in code:
                use = Use(code, "problem", None, self.rel, value.lineno, self.function)
                self.scan.handed.append((target, slot, use))
            elif isinstance(value, ast.Name) and value.id in own and self.function is not None:
                self.scan.forwards.append((self.function, value.id, target, slot))

    def visit_Call(self, node: ast.Call) -> None:
        name = _callee_name(node.func)
        target = self.resolve(node.func)
        if target is not None:
            self._note_handed(node, target)
        if self.function is not None and target is not None:
            self.scan.calls[self.function].add(target)
        elif self.function is not None and isinstance(node.func, ast.Attribute):
            self.scan.loose.setdefault(self.function, set()).add(node.func.attr)
        elif (
            self.function is not None
            and isinstance(node.func, ast.Subscript)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id in self.tables
        ):
            for value in self.tables[node.func.value.id]:
                ref = self.resolve(value)
                if ref is not None:
                    self.scan.calls[self.function].add(ref)
        if name is not None and self.function is not None:
            for arg in [*node.args, *(k.value for k in node.keywords)]:
                ref = self.resolve(arg) if isinstance(arg, ast.Name | ast.Attribute) else None
                if ref is not None:  # a function handed over (``idempotent.respond(create)``)
                    self.scan.calls[self.function].add(ref)
        if name in ("problem_response", "problem_body"):
            code, status = _arg(node, 1, "code"), _arg(node, 0, "status")
            if isinstance(code, ast.IfExp) and isinstance(status, ast.IfExp):  # ``400 if … else 422``
                self.add(self._str(code.body), "problem", _const_int(status.body), node)
                self.add(self._str(code.orelse), "problem", _const_int(status.orelse), node)
            else:
                self.add(self._str(code), "problem", _const_int(status), node)
        elif name == "SignatureError":
            self.add(self._str(_arg(node, 0, "code")), "problem", 401, node)
        elif name == "Refusal":
            self.add(self._str(_arg(node, 0, "code")), "problem", 429, node)
        elif name == "FieldError":
            self.add(self._str(_arg(node, None, "code")), "field", None, node)
        elif name == "PydanticCustomError":
            self.add(self._str(_arg(node, 0, "error_type")), "field", None, node)
        elif name == "ImportError_":
            self.add(self._str(_arg(node, None, "code")), "row", None, node)
        elif name == "when" and _dotted(node.func) == "RowCheck.when":
            self.add(self._str(_arg(node, 1, "code")), "row", None, node)
        elif name in self.field_helpers and isinstance(node.func, ast.Name):
            self.add(self._str(_arg(node, self.field_helpers[name], "code")), "field", None, node)
        elif name is not None and _is_domain_error(name, self.classes):
            self._domain_error(name, node, node)
        self.generic_visit(node)

    def visit_Tuple(self, node: ast.Tuple) -> None:
        """``(409, "CONFLICT", "…")``: a status and a code side by side (the kit's tables of codes)."""
        if len(node.elts) >= 2:
            status, code = _const_int(node.elts[0]), self._str(node.elts[1])
            if status is not None and 400 <= status <= 599 and code is not None:
                self.add(code, "problem", status, node)
        self.generic_visit(node)

    def visit_Assign(self, node: ast.Assign) -> None:
        names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        value = node.value
        if "_STATUS_CODES" in names and isinstance(value, ast.Dict):
            for k, v in zip(value.keys, value.values, strict=True):
                self.add(self._str(v), "problem", _const_int(k), v)
        elif "_PYDANTIC_CODES" in names and isinstance(value, ast.Dict):
            for v in value.values:
                self.add(self._str(v), "field", None, v)
            self.add("INVALID_*", "field", None, node)  # any other kind: ``"INVALID_" + its first word``
        elif self.rel == _CHECKS_MODULE and any(n in _CHECK_TUPLES for n in names):
            for elt in value.elts if isinstance(value, ast.Tuple) else ():
                self.add(self._str(elt), "check", None, elt)
        self.generic_visit(node)

    def visit_Constant(self, node: ast.Constant) -> None:
        if isinstance(node.value, str) and (
            self.rel.startswith(_ROW_SQL_MODULES) or "/migrations/" in self.rel
        ):
            for match in _SQL_CODE.finditer(node.value):
                if match.group(1) not in _SQL_NOT_CODES:
                    self.add(match.group(1), "row", None, node)


def check_codes_in_sql(root: Path = ROOT) -> set[str]:
    """The reason codes the checks' SQL writes (quoted in its text), to hold against the declared tuples."""
    tree = ast.parse((root / _CHECKS_MODULE).read_text())
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            found.update(_SQL_CODE.findall(node.value))
    return found


def scan(root: Path = ROOT) -> Scan:
    """The uses and calls of every source file under ``root`` (read once per process)."""
    return _scan(root)


@functools.cache
def _scan(root: Path) -> Scan:
    trees = {p.relative_to(root).as_posix(): ast.parse(p.read_text(), str(p)) for p in source_files(root)}
    classes = _classes(trees)
    result = Scan()
    for rel, tree in trees.items():
        visitor = _Visitor(rel, classes, result)
        visitor.collect(tree)
        visitor.visit(tree)
    result.resolve_handed_codes()
    result.link()
    return result


def route_codes(functions: Iterable[str], root: Path = ROOT) -> set[tuple[int, str]]:
    """``{(status, code)}`` a route can answer: the problem codes used in its endpoint and dependencies
    (``module.qualname``) and in every function they call, as far as the calls can be resolved."""
    found = _scan(root)
    uses = found.by_function()
    out: set[tuple[int, str]] = set()
    for function in functions:
        for reached in found.reachable(function):
            for use in uses.get(reached, ()):
                if use.kind == "problem" and use.status is not None:
                    out.add((use.status, use.code))
    return out
