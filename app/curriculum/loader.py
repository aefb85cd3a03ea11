"""Load a whole `activities/` folder: every file read, every problem collected, nothing raised.

A broken activity becomes a `BrokenItem` the GUI can show marked; every other file still loads.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

import app.curriculum.translation as translation
from app.curriculum.content_rules import check_activity_writing, check_repeated_adaptations
from app.curriculum.fields import Reader, Source, shown
from app.curriculum.limits import MAX_FILE_BYTES
from app.curriculum.model import (
    Activity,
    BrokenItem,
    Curriculum,
    Deck,
    GuideChapter,
    Instrument,
    Phase,
    Prompt,
    SessionPlan,
)
from app.curriculum.parse import (
    parse_activity,
    parse_challenge,
    parse_deck,
    parse_phase,
    parse_plan,
    parse_prompt,
    parse_rhythm,
)
from app.curriculum.parse_instrument import parse_instrument
from app.curriculum.problems import Locator, Problem
from app.curriculum.toml_read import read_file
from app.i18n import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)
T = TypeVar("T")

DEFAULT_PHASES = (   # the curriculum's own words (phases.toml's), used only when that file is missing
    Phase("self", "Self", "Who am I?", "", "#C8553D"),   # i18n: not text
    Phase("other", "Other", "Who are you?", "", "#2F6690"),   # i18n: not text
    Phase("community", "Community", "Who are we?", "", "#3A7D44"),   # i18n: not text
)
KNOWN_FOLDERS = {"prompts", "plans", "challenges", "decks", "rhythms", "guide", "instruments"}
SOURCE_LANGUAGE = "en"
TRANSLATION_FOLDERS = {"es"}   # activities/es/…: the curriculum's words in Spanish (translation.py)
DUPLICATE = {   # an id used twice, by kind: shown through translate("curriculum.loader", …)
    "activity": QT_TRANSLATE_NOOP("curriculum.loader", "duplicate activity id {id}; expected a new id (already "
                                  "used in {file})"),
    "prompt": QT_TRANSLATE_NOOP("curriculum.loader", "duplicate prompt id {id}; expected a new id (already used in "
                                "{file})"),
    "deck": QT_TRANSLATE_NOOP("curriculum.loader", "duplicate deck id {id}; expected a new id (already used in "
                              "{file})"),
    "rhythm": QT_TRANSLATE_NOOP("curriculum.loader", "duplicate rhythm id {id}; expected a new id (already used in "
                                "{file})"),
    "challenge": QT_TRANSLATE_NOOP("curriculum.loader", "duplicate challenge id {id}; expected a new id (already "
                                   "used in {file})"),
    "instrument": QT_TRANSLATE_NOOP("curriculum.loader", "duplicate instrument id {id}; expected a new id (already "
                                    "used in {file})"),
    "plan": QT_TRANSLATE_NOOP("curriculum.loader", "duplicate plan id {id}; expected a new id (already used in "
                              "{file})"),
}


def parsed(source: Source, data: dict[str, Any] | None, parse: Callable[[Reader], T]) -> T | None:
    """`parse` applied to one file's data; an exception in it (a bug meeting odd data) becomes a problem
    for that file, logged, and never stops the other files from loading."""
    if data is None:
        return None
    try:
        return parse(Reader(data, source))
    except Exception as error:
        log.exception("could not check %s", source.file)
        source.problems.append(Problem(source.file, None, "(file)", translate(
            "curriculum.loader", "could not be checked ({reason}); please report this file").format(
            reason=type(error).__name__)))
        return None


def read_one(file: Path, parse: Callable[[Reader], T]) -> tuple[T | None, list[str]]:
    """One file outside a curriculum folder (an imported deck, a facilitator's pattern), checked exactly like
    shipped ones: the parsed item, or None and every problem as `FILE:LINE: field: expected …`."""
    source, data = read_file(Path(file))
    item = parsed(source, data, parse)
    problems = [problem.format() for problem in source.problems]
    return (None if problems or item is None else item), problems


def _files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.toml")) if folder.is_dir() else []


class _Loader:
    def __init__(self, root: Path, language: str = SOURCE_LANGUAGE) -> None:
        self.root = root
        self.language = language
        self.sources: list[Source] = []

    def translated(self, file: Path) -> Path | None:
        """The translation of a shipped file in the language chosen, if there is one (own copies have none)."""
        if self.language == SOURCE_LANGUAGE or self.root not in file.parents:
            return None
        other = self.root / self.language / file.relative_to(self.root)
        return other if other.is_file() else None

    def read(self, file: Path) -> tuple[Source, dict[str, Any] | None]:
        source, data = read_file(file)
        self.sources.append(source)
        other = self.translated(file)
        if data is not None and other is not None:
            translated_source, words = read_file(other)
            if words is None:   # a translation that cannot be read: said, and the English used
                self.sources.append(translated_source)
            elif file.parent.name == "instruments":
                data = translation.questionnaire(data, words, self.language)
            else:
                data = translation.merge(data, words)
        return source, data

    def one_per_file(self, folder: str, parse: Callable[[Reader], T],
                     roots: list[Path] | None = None) -> list[tuple[T, Source]]:
        out = []
        for file in (f for root in roots or [self.root] for f in _files(root / folder)):
            source, data = self.read(file)
            item = parsed(source, data, parse)
            if item is not None:
                out.append((item, source))
        return out

    def phases(self) -> tuple[Phase, ...]:
        file = self.root / "phases.toml"
        if not file.is_file():
            self.sources.append(source := Source(file, Locator("")))
            source.report((), translate("curriculum.loader", "missing; expected the file that lists the phases "
                                                             "(using Self, Other, Community)"))
            return DEFAULT_PHASES
        source, data = self.read(file)
        phases = parsed(source, data, _phases)
        return phases if phases and not source.problems else DEFAULT_PHASES

    def prompts(self, phase_ids: tuple[str, ...]) -> list[tuple[Prompt, Source]]:
        out = []
        for file in _files(self.root / "prompts"):
            source, data = self.read(file)
            out += [(prompt, source) for prompt in parsed(source, data, lambda r: _prompts(r, phase_ids)) or []]
        return out

    def activities(self, phase_ids: tuple[str, ...], roots: list[Path]) -> list[tuple[Activity | None, Source, str]]:
        out: list[tuple[Activity | None, Source, str]] = []
        for root, phase_id in ((root, phase_id) for root in roots for phase_id in phase_ids):
            for file in _files(root / phase_id):
                source, data = self.read(file)
                activity = parsed(source, data, lambda r, p=phase_id: parse_activity(r, phase_ids, p))
                out.append((activity, source, phase_id))
        return out

    def stray_files(self, phase_ids: tuple[str, ...]) -> None:
        expected = KNOWN_FOLDERS | set(phase_ids) | TRANSLATION_FOLDERS
        for path in sorted(self.root.iterdir()):
            if (path.suffix == ".toml" and path.name != "phases.toml") or (
                    path.is_dir() and path.name not in expected and not path.name.startswith((".", "_"))):
                self.sources.append(source := Source(path, Locator("")))
                source.report((), translate("curriculum.loader", "not in a known place; expected phases.toml or a "
                                                                 "folder named {folders}").format(
                    folders=", ".join(sorted(expected))))


def _phases(reader: Reader) -> tuple[Phase, ...]:
    phases = tuple(parse_phase(t) for t in reader.tables("phase"))
    reader.finish()
    return phases


def _prompts(reader: Reader, phase_ids: tuple[str, ...]) -> list[Prompt]:
    prompts = [parse_prompt(t, phase_ids) for t in reader.tables("prompt")]
    reader.finish()
    return prompts


def _unique(items: Iterable[tuple[Any, Source]], kind: str) -> list[Any]:
    """Keep the first of each id; a later duplicate is reported on its own file (`kind`: a key of DUPLICATE)."""
    seen: dict[str, Path] = {}
    kept = []
    for item, source in items:
        if not item.id:
            continue
        if item.id in seen:
            source.report(("id",), _duplicate(kind, item.id, seen[item.id]))
            continue
        seen[item.id] = source.file
        kept.append(item)
    return kept


def _duplicate(kind: str, item_id: str, first: Path) -> str:
    return translate("curriculum.loader", DUPLICATE[kind]).format(id=shown(item_id), file=first.name)


def check_challenge_order(plans: list[tuple[SessionPlan, Source]]) -> None:
    """A challenge launched in a numbered session is debriefed in a later one of the same kind, and one
    debriefed was launched before: otherwise a class does a week of practice nobody asks about."""
    numbered = sorted(((p, s) for p, s in plans if p.number), key=lambda ps: (ps[0].kind, ps[0].number or 0))
    for plan, source in numbered:
        same = [p for p, _s in numbered if p.kind == plan.kind]
        for index, item in enumerate(plan.items):
            if not item.is_challenge or not item.challenge:
                continue
            if item.step == "launch":
                later = [p for p in same if (p.number or 0) > (plan.number or 0)]
                wanted = "debrief"
                missing = translate("curriculum.loader", "expected a later session to debrief the challenge "
                                                         "{challenge}; none does")
            else:
                later = [p for p in same if (p.number or 0) < (plan.number or 0)]
                wanted = "launch"
                missing = translate("curriculum.loader", "expected an earlier session to launch the challenge "
                                                         "{challenge}; none does")
            if not any(i.is_challenge and i.challenge == item.challenge and i.step == wanted
                       for p in later for i in p.items):
                source.report(("item", index, "step"), missing.format(challenge=shown(item.challenge)))


def check_activity_refs(activity: Activity, source: Source, prompts: dict[str, Prompt],
                    decks: set[str], rhythms: set[str]) -> None:
    for index, prompt_id in enumerate(activity.prompt_ids):
        if prompt_id not in prompts:
            source.report(("prompts", index), _no_prompt(prompt_id))
    if activity.deck and activity.deck not in decks:
        source.report(("deck",), translate("curriculum.loader", "expected the id of a deck in decks/; {id} is not "
                                                                "there").format(id=shown(activity.deck)))
    if activity.rhythm and activity.rhythm not in rhythms:
        source.report(("rhythm",), translate("curriculum.loader", "expected the id of a pattern in rhythms/; {id} is "
                                                                  "not there").format(id=shown(activity.rhythm)))


def _no_prompt(prompt_id: str) -> str:
    return translate("curriculum.loader", "expected the id of a prompt in the prompt bank; {id} is not there").format(
        id=shown(prompt_id))


LEADERS_DECK = "leaders"   # the leader cards ambassadors co-lead with (a plan item's `co_lead` names one)


def leader_cards(decks: Iterable[Deck]) -> set[str]:
    """The titles a plan item's `co_lead` may name."""
    return {c.title for d in decks if d.id == LEADERS_DECK for c in d.cards}


def check_plan_refs(plan: SessionPlan, source: Source, activities: dict[str, Activity],
                prompts: dict[str, Prompt], instruments: dict[str, Instrument],
                challenges: set[str] = frozenset(), leader_cards: set[str] = frozenset()) -> None:
    for index, item in enumerate(plan.items):
        if item.is_challenge and item.challenge and item.challenge not in challenges:
            source.report(("item", index, "challenge"), translate(
                "curriculum.loader", "expected the id of a challenge in challenges/; {id} is not there").format(
                id=shown(item.challenge)))
        if item.co_lead and item.co_lead not in leader_cards:
            source.report(("item", index, "co_lead"), translate(
                "curriculum.loader", "expected the title of a card in the {deck} deck; {title} is not one").format(
                deck=LEADERS_DECK, title=shown(item.co_lead)))
        for n, instrument_id in enumerate(item.instruments):
            instrument = instruments.get(instrument_id)
            if instrument is None:
                source.report(("item", index, "instruments", n), translate(
                    "curriculum.loader", "expected the id of a working questionnaire in instruments/; {id} is not "
                    "one").format(id=shown(instrument_id)))
            elif instrument.respondent != "student":
                source.report(("item", index, "instruments", n), translate(
                    "curriculum.loader", "expected a questionnaire students answer; {id} is answered by the "
                    "{respondent} (the observation is offered when the session ends)").format(
                    id=shown(instrument_id), respondent=instrument.respondent))
        for n, prompt_id in enumerate(item.prompt_ids):
            if prompt_id not in prompts:
                source.report(("item", index, "prompts", n), _no_prompt(prompt_id))
        if item.activity is None:
            continue
        activity = activities.get(item.activity)
        if activity is None:
            source.report(("item", index, "activity"), translate(
                "curriculum.loader", "expected the id of a working activity; {id} is not one").format(
                id=shown(item.activity)))
            continue
        want = activity.full_minutes if item.variant == "full" else activity.short_minutes
        if item.minutes != want:
            source.report(("item", index, "minutes"), translate(
                "curriculum.loader", "expected {want} (the {variant} length of {activity}), found {found}").format(
                want=want, variant=item.variant, activity=activity.id, found=item.minutes))


def _guide(root: Path, loader: _Loader) -> tuple[GuideChapter, ...]:
    chapters = []
    for file in sorted(f for f in (root / "guide").glob("*.md") if f.is_file()) if (root / "guide").is_dir() else []:
        file = loader.translated(file) or file   # a chapter's translation, whole, or the English one
        try:
            with file.open("rb") as handle:
                raw = handle.read(MAX_FILE_BYTES + 1)
        except OSError as error:
            loader.sources.append(source := Source(file, Locator("")))
            source.report((), translate("curriculum.loader", "could not be read ({reason})").format(
                reason=error.strerror or error))
            continue
        if len(raw) > MAX_FILE_BYTES:
            loader.sources.append(source := Source(file, Locator("")))
            source.report((), translate("curriculum.loader", "too big; expected a file of at most {most} bytes"
                                        ).format(most=f"{MAX_FILE_BYTES:,}"))
            continue
        text = raw.decode("utf-8", errors="replace")
        first = text.lstrip().splitlines()[0] if text.strip() else ""
        if not first.startswith("# "):
            loader.sources.append(source := Source(file, Locator("")))
            source.problems.append(Problem(file, 1, "(title)", translate(
                "curriculum.loader", "expected the first line to be '# Chapter title'")))
            continue
        chapters.append(GuideChapter(first[2:].strip(), text, file))
    return tuple(chapters)


def load_curriculum(root: Path, user_root: Path | None = None, language: str | None = None) -> Curriculum:
    """Load the shipped curriculum, plus a facilitator's own activities and plans from `user_root`; in another
    language (by default the one the app speaks now), each shipped file's translation lies over it, field by
    field (translation.py).

    Own copies are checked exactly like shipped files; their ids must not clash with shipped ones.
    """
    root = Path(root)
    if not root.is_dir():
        problem = Problem(root, None, "(folder)", translate("curriculum.loader", "not found; expected a folder of "
                                                                               "curriculum TOML files"))
        return Curriculum(root, DEFAULT_PHASES, (), {}, (), (), (), (), (), (problem,))
    roots = [root] + ([Path(user_root)] if user_root and Path(user_root).is_dir() else [])
    if language is None:
        from app.i18n import language as language_now

        language = language_now()
    loader = _Loader(root, language if language in TRANSLATION_FOLDERS else SOURCE_LANGUAGE)
    phases = loader.phases()
    phase_ids = tuple(p.id for p in phases)
    loader.stray_files(phase_ids)
    prompts = {p.id: p for p in _unique(loader.prompts(phase_ids), "prompt")}
    decks = _unique(loader.one_per_file("decks", parse_deck), "deck")
    rhythms = _unique(loader.one_per_file("rhythms", parse_rhythm), "rhythm")
    challenges = _unique(loader.one_per_file("challenges", parse_challenge), "challenge")
    instruments = _unique([(i, s) for i, s in loader.one_per_file("instruments", parse_instrument)
                           if not s.problems], "instrument")  # a questionnaire is scored only when all of it is right
    deck_ids, rhythm_ids = {d.id for d in decks}, {r.id for r in rhythms}

    seen: dict[str, Path] = {}
    good: list[Activity] = []
    broken: list[BrokenItem] = []
    sound: tuple[list[tuple[Activity, Source]], list[tuple[Activity, Source]]] = ([], [])
    for activity, source, phase_id in loader.activities(phase_ids, roots):
        if activity is not None:
            check_activity_refs(activity, source, prompts, deck_ids, rhythm_ids)
            if activity.id in seen:
                source.report(("id",), _duplicate("activity", activity.id, seen[activity.id]))
            elif activity.id:
                seen[activity.id] = source.file
        if activity is None or source.problems:
            title = activity.title if activity and activity.title else source.file.stem
            broken.append(BrokenItem("activity", source.file, phase_id, title, tuple(source.problems)))
        else:
            good.append(activity)
            check_activity_writing(activity, source)  # reported, but the activity still runs
            sound[1 if len(roots) > 1 and roots[1] in source.file.parents else 0].append((activity, source))
    for folder in sound:  # shipped files among themselves, own copies among themselves
        check_repeated_adaptations(folder)

    by_id = {a.id: a for a in good}
    cards = leader_cards(decks)
    plans = []
    loaded = loader.one_per_file("plans", lambda r: parse_plan(r, phase_ids), roots)
    check_challenge_order(loaded)
    for plan, source in loaded:
        check_plan_refs(plan, source, by_id, prompts, {i.id: i for i in instruments},
                        {c.id for c in challenges}, cards)
        if source.problems:
            broken.append(BrokenItem("plan", source.file, plan.phase or None, plan.title or source.file.stem,
                                     tuple(source.problems)))
        else:
            plans.append((plan, source))
    plans_kept = _unique(plans, "plan")
    guide = _guide(root, loader)
    problems = tuple(p for s in loader.sources for p in s.problems)
    log.info("curriculum loaded from %s: %d activities, %d problems", root, len(good), len(problems))
    return Curriculum(root=root, phases=phases, activities=tuple(good), prompts=prompts,
                      plans=tuple(sorted(plans_kept, key=lambda p: (p.kind != "session", p.number or 0, p.id))),
                      challenges=tuple(challenges), decks=tuple(decks), rhythms=tuple(rhythms),
                      broken=tuple(broken), problems=problems, guide=guide,
                      user_root=roots[1] if len(roots) > 1 else None, instruments=tuple(instruments))
