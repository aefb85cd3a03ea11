"""Journal entries gathered for printing: the facilitator's (shared only) and a student's own (all of it)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from app.printing.journal_pdf import Booklet, BookletEntry
from app.store import Store
from app.store.journal import Author, own_entries
from app.store.journal_review import shared_entries
from app.store.sessions import held_on_by_id
from app.store.students import students_in


@lru_cache(maxsize=1)
def prompt_texts() -> dict[str, str]:
    """Prompt id → text, from the shipped prompt bank (read once)."""
    from app.curriculum import load_curriculum
    from app.journal.prompts import prompt_texts as all_texts
    from app.paths import activities_dir

    return all_texts(load_curriculum(activities_dir()))


def facilitator_booklets(store: Store, class_id: str, *, student_id: str | None = None) -> list[Booklet]:
    """One booklet per student (alphabetical), oldest entry first: only what students shared."""
    prompts = prompt_texts()
    booklets = []
    for student in students_in(store, class_id):
        if student_id is not None and student.id != student_id:
            continue
        entries = shared_entries(store, class_id, student_id=student.id)
        booklets.append(Booklet(student.display_name, tuple(
            BookletEntry(e.held_on, prompts.get(e.prompt_id or ""), e.body, e.visibility, e.created_at)
            for e in reversed(entries))))
    return booklets


def student_booklet(store: Store, author: Author, name: str, prompts: Mapping[str, str] | None = None) -> Booklet:
    """The student's own booklet, private entries opened with their key; locked ones left out.

    `prompts` (id → text) comes from the caller's curriculum when it has one, so it is not read again.
    """
    prompts, held = prompt_texts() if prompts is None else prompts, held_on_by_id(store)
    entries = [e for e in own_entries(store, author) if not e.locked and e.body.strip()]
    return Booklet(name, tuple(
        BookletEntry(held.get(e.session_id or ""), prompts.get(e.prompt_id or ""), e.body, e.visibility,
                     e.created_at) for e in reversed(entries)))
