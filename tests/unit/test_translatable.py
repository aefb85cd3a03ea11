"""Every word a facilitator or student reads goes through translation: an AST scan of `app/` (the window's
code, and the command line, the PDFs, the messages the store and importers give) for text written straight
into the code.

Text is a string literal (or an f-string's literal part) with two words in it. It is allowed only inside
`translate("context", …)` or `QT_TRANSLATE_NOOP("context", …)`, in a docstring, in a log call, in a
stylesheet or an object name, or on a line marked `# i18n: not text` (a regular expression, a file filter
pattern, SQL, a test hook). Files still being converted are listed in CONVERTING, which only shrinks.
NOT_WORDS are files whose strings are data, not messages: SQL migrations, and the demo class's sample journal
(students' own words, in the language they wrote them).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "app"
NOT_WORDS = {"app/store/migrations.py", "app/demo/journal.py"}
TEXT = re.compile(r"[A-Za-z]{2,}[^\n]*?\s+[^\n]*?[A-Za-z]{2,}")   # two words: 'Save PDF', 'Day {n} of'
CSS = re.compile(r"\{\s*[a-z-]+:|\b[a-z-]+\s*:\s*[^;\n]*;|[{}]\s*$|^\s*[;}]|\dpx\b|^\s*px\b|\bQ[A-Z][A-Za-z]+\s*[#{\[]")
MARKED = ("translate", "QT_TRANSLATE_NOOP", "tr")
NOT_SHOWN = {"debug", "info", "warning", "error", "exception", "critical_log",   # logging
             "setObjectName", "setStyleSheet", "setProperty", "QKeySequence", "setShortcut", "value", "setValue",
             "startswith", "endswith", "split", "replace", "join", "strftime", "fromisoformat", "execute",
             "QRegularExpression", "compile", "match", "search", "sub", "findChild", "findChildren"}
CONVERTING: set[str] = set()   # every file is converted; a new one must be too


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def _is_log(call: ast.Call) -> bool:
    func = call.func
    return (isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id in ("log", "logging")
            and func.attr in ("debug", "info", "warning", "error", "exception", "critical"))


def untranslated(path: Path) -> list[str]:
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    lines = source.splitlines()
    allowed: set[int] = set()   # ids of string nodes that are fine where they are

    def allow(node: ast.AST) -> None:
        for inner in ast.walk(node):
            allowed.add(id(inner))

    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                allow(first)   # a docstring
        if isinstance(node, ast.Call) and (_name(node) in MARKED or _name(node) in NOT_SHOWN or _is_log(node)):
            allow(node)
        if isinstance(node, ast.Raise | ast.Assert):
            allow(node)   # for the log and the developer; what the user reads is said where it is caught
    found = []
    for node in ast.walk(tree):
        if id(node) in allowed or not isinstance(node, ast.Constant) or not isinstance(node.value, str):
            continue
        if not TEXT.search(node.value) or CSS.search(node.value):
            continue   # not words, or a stylesheet
        line = lines[node.lineno - 1]
        if "i18n: not text" in line:
            continue
        found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.value[:60]!r}")
    return found


def test_every_text_in_the_window_is_translatable() -> None:
    problems = [p for path in sorted(UI.rglob("*.py")) if str(path.relative_to(ROOT)) not in CONVERTING | NOT_WORDS
                for p in untranslated(path)]
    assert problems == [], f"{len(problems)} texts not through translate():\n" + "\n".join(problems[:80])


def test_the_files_still_being_converted_exist_and_still_need_it() -> None:
    for name in CONVERTING:
        assert (ROOT / name).is_file(), name
        assert untranslated(ROOT / name), f"{name} is converted: take it off CONVERTING"
