"""Edit the translation files by message, never by lines: ``python -m fieldapp.ui.ts_files COMMAND``.

Running lupdate over a whole ``.ts`` file reorders it and makes every later merge of two branches conflict, so
strings are added, filled and merged here, one message at a time, keeping each file's order:

- ``missing``: the ``tr()`` texts of the sources (found with pyside6-lupdate on a temporary copy) that the
  ``.ts`` files do not have yet;
- ``add-missing``: appends those to their context (created at the end if new), unfinished;
- ``set CONTEXT SOURCE --ru TEXT --kk TEXT [--en TEXT]``: fills (or adds) one message in every language;
- ``fill FILE.json``: the same for a list of ``{"context", "source", "ru", "kk", "en"?, "plural"?}`` objects
  (``plural``: a list of forms per language, for ``%n`` messages);
- ``unused``: messages no source asks for any more (``--drop`` removes them);
- ``merge BASE OURS THEIRS``: a git merge driver, union by (context, source, comment), keeping the filled and
  the changed translation; ``.gitattributes`` names it and ``git config merge.ts-messages.driver
  "python3 -m fieldapp.ui.ts_files merge %O %A %B"`` enables it in a clone.

Compile the ``.qm`` files afterwards with ``python -m fieldapp.ui.build``. This module never imports Qt.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from fieldapp import atomic_files

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("ru", "kk", "en")
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'

Key = tuple[str, str, str]  # context, source, disambiguation comment


def ts_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"fieldapp_{language}.ts"


def load(path: Path) -> ET.ElementTree:
    return ET.parse(path)


def save(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    atomic_files.write_text(path, HEADER + body + "\n")


def message_key(context: ET.Element, message: ET.Element) -> Key:
    return (context.findtext("name") or "", message.findtext("source") or "", message.findtext("comment") or "")


def messages(tree: ET.ElementTree) -> dict[Key, ET.Element]:
    return {message_key(context, message): message
            for context in tree.getroot().iter("context") for message in context.iter("message")}


def _context(tree: ET.ElementTree, name: str) -> ET.Element:
    for context in tree.getroot().iter("context"):
        if context.findtext("name") == name:
            return context
    context = ET.SubElement(tree.getroot(), "context")
    ET.SubElement(context, "name").text = name
    return context


def is_filled(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in {"unfinished", "vanished", "obsolete"}:
        return False
    forms = translation.findall("numerusform")
    if forms:
        return all((form.text or "").strip() for form in forms)
    return bool((translation.text or "").strip())


def put(tree: ET.ElementTree, key: Key, text: str | list[str] | None, *,
        numerus: bool = False, extracomment: str | None = None) -> ET.Element:
    """Add the message if it is new, and fill its translation when ``text`` is given."""
    context_name, source, comment = key
    message = messages(tree).get(key)
    if message is None:
        message = ET.SubElement(_context(tree, context_name), "message")
        if numerus:
            message.set("numerus", "yes")
        ET.SubElement(message, "source").text = source
        if comment:
            ET.SubElement(message, "comment").text = comment
        if extracomment:
            ET.SubElement(message, "extracomment").text = extracomment
        translation = ET.SubElement(message, "translation", {"type": "unfinished"})
        if numerus:
            ET.SubElement(translation, "numerusform")
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    if text is None:
        return message
    translation.attrib.pop("type", None)
    for child in list(translation):
        translation.remove(child)
    if isinstance(text, list):
        message.set("numerus", "yes")
        translation.text = None
        for form in text:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = text
    return message


def source_messages() -> dict[Key, dict[str, str | bool | None]]:
    """What the sources ask for: pyside6-lupdate run on a temporary empty .ts file."""
    from fieldapp.ui.build import FORMS_SRC, _tool

    sources = sorted(str(p) for p in (ROOT / "fieldapp" / "ui").rglob("*.py") if "forms" not in p.parts)
    sources += sorted(str(p) for p in FORMS_SRC.glob("*.ui"))
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "all.ts"
        target.write_text(HEADER + '<TS version="2.1" language="en">\n</TS>\n', encoding="utf-8")
        subprocess.run([_tool("pyside6-lupdate"), *sources, "-locations", "none", "-ts", str(target)],
                       check=True, capture_output=True)
        tree = load(target)
    return {message_key(context, message): {"numerus": message.get("numerus") == "yes",
                                            "extracomment": message.findtext("extracomment")}
            for context in tree.getroot().iter("context") for message in context.iter("message")}


def missing(folder: Path = TRANSLATIONS) -> list[tuple[Key, dict[str, str | bool | None]]]:
    wanted = source_messages()
    have: set[Key] = set()
    for language in LANGUAGES:
        keys = set(messages(load(ts_path(language, folder))))
        have = keys if not have else have & keys
    return [(key, info) for key, info in wanted.items() if key not in have]


def add_missing(folder: Path = TRANSLATIONS) -> list[Key]:
    new = missing(folder)
    for language in LANGUAGES:
        path = ts_path(language, folder)
        tree = load(path)
        for key, info in new:
            put(tree, key, None, numerus=bool(info["numerus"]), extracomment=info["extracomment"])  # type: ignore[arg-type]
        save(tree, path)
    return [key for key, _info in new]


def unused(folder: Path = TRANSLATIONS, drop: bool = False) -> list[Key]:
    wanted = source_messages()
    stale: set[Key] = set()
    for language in LANGUAGES:
        path = ts_path(language, folder)
        tree = load(path)
        for context in list(tree.getroot().iter("context")):
            for message in list(context.iter("message")):
                key = message_key(context, message)
                if key not in wanted:
                    stale.add(key)
                    if drop:
                        context.remove(message)
            if drop and not context.findall("message"):
                tree.getroot().remove(context)
        if drop:
            save(tree, path)
    return sorted(stale)


def fill(entries: list[dict[str, object]], folder: Path = TRANSLATIONS) -> int:
    trees = {language: load(ts_path(language, folder)) for language in LANGUAGES}
    for entry in entries:
        key = (str(entry["context"]), str(entry["source"]), str(entry.get("comment") or ""))
        plural = entry.get("plural")
        for language, tree in trees.items():
            if isinstance(plural, dict) and language in plural:
                put(tree, key, list(plural[language]), numerus=True)
            elif entry.get(language) is not None:
                put(tree, key, str(entry[language]))
            elif language == "en":
                put(tree, key, None)  # the source is English: an empty translation falls back to it
    for language, tree in trees.items():
        save(tree, ts_path(language, folder))
    return len(entries)


def _translation_text(message: ET.Element) -> str:
    translation = message.find("translation")  # an Element without children is falsy: compare with None
    return "" if translation is None else ET.tostring(translation, encoding="unicode")


def merge(base: Path, ours: Path, theirs: Path) -> int:
    """Union of both sides by message; a translation changed on one side only wins; ours wins a tie."""
    base_messages = messages(load(base)) if base.exists() and base.stat().st_size else {}
    our_tree = load(ours)
    their_tree = load(theirs)
    our_messages = messages(our_tree)
    removed_by_them = {key for key in base_messages if key not in messages(their_tree)}
    for context in their_tree.getroot().iter("context"):
        for message in context.iter("message"):
            key = message_key(context, message)
            mine = our_messages.get(key)
            if mine is None:
                if key not in base_messages:  # new on their side
                    _context(our_tree, key[0]).append(message)
                continue
            original = base_messages.get(key)
            their_text, my_text = _translation_text(message), _translation_text(mine)
            base_text = _translation_text(original) if original is not None else None
            take_theirs = (my_text == base_text and their_text != base_text) or (
                not is_filled(mine) and is_filled(message))
            if take_theirs:
                context_of_mine = next(c for c in our_tree.getroot().iter("context")
                                       if c.findtext("name") == key[0])
                position = list(context_of_mine).index(mine)
                context_of_mine.remove(mine)
                context_of_mine.insert(position, message)
    # a message they removed that we left as it was goes too (a rename on their side)
    for context in list(our_tree.getroot().iter("context")):
        for message in list(context.iter("message")):
            key = message_key(context, message)
            original = base_messages.get(key)
            if key in removed_by_them and original is not None and ET.tostring(
                    message, encoding="unicode") == ET.tostring(original, encoding="unicode"):
                context.remove(message)
    save(our_tree, ours)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m fieldapp.ui.ts_files", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("missing", help="tr() texts of the sources that the .ts files lack")
    sub.add_parser("add-missing", help="append them, unfinished, to every .ts file")
    one = sub.add_parser("set", help="fill one message in every language")
    one.add_argument("context")
    one.add_argument("source")
    one.add_argument("--comment", default="")
    for language in LANGUAGES:
        one.add_argument(f"--{language}")
    many = sub.add_parser("fill", help="fill messages from a JSON list")
    many.add_argument("file", type=Path)
    old = sub.add_parser("unused", help="messages no source asks for")
    old.add_argument("--drop", action="store_true")
    driver = sub.add_parser("merge", help="git merge driver: BASE OURS THEIRS")
    driver.add_argument("paths", nargs=3, type=Path)
    args = parser.parse_args(argv)

    if args.command == "missing":
        for (context, source, _comment), _info in missing():
            print(f"{context}\t{source}")
    elif args.command == "add-missing":
        for context, source, _comment in add_missing():
            print(f"added {context}\t{source}")
    elif args.command == "set":
        entry = {"context": args.context, "source": args.source, "comment": args.comment,
                 **{language: getattr(args, language) for language in LANGUAGES}}
        fill([entry])
    elif args.command == "fill":
        print(f"filled {fill(json.loads(args.file.read_text(encoding='utf-8')))} messages")
    elif args.command == "unused":
        for context, source, _comment in unused(drop=args.drop):
            print(f"{'dropped' if args.drop else 'unused'} {context}\t{source}")
    elif args.command == "merge":
        return merge(*args.paths)
    return 0


if __name__ == "__main__":
    sys.exit(main())
