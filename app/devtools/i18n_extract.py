"""Collect the app's texts into Qt's .ts catalogues, from the Python source itself (pure: ast and XML).

Why not pyside6-lupdate: its Python reader misses a `translate()` inside an f-string, marks a counted text
as counted only when the count is a number literal (and drops it when the count is an expression), and
ignores translator comments. This reads every `translate("context", "text"[, disambiguation[, n]])` and
`QT_TRANSLATE_NOOP("context", "text")` call with literal text, wherever it stands; a call with a count is a
counted message (a form per plural); a `# Translators: …` comment on the lines just above becomes the
note translators see. lrelease compiles the result for Qt; app/i18n.py reads it for the rest.

A catalogue is rewritten, not patched: translations already made are kept, new texts are added unfinished,
texts the code no longer says are dropped (no obsolete entries to mislead a translator).
"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

CALLS = {"translate", "QT_TRANSLATE_NOOP"}
NOTE = "# Translators:"
FORMS = {"es": 2, "en": 2}


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    disambiguation: str = ""
    counted: bool = False
    note: str = ""
    where: str = ""   # file:line of its first use (for the extraction report, not written to the catalogue)

    @property
    def key(self) -> tuple[str, str, str]:
        return self.context, self.source, self.disambiguation


def _literal(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _note(lines: list[str], lineno: int) -> str:
    """The `# Translators:` comment block right above a call (lineno is 1-based)."""
    found: list[str] = []
    n = lineno - 2
    while n >= 0 and lines[n].strip().startswith("#"):
        found.insert(0, lines[n].strip())
        n -= 1
    text = " ".join(line.lstrip("#").strip() for line in found)
    return text.split("Translators:", 1)[1].strip() if NOTE in " ".join(found) else ""


def messages_in(path: Path, root: Path) -> list[Message]:
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        if name not in CALLS or len(node.args) < 2:
            continue
        context, text = _literal(node.args[0]), _literal(node.args[1])
        if context is None or text is None:
            continue
        disambiguation = _literal(node.args[2]) if len(node.args) > 2 else None
        keywords = {k.arg: k.value for k in node.keywords}
        disambiguation = disambiguation or _literal(keywords.get("disambiguation")) or ""
        counted = name == "translate" and (len(node.args) > 3 or "n" in keywords)
        found.append(Message(context, text, disambiguation, counted, _note(lines, node.lineno),
                             f"{path.relative_to(root)}:{node.lineno}"))
    return found


def collect(paths: Iterable[Path], root: Path) -> dict[tuple[str, str, str], Message]:
    """Every message once (the first use's note wins; counted if any use counts)."""
    merged: dict[tuple[str, str, str], Message] = {}
    for path in sorted(paths):
        for message in messages_in(path, root):
            before = merged.get(message.key)
            if before is None:
                merged[message.key] = message
            elif message.counted and not before.counted:
                merged[message.key] = Message(*message.key, True, before.note or message.note, before.where)
    return merged


def existing(ts: Path) -> dict[tuple[str, str, str], tuple[list[str], bool]]:
    """The translations a catalogue already holds: key → (forms, finished)."""
    if not ts.exists():
        return {}
    held = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            held[key] = (forms, translation.get("type") != "unfinished" and all(forms))
    return held


def write_catalogue(ts: Path, language: str, messages: dict[tuple[str, str, str], Message]) -> tuple[int, int]:
    """Rewrite `ts` for these messages, keeping what is translated; returns (finished, unfinished)."""
    held = existing(ts)
    forms_wanted = FORMS.get(language, 2)
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",   # i18n: not text
           f'<TS version="2.1" language="{language}">']   # i18n: not text
    finished = unfinished = 0
    by_context: dict[str, list[Message]] = {}
    for message in messages.values():
        by_context.setdefault(message.context, []).append(message)
    for context in sorted(by_context):
        out += ["<context>", f"    <name>{escape(context)}</name>"]
        for message in sorted(by_context[context], key=lambda m: (m.source, m.disambiguation)):
            forms, done = held.get(message.key, ([], False))
            forms = (forms + [""] * forms_wanted)[:forms_wanted] if message.counted else forms[:1] or [""]
            done = done and all(forms)
            finished += done
            unfinished += not done
            out.append('    <message numerus="yes">' if message.counted else "    <message>")   # i18n: not text
            out.append(f"        <source>{escape(message.source)}</source>")
            if message.disambiguation:
                out.append(f"        <comment>{escape(message.disambiguation)}</comment>")
            if message.note:
                out.append(f"        <extracomment>{escape(message.note)}</extracomment>")
            state = "" if done else ' type="unfinished"'
            if message.counted:
                out.append(f"        <translation{state}>")
                out += [f"            <numerusform>{escape(form)}</numerusform>" for form in forms]
                out.append("        </translation>")
            else:
                out.append(f"        <translation{state}>{escape(forms[0])}</translation>")
            out.append("    </message>")
        out.append("</context>")
    out.append("</TS>")
    ts.parent.mkdir(parents=True, exist_ok=True)
    ts.write_text("\n".join(out) + "\n", encoding="utf-8")
    return finished, unfinished


def app_sources(root: Path) -> list[Path]:
    return sorted(p for p in (root / "app").rglob("*.py") if "__pycache__" not in p.parts)
