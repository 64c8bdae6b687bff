"""``fieldapp`` with no command: open the desktop application on a database."""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

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
    from fieldapp.ui.app import run

    return run(path, lang=args.lang, create=not args.demo, prepare=prepare)
