"""A plain ``pip install .`` must give the whole application: every package listed, resources shipped."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_is_listed_in_pyproject() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "fieldapp").rglob("__init__.py")
    }
    assert found - listed == set(), "add these to [tool.setuptools] packages"
    assert config["tool"]["setuptools"]["package-dir"]["fieldapp.resources"] == "resources"


def test_server_and_command_line_dependencies_are_not_extras() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    deps = " ".join(config["project"]["dependencies"])
    for needed in ("PySide6-Essentials", "SQLAlchemy", "alembic", "sqlcipher3", "fastapi", "uvicorn", "httpx",
                   "reportlab", "openpyxl"):
        assert needed in deps
    assert config["project"]["scripts"]["fieldapp"] == "fieldapp.cli:main"
