"""``python3 dev.py test``: ruff, then mypy on the core, then pytest — a type error in the core stops the run."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def dev(monkeypatch):
    spec = importlib.util.spec_from_file_location("dev_script", ROOT / "dev.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "ensure_environment", lambda: Path(sys.executable))
    return module


def run(dev, monkeypatch, answers: dict[str, int]) -> list[str]:
    ran: list[str] = []

    def call(command, **_kwargs) -> int:
        tool = command[2] if command[1] == "-m" else command[1]
        ran.append(tool)
        return answers.get(tool, 0)

    monkeypatch.setattr(dev.subprocess, "call", call)
    dev.main(["test", "tests/test_dev.py"])
    return ran


def test_the_suite_checks_the_cores_types_between_the_linter_and_the_tests(dev, monkeypatch) -> None:
    assert run(dev, monkeypatch, {}) == ["ruff", "mypy", "pytest"]


def test_a_type_error_in_the_core_stops_before_the_tests(dev, monkeypatch) -> None:
    assert run(dev, monkeypatch, {"mypy": 1}) == ["ruff", "mypy"]


def test_mypy_checks_the_core_and_not_the_qt_screens() -> None:
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["mypy"]
    assert config["files"] == ["fieldapp"] and config["exclude"] == ["^fieldapp/ui/"]
    assert not config.get("ignore_errors") and not config.get("ignore_missing_imports")
