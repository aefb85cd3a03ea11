"""The house plan's rules, checked from the code itself (ast, no imports run): each heavy dependency in its own room,
the pure rooms pure, nothing that runs code from a file or talks to the internet, no import circles (not even inside
a function or for the type checker), and no module a reader cannot take in at once (~400 lines).

These read every module under app/, so a new module is checked the day it is added: a rule broken here is a room
that has started to know what another room holds (see docs/house.md)."""

from __future__ import annotations

import ast
import fnmatch
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "app"
MAX_LINES = 400

# a heavy (or risky) dependency → the only places that may import it
ROOMS = {
    "PySide6": ("app/ui/*",),
    "shiboken6": ("app/ui/*",),
    "segno": ("app/ui/*",),
    "reportlab": ("app/printing/*",),
    "pypdfium2": ("app/printing/*",),
    "sqlite3": ("app/store/*",),
    "sqlite_utils": ("app/store/*",),
    "pygame": ("app/rhythm/engine.py",),
    "waitress": ("app/classnet/*",),
    "openpyxl": ("app/files/*",),
    "tomli_w": ("app/files/*",),
    # the network is the class's: a listening socket for the class network, the host name for the lock file
    "socket": ("app/classnet/*", "app/store/in_use.py"),
}
NEVER = ("pickle", "marshal", "shelve", "dill", "urllib.request", "http.client", "ftplib", "smtplib", "requests",
         "httpx", "xmlrpc")  # nothing from the data folder runs as code; no outgoing connection
# pure: the standard library and other pure app modules only, tested without a screen, a database or a printer
PURE = ("app/curriculum/*", "app/grouping/mixing.py", "app/grouping/_*", "app/session/flow.py",
        "app/session/slide.py", "app/session/challenge_steps.py", "app/session/turns.py", "app/decks/spreadsheet.py",
        "app/decks/play.py", "app/decks/choice.py", "app/roster/*", "app/journal/prompts.py", "app/journal/sheets.py",
        "app/measure/distributions.py", "app/measure/results.py", "app/measure/scoring.py",
        "app/measure/signed_rank.py", "app/measure/stats.py", "app/measure/wording.py", "app/measure/sheet_cells.py",
        "app/rhythm/timing.py", "app/rhythm/synchrony.py", "app/rhythm/schedule.py", "app/files/checks.py",
        "app/files/spreadsheet.py", "app/files/delimiter.py", "app/i18n.py", "app/paths.py")
NOT_PURE_ROOMS = ("app.store", "app.ui", "app.printing", "app.classnet", "app.demo")


@dataclass(frozen=True)
class Import:
    module: str     # what is imported, dotted
    line: int
    where: str      # "module", "function" or "type-checking"


def module_name(path: Path) -> str:
    name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
    return name.removesuffix(".__init__")


@cache
def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(APP.rglob("*.py"))}


@cache
def imports_of(path: Path) -> tuple[Import, ...]:
    found: list[Import] = []

    def visit(nodes: list[ast.stmt], where: str) -> None:
        for node in nodes:
            if isinstance(node, ast.Import):
                found.extend(Import(alias.name, node.lineno, where) for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.append(Import(node.module, node.lineno, where))
                found.extend(Import(f"{node.module}.{alias.name}", node.lineno, where) for alias in node.names
                             if f"{node.module}.{alias.name}" in modules())
            elif isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                visit(node.body, "type-checking")
                visit(node.orelse, where)
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                visit(node.body, "function")
            else:
                for field in ("body", "orelse", "finalbody", "handlers"):
                    children = getattr(node, field, None)
                    if isinstance(children, list):
                        visit([c for c in children if isinstance(c, ast.stmt | ast.ExceptHandler)], where)
        return None

    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    visit(tree.body, "module")
    return tuple(found)


def relative(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def matches(path: Path, patterns: tuple[str, ...]) -> bool:
    return any(fnmatch.fnmatch(relative(path), pattern) for pattern in patterns)


def all_imports() -> Iterator[tuple[Path, Import]]:
    for path in modules().values():
        for imported in imports_of(path):
            yield path, imported


def test_each_heavy_dependency_lives_in_its_own_room() -> None:
    wrong = [f"{relative(path)}:{i.line} imports {i.module}" for path, i in all_imports()
             for library, rooms in ROOMS.items()
             if (i.module == library or i.module.startswith(library + ".")) and not matches(path, rooms)]
    assert wrong == []


def test_only_the_store_touches_its_connection() -> None:
    """SQL lives in app/store: elsewhere the store is opaque (no `.conn`, `.db`, `.execute…`), which an import check
    alone would miss, since a Store object reaches every room."""
    wrong = []
    for path in modules().values():
        if matches(path, ("app/store/*",)):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in ("conn", "db", "execute", "executemany",
                                                                  "executescript"):
                wrong.append(f"{relative(path)}:{node.lineno} .{node.attr}")
    assert wrong == []


def test_nothing_runs_code_from_a_file_or_reaches_the_internet() -> None:
    wrong = [f"{relative(path)}:{i.line} imports {i.module}" for path, i in all_imports()
             if any(i.module == never or i.module.startswith(never + ".") for never in NEVER)]
    assert wrong == []


def test_the_pure_rooms_import_no_heavy_room() -> None:
    pure = [path for path in modules().values() if matches(path, PURE)]
    assert len(pure) > 40   # the patterns still name real files
    third_party = tuple(ROOMS)
    wrong = [f"{relative(path)}:{i.line} imports {i.module}" for path in pure for i in imports_of(path)
             if any(i.module == room or i.module.startswith(room + ".") for room in NOT_PURE_ROOMS + third_party)
             and not (matches(path, ("app/files/*",)) and i.module.startswith(("openpyxl", "tomli_w")))]
    assert wrong == []


def import_graph() -> dict[str, set[str]]:
    known = modules()
    return {name: {i.module for i in imports_of(path) if i.module in known and i.module != name}
            for name, path in known.items()}


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan's algorithm, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))
    return found


def test_no_import_circles_at_any_depth() -> None:
    """Function-level and TYPE_CHECKING imports count too: they hide a circle from Python, not from a reader."""
    assert circles(import_graph()) == []


def test_the_circle_finder_finds_a_circle_through_three_modules() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert circles(graph) == [["a", "b", "c"]]
    assert circles({"a": {"b"}, "b": set()}) == []


@pytest.mark.parametrize("where", ["function", "type-checking"])
def test_imports_hidden_in_functions_and_type_checking_blocks_are_seen(tmp_path: Path, where: str) -> None:
    body = ("def f():\n    import sqlite3\n" if where == "function"
            else "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import sqlite3\n")
    source = tmp_path / "sample.py"
    source.write_text(body, encoding="utf-8")
    assert Import("sqlite3", 2 if where == "function" else 3, where) in imports_of(source)


def test_no_module_is_longer_than_a_reader_takes_in_at_once() -> None:
    long = {relative(path): n for path in modules().values()
            if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}


def test_the_top_of_app_is_a_short_list_of_rooms() -> None:
    """The features are packages (journal/, decks/, roster/, session/…), not loose modules a reader must sort."""
    loose = sorted(p.name for p in APP.glob("*.py"))
    assert loose == ["__init__.py", "__main__.py", "cli.py", "cli_common.py", "i18n.py", "paths.py"]
    for package in (p for p in APP.iterdir() if p.is_dir() and p.name != "translations" and p.name != "__pycache__"):
        assert (package / "__init__.py").is_file(), package
        assert ast.get_docstring(ast.parse((package / "__init__.py").read_text(encoding="utf-8"))), package
