"""`python -m app`: start the clock first so --startup-check measures the whole start."""

import time

_T0 = time.perf_counter()

from app.cli import main  # noqa: E402

raise SystemExit(main(t0=_T0))
