"""``bundle export`` / ``bundle import``: a laptop's side of sync by file (a USB stick, an e-mail)."""

from __future__ import annotations

import argparse
from pathlib import Path

from fieldapp.cli import CliError
from fieldapp.cli._common import add_db_argument, open_db


def cmd_export(args: argparse.Namespace) -> int:
    from fieldapp.sync.bundle import BundleError
    from fieldapp.sync.bundle_client import export_bundle

    db = open_db(args.db)
    try:
        made = export_bundle(db, args.output)
    except BundleError as exc:
        raise CliError(str(exc)) from exc
    finally:
        db.close()
    print(f"wrote {made.path}: {made.ops} operations, {made.files} files, received up to "
          f"{made.manifest['cursor']}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from fieldapp.sync.bundle import BundleError
    from fieldapp.sync.bundle_client import import_bundle

    db = open_db(args.db)
    try:
        done = import_bundle(db, args.file, args.ack)
    except BundleError as exc:
        raise CliError(f"bundle refused: {exc}") from exc
    finally:
        db.close()
    if done.gap:
        print(f"note: {done.gap}")
    print(done.line())
    print(f"acknowledgement for the hub: {done.ack}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from fieldapp.sync.bundle_client import preview_hub_bundle

    db = open_db(args.db)
    try:
        preview = preview_hub_bundle(db, args.file)
    finally:
        db.close()
    print(f"sender: {'the head office' if preview.sender == 'hub' else preview.sender or 'unreadable'}")
    print(f"signature: {preview.signature}")
    if preview.refusal is not None:
        raise CliError(f"bundle refused: {preview.refusal}")
    for table, count in sorted(preview.tables.items()):
        print(f"{table}: {count}")
    print(f"new {preview.new}, already here {preview.already}, acknowledges {preview.answers} of this laptop's "
          "changes; nothing was written")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    bundle = subparsers.add_parser("bundle", help="sync by file: export this laptop's changes, import the hub's")
    commands = bundle.add_subparsers(dest="bundle_command", metavar="SUBCOMMAND", required=True)

    p = commands.add_parser("export", help="everything the hub has not acknowledged, as a bundle for the hub")
    add_db_argument(p)
    p.add_argument("-o", "--output", type=Path, required=True, help="the bundle to write (e.g. kuryk.fab)")
    p.set_defaults(func=cmd_export)

    p = commands.add_parser("check", help="every check of the hub's bundle and what it would apply, nothing written")
    add_db_argument(p)
    p.add_argument("file", type=Path, help="the hub's bundle")
    p.set_defaults(func=cmd_check)

    p = commands.add_parser("import", help="import the hub's bundle and write this laptop's acknowledgement")
    add_db_argument(p)
    p.add_argument("file", type=Path, help="the hub's bundle")
    p.add_argument("--ack", type=Path, help="where to write the acknowledgement (default: beside FILE)")
    p.set_defaults(func=cmd_import)
