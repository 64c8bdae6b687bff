import multiprocessing
import sys

from fieldapp.cli import main

# the installed (frozen) program started again as one of the hub's merge workers (server/workers.py, "spawn")
# runs the worker here, not the command line
multiprocessing.freeze_support()
sys.exit(main())
