"""Private means private: with private entries in the database, nothing facing the facilitator or others
contains their words: not the review lists, not search, not the printed journal, not a shared-only export;
and with a PIN, not even the database file or the full bundle."""

from __future__ import annotations

import json
import zipfile
from itertools import count
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.journal.booklets import facilitator_booklets
from app.store import open_store
from app.store.classes import create_class
from app.store.exchange import export_bundle
from app.store.info import info
from app.store.journal import save_entry, set_pin, sign_in
from app.store.journal_review import search_shared, shared_entries
from app.store.students import add_student
from app.store.tx import transaction

_n = count()
word = st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöüß", min_size=3, max_size=9)
entry = st.tuples(st.integers(0, 2), st.sampled_from(["private", "facilitator", "class"]),
                  st.lists(word, min_size=1, max_size=5))


def _unzipped(path: Path) -> str:
    with zipfile.ZipFile(path) as bundle:
        return "".join(bundle.read(name).decode("utf-8") for name in bundle.namelist())


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(entries=st.lists(entry, min_size=1, max_size=12), pins=st.lists(st.booleans(), min_size=3, max_size=3))
def test_no_facilitator_view_search_print_or_shared_export_holds_private_words(tmp_path: Path, entries, pins
                                                                               ) -> None:
    store = open_store(tmp_path / f"p{next(_n)}")
    class_id = create_class(store, "Privacy")
    with transaction(store.conn):
        ids = [add_student(store, class_id, name) for name in ("Ana", "Ben", "Cai")]
    authors = [set_pin(store, sign_in(store, sid), "2580") if pin else sign_in(store, sid)
               for sid, pin in zip(ids, pins, strict=True)]
    secrets: list[tuple[str, bool]] = []
    for number, (who, visibility, words) in enumerate(entries):
        marker = f"secret{number}x"
        body = " ".join([*words, marker]) if visibility == "private" else " ".join(words)
        entry_id = save_entry(store, authors[who], None, body=body, visibility=visibility)
        if visibility == "private":
            secrets.append((marker, pins[who]))
        else:
            # An entry shared first and made private afterwards must leave the facilitator's view too.
            save_entry(store, authors[who], entry_id, body=f"{body} later{number}x", visibility="private")
            secrets.append((f"later{number}x", pins[who]))

    facing = [json.dumps([e.__dict__ for e in shared_entries(store, class_id)], ensure_ascii=False),
              json.dumps([b.__dict__ for b in facilitator_booklets(store, class_id)], default=str,
                         ensure_ascii=False),
              json.dumps(info(store))]
    shared_bundle = tmp_path / f"shared{next(_n)}.eabundle"
    export_bundle(store, shared_bundle, shared_only=True)
    facing.append(_unzipped(shared_bundle))
    for marker, _ in secrets:
        assert search_shared(store, marker) == []
        assert all(marker not in text for text in facing), marker

    full_bundle = tmp_path / f"full{next(_n)}.eabundle"
    export_bundle(store, full_bundle)
    everything = _unzipped(full_bundle)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    on_disk = store.path.read_bytes()
    for marker, sealed in secrets:
        if sealed:
            assert marker not in everything and marker.encode() not in on_disk
        else:
            assert marker in everything  # travels as stored (and is never shown to anyone else)
    store.close()


def test_the_printed_journal_never_holds_private_words(tmp_path: Path) -> None:
    import pdfplumber

    from app.printing.journal_pdf import write_journal_pdf

    store = open_store(tmp_path / "print")
    class_id = create_class(store, "Print")
    with transaction(store.conn):
        sid = add_student(store, class_id, "Ana")
    author = sign_in(store, sid)
    save_entry(store, author, None, body="shared words for the teacher", visibility="facilitator")
    save_entry(store, author, None, body="hidden marmalade thought")
    pdf = write_journal_pdf(facilitator_booklets(store, class_id), tmp_path / "j.pdf", class_name="Print",
                            audience="facilitator")
    with pdfplumber.open(pdf) as document:
        text = " ".join(page.extract_text() or "" for page in document.pages)
    assert "shared words for the teacher" in text and "marmalade" not in text
    store.close()
