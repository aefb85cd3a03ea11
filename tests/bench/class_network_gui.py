"""The GUI side of the class-network benchmark: the real main window (offscreen) with the class open to
devices in-process, and a 5 ms timer that measures how late the Qt event loop runs while devices save.

    python tests/bench/class_network_gui.py DATA_DIR CLASS_ID SECONDS
Prints 'ready ADDRESS CODE' once serving, then one JSON line of event-loop figures at the end.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.classnet.server import ClassNetwork  # noqa: E402
from app.curriculum import load_curriculum  # noqa: E402
from app.paths import activities_dir  # noqa: E402
from app.store import open_store  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402

TICK_MS = 5


def main(data_dir: Path, class_id: str, seconds: float) -> None:
    app = QApplication(sys.argv[:1])
    store = open_store(data_dir)
    curriculum = load_curriculum(activities_dir())
    window = MainWindow(store, curriculum, settings_file=data_dir / "window.ini")
    window.show()
    network = ClassNetwork(store, curriculum, class_id, host="127.0.0.1", port=0)
    network.open()
    print(f"ready 127.0.0.1:{network.port} {network.code}", flush=True)
    lateness: list[float] = []
    worst = [0.0, 0.0]  # the longest stall, and when (seconds after serving began)
    began = time.perf_counter()
    last = [began]

    def tick() -> None:
        now = time.perf_counter()
        late = max(0.0, (now - last[0]) * 1000 - TICK_MS)
        lateness.append(late)
        if late > worst[0]:
            worst[:] = [late, now - began]
        last[0] = now

    def presence() -> None:  # what the facilitator's panel does every 2 s, on the UI thread
        network.presence("1970-01-01T00:00:00Z")

    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    timer.start()
    panel = QTimer()
    panel.setInterval(2000)
    panel.timeout.connect(presence)
    panel.start()
    QTimer.singleShot(int(seconds * 1000), app.quit)
    app.exec()
    network.close()
    ordered = sorted(lateness)
    print(json.dumps({"ticks": len(ordered), "stall_max_ms": round(ordered[-1], 1), "stall_at_s": round(worst[1], 1),
                      "stall_p99_ms": round(ordered[int(len(ordered) * 0.99)], 1),
                      "over_50ms": sum(1 for x in ordered if x > 50)}), flush=True)
    store.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2], float(sys.argv[3]))
