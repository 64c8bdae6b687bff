#!/usr/bin/env python3
"""Build FieldApp's desktop bundle with PyInstaller and wrap it for this platform.

    python build_installer.py build      dist/FieldApp/: fieldapp (Linux, macOS) or FieldApp.exe + fieldapp-cli.exe
    python build_installer.py package    Linux .tar.gz, Windows Inno Setup installer, macOS .app in a .dmg
    python build_installer.py clean      remove what build and package made

The bundle is a folder (PyInstaller "onedir"), not a single self-extracting file: it starts fast and an
upgrade replaces files in place. Everything the build writes goes through a temporary name and a rename.
"""

from __future__ import annotations

import argparse
import fnmatch
import io
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import textwrap
import tomllib
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from fieldapp import atomic_files

ROOT = Path(__file__).resolve().parent
APP_NAME = "FieldApp"
BUNDLE_NAME = "FieldApp"
APP_ID = "org.fieldapp.FieldApp"
# Inno Setup identifies the installed product by this GUID across versions (upgrades in place); never change it.
INNO_APP_GUID = "{{6F1C8E2A-4B7D-4E55-9A3C-2D8B5F0E7A41}"
ICON_SVG = Path("resources/icons/fieldapp.svg")
ICON_PNG = Path("resources/icons/fieldapp.png")
INNO_DOWNLOAD = "https://jrsoftware.org/isdl.php"

# The Qt modules FieldApp uses (QtSvg through Qt's SVG icon plugins); everything else is left out by name so
# that nothing pulls it in by accident (qtpy names them all, and PySide6-Addons, if installed, brings WebEngine).
QT_MODULES_USED = ("QtCore", "QtGui", "QtWidgets", "QtSvg", "QtPrintSupport")  # the print preview of documents
QT_MODULES_EXCLUDED = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender", "QtAxContainer",
    "QtBluetooth", "QtCharts", "QtConcurrent", "QtDBus", "QtDataVisualization", "QtDesigner", "QtGraphs",
    "QtGraphsWidgets", "QtHelp", "QtHttpServer", "QtLocation", "QtMultimedia", "QtMultimediaWidgets",
    "QtNetwork", "QtNetworkAuth", "QtNfc", "QtOpenGL", "QtOpenGLWidgets", "QtPdf", "QtPdfWidgets",
    "QtPositioning", "QtQml", "QtQuick", "QtQuick3D", "QtQuickControls2", "QtQuickTest",
    "QtQuickWidgets", "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus", "QtSerialPort",
    "QtSpatialAudio", "QtSql", "QtStateMachine", "QtSvgWidgets", "QtTest", "QtTextToSpeech", "QtUiTools",
    "QtWebChannel", "QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets", "QtWebView",
    "QtXml",
)
PYTHON_EXCLUDES = (
    "tkinter", "_tkinter", "PyQt5", "PyQt6", "PySide2", "IPython", "matplotlib", "pytest", "_pytest",
    "pytestqt", "hypothesis", "qtawesome.icon_browser", "qtawesome.tests", "setuptools", "pip",
    "PySide6.scripts", "PySide6.support.deprecated",
    # the hub's PostgreSQL driver and the API fuzzer: a laptop never runs either
    "psycopg", "psycopg_binary", "psycopg_c", "schemathesis", "hypothesis_jsonschema",
    # the type checker of the test extras: pydantic's mypy plugin would pull it in
    "mypy", "mypyc",
)
# Files PyInstaller's Qt hooks collect that FieldApp never loads: embedded-Linux platform backends, Quick/QML
# leftovers, and every Qt translation except the interface languages (ru, kk, en).
UNWANTED_FILES = (
    "*/Qt/plugins/egldeviceintegrations/*",
    "*/Qt/plugins/generic/*",
    # GTK's theme plugin would load the system's GTK against the bundle's older GLib; Qt's own style is used
    "*/Qt/plugins/platformthemes/libqgtk3*",
    "*/Qt/plugins/platforms/libqeglfs*",
    "*/Qt/plugins/platforms/libqlinuxfb*",
    "*/Qt/plugins/platforms/libqminimalegl*",
    "*/Qt/plugins/platforms/libqvnc*",
    "*/Qt/plugins/platforms/libqvkkhrdisplay*",
    "*/Qt/plugins/qmltooling/*",
    "*/Qt/plugins/designer/*",
    # CUPS' print plugin carries libcups, GnuTLS and Kerberos (9 MB): on Linux the preview prints to a PDF, and
    # "Open in the PDF viewer" prints through the system's (Windows and macOS print through their own plugins)
    "*/Qt/plugins/printsupport/libcupsprintersupport*",
    "*/Qt/qml/*",
)
QT_TRANSLATIONS_KEPT = ("qt_ru.qm", "qt_kk.qm", "qt_en.qm", "qtbase_ru.qm", "qtbase_kk.qm", "qtbase_en.qm")
RESOURCE_SKIPPED = ("__pycache__", "*.pyc", "*.ts", "__init__.py")


