"""`python -m app serve --class NAME`: the class network without the window.

For tests, and for a second laptop acting as the class's server. Prints the address and join code,
serves until Ctrl+C (or SIGTERM), then closes the class to devices cleanly. Exit codes as in app/cli.py:
1 for an unknown class or challenge, or a port that cannot be opened; 2 for a port number out of range.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading

from app.cli_common import DONE, REFUSED
from app.i18n import translate
from app.store.db import Store


def add_serve_parser(commands: argparse._SubParsersAction) -> None:
    serve = commands.add_parser(
        "serve", help=translate("classnet.cli", "open a class to students' devices, without the window"),
        description=translate("classnet.cli", "Serve the student pages of one class on this computer's network until "
                                              "Ctrl+C. Students open the address in a browser and type the join code."))
    serve.add_argument("--class", dest="class_name", required=True, metavar="NAME",
                       help=translate("classnet.cli", "the class to open"))
    serve.add_argument("--host", default="0.0.0.0", metavar="ADDR",
                       help=translate("classnet.cli", "the address to listen on (default: every network of this "
                                                      "computer)"))
    serve.add_argument("--port", type=_port, metavar="P",
                       help=translate("classnet.cli", "the port (default: 8080, or the first free one)"))
    serve.add_argument("--challenge", metavar="ID",
                       help=translate("classnet.cli", "set the class's challenge of the week from today ('none' to "
                                                      "clear it)"))


def _port(text: str) -> int:
    """--port: 0 (any free one) to 65535, or a usage error (exit 2)."""
    try:
        port = int(text)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(translate("classnet.cli", "give a port number from 0 (any free one) to "
                                                                   "65535, not {text}").format(text=repr(text)))
    return port


def serve_command(store: Store, args: argparse.Namespace) -> int:
    from app.classnet.server import ClassNetwork, NetworkError
    from app.curriculum import load_curriculum
    from app.paths import activities_dir
    from app.store.classes import list_classes
    from app.store.classnet import set_class_challenge

    chosen = next((c for c in list_classes(store) if c.name == args.class_name), None)
    if chosen is None:
        names = ", ".join(repr(c.name) for c in list_classes(store)) or translate("classnet.cli", "none yet")
        print(translate("classnet.cli", "There is no class called {name} in this data folder (classes: {names}).")
              .format(name=repr(args.class_name), names=names), file=sys.stderr)
        return REFUSED
    curriculum = load_curriculum(activities_dir())
    if args.challenge:
        ids = {c.id for c in curriculum.challenges}
        if args.challenge != "none" and args.challenge not in ids:
            print(translate("classnet.cli", "There is no challenge {name}. Known: {known}.").format(
                name=repr(args.challenge), known=", ".join(sorted(ids))), file=sys.stderr)
            return REFUSED
        set_class_challenge(store, chosen.id, None if args.challenge == "none" else args.challenge)
    network = ClassNetwork(store, curriculum, chosen.id, host=args.host, port=args.port)
    try:
        network.open()
    except NetworkError as error:
        print(error, file=sys.stderr)
        return REFUSED
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    addresses = network.addresses()
    print(translate("classnet.cli", "{name} is open to devices.").format(name=chosen.name))
    if addresses:
        # Translators: {addresses} are web addresses joined by "   or   " (the next text).
        joined = translate("classnet.cli", "   or   ").join(addresses)
        print(translate("classnet.cli", "Students open: {addresses}").format(addresses=joined))
    else:
        print(translate("classnet.cli", "This computer is on no network: students cannot reach it yet (port "
                                        "{port}). Open a hotspot without internet (see the guide, chapter 6), then "
                                        "look at the address again.").format(port=network.port))
    print(translate("classnet.cli", "Join code: {code}").format(code=network.code), flush=True)
    print(translate("classnet.cli", "Press Ctrl+C to close the class to devices."), flush=True)
    try:
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    network.close()
    print(translate("classnet.cli", "Closed to devices."), flush=True)
    return DONE
