"""The laptop's addresses on the room's network, found without sending anything anywhere.

psutil reads the network interfaces on Windows, macOS and Linux alike; the usual trick of
"connecting" a UDP socket to a public address is an outgoing connection, which the app never makes.
"""

from __future__ import annotations

import ipaddress
import logging
import os
import socket

log = logging.getLogger(__name__)

PREFERRED_PORTS = (8080, 8000, 8888, 8081, 5000)  # short to type; any free port when all are taken


def local_addresses() -> list[str]:
    """IPv4 addresses of interfaces that are up, not loopback: the room's usual network first."""
    import psutil

    try:
        stats = psutil.net_if_stats()
        found = []
        for name, addresses in psutil.net_if_addrs().items():
            if name in stats and not stats[name].isup:
                continue
            for address in addresses:
                if address.family != socket.AF_INET:
                    continue
                ip = ipaddress.IPv4Address(address.address)
                if ip.is_loopback or ip.is_link_local or ip.is_unspecified:
                    continue
                found.append(ip)
    except (OSError, ValueError, RuntimeError) as error:
        log.warning("could not list the network interfaces: %s", error)
        return []
    return [str(ip) for ip in sorted(set(found), key=_rank)]


def _rank(ip: ipaddress.IPv4Address) -> tuple[int, ipaddress.IPv4Address]:
    """Home and school routers and hotspots first (192.168.x, 10.x, 172.16–31.x), others after."""
    if ip in ipaddress.IPv4Network("192.168.0.0/16"):
        return 0, ip
    if ip.is_private:
        return 1, ip
    return 2, ip


def free_port(host: str, wanted: int | None = None) -> int:
    """`wanted` when given (an error if taken; 0: any free port), else the first free short port, else any."""
    for port in ((wanted,) if wanted is not None else (*PREFERRED_PORTS, 0)):
        probe = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        if os.name != "nt":  # as the server itself does: a port left in TIME_WAIT by a crash is free
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
            return probe.getsockname()[1]
        except OSError:
            if wanted is not None:
                raise
        finally:
            probe.close()
    raise OSError("no free port")


def short_address(ip: str, port: int) -> str:
    """What students type: no scheme, and no port when it is the web's default."""
    return ip if port == 80 else f"{ip}:{port}"
