"""Laptop code never holds hub code: nothing under fieldapp/sync, fieldapp/services or fieldapp/ui imports
fieldapp.server, at module level or inside a function (read from the sources, as a person would)."""

from __future__ import annotations

import ast
from pathlib import Path

import fieldapp

LAPTOP = ("sync", "services", "ui")


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_laptop_code_never_imports_the_hub() -> None:
    root = Path(fieldapp.__file__).parent
    files = [p for part in LAPTOP for p in (root / part).rglob("*.py")]
    assert len(files) > 40
    offending = sorted(
        f"{path.relative_to(root.parent)} imports {name}" for path in files for name in _imports(path)
        if name == "fieldapp.server" or name.startswith("fieldapp.server."))
    assert offending == []


def test_the_check_sees_an_import_inside_a_function(tmp_path) -> None:
    module = tmp_path / "m.py"
    module.write_text("def f():\n    from fieldapp.server.hub import Hub\n    return Hub\n")
    assert "fieldapp.server.hub" in _imports(module)


def test_the_hub_commands_modules_do_not_import_each_other_in_a_cycle() -> None:
    root = Path(fieldapp.__file__).parent / "cli"
    graph = {f"fieldapp.cli.{p.stem}": {n for n in _imports(p) if n.startswith("fieldapp.cli.")}
             for p in root.glob("*.py")}

    def reaches(start: str, goal: str, seen: set[str]) -> bool:
        for name in graph.get(start, ()):
            if name == goal or (name not in seen and reaches(name, goal, seen | {name})):
                return True
        return False

    assert [name for name in sorted(graph) if reaches(name, name, {name})] == []
