"""The class network: the facilitator's laptop serves the student pages on the room's local network.

Only this package imports the HTTP server (waitress). It serves `assets/web/` and a small JSON API
(see docs/class-network.md), writes through the same store functions as student mode, and never
opens an outgoing connection. `server.ClassNetwork` is what the GUI and `python -m app serve` use.
"""
