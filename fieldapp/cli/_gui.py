"""``fieldapp`` with no command: open the desktop application on a database."""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from fieldapp.paths import default_db_path


def open_gui(args: argparse.Namespace) -> int:
    if args.demo:
        from fieldapp.demo import fresh_demo

        path = fresh_demo(Path(tempfile.mkdtemp(prefix="fieldapp-demo-")) / "demo.sqlite")
    else:
        path = args.db or default_db_path()
    from fieldapp.ui.app import run

    return run(path, lang=args.lang, create=not args.demo)