@dataclass(frozen=True)
class Target:
    """The platform a bundle is built for; it is always the one running the build (PyInstaller cannot cross)."""

    system: str  # linux, windows, macos
    arch: str  # x86_64, arm64 (Windows installers say x64)

    @classmethod
    def current(cls) -> Target:
        system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
        machine = platform.machine().lower()
        arch = {"amd64": "x86_64", "x64": "x86_64", "aarch64": "arm64"}.get(machine, machine)
        return cls(system, arch)

    @property
    def executables(self) -> tuple[str, ...]:
        """The programs in the bundle: the first opens the GUI, the last is the one for the command line."""
        if self.system == "windows":
            return ("FieldApp.exe", "fieldapp-cli.exe")
        return ("fieldapp",)

    def outputs(self) -> tuple[str, ...]:
        """The folders PyInstaller makes under dist/."""
        return (BUNDLE_NAME, f"{BUNDLE_NAME}.app") if self.system == "macos" else (BUNDLE_NAME,)

    def bundle_dir(self, dist: Path) -> Path:
        return dist / BUNDLE_NAME

    def cli_path(self, dist: Path) -> Path:
        if self.system == "macos":
            return dist / f"{BUNDLE_NAME}.app" / "Contents" / "MacOS" / "fieldapp"
        return self.bundle_dir(dist) / self.executables[-1]

    def package_name(self, version: str) -> str:
        if self.system == "windows":
            return f"{APP_NAME}-{version}-windows-{_arch_label(self)}-setup.exe"
        if self.system == "macos":
            return f"{APP_NAME}-{version}-macos-{self.arch}.dmg"
        return f"{APP_NAME}-{version}-linux-{self.arch}.tar.gz"


class BuildError(Exception):
    """A problem the person running the build can fix; printed as one line."""


def read_version(pyproject: Path = ROOT / "pyproject.toml") -> str:
    with open(pyproject, "rb") as fh:
        data = tomllib.load(fh)
    try:
        return str(data["project"]["version"])
    except KeyError as exc:
        raise BuildError(f"{pyproject}: no [project] version") from exc


def write_atomic(path: Path, content: str | bytes) -> Path:
    """Write through a temporary name and a rename, so a reader never sees half a file."""
    return atomic_files.write_bytes(path, content.encode("utf-8") if isinstance(content, str) else content)


def _skipped(name: str, patterns: Iterable[str]) -> bool:
    return any(fnmatch.fnmatch(name, pattern) for pattern in patterns)


def bundle_datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """Data files as PyInstaller (source file, destination folder) pairs, laid out as the installed package.

    ``resources/`` is installed as ``fieldapp/resources`` (pyproject package-dir) and is found there by
    ``fieldapp.paths.resource_dir()``; Alembic reads the migrations folder by path, so its scripts ship as
    files rather than only as compiled modules.
    """
    pairs: list[tuple[str, str]] = []
    sources = [
        (root / "resources", PurePosixPath("fieldapp/resources")),
        (root / "fieldapp" / "db" / "migrations", PurePosixPath("fieldapp/db/migrations")),
    ]
    for source, dest in sources:
        for path in sorted(source.rglob("*")):
            rel = path.relative_to(source)
            if path.is_dir() or any(_skipped(part, RESOURCE_SKIPPED) for part in rel.parts):
                continue
            pairs.append((str(path), str(dest / rel.parent)))
    return pairs


def hidden_imports() -> list[str]:
    """Modules found at run time by name: the CLI's command modules, the GUI's pages, the SQL dialect."""
    from PyInstaller.utils.hooks import collect_submodules

    own = collect_submodules("fieldapp", filter=lambda name: not name.startswith("fieldapp.db.migrations.versions"))
    return [*own, "sqlalchemy.dialects.sqlite", "sqlalchemy.dialects.sqlite.pysqlcipher", "sqlcipher3.dbapi2"]


