"""``fieldapp`` with no command: open the desktop application on a database."""

from __future__ import annotations

import argparse
import contextlib
import tempfile
from pathlib import Path

from fieldapp import gc_pause
from fieldapp.paths import default_db_path


def open_gui(args: argparse.Namespace) -> int:
    prepare = None
    if args.demo:
        path = Path(tempfile.mkdtemp(prefix="fieldapp-demo-")) / "demo.sqlite"

        def prepare() -> None:  # behind the window: the first demo on a machine takes a few seconds to build
            from fieldapp.demo import fresh_demo

            fresh_demo(path)
    else:
        path = args.db or default_db_path()
    with contextlib.ExitStack() as held:
        # the cyclic collector waits from here (Qt's and the window's imports) until the first data are on
        # screen; the start (fieldapp.ui.app.Startup) lets it go then
        held.enter_context(gc_pause.paused())
        from fieldapp.ui.app import run

        return run(path, lang=args.lang, create=not args.demo, prepare=prepare, collector=held.pop_all())
