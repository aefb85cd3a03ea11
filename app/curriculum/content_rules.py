"""Writing rules: what a facilitator needs on the console and the projector, checked in an activity that
is otherwise sound.

The console shows a facilitator only the step scripts, and the class reads only the projector lines, so:

- **A debrief step.** Exactly one step's title says it is the debrief ("Debrief", "Shake off and debrief");
  it has time in the full and the short version, and its script lists every one of the activity's
  `debrief` questions word for word (each ends with "?"), so the facilitator can pick from all of them.
- **The pass, out loud.** Some step's script offers the pass in the words the facilitator says: in double
  quotes, like `Say: "You can always pass."` ("pass", "you don't have to", "nobody has to", "sit this one
  out", "just watch" or "just listen"), in a step the short version runs too.
- **Promised projector text.** A material, script or adaptation that promises questions "on the
  projector" (or "on the screen") needs projector lines that are questions, besides the debrief's own;
  one that promises signs or symbols needs lines with a symbol (☀, ☁, ★ …).
- **Adaptations of its own.** The same adaptation text in more than `REPEAT_MAX` activities is reported
  on each of them (`check_repeated_adaptations`, once every activity of a folder is loaded).

These problems are reported like every other (`validate` fails, the editor lists them), but an activity
that breaks only these still runs: an older own copy keeps working until its writer next edits it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable

from app.curriculum.fields import Source, shown
from app.curriculum.model import Activity
from app.i18n import translate

# An adaptation text may be shared by this many activities; one more, and it is advice for none of them.
REPEAT_MAX = 3

_SPOKEN = re.compile(r"\"([^\"]*)\"|“([^”]*)”")
_PASS = re.compile(
    r"\b(?:say|saying|or|a|can|also|always|may|just)\s+['‘]?pass(?:es)?\b"   # say 'pass', you can pass, or pass
    r"|\bpass(?:ing)?\s+is\b|\bpass\s+for\s+now\b"                           # pass is fine, pass for now
    r"|\b(?:don['’]t|do\s+not|doesn['’]t|does\s+not)\s+have\s+to\b"          # you don't have to
    r"|\b(?:nobody|no\s+one|no-one)\s+(?:has|have|needs?)\s+to\b"            # nobody has to
    r"|\bsit\s+(?:it|this(?:\s+one)?)\s+out\b|\bjust\s+(?:watch|listen)\b"   # sit this one out, just watch
    # Spanish: puedes pasar, 'paso', no tienes que, nadie tiene que, solo mirar / escuchar
    r"|\b(?:puedes|puede|pueden|podéis|decir)\s+['‘]?(?:pasar|paso)\b|\bno\s+(?:tienes|tiene|tenéis|tienen)\s+que\b"
    r"|\b(?:nadie|ninguno|ninguna)\s+tiene\s+que\b|\bsolo\s+(?:mirar|escuchar|mira|escucha)\b",
    re.IGNORECASE)
_PROMISE = re.compile(r"\bon\s+the\s+(?:projector|screen)\b|\ben\s+(?:el\s+proyector|la\s+pantalla)\b",
                      re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.!?;:\n]")
_WINDOW_WORDS = 8


def _normal(text: str) -> str:
    """Text as compared: curly quotes straight, runs of spaces and line breaks as one space, no case."""
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.split()).casefold()


def spoken(script: str) -> list[str]:
    """The passages of a script in double quotes: what the facilitator says out loud."""
    return [a or b for a, b in _SPOKEN.findall(script)]


def offers_pass(script: str) -> bool:
    """Whether the script says the pass out loud (in quotes), not only describes it."""
    return any(_PASS.search(passage) for passage in spoken(script))


def promises(text: str) -> list[str]:
    """What a text promises the projector shows: 'questions', 'signs', or '' for anything else, once per
    'on the projector' (or 'on the screen'), judged from the few words before it in the same clause."""
    found = []
    for match in _PROMISE.finditer(text):
        clause = _CLAUSE_END.split(text[max(0, match.start() - 200):match.start()])[-1]  # bounded: a script may be long
        before = clause.split()[-_WINDOW_WORDS:]
        words = " ".join(before).casefold()
        if re.search(r"\bquestions?\b|\bpreguntas?\b", words):
            found.append("questions")
        elif re.search(r"\b(?:signs?|symbols?|señal(?:es)?|símbolos?)\b", words):
            found.append("signs")
        else:
            found.append("")
    return found


def is_question(line: str) -> bool:
    return line.rstrip().rstrip("'\"’”").endswith("?")


def has_symbol(line: str) -> bool:
    return any(unicodedata.category(char) == "So" for char in line)


def check_activity_writing(activity: Activity, source: Source) -> None:
    """The per-activity writing rules, reported on `source` with the field's line."""
    _check_debrief(activity, source)
    offering = [n for n, step in enumerate(activity.steps) if offers_pass(step.script)]
    if not offering:
        source.report(("opt_out",), translate("curriculum.content_rules", "expected a step's script to offer the "
                                              "pass out loud too, in the words you say (in quotes), like Say: \"You "
                                              "can always pass.\"; the console shows the scripts, not this field"))
    elif all(activity.steps[n].short_minutes == 0 for n in offering):
        source.report(("opt_out",), translate("curriculum.content_rules", "expected the pass said out loud in a step "
                                              "the short version runs too; only step {steps} says it, and the short "
                                              "version skips it").format(
            steps=", ".join(str(n + 1) for n in offering)))
    _check_promises(activity, source)


