"""What each key means on the paper-entry grid, decided apart from the widget so the rules read in one place.

The typist's eyes stay on the paper sheet: every key does one predictable thing, a key that means nothing
does nothing (and the status line says why), and no key ever opens an editor that swallows the next one.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt

from app.ui.i18n import translate

Key = Qt.Key
MOVES = {Key.Key_Left: "left", Key.Key_Right: "right", Key.Key_Up: "up", Key.Key_Down: "down",
         Key.Key_Tab: "next", Key.Key_Backtab: "previous", Key.Key_Home: "home", Key.Key_End: "end",
         Key.Key_Return: "next_student", Key.Key_Enter: "next_student"}
CTRL_MOVES = {Key.Key_Home: "first", Key.Key_End: "last"}
CLEARS = (Key.Key_Backspace, Key.Key_Delete)
SKIPS = ("0", "-")
COMMAND_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                     | Qt.KeyboardModifier.MetaModifier)


@dataclass(frozen=True)
class KeyAction:
    """kind: answer | skip | clear | move | toggle | hint | pass (to the table view: Page Up, shortcuts…)."""

    kind: str
    value: int | None = None
    move: str = ""
    hint: str = ""


def scale_range(values: tuple[int, ...]) -> str:
    """'1–5' for a run of values, else the values listed."""
    ordered = sorted(values)
    if ordered and ordered == list(range(ordered[0], ordered[-1] + 1)):
        return f"{ordered[0]}–{ordered[-1]}"
    return ", ".join(str(v) for v in ordered)


def keys_help(values: tuple[int, ...]) -> str:
    if 0 in values:
        # Translators: the keys of the paper-entry grid: {values} is the scale, e.g. "0–4"; "-" is the minus key
        return translate("measure.entry_keys", "type {values}, - for skipped, Backspace to clear").format(
            values=scale_range(values))
    # Translators: the keys of the paper-entry grid: {values} is the scale, e.g. "1–5"; "-" is the minus key
    return translate("measure.entry_keys", "type {values}, 0 or - for skipped, Backspace to clear").format(
        values=scale_range(values))


def interpret(key: int, text: str, modifiers: Qt.KeyboardModifier, values: tuple[int, ...]) -> KeyAction:
    """The meaning of one key press on an answer cell of an instrument answered with `values`.

    0 means 'skipped' unless 0 is itself an answer on the scale; '-' always means skipped.
    """
    if modifiers & COMMAND_MODIFIERS:
        if modifiers & Qt.KeyboardModifier.ControlModifier and key in CTRL_MOVES:
            return KeyAction("move", move=CTRL_MOVES[Key(key)])
        return KeyAction("pass")
    if key in MOVES:
        return KeyAction("move", move=MOVES[Key(key)])
    if key in CLEARS:
        return KeyAction("clear")
    if key == Key.Key_Space:
        return KeyAction("toggle")
    if text.isdigit() and len(text) == 1:
        number = int(text)
        if number in values:
            return KeyAction("answer", value=number)
        if text in SKIPS:
            return KeyAction("skip")
        return KeyAction("hint", hint=translate("measure.entry_keys", "“{key}” is not on this scale: {keys}.").format(
            key=text, keys=keys_help(values)))
    if text in SKIPS:
        return KeyAction("skip")
    if text.isprintable() and text.strip():
        return KeyAction("hint", hint=translate("measure.entry_keys", "“{key}” does nothing here: {keys}.").format(
            key=text, keys=keys_help(values)))
    return KeyAction("pass")
