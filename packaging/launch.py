"""PyInstaller needs an entry script file; this one runs app.cli:main (see build.spec).

The clock starts first, as in app/__main__.py, so --startup-check measures the whole start.
"""

import time

_T0 = time.perf_counter()

from app.cli import main  # noqa: E402

raise SystemExit(main(t0=_T0))
