"""Shared fixtures: one template database per test session, copied for each test (as Anki does)."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# tests never touch the user's real data folder
os.environ["FIELDAPP_DATA_DIR"] = tempfile.mkdtemp(prefix="fieldapp-test-data-")

settings.register_profile("ci", max_examples=60, deadline=None, derandomize=True)
settings.register_profile("dev", max_examples=200, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))


def require_tool(name: str) -> str:
    """The path of an external program a test needs; in CI a missing one fails the test instead of skipping."""
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (.ci/run installs it)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from fieldapp.demo import create_demo

    return create_demo(tmp_path_factory.mktemp("template") / "demo.sqlite")


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from fieldapp.db import open_database

    path = tmp_path_factory.mktemp("template") / "empty.sqlite"
    open_database(path, create=True).close()
    return path


@pytest.fixture
def demo_path(tmp_path: Path, demo_template: Path) -> Path:
    target = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, target)
    return target


@pytest.fixture
def empty_path(tmp_path: Path, empty_template: Path) -> Path:
    target = tmp_path / "fieldapp.sqlite"
    shutil.copyfile(empty_template, target)
    return target


@pytest.fixture
def demo_db(demo_path: Path) -> Iterator:
    from fieldapp.db import open_database

    db = open_database(demo_path)
    yield db
    db.close()


@pytest.fixture
def empty_db(empty_path: Path) -> Iterator:
    from fieldapp.db import open_database

    db = open_database(empty_path)
    yield db
    db.close()


_exit_status: list[int] = []


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    _exit_status.append(int(exitstatus))


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """End the process with pytest's own status once the report is written.

    After a run that created Qt widgets and thread pools, PySide6's interpreter-shutdown teardown can crash
    (SIGSEGV) while destroying objects in an arbitrary order — after every test has passed and been reported.
    Skipping that teardown keeps the exit code the tests' verdict. Only when Qt was loaded.
    """
    import sys

    if _exit_status and "PySide6" in sys.modules:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_exit_status[-1])


@pytest.fixture(autouse=True)
def numbers_in_russian() -> Iterator[None]:
    """Each test starts with numbers written the way the command line writes them (Russian): an interface
    language installed by a window test (``fieldapp.ui.i18n.install``) does not leak into the next test."""
    from fieldapp import formatting

    formatting.set_display_language("ru")
    yield
    formatting.set_display_language("ru")
