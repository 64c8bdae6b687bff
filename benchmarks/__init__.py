"""FieldApp's benchmarks: ``python3 dev.py bench [--scale demo|large|huge] [--json FILE]`` (``python -m benchmarks``).

Every figure is measured next to a baseline in the same run (a bare PySide6 window, raw sqlite3, bare reportlab or
openpyxl): the machine is shared, so the ratio is what counts. Databases are built once per scale and cached
(``datasets.py``). ``cold_start.py`` (the installed bundle, cold caches), ``checkin_reads.py`` (statements per
keypress) and ``register_import.py`` stay separate scripts: they answer other questions.
"""
