"""A facilitator's own copies of activities and plans: made from shipped files, edited as TOML,
checked exactly like shipped content before they are saved, kept in the data folder.

The shipped file is never touched; a copy gets its own id so both can live side by side.
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

from app.curriculum.model import Activity, Curriculum, SessionPlan
from app.curriculum.problems import Problem
from app.i18n import translate

USER_FOLDER = "curriculum"
_TOP_KEY = re.compile(r'^(id|title)\s*=\s*"(?:[^"\\]|\\.)*"\s*$')


def user_root(data_dir: Path) -> Path:
    return Path(data_dir) / USER_FOLDER


def copy_id(base: str, taken: set[str]) -> str:
    candidate, n = f"{base}-mine", 2
    while candidate in taken:
        candidate, n = f"{base}-mine-{n}", n + 1
    return candidate


def toml_string(value: str) -> str:
    """A TOML basic string, written by the app's one TOML writer."""
    from app.files.toml_write import string

    return string(value)


def copy_text(text: str, new_id: str, new_title: str) -> str:
    """The shipped text with only its top-level id and title changed (comments and layout kept)."""
    out, replaced = [], set()
    for line in text.splitlines(keepends=True):
        if line.lstrip().startswith("["):
            replaced.add("[")  # past the top-level keys: leave everything else as written
        match = _TOP_KEY.match(line.rstrip("\r\n")) if "[" not in replaced else None
        if match and match.group(1) not in replaced:
            key = match.group(1)
            value = new_id if key == "id" else new_title
            line = f"{key} = {toml_string(value)}\n"
            replaced.add(key)
        out.append(line)
    return "".join(out)


def make_copy(item: Activity | SessionPlan, curriculum: Curriculum, data_dir: Path) -> Path:
    """Write a new copy of a shipped (or own) activity or plan and return its file."""
    source_file = item.file
    if source_file is None:
        raise OSError("this item has no file to copy")
    taken = {a.id for a in curriculum.activities} | {p.id for p in curriculum.plans}
    new_id = copy_id(item.id.split("-mine")[0], taken)
    folder = item.phase if isinstance(item, Activity) else "plans"
    target = user_root(data_dir) / folder / f"{new_id}.toml"
    title = translate("curriculum.copies", "{title} (my copy)").format(title=item.title)
    text = copy_text(source_file.read_text(encoding="utf-8"), new_id, title)
    save_text(target, text)
    return target


def check_text(text: str, file: Path, curriculum: Curriculum) -> list[Problem]:
    """Every problem the loader would report for this text at this place, before anything is saved."""
    from app.curriculum.fields import Source
    from app.curriculum.limits import MAX_FILE_BYTES
    from app.curriculum.loader import check_activity_refs, check_plan_refs, leader_cards, parsed
    from app.curriculum.parse import parse_activity, parse_plan
    from app.curriculum.problems import Locator
    from app.curriculum.toml_read import parse_text

    size = len(text.encode("utf-8", errors="replace"))
    if size > MAX_FILE_BYTES:
        return [Problem(file, None, "(file)", translate("curriculum.copies", "too big ({size} bytes); expected at "
                                                             "most {most} bytes").format(size=f"{size:,}",
                                                                                         most=f"{MAX_FILE_BYTES:,}"))]
    source = Source(file, Locator(text))
    data = parse_text(text, source)
    phase_ids = tuple(p.id for p in curriculum.phases)
    others_ids: set[str]
    if file.parent.name == "plans":
        plan = parsed(source, data, lambda r: parse_plan(r, phase_ids))
        if plan is None:
            return source.problems
        check_plan_refs(plan, source, {a.id: a for a in curriculum.activities}, curriculum.prompts,
                        {i.id: i for i in curriculum.instruments}, {c.id for c in curriculum.challenges},
                        leader_cards(curriculum.decks))
        new_id, others_ids = plan.id, {p.id for p in curriculum.plans if p.file != file}
    else:
        activity = parsed(source, data, lambda r: parse_activity(r, phase_ids, file.parent.name))
        if activity is None:
            return source.problems
        check_activity_refs(activity, source, curriculum.prompts, {d.id for d in curriculum.decks},
                            {r.id for r in curriculum.rhythms})
        new_id, others_ids = activity.id, {a.id for a in curriculum.activities if a.file != file}
        if not source.problems:
            from app.curriculum.content_rules import check_activity_writing

            check_activity_writing(activity, source)
    if new_id in others_ids:
        source.report(("id",), translate("curriculum.copies", "expected a new id; {id} is already used").format(
            id=repr(new_id)))
    return source.problems


def save_text(file: Path, text: str) -> None:
    """Write atomically: a full disk or a crash leaves the old file, never half a file."""
    from app.files.atomic import write_atomically

    file.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(file, text.encode("utf-8"))


def delete_copy(file: Path, curriculum: Curriculum) -> Path:
    """Move an own copy to `.deleted/` (out of the program, but recoverable by hand); returns where."""
    if not curriculum.is_mine(file) or curriculum.user_root is None:
        raise OSError("only your own copies can be deleted; shipped activities stay as they are")
    bin_dir = curriculum.user_root / ".deleted"
    bin_dir.mkdir(parents=True, exist_ok=True)
    target = bin_dir / f"{file.stem}-{time.strftime('%Y%m%d-%H%M%S')}{file.suffix}"
    os.replace(file, target)
    return target
