"""FieldApp: offline-first desktop application for community grant programmes.

Everything in this package outside ``fieldapp.ui`` is the core and never imports Qt.
"""

APP_NAME = "FieldApp"


def __getattr__(name: str) -> str:
    # __version__ is looked up on first use: importlib.metadata costs a tenth of a second at every start
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import metadata

    try:
        version = metadata.version("fieldapp")
    except metadata.PackageNotFoundError:  # running from a source tree that was never installed
        version = "0.0.0+source"
    globals()["__version__"] = version
    return version
