import sys

from fieldapp.cli import main

if getattr(sys, "frozen", False):
    # the installed (frozen) program started again as one of the hub's merge workers (server/workers.py, "spawn")
    # runs the worker here, not the command line; unfrozen, freeze_support does nothing, and importing
    # multiprocessing (pickle, socket, selectors, signal) cost a start ~5 ms before its window
    import multiprocessing

    multiprocessing.freeze_support()
sys.exit(main())
