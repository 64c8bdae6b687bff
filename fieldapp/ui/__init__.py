"""The desktop application's screens (PySide6). The core (``fieldapp`` outside this package) never imports Qt.

Importing this package installs one speed-up before anything imports Qt's modules: PySide6's import hook (installed
by ``shiboken6``) asks, of every module imported after it, whether its source mentions "PySide6" (for its
``__feature__`` switching). It answers with ``inspect.getsource``, which walks every loaded module and reads the
file into ``linecache`` each time: 10–15 ms before the window's first paint and 40–90 ms of the database layer's
imports that a first start waits for. ``_uses_pyside`` gives the same answer from the file's bytes.
"""

from __future__ import annotations

import sys
from typing import Any

import shiboken6  # noqa: F401 - installs PySide6's import hook, which the lines below speed up


def _install_fast_source_check() -> None:
    feature = sys.modules.get("shibokensupport.feature")
    slow = getattr(feature, "_mod_uses_pyside", None)
    if slow is None or getattr(slow, "fieldapp_fast", False):
        return  # another PySide6 layout, or installed already: its own check stays

    def _uses_pyside(module: Any) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    # the file's text contains the word exactly when its bytes do: Python sources are in
                    # ASCII-compatible encodings (UTF-8 by default, or one a coding cookie names)
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return bool(slow(module))  # built in, compiled only (the frozen build), or gone: PySide6's own answer

    _uses_pyside.fieldapp_fast = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = _uses_pyside  # type: ignore[union-attr]


_install_fast_source_check()
