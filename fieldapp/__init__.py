"""FieldApp: offline-first desktop application for community grant programmes.

Everything in this package outside ``fieldapp.ui`` is the core and never imports Qt.
"""

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("fieldapp")
except _metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

APP_NAME = "FieldApp"
