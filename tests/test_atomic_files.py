"""Every file FieldApp writes appears whole or not at all: one helper (fieldapp.atomic_files) writes a hidden
temporary name beside the target, fsyncs the file, renames it, fsyncs the folder; a failure leaves the old file
and nothing beside it."""

from __future__ import annotations

import ast
import errno
import os
import stat
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _export(path: Path) -> None:
    from fieldapp.exports.xlsx import SheetColumn, write_xlsx

    write_xlsx(path, [SheetColumn("Name")], [["Айгерим"]])


def _pdf(path: Path) -> None:
    from reportlab.platypus import Paragraph

    from fieldapp.documents import pdf

    pdf.build(path, pdf.PageFrame("Programme", "Title"), [Paragraph("Сәлем")])


def _backup(path: Path) -> None:
    from fieldapp.db import open_database
    from fieldapp.db.backup import backup_to

    db = open_database(path.with_name("source.sqlite"), create=True)
    try:
        backup_to(db, path)
    finally:
        db.close()


def _bundle(path: Path) -> None:
    from fieldapp.sync.bundle import write_atomically

    write_atomically(path, lambda fh: fh.write(b"bundle"))


def _translations(path: Path) -> None:
    from fieldapp.ui import ts_files

    ts_files.save(ET.ElementTree(ET.fromstring('<TS version="2.1" language="kk"></TS>')), path)


def _attachment(path: Path) -> None:
    from fieldapp.services.attachments import AttachmentStore

    source = path.with_name("photo-source.jpg")
    source.write_bytes(b"\xff\xd8 a photo")
    AttachmentStore(path.parent / "store").put(source)


def _installer(path: Path) -> None:
    import build_installer

    build_installer.write_atomic(path, "[Desktop Entry]\n")


WRITERS: dict[str, Callable[[Path], None]] = {
    "xlsx export": _export, "pdf document": _pdf, "database backup": _backup, "bundle": _bundle,
    "translations (.ts)": _translations, "attachment store": _attachment, "installer file": _installer,
}


def _watch(monkeypatch: pytest.MonkeyPatch, fail_rename: bool = False) -> list[tuple[str, str]]:
    """Record fsyncs (of a file or a folder) and renames, in order."""
    events: list[tuple[str, str]] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        events.append(("fsync", "folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file"))
        real_fsync(fd)

    def replace(source: os.PathLike[str] | str, target: os.PathLike[str] | str) -> None:
        events.append(("rename", Path(target).name))
        if fail_rename:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_replace(source, target)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    return events


@pytest.mark.parametrize("writer", list(WRITERS), ids=list(WRITERS))
def test_every_writer_syncs_the_file_before_the_rename_and_the_folder_after(
        writer: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out" / "result.bin"
    target.parent.mkdir()
    events = _watch(monkeypatch)
    WRITERS[writer](target)
    renames = [i for i, (kind, _name) in enumerate(events) if kind == "rename"]
    assert renames, f"{writer}: no rename"
    last = renames[-1]
    assert ("fsync", "file") in events[:last], f"{writer}: the file is not fsynced before its rename: {events}"
    if os.name == "posix":
        assert ("fsync", "folder") in events[last:], f"{writer}: the folder is not fsynced after the rename: {events}"


@pytest.mark.parametrize("writer", list(WRITERS), ids=list(WRITERS))
def test_a_failed_write_leaves_the_old_file_and_nothing_beside_it(
        writer: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "result.bin"
    if writer != "attachment store":
        target.write_bytes(b"the old file")
    before = {p.name for p in folder.rglob("*")}
    _watch(monkeypatch, fail_rename=True)
    with pytest.raises(Exception):  # noqa: B017 - each writer reports a full disk its own way
        WRITERS[writer](target)
    after = {p.name for p in folder.rglob("*")} - {"source.sqlite", "photo-source.jpg"}
    assert after <= before | {"store"} | {p.name for p in (folder / "store").glob("*")}, after - before
    if writer != "attachment store":
        assert target.read_bytes() == b"the old file"


def test_the_helper_refuses_a_block_that_wrote_nothing_and_cleans_up_after_an_error(tmp_path: Path) -> None:
    from fieldapp import atomic_files

    target = tmp_path / "list.xlsx"
    target.write_bytes(b"old")
    with pytest.raises(FileNotFoundError), atomic_files.atomic_path(target):
        pass
    with pytest.raises(RuntimeError), atomic_files.atomic_path(target) as temporary:
        temporary.write_bytes(b"half a fi")
        raise RuntimeError("the writer failed")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["list.xlsx"]


def _renames_outside_the_helper(path: Path) -> list[str]:
    """Calls that rename or make temporary files by hand: os.replace/os.rename/shutil.move, tempfile.mkstemp or
    NamedTemporaryFile, and Path.replace/Path.rename (one argument, unlike str.replace)."""
    found = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    # swapping whole folders (build_installer.replace_folder) is not a file write
    allowed = {line for f in ast.walk(tree) if isinstance(f, ast.FunctionDef) and f.name == "replace_folder"
               for line in range(f.lineno, (f.end_lineno or f.lineno) + 1)}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute) or node.lineno in allowed:
            continue
        owner = node.func.value.id if isinstance(node.func.value, ast.Name) else None
        name = node.func.attr
        by_hand = ((owner, name) in {("os", "replace"), ("os", "rename"), ("shutil", "move"),
                                     ("tempfile", "mkstemp"), ("tempfile", "NamedTemporaryFile")}
                   or (name in ("replace", "rename") and owner not in ("os",) and len(node.args) == 1
                       and not node.keywords))
        if by_hand:
            found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def test_no_file_is_written_through_a_temporary_name_by_hand() -> None:
    sources = [p for p in (ROOT / "fieldapp").rglob("*.py")
               if "forms" not in p.parts and p.name != "atomic_files.py"] + [ROOT / "build_installer.py"]
    found = [hit for source in sources for hit in _renames_outside_the_helper(source)]
    assert found == [], "write these through fieldapp.atomic_files: " + ", ".join(found)
