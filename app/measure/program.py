"""Many classes in one report: each class from its bundle as its own report would show it, and all together.

A coordinator collects the class bundles that facilitators export and asks what changed across the program.
The bundles are merged into a scratch database in a temporary folder (the same merge as an import, so a class
exported twice, or from two laptops, counts once), read with the same `gather` as the class report, and the
folder is deleted afterwards: nothing from the bundles is kept on this laptop, and the user's own data folder
is not touched. Pooling puts every counted student of every class into one comparison; each student is still
compared only with themselves, before and after.
"""

from __future__ import annotations

import dataclasses
import logging
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.curriculum import Curriculum
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.measure.data import ClassReport, class_answers, counted_students, gather, student_instruments
from app.measure.results import ClassResults, class_results
from app.store import open_store
from app.store.classes import list_classes
from app.store.db import Store
from app.store.exchange import merge_for_report

log = logging.getLogger(__name__)

POOLED = QT_TRANSLATE_NOOP("measure_program", "These classes are taken together: differences between them (ages, "
                           "schools, facilitators, how many sessions each had) are mixed into the change, and there "
                           "is still no comparison group, so this cannot show that the program caused it.")


@dataclass(frozen=True)
class ProgramClass:
    report: ClassReport
    source: str  # the bundle it came from first (a file name), to tell apart two classes of the same name


@dataclass(frozen=True)
class ProgramReport:
    files: tuple[str, ...]                 # the bundles read, by file name
    left_out: tuple[tuple[str, str], ...]  # (file name, why) for bundles that could not be read
    classes: tuple[ProgramClass, ...]      # by name
    pooled: tuple[ClassResults, ...]       # one per student questionnaire any class answered
    pooled_classes: dict[str, int]         # questionnaire id → how many classes have answers to it
    demo: bool


class ProgramError(Exception):
    """No report can be made: every problem is in the message, in words a coordinator can act on."""


def gather_program(paths: Sequence[Path], curriculum: Curriculum, *, skip_unreadable: bool = False,
                   progress: Callable[[int, int], None] | None = None) -> ProgramReport:
    """Read every bundle, then gather each class and the pooled results; a bundle that cannot be read stops it
    (saying which and why) unless `skip_unreadable`, when it is listed in the report as left out."""
    if not paths:
        raise ProgramError(translate("measure_program", "No class bundles were given: name one or more .eabundle "
                                                        "files."))
    with tempfile.TemporaryDirectory(prefix="ea-program-") as folder:
        store = open_store(Path(folder))
        try:
            origin, left_out = merge_for_report(store, paths, progress)
            if left_out and not skip_unreadable:
                listed = "\n".join(f"  {name}: {why}" for name, why in left_out)
                raise ProgramError(translate(
                    "measure_program", "{unread} of the {given} bundles could not be read, so no report was made:\n"
                    "{listed}\nExport them again, or add --skip-unreadable to make the report without them (it then "
                    "lists them as left out).").format(unread=len(left_out), given=len(paths), listed=listed))
            classes = [c for c in list_classes(store) if c.id in origin]
            if not classes:
                raise ProgramError(translate("measure_program", "The bundles hold no classes (they may all have "
                                                                "been deleted where they were exported), so there is "
                                                                "nothing to report."))
            reports = tuple(ProgramClass(gather(store, curriculum, c.id, c.name, resamples=0), origin[c.id])
                            for c in sorted(classes, key=lambda c: (c.name.casefold(), origin[c.id])))
            pooled, per_instrument = _pooled(store, curriculum, [c.id for c in classes])
        finally:
            store.close()
    read = tuple(p.name for p in paths if p.name not in {name for name, _ in left_out})
    return ProgramReport(read, tuple(left_out), reports, pooled, per_instrument,
                         any(c.report.demo for c in reports))


def _pooled(store: Store, curriculum: Curriculum, class_ids: list[str]
            ) -> tuple[tuple[ClassResults, ...], dict[str, int]]:
    """Every class's counted students in one comparison per questionnaire (students' ids never repeat)."""
    results: list[ClassResults] = []
    classes: dict[str, int] = {}
    counted = set().union(*(counted_students(store, c) for c in class_ids))
    for instrument in student_instruments(curriculum):
        pre: dict[str, Mapping[str, int | None]] = {}
        post: dict[str, Mapping[str, int | None]] = {}
        demo = False
        for class_id in class_ids:
            found = class_answers(store, class_id, instrument.id)
            if found is None:
                continue
            classes[instrument.id] = classes.get(instrument.id, 0) + 1
            pre.update(found[0])
            post.update(found[1])
            demo = demo or found[2]
        if instrument.id not in classes:
            continue
        result = class_results(instrument, pre, post, counted, demo=demo)
        pooled = translate("measure_program", POOLED)
        results.append(dataclasses.replace(result, caveats=(pooled, *result.caveats[1:]) if not demo else
                                           (result.caveats[0], pooled, *result.caveats[2:])))
    return tuple(results), classes
