"""The doors between the layers: the screens reach the data only through the core's services (never the ORM,
SQLAlchemy or the database layer's insides), and no module imports a module that imports it back."""

from __future__ import annotations

import ast
from pathlib import Path

import fieldapp

ROOT = Path(fieldapp.__file__).parent
#: cycles still open, untied on another branch of this wave (fieldapp/sync and the hub's commands)
KNOWN_CYCLES = [
    {"fieldapp.sync.bundle_client", "fieldapp.sync.client"},
    {"fieldapp.cli._server_bundles", "fieldapp.cli.server"},
]


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def sources() -> dict[str, tuple[Path, ast.Module]]:
    found = {}
    for path in ROOT.rglob("*.py"):
        if "forms" in path.relative_to(ROOT).parts:  # generated from ui/*.ui
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):  # imports for type checkers only are not imports
            if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
                node.body = []
        found[module_name(path)] = (path, tree)
    return found


def imported(name: str, path: Path, tree: ast.Module, modules: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """Every module the source imports, at its top or inside a function. ``from package import module`` is an
    import of the module alone when ``modules`` knows it (not of the package's ``__init__``)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    result = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            result += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(up + ([base] if base else []))
            subs = [f"{base}.{alias.name}" for alias in node.names]
            known = [sub for sub in subs if sub in modules]
            result += known if len(known) == len(subs) else [base, *subs]
    return result


def test_the_screens_use_the_core_only_through_its_services() -> None:
    """fieldapp/ui imports neither the models, nor SQLAlchemy, nor the database layer's modules: only the
    package ``fieldapp.db`` itself (open a database, its Session type, its errors) and the core's services."""
    offending = []
    found = sources()
    for name, (path, tree) in found.items():
        if not name.startswith("fieldapp.ui"):
            continue
        for target in imported(name, path, tree, set(found)):
            if (target == "sqlalchemy" or target.startswith(("sqlalchemy.", "fieldapp.model"))
                    or (target.startswith("fieldapp.db.") and target in found)):
                offending.append(f"{path.relative_to(ROOT.parent)}: {target}")
    assert offending == []


def test_the_boundary_check_sees_a_forbidden_import(tmp_path: Path) -> None:
    tree = ast.parse("def load(session):\n    from fieldapp.model import Person\n    from sqlalchemy import select\n")
    assert {"fieldapp.model", "sqlalchemy"} <= set(imported("fieldapp.ui.x", tmp_path / "x.py", tree))


def cycles(graph: dict[str, set[str]]) -> list[set[str]]:
    """The strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[set[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in graph[node]:
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = set()
            while True:
                member = stack.pop()
                group.add(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(group)

    for node in graph:
        if node not in index:
            visit(node)
    return found


def import_graph() -> dict[str, set[str]]:
    found = sources()
    graph: dict[str, set[str]] = {name: set() for name in found}
    for name, (path, tree) in found.items():
        graph[name] = {t for t in imported(name, path, tree, set(found)) if t in found and t != name}
    return graph


def test_no_module_imports_one_that_imports_it_back() -> None:
    """The self-test's command and its Qt half, people and attendance, the database's modules: each pair untied."""
    open_cycles = [group for group in cycles(import_graph()) if group not in KNOWN_CYCLES]
    assert open_cycles == []


def test_the_cycle_check_sees_a_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [{"a", "b", "c"}]