def _check_debrief(activity: Activity, source: Source) -> None:
    for index, question in enumerate(activity.debrief):
        if not is_question(question):
            source.report(("debrief", index), translate("curriculum.content_rules", "expected a question ending "
                                                        "with '?', found {text}").format(text=shown(question)))
    found = [n for n, step in enumerate(activity.steps) if step.is_debrief]
    if not found:
        source.report(("step",), translate("curriculum.content_rules", "expected a debrief step: a step whose "
                                           "title says 'Debrief' (for example 'Debrief: what changed?') and whose "
                                           "script lists the debrief questions"))
        return
    first = found[0]
    for extra in found[1:]:
        source.report(("step", extra, "title"), translate("curriculum.content_rules", "expected one debrief step; "
                                                          "step {step} is already one").format(step=first + 1))
    step = activity.steps[first]
    if step.short_minutes == 0:
        source.report(("step", first, "short_minutes"), translate(
            "curriculum.content_rules", "expected at least 1 minute for the debrief in the short version too, found 0"))
    script = _normal(step.script)
    missing = [q for q in activity.debrief if _normal(q) not in script]
    if missing:
        source.report(("step", first, "script"), translate(
            "curriculum.content_rules", "expected the debrief step's script to list every debrief question word for "
            "word (the facilitator picks from them on the console); missing {missing} of {count}: {questions}").format(
            missing=len(missing), count=len(activity.debrief), questions="; ".join(shown(q) for q in missing)))


def _check_promises(activity: Activity, source: Source) -> None:
    debrief = activity.debrief_step
    questions_outside_debrief = any(is_question(line) for n, step in enumerate(activity.steps)
                                    if n != debrief for line in step.projector)
    symbols = any(has_symbol(line) for step in activity.steps for line in step.projector)
    places: list[tuple[tuple[str | int, ...], str, bool]] = []
    places += [(("materials", n), text, False) for n, text in enumerate(activity.materials)]
    places += [(("adaptations", key), text, False) for key, text in activity.adaptations]
    for n, step in enumerate(activity.steps):
        own_questions = any(is_question(line) for line in step.projector)
        places.append((("step", n, "script"), step.script, own_questions))
    for path, text, own_questions in places:
        kinds = set(promises(text))
        if "questions" in kinds and not (questions_outside_debrief or own_questions):
            source.report(path, translate("curriculum.content_rules", "promises questions on the projector, but no "
                                          "projector line outside the debrief is a question (ending with '?'); add "
                                          "them to the step that shows them"))
        if "signs" in kinds and not symbols:
            source.report(path, translate("curriculum.content_rules", "promises signs or symbols on the projector, "
                                          "but no projector line has one; add them, each with its word (like '☀ "
                                          "Sunny'), using symbols the app's font draws"))


def check_repeated_adaptations(activities: Iterable[tuple[Activity, Source]]) -> None:
    """Report adaptation text shared by more than REPEAT_MAX activities, on each of them: advice that fits
    every activity says nothing about this one."""
    owners: dict[str, list[tuple[Activity, Source, str]]] = defaultdict(list)
    for activity, source in activities:
        seen: set[str] = set()
        for key, text in activity.adaptations:
            normal = _normal(text)
            if normal and normal not in seen:
                seen.add(normal)
                owners[normal].append((activity, source, key))
    for sharing in owners.values():
        if len({a.id for a, _s, _k in sharing}) <= REPEAT_MAX:
            continue
        ids = sorted({a.id for a, _s, _k in sharing})
        for activity, source, key in sharing:
            others = [i for i in ids if i != activity.id]
            source.report(("adaptations", key), translate(
                "curriculum.content_rules", "the same text is in {count} activities (also {others}); expected advice "
                "written for this activity's own steps").format(
                count=len(ids), others=", ".join(others[:5]) + (", …" if len(others) > 5 else "")))