def excluded_modules() -> list[str]:
    return [*PYTHON_EXCLUDES, *(f"PySide6.{name}" for name in QT_MODULES_EXCLUDED)]


def wanted(dest_name: str) -> bool:
    """Whether a file PyInstaller collected belongs in the bundle (``dest_name`` as inside the bundle)."""
    name = "/" + dest_name.replace("\\", "/")
    if _skipped(name, UNWANTED_FILES):
        return False
    if fnmatch.fnmatch(name, "*/Qt/translations/*") or fnmatch.fnmatch(name, "*/PySide6/translations/*"):
        return PurePosixPath(name).name in QT_TRANSLATIONS_KEPT
    return True


TocEntry = tuple[str, str, str]  # (name in the bundle, source path or symlink target, PyInstaller type code)


def keep_wanted(toc: Sequence[TocEntry]) -> list[TocEntry]:
    return [entry for entry in toc if wanted(entry[0])]


def reachable(files: Sequence[TocEntry], symlinks: Sequence[TocEntry],
              needs: dict[str, list[str]]) -> list[TocEntry]:
    """The binaries among ``files`` still needed once unwanted ones are gone.

    ``needs`` maps a bundle name to the sonames it links (ELF NEEDED), for everything PyInstaller collected;
    ``symlinks`` are the links PyInstaller adds (a soname in the top folder pointing into a package). A shared
    library collected only because a dropped plugin linked it is left out too; extension modules, plugins and
    libraries nobody links (loaded through ctypes) always stay.
    """
    linked = {lib for libs in needs.values() for lib in libs}
    providers: dict[str, list[str]] = {}
    for name, _source, _code in files:
        providers.setdefault(PurePosixPath(name).name, []).append(name)
    for name, target, _code in symlinks:
        providers.setdefault(PurePosixPath(name).name, []).append(_symlink_target(name, target))

    def is_root(name: str, code: str) -> bool:
        soname = PurePosixPath(name).name
        return code != "BINARY" or soname not in linked or soname.startswith("libpython")

    pending = [name for name, _source, code in files if is_root(name, code)]
    seen: set[str] = set()
    while pending:
        name = pending.pop()
        if name not in seen:
            seen.add(name)
            for lib in needs.get(name, []):
                pending += providers.get(lib, [])
    return [entry for entry in files if entry[0] in seen]


def _symlink_target(name: str, target: str) -> str:
    return os.path.normpath(PurePosixPath(name).parent / target).replace("\\", "/")


def elf_needs(toc: Sequence[TocEntry]) -> dict[str, list[str]]:
    """ELF NEEDED entries of every collected binary, read with binutils' objdump (PyInstaller needs it too)."""
    needs = {}
    for name, source, code in toc:
        if code == "SYMLINK" or not os.path.isfile(source):
            continue
        out = subprocess.run(["objdump", "-p", source], capture_output=True, text=True).stdout
        needs[name] = [line.split()[1] for line in out.splitlines() if line.strip().startswith("NEEDED")]
    return needs


def prune(binaries: Sequence[TocEntry], datas: Sequence[TocEntry]) -> tuple[list[TocEntry], list[TocEntry]]:
    """Drop unwanted files and, on Linux, the libraries only they needed, with the links pointing at them."""
    kept = keep_wanted(binaries)
    if sys.platform.startswith("linux"):
        kept = reachable(kept, [e for e in datas if e[2] == "SYMLINK"], elf_needs(binaries))
    dropped = {entry[0] for entry in binaries} - {entry[0] for entry in kept}
    datas = [entry for entry in keep_wanted(datas)
             if not (entry[2] == "SYMLINK" and _symlink_target(entry[0], entry[1]) in dropped)]
    return kept, datas


