"""Walk the package's imports (ast, nothing imported) and hold them to the stage order of docs/architecture.md.

A stage may import leaf modules, its own stage and earlier stages, never a later one; no import
made inside a function (or under ``TYPE_CHECKING``) may close a cycle, because such an import only
hides a cycle from Python. Deferred imports that close no cycle (the CLI loading a subcommand's
modules on demand) are fine. A known violation owned by another issue is listed in
``KNOWN_STAGE_VIOLATIONS`` / ``KNOWN_CYCLE_DODGES`` as a strict xfail: when the owner fixes it the
xfail fails, and its entry is removed. None is left.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "dateline"

LEAVES = frozenset({"errors", "settings", "model", "names", "lexicons", "dates", "tables"})
"""Modules and packages every stage may use; they import only each other (and never a stage)."""
STAGES = ("read", "clean", "annotate", "resolve", "store", "serve", "runs", "pipeline", "scale", "ingest", "train",
          "cli")
"""The stages in data-flow order: the data stages as the folders, then the layers that compose them."""


@dataclass(frozen=True)
class Import:
    """One import statement: who imports what, at which line, and whether at module level."""

    source: str
    target: str
    line: int
    deferred: bool
    """Made inside a function, or under ``if TYPE_CHECKING:`` (either way not run when the module loads)."""


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def all_modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


MODULES = all_modules()


def stage_of(module: str) -> str:
    """The stage (or "leaf") a dateline module belongs to: its first name under the package."""
    top = module.split(".")[1] if "." in module else ""
    if top in LEAVES or top == "":
        return "leaf"
    if top.startswith("cli") or top == "__main__":
        return "cli"
    if top not in STAGES:
        raise AssertionError(f"{module}: in no stage; add its folder to STAGES and to docs/architecture.md")
    return top


def rank(stage: str) -> int:
    return -1 if stage == "leaf" else STAGES.index(stage)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _targets(node: ast.Import | ast.ImportFrom) -> Iterator[str]:
    """The dateline modules an import statement loads (a name imported from a package may be a submodule)."""
    if isinstance(node, ast.Import):
        yield from (a.name for a in node.names if a.name.split(".")[0] == "dateline")
        return
    if node.level or not node.module or node.module.split(".")[0] != "dateline":
        return
    for alias in node.names:
        sub = f"{node.module}.{alias.name}"
        yield sub if sub in MODULES else node.module


def imports_of(module: str) -> list[Import]:
    """Every dateline import of one module, module-level and deferred."""
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    found: list[Import] = []

    def visit(node: ast.AST, deferred: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.Import, ast.ImportFrom)):
                found.extend(Import(module, t, child.lineno, deferred) for t in _targets(child))
            inner = deferred or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)) or (
                isinstance(child, ast.If) and _is_type_checking(child))
            visit(child, inner)

    visit(tree, False)
    return list(dict.fromkeys(found))  # `from m import a, b` loads m once


def _ancestors(module: str) -> list[str]:
    parts = module.split(".")
    return [".".join(parts[:i]) for i in range(2, len(parts))]


def loaded(imp: Import) -> list[str]:
    """The modules an import runs: its target, and the packages above it.

    Importing ``dateline.a.b`` also runs ``dateline/a/__init__.py``, unless the importer sits in
    ``dateline.a`` itself (a package's modules are loaded while it is: no cycle for Python).
    """
    own = {imp.source, *_ancestors(imp.source)}
    return [imp.target, *(a for a in _ancestors(imp.target) if a not in own)]


@lru_cache(maxsize=1)
def graph() -> dict[str, set[str]]:
    """Module -> the modules loading it runs, deferred imports included."""
    return {m: {t for imp in imports_of(m) for t in loaded(imp)} for m in MODULES}


def reaches(edges: dict[str, set[str]], start: str, goal: str) -> bool:
    seen, todo = {start}, [start]
    while todo:
        for nxt in edges.get(todo.pop(), ()):
            if nxt == goal:
                return True
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return False


def stage_violations(module: str) -> list[str]:
    mine = stage_of(module)
    return [f"{module}:{imp.line} ({mine}) imports {imp.target} ({stage_of(imp.target)})"
            for imp in imports_of(module) if rank(stage_of(imp.target)) > rank(mine)]


def closes_cycle(imp: Import, edges: dict[str, set[str]]) -> bool:
    """Whether what an import loads leads back to the importing module."""
    return any(t == imp.source or reaches(edges, t, imp.source) for t in loaded(imp))


def cycle_dodges(module: str, edges: dict[str, set[str]]) -> list[str]:
    return [f"{module}:{imp.line} defers importing {imp.target}, which leads back to {module}"
            for imp in imports_of(module) if imp.deferred and closes_cycle(imp, edges)]


KNOWN_STAGE_VIOLATIONS: dict[str, str] = {}
KNOWN_CYCLE_DODGES: dict[str, str] = {}


def _cases(known: dict[str, str]) -> list[object]:
    return [pytest.param(m, marks=pytest.mark.xfail(reason=known[m], strict=True)) if m in known else m
            for m in MODULES]


@pytest.mark.parametrize("module", _cases(KNOWN_STAGE_VIOLATIONS))
def test_no_stage_imports_a_later_stage(module: str) -> None:
    assert stage_violations(module) == []


@pytest.mark.parametrize("module", _cases(KNOWN_CYCLE_DODGES))
def test_no_deferred_import_hides_a_cycle(module: str) -> None:
    assert cycle_dodges(module, graph()) == []


def test_leaves_import_no_stage() -> None:
    leaves = [m for m in MODULES if stage_of(m) == "leaf"]
    assert {stage_of(imp.target) for m in leaves for imp in imports_of(m)} <= {"leaf"}


def test_the_walk_sees_deferred_and_type_only_imports() -> None:
    """The checks above can fail: the walker finds a deferred import, a TYPE_CHECKING one and a package's submodule."""
    pipeline = {(imp.target, imp.deferred) for imp in imports_of("dateline.pipeline")}
    assert ("dateline.annotate.events", True) in pipeline and ("dateline.clean", True) in pipeline
    assert ("dateline.model", False) in pipeline and ("dateline.runs", False) in pipeline
    local = {(imp.target, imp.deferred) for imp in imports_of("dateline.scale.local")}
    assert ("dateline.pipeline", False) in local
    assert rank(stage_of("dateline.resolve.identity")) > rank(stage_of("dateline.annotate.actors"))


def test_a_stage_importing_a_later_one_is_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The stage check can fail: a pipeline module importing the scale layer (the old LocalPool cycle) is a violation."""
    module = tmp_path / "pipeline_old.py"
    module.write_text("def extract():\n    from dateline.scale.local import LocalPool\n", encoding="utf-8")
    monkeypatch.setitem(MODULES, "dateline.pipeline", module)
    assert stage_violations("dateline.pipeline") == [
        "dateline.pipeline:2 (pipeline) imports dateline.scale.local (scale)"]


def test_a_cycle_through_a_package_module_is_found() -> None:
    """A deferred import whose target's package imports the importer back is a cycle (the old resolve/dates.py)."""
    edges = {"dateline.resolve.dates": {"dateline.annotate.timex", "dateline.annotate"},
             "dateline.annotate.timex": set(), "dateline.annotate": {"dateline.resolve.dates"}}
    dodge = Import("dateline.resolve.dates", "dateline.annotate.timex", 357, deferred=True)
    assert closes_cycle(dodge, edges)
    lazy = Import("dateline.annotate", "dateline.annotate.timex", 1, deferred=True)
    assert not closes_cycle(lazy, edges)  # a package loading its own module on demand closes no cycle
