"""Build the generated parts of the GUI: ``python -m fieldapp.ui.build [--update-ts] [--check] [--clean]``.

- ``ui/<name>.ui`` → ``fieldapp/ui/forms/ui_<name>.py`` with pyside6-uic, only when the form changed (the
  output is stamped with the form's sha256 and "generated — do not edit");
- ``resources/translations/*.ts`` → ``.qm`` with pyside6-lrelease, only when the source changed;
- ``--update-ts`` first refreshes the ``.ts`` files from the sources with pyside6-lupdate;
- ``--check`` builds into a temporary folder and fails if the committed outputs differ (tests, CI).
"""

from __future__ import annotations

import argparse
import hashlib
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

from fieldapp import atomic_files

ROOT = Path(__file__).resolve().parents[2]
FORMS_SRC = ROOT / "ui"
FORMS_OUT = ROOT / "fieldapp" / "ui" / "forms"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("ru", "kk", "en")
STAMP = "# generated from ui/{name} (sha256 {digest}) by `python -m fieldapp.ui.build` — do not edit\n"
#: the line uic writes with its own version: left out when comparing, so a newer Qt does not count as a change
UIC_VERSION_MARK = "Created by: Qt User Interface Compiler version"


def _tool(name: str) -> str:
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"build: {name} not found (install PySide6 into this environment)")
    return found


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _stamp(source: Path) -> str:
    return STAMP.format(name=source.name, digest=_digest(source))


def form_output(source: Path, out_dir: Path = FORMS_OUT) -> Path:
    return out_dir / f"ui_{source.stem}.py"


def compile_form(source: Path, target: Path) -> None:
    result = subprocess.run([_tool("pyside6-uic"), "--no-autoconnection", str(source)],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"build: pyside6-uic failed on {source.name}: {result.stderr.strip()}")
    body = "".join(line for line in result.stdout.splitlines(keepends=True) if UIC_VERSION_MARK not in line)
    atomic_files.write_text(target, _stamp(source) + used_imports_only(body))


_QT_IMPORT = re.compile(r"^from (PySide6\.\w+) import (\([^)]*\)|[^\n(]*)\n", re.MULTILINE)


def used_imports_only(code: str) -> str:
    """uic imports two dozen Qt classes a form never uses; each costs PySide6 a type and its enums to set up
    (tens of milliseconds before the main window can show, docs/performance.md): keep the names the form uses."""
    used = set(re.findall(r"\b[A-Za-z_]\w*\b", _QT_IMPORT.sub("", code)))

    def keep(match: re.Match[str]) -> str:
        names = [n.strip() for n in match.group(2).strip("()").replace("\n", " ").split(",") if n.strip()]
        kept = [n for n in names if n in used]
        if not kept:
            return ""
        return "\n".join(textwrap.wrap(f"from {match.group(1)} import ({', '.join(kept)})", 100,
                                       subsequent_indent="    ", break_on_hyphens=False)) + "\n"

    return _QT_IMPORT.sub(keep, code)


def build_forms(out_dir: Path = FORMS_OUT, force: bool = False) -> list[Path]:
    """Compile every form whose output is missing or stamped with another version of the form."""
    built = []
    for source in sorted(FORMS_SRC.glob("*.ui")):
        target = form_output(source, out_dir)
        if not force and target.exists():
            with target.open(encoding="utf-8") as fh:
                if fh.readline() == _stamp(source):
                    continue
        compile_form(source, target)
        built.append(target)
    return built


def update_ts() -> None:
    sources = sorted(str(p) for p in (ROOT / "fieldapp" / "ui").rglob("*.py") if "forms" not in p.parts)
    sources += sorted(str(p) for p in FORMS_SRC.glob("*.ui"))
    targets = [str(TRANSLATIONS / f"fieldapp_{code}.ts") for code in LANGUAGES]
    subprocess.run([_tool("pyside6-lupdate"), *sources, "-no-obsolete", "-locations", "none", "-ts", *targets],
                   check=True, capture_output=True)


def build_translations(out_dir: Path = TRANSLATIONS, force: bool = False) -> list[Path]:
    built = []
    for source in sorted(TRANSLATIONS.glob("fieldapp_*.ts")):
        target = out_dir / f"{source.stem}.qm"
        if not force and target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        with atomic_files.atomic_path(target) as temporary:  # a cut build never leaves half a .qm
            subprocess.run([_tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(temporary)],
                           check=True, capture_output=True)
        built.append(target)
    return built


def stale_outputs() -> list[str]:
    """Committed generated files that differ from a fresh build (empty when everything is current)."""
    stale = []
    with tempfile.TemporaryDirectory() as temp:
        forms, qms = Path(temp) / "forms", Path(temp) / "qm"
        forms.mkdir()
        qms.mkdir()
        build_forms(forms, force=True)
        build_translations(qms, force=True)
        for fresh in sorted(forms.iterdir()):
            committed = FORMS_OUT / fresh.name
            if not committed.exists() or committed.read_bytes() != fresh.read_bytes():
                stale.append(str(committed.relative_to(ROOT)))
        for fresh in sorted(qms.iterdir()):
            committed = TRANSLATIONS / fresh.name
            if not committed.exists() or committed.read_bytes() != fresh.read_bytes():
                stale.append(str(committed.relative_to(ROOT)))
    expected = {form_output(s).name for s in FORMS_SRC.glob("*.ui")}
    for orphan in sorted(FORMS_OUT.glob("ui_*.py")):
        if orphan.name not in expected:
            stale.append(f"{orphan.relative_to(ROOT)} (no form)")
    return stale


def clean() -> None:
    for generated in FORMS_OUT.glob("ui_*.py"):
        generated.unlink()
    for compiled in TRANSLATIONS.glob("*.qm"):
        compiled.unlink()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m fieldapp.ui.build", description=__doc__.splitlines()[0])
    parser.add_argument("--update-ts", action="store_true", help="refresh the .ts files from the sources first")
    parser.add_argument("--check", action="store_true", help="fail if the committed outputs are not current")
    parser.add_argument("--clean", action="store_true", help="remove the generated forms and .qm files")
    parser.add_argument("--force", action="store_true", help="rebuild everything")
    args = parser.parse_args(argv)
    if args.clean:
        clean()
        return 0
    if args.check:
        stale = stale_outputs()
        for name in stale:
            print(f"not current: {name}", file=sys.stderr)
        return 1 if stale else 0
    if args.update_ts:
        update_ts()
    for path in build_forms(force=args.force) + build_translations(force=args.force):
        print(f"built {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