def render_spec(target: Target, version: str, root: Path = ROOT) -> str:
    """The PyInstaller spec for ``target``; regenerated on every build from this file's settings."""
    icon = str(root / ICON_PNG)
    head = f'''\
        # Generated by build_installer.py for {APP_NAME} {version} on {target.system}; do not edit.
        import sys
        sys.path.insert(0, {str(root)!r})
        import build_installer as bi
        from PyInstaller.utils.hooks import collect_data_files, copy_metadata

        a = Analysis(
            [{str(root / "fieldapp" / "__main__.py")!r}],
            pathex=[{str(root)!r}],
            datas=bi.bundle_datas()
            + collect_data_files("qtawesome", includes=["fonts/*"])
            + copy_metadata("fieldapp"),
            hiddenimports=bi.hidden_imports(),
            excludes=bi.excluded_modules(),
            noarchive=False,
        )
        a.binaries, a.datas = bi.prune(a.binaries, a.datas)
        pyz = PYZ(a.pure)
    '''
    if target.system == "windows":
        tail = f'''\
        gui = EXE(pyz, a.scripts, [], exclude_binaries=True, name="FieldApp", console=False,
                  icon={icon!r}, upx=False)
        cli = EXE(pyz, a.scripts, [], exclude_binaries=True, name="fieldapp-cli", console=True,
                  icon={icon!r}, upx=False)
        coll = COLLECT(gui, cli, a.binaries, a.datas, strip=False, upx=False, name={BUNDLE_NAME!r})
        '''
    elif target.system == "macos":
        tail = f'''\
        exe = EXE(pyz, a.scripts, [], exclude_binaries=True, name="fieldapp", console=False,
                  argv_emulation=False, icon={icon!r}, upx=False)
        coll = COLLECT(exe, a.binaries, a.datas, strip=False, upx=False, name={BUNDLE_NAME!r})
        app = BUNDLE(coll, name="{BUNDLE_NAME}.app", icon={icon!r}, bundle_identifier={APP_ID!r},
                     version={version!r},
                     info_plist={{"CFBundleShortVersionString": {version!r}, "CFBundleVersion": {version!r},
                                 "NSHighResolutionCapable": True, "LSMinimumSystemVersion": "11.0"}})
        '''
    else:
        tail = f'''\
        exe = EXE(pyz, a.scripts, [], exclude_binaries=True, name="fieldapp", console=True, strip=True,
                  upx=False)
        coll = COLLECT(exe, a.binaries, a.datas, strip=True, upx=False, name={BUNDLE_NAME!r})
        '''
    return textwrap.dedent(head) + textwrap.dedent(tail)


def pyinstaller_command(spec: Path, dist: Path, work: Path, clean: bool = False) -> list[str]:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(dist), "--workpath", str(work)]
    if clean:
        command.append("--clean")
    return [*command, str(spec)]


def folder_size(path: Path) -> tuple[int, int]:
    """(bytes, files) under ``path``, symlinks not followed."""
    total = count = 0
    for entry in path.rglob("*"):
        if entry.is_file() and not entry.is_symlink():
            total += entry.stat().st_size
            count += 1
    return total, count


def check_installed_version(version: str) -> None:
    """The bundle's ``--version`` comes from the installed metadata, so it must match pyproject.toml."""
    from importlib import metadata

    try:
        installed = metadata.version("fieldapp")
    except metadata.PackageNotFoundError as exc:
        raise BuildError("fieldapp is not installed in this Python: run pip install -e . first") from exc
    if installed != version:
        raise BuildError(f"installed fieldapp is {installed} but pyproject.toml says {version}: "
                         "run pip install -e . again")


GENERATED_CHECK = [sys.executable, "-m", "fieldapp.ui.build", "--check"]


def check_generated_files() -> None:
    """The compiled forms and translations are committed; a bundle must not ship stale ones."""
    result = subprocess.run(GENERATED_CHECK, cwd=ROOT)
    if result.returncode != 0:
        raise BuildError("the compiled forms or translations are out of date: run 'python -m fieldapp.ui.build' "
                         "and commit the result")


