"""PySide6's import hook answers "does this module's source mention PySide6?" from the file's bytes (issue 18,
start: ``fieldapp/ui/__init__.py``), with the same answers as its own ``inspect.getsource`` check."""

from __future__ import annotations

import inspect
import linecache
import sys
from pathlib import Path
from typing import Any

import pytest

import fieldapp.db  # noqa: F401 - a module that does not use PySide6, among those compared
import fieldapp.ui  # noqa: F401 - installs the check
from fieldapp.ui import app, main_window  # noqa: F401 - modules that use PySide6, among those compared


def _feature() -> Any:
    return sys.modules["shibokensupport.feature"]


def _pyside_answer(module: Any) -> bool:
    """PySide6's own check (shibokensupport/feature.py, ``_mod_uses_pyside``), line for line."""
    try:
        source = inspect.getsource(module)
    except (TypeError, OSError, SyntaxError):
        return False
    return "PySide6" in source


def test_the_check_is_installed_and_answers_as_pyside_does_for_every_loaded_module() -> None:
    check = _feature()._mod_uses_pyside
    assert getattr(check, "fieldapp_fast", False)
    modules = [m for m in list(sys.modules.values()) if m is not None]
    answers = {m.__name__: check(m) for m in modules}
    assert answers == {m.__name__: _pyside_answer(m) for m in modules}
    assert answers["fieldapp.ui.main_window"] and not answers["fieldapp.db"]
    assert not answers["sys"]  # built in: no file


@pytest.fixture
def module_dir(tmp_path: Path) -> Any:
    sys.path.insert(0, str(tmp_path))
    yield tmp_path
    sys.path.remove(str(tmp_path))


def test_a_new_module_is_answered_from_its_bytes_without_reading_it_into_linecache(module_dir: Path) -> None:
    cyrillic = module_dir / "fa_hook_cp1251.py"
    cyrillic.write_bytes("# -*- coding: cp1251 -*-\n# окно на PySide6\nVALUE = 'да'\n".encode("cp1251"))
    plain = module_dir / "fa_hook_plain.py"
    plain.write_text("VALUE = 'Қазақша, ₸'\n", encoding="utf-8")
    found = {}
    for name in ("fa_hook_cp1251", "fa_hook_plain"):
        module = __import__(name)  # an import statement's way, through the hook (importlib's is not)
        assert str(Path(module.__file__)) not in linecache.cache  # the hook read no source through inspect
        found[name] = _feature().pyside_feature_dict[name]
        assert _feature()._mod_uses_pyside(module) is _pyside_answer(module)
    assert found == {"fa_hook_cp1251": 0, "fa_hook_plain": -1}  # 0: uses PySide6, -1: ignored in switching


def test_a_module_whose_file_is_gone_gets_pyside_s_own_answer(module_dir: Path) -> None:
    gone = module_dir / "fa_hook_gone.py"
    gone.write_text("import PySide6\n", encoding="utf-8")
    module = __import__("fa_hook_gone")
    gone.unlink()
    assert _feature()._mod_uses_pyside(module) is _pyside_answer(module) is False
