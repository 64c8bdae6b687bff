"""``server import-bundle / export-bundle / sync-folder / backup / restore``: the hub's side of sync by file.
Added to the ``server`` command by :mod:`fieldapp.cli.server`; stores are opened by :mod:`fieldapp.cli._hub_store`."""

from __future__ import annotations

import argparse
from pathlib import Path

from fieldapp.cli import CliError
from fieldapp.cli._hub_store import add_store_arguments


def _run(args: argparse.Namespace, action, prefix: str = ""):  # type: ignore[no-untyped-def]
    from fieldapp.cli._hub_store import open_hub_store as _store
    from fieldapp.sync.bundle import BundleError

    store = _store(args)
    try:
        return action(store)
    except BundleError as exc:
        raise CliError(f"{prefix}{exc}") from exc
    finally:
        store.close()


def cmd_import(args: argparse.Namespace) -> int:
    from fieldapp.server.bundles import import_bundle

    report = _run(args, lambda store: import_bundle(store, args.file, args.ack), "bundle refused: ")
    print(report.line())
    print(f"acknowledgement for the laptop: {report.reply}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from fieldapp.server.bundles import export_bundle

    path = _run(args, lambda store: export_bundle(store, args.device, args.output))
    print(f"wrote {path} for {args.device}")
    return 0


def cmd_sync_folder(args: argparse.Namespace) -> int:
    from fieldapp.server.folder import hub_sync_folder

    report = _run(args, lambda store: hub_sync_folder(store, args.folder))
    for line in report.lines:
        print(line)
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from fieldapp.server.bundles import backup

    counts = _run(args, lambda store: backup(store, args.output))
    print(f"wrote {args.output}: the deployment's keys and {counts['hub_device']} devices "
          "(keep it offline: it holds the head office's private keys)")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from fieldapp.server.bundles import restore

    counts = _run(args, lambda store: restore(store, args.file))
    print(f"restored the deployment's keys and {counts['hub_device']} devices")
    return 0


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("import-bundle", help="take in a laptop's bundle and write its acknowledgement")
    add_store_arguments(p)
    p.add_argument("file", type=Path, help="the laptop's bundle")
    p.add_argument("--ack", type=Path, help="where to write the acknowledgement (default: beside FILE)")
    p.set_defaults(func=cmd_import)

    p = commands.add_parser("export-bundle", help="everything a laptop has not acknowledged, as a bundle for it")
    add_store_arguments(p)
    p.add_argument("--device", required=True, help="the laptop's name")
    p.add_argument("-o", "--output", type=Path, required=True, help="the bundle to write")
    p.set_defaults(func=cmd_export)

    p = commands.add_parser("sync-folder", help="take in every laptop's bundles from a synced folder, "
                            "write each laptop its reply")
    add_store_arguments(p)
    p.add_argument("--folder", type=Path, required=True, help="the folder shared with the laptops")
    p.set_defaults(func=cmd_sync_folder)

    p = commands.add_parser("backup", help="the deployment's keys and device records, to a file")
    add_store_arguments(p)
    p.add_argument("-o", "--output", type=Path, required=True, help="the backup file to write")
    p.set_defaults(func=cmd_backup)

    p = commands.add_parser("restore", help="put back the deployment's keys and device records")
    add_store_arguments(p)
    p.add_argument("file", type=Path, help="a file made by 'fieldapp server backup'")
    p.set_defaults(func=cmd_restore)