def replace_folder(new: Path, target: Path) -> None:
    """Put a freshly built folder in place of the old one; a failed build never leaves half a bundle in dist/."""
    target.parent.mkdir(parents=True, exist_ok=True)
    old = target.with_name(f".{target.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        os.replace(target, old)
    shutil.move(new, target)  # a rename when build/ and dist/ share a file system
    shutil.rmtree(old, ignore_errors=True)


def build(target: Target, dist: Path, work: Path, clean: bool = False) -> Path:
    version = read_version()
    check_installed_version(version)
    check_generated_files()
    spec = write_atomic(work / f"{BUNDLE_NAME}.spec", render_spec(target, version))
    staging = work / "dist"
    shutil.rmtree(staging, ignore_errors=True)
    print(f"building {APP_NAME} {version} for {target.system}-{target.arch} with PyInstaller…", flush=True)
    result = subprocess.run(pyinstaller_command(spec, staging, work / "pyinstaller", clean), cwd=ROOT)
    if result.returncode != 0:
        raise BuildError(f"PyInstaller failed (exit {result.returncode}); see its output above")
    for made in target.outputs():
        replace_folder(staging / made, dist / made)
    bundle = target.bundle_dir(dist)
    size, files = folder_size(bundle)
    print(f"built {bundle}: {size / 1e6:.1f} MB in {files} files")
    return bundle


def bundle_version(target: Target, dist: Path) -> str:
    """Ask the built program its version, which also proves it starts without this Python."""
    exe = target.cli_path(dist)
    if not exe.exists():
        raise BuildError(f"{exe} does not exist: run 'python build_installer.py build' first")
    result = subprocess.run([str(exe), "--version"], capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        raise BuildError(f"{exe} --version failed: {(result.stderr or result.stdout).strip()}")
    return result.stdout.strip().split()[-1]


def desktop_entry(version: str, exec_path: str = "fieldapp", icon: str = "fieldapp") -> str:
    """A freedesktop.org launcher entry for the Linux bundle."""
    return textwrap.dedent(f"""\
        [Desktop Entry]
        Type=Application
        Version=1.4
        Name={APP_NAME}
        GenericName=Grant programme records
        GenericName[ru]=Учёт грантовых программ
        GenericName[kk]=Гранттық бағдарламалар есебі
        Comment=Trainings, grants, agreements and site visits, offline
        Comment[ru]=Обучения, гранты, договоры и выезды на объекты — без интернета
        Comment[kk]=Оқыту, гранттар, шарттар және нысандарға бару — интернетсіз
        Exec={exec_path}
        Icon={icon}
        Terminal=false
        Categories=Office;Database;
        Keywords=grant;training;agreement;visit;
        StartupWMClass=fieldapp
        X-FieldApp-Version={version}
        """)


LINUX_INSTALL_SCRIPT = """\
#!/bin/sh
# Adds FieldApp to this user's application menu, pointing at this folder. Nothing leaves your home folder.
set -e
here=$(cd "$(dirname "$0")" && pwd)
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps"
mkdir -p "$apps" "$icons"
cp "$here/fieldapp.png" "$icons/fieldapp.png"
sed "s|^Exec=.*|Exec=\\"$here/fieldapp\\"|" "$here/fieldapp.desktop" > "$apps/fieldapp.desktop.part"
mv "$apps/fieldapp.desktop.part" "$apps/fieldapp.desktop"
echo "FieldApp added to the application menu ($apps/fieldapp.desktop)"
"""


def package_linux(target: Target, dist: Path, version: str) -> Path:
    bundle = target.bundle_dir(dist)
    out = dist / target.package_name(version)
    extras = {
        "fieldapp.desktop": desktop_entry(version).encode(),
        "install-desktop-entry.sh": LINUX_INSTALL_SCRIPT.encode(),
        "fieldapp.png": (ROOT / ICON_PNG).read_bytes(),
        "fieldapp.svg": (ROOT / ICON_SVG).read_bytes(),
    }

    def normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    with atomic_files.atomic_path(out) as partial, tarfile.open(partial, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=BUNDLE_NAME, filter=normalise)
        for name, data in extras.items():
            info = tarfile.TarInfo(f"{BUNDLE_NAME}/{name}")
            info.size = len(data)
            info.mode = 0o755 if name.endswith(".sh") else 0o644
            info.mtime = int(bundle.stat().st_mtime)
            tar.addfile(normalise(info), io.BytesIO(data))
    return out


def inno_setup_script(version: str, bundle: Path, icon: Path, output_dir: Path, target: Target) -> str:
    """Inno Setup 6.3+ script: per-user install by default (no administrator needed), data left on uninstall."""
    base = target.package_name(version).removesuffix(".exe")
    return textwrap.dedent(f"""\
        ; Generated by build_installer.py for {APP_NAME} {version}; do not edit.
        [Setup]
        AppId={INNO_APP_GUID}
        AppName={APP_NAME}
        AppVersion={version}
        AppVerName={APP_NAME} {version}
        AppPublisher={APP_NAME}
        VersionInfoVersion={_numeric_version(version)}
        DefaultDirName={{autopf}}\\{APP_NAME}
        DefaultGroupName={APP_NAME}
        DisableProgramGroupPage=yes
        PrivilegesRequired=lowest
        PrivilegesRequiredOverridesAllowed=dialog
        ArchitecturesAllowed=x64compatible
        ArchitecturesInstallIn64BitMode=x64compatible
        OutputDir={output_dir}
        OutputBaseFilename={base}
        SetupIconFile={icon}
        UninstallDisplayIcon={{app}}\\FieldApp.exe
        Compression=lzma2
        SolidCompression=yes
        WizardStyle=modern
        CloseApplications=yes

        [Languages]
        Name: "en"; MessagesFile: "compiler:Default.isl"
        Name: "ru"; MessagesFile: "compiler:Languages\\Russian.isl"

        [Tasks]
        Name: "desktopicon"; Description: "{{cm:CreateDesktopIcon}}"; GroupDescription: "{{cm:AdditionalIcons}}"

        [InstallDelete]
        ; an upgrade replaces the program files; the user's data lives in %LOCALAPPDATA%\\{APP_NAME} and stays
        Type: filesandordirs; Name: "{{app}}\\_internal"

        [Files]
        Source: "{bundle}\\*"; DestDir: "{{app}}"; Flags: ignoreversion recursesubdirs createallsubdirs

        [Icons]
        Name: "{{group}}\\{APP_NAME}"; Filename: "{{app}}\\FieldApp.exe"
        Name: "{{autodesktop}}\\{APP_NAME}"; Filename: "{{app}}\\FieldApp.exe"; Tasks: desktopicon

        [Run]
        Filename: "{{app}}\\FieldApp.exe"; Description: "{{cm:LaunchProgram,{APP_NAME}}}"; Flags: nowait postinstall skipifsilent
        """)


def _numeric_version(version: str) -> str:
    """Windows wants four numbers: 0.1.0rc1 → 0.1.0.0."""
    numbers = [m.group() if (m := re.match(r"\d+", part)) else "0" for part in version.split(".")[:4]]
    return ".".join(numbers + ["0"] * (4 - len(numbers)))


def find_iscc() -> Path | None:
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return Path(found)
    for base in (os.environ.get("ProgramFiles(x86)"), os.environ.get("ProgramFiles"),
                 os.environ.get("LOCALAPPDATA") and str(Path(os.environ["LOCALAPPDATA"]) / "Programs")):
        if base and (Path(base) / "Inno Setup 6" / "ISCC.exe").is_file():
            return Path(base) / "Inno Setup 6" / "ISCC.exe"
    return None


def make_ico(png: Path, out: Path) -> Path:
    """Windows wants an .ico for the installer; Pillow (a reportlab dependency) makes one from the PNG."""
    from PIL import Image

    out.parent.mkdir(parents=True, exist_ok=True)
    with atomic_files.atomic_path(out) as partial, Image.open(png) as image:
        image.save(partial, format="ICO", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (256, 256)])
    return out


PORTABLE_NOTE = """\
This file makes FieldApp portable: it keeps its database, backups, logs and settings in the FieldAppData
folder beside it (on this USB stick), not in your user profile. Delete this file to use your profile instead.
"""


def portable_zip(target: Target, dist: Path, version: str) -> Path:
    """The bundle folder with ``portable.txt`` in a ZIP, for a USB stick (no installation at all)."""
    bundle = target.bundle_dir(dist)
    out = dist / f"{APP_NAME}-{version}-{target.system}-{_arch_label(target)}-portable.zip"
    with atomic_files.atomic_path(out) as partial, \
            zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for path in sorted(bundle.rglob("*")):
            if path.is_file():
                archive.write(path, f"{BUNDLE_NAME}/{path.relative_to(bundle).as_posix()}")
        archive.writestr(f"{BUNDLE_NAME}/portable.txt", PORTABLE_NOTE)
    return out


def _arch_label(target: Target) -> str:
    return "x64" if target.system == "windows" and target.arch == "x86_64" else target.arch


def package_windows(target: Target, dist: Path, work: Path, version: str) -> Path:
    portable = portable_zip(target, dist, version)
    print(f"packaged {portable} ({portable.stat().st_size / 1e6:.1f} MB)")
    icon = make_ico(ROOT / ICON_PNG, work / "fieldapp.ico")
    iss = write_atomic(work / f"{APP_NAME}-{version}.iss",
                       inno_setup_script(version, target.bundle_dir(dist), icon, dist, target))
    iscc = find_iscc()
    if iscc is None:
        raise BuildError(f"Inno Setup's compiler (iscc) was not found, so no installer was made (the portable "
                         f"{portable.name} was). Install Inno Setup 6.3 or later from {INNO_DOWNLOAD} (or put "
                         f"ISCC.exe on PATH) and run this again, or compile {iss} yourself.")
    result = subprocess.run(iscc_command(iscc, iss))
    if result.returncode != 0:
        raise BuildError(f"iscc failed (exit {result.returncode}) on {iss}")
    return dist / target.package_name(version)


def iscc_command(iscc: Path, iss: Path) -> list[str]:
    return [str(iscc), "/Q", str(iss)]


def dmg_commands(target: Target, dist: Path, work: Path, version: str) -> tuple[Path, list[str]]:
    """The staging folder and the hdiutil command that makes the disk image (written under a temporary name)."""
    staging = work / "dmg"
    partial = dist / f".{target.package_name(version)}"  # hdiutil keeps a name that ends in .dmg
    return staging, ["hdiutil", "create", "-volname", f"{APP_NAME} {version}", "-srcfolder", str(staging),
                     "-fs", "HFS+", "-format", "UDZO", "-ov", str(partial)]


def package_macos(target: Target, dist: Path, work: Path, version: str) -> Path:
    app = dist / f"{BUNDLE_NAME}.app"
    staging, command = dmg_commands(target, dist, work, version)
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    shutil.copytree(app, staging / app.name, symlinks=True)
    (staging / "Applications").symlink_to("/Applications")
    result = subprocess.run(command)
    if result.returncode != 0:
        raise BuildError(f"hdiutil failed (exit {result.returncode})")
    out = dist / target.package_name(version)
    atomic_files.move_into_place(Path(command[-1]), out)
    shutil.rmtree(staging, ignore_errors=True)
    return out


def package(target: Target, dist: Path, work: Path) -> Path:
    version = read_version()
    built = bundle_version(target, dist)
    if built != version:
        raise BuildError(f"the bundle in {dist} is version {built}, pyproject.toml says {version}: build again")
    if target.system == "windows":
        out = package_windows(target, dist, work, version)
    elif target.system == "macos":
        out = package_macos(target, dist, work, version)
    else:
        out = package_linux(target, dist, version)
    print(f"packaged {out} ({out.stat().st_size / 1e6:.1f} MB)")
    return out


def clean(target: Target, dist: Path, work: Path) -> list[Path]:
    """Remove only what this program makes: the work folder, the bundle and the packages."""
    removed = []
    candidates = [work, target.bundle_dir(dist), dist / f"{BUNDLE_NAME}.app", *dist.glob(f".{BUNDLE_NAME}*.old"),
                  *dist.glob(f"{APP_NAME}-*-*"), *dist.glob(f".{APP_NAME}-*")]
    for path in candidates:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        elif path.exists() or path.is_symlink():
            path.unlink()
        else:
            continue
        removed.append(path)
    return removed


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="build_installer.py",
        description=f"Build the {APP_NAME} desktop bundle and its installer for the platform this runs on.",
    )
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "installer",
                        help="folder for intermediate files (default: build/installer/)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    p_build = sub.add_parser("build", help="make the self-contained application folder under dist/",
                             description="Run PyInstaller (one folder, not one file) to make dist/FieldApp/: "
                             "fieldapp on Linux and macOS, FieldApp.exe and fieldapp-cli.exe on Windows.")
    p_build.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    p_package = sub.add_parser("package", help="wrap the built folder as this platform's distributable",
                               description="Linux: a .tar.gz with the folder, a .desktop file and the icon. "
                               "Windows: an Inno Setup installer (needs iscc). macOS: the .app in a .dmg.")
    p_package.add_argument("--build", action="store_true", help="build the folder first")
    sub.add_parser("clean", help="remove the build folder, the bundle and the packages",
                   description="Remove build/installer/, dist/FieldApp/ and dist/FieldApp-* packages.")
    return parser


def main(argv: Sequence[str] | None = None, target: Target | None = None) -> int:
    args = build_parser().parse_args(argv)
    target = target or Target.current()
    dist, work = args.dist.resolve(), args.work.resolve()
    try:
        if args.command == "build":
            build(target, dist, work, clean=args.clean)
        elif args.command == "package":
            if args.build:
                build(target, dist, work)
            package(target, dist, work)
        else:
            for path in clean(target, dist, work):
                print(f"removed {path}")
    except BuildError as exc:
        print(f"build_installer.py: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
