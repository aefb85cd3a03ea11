"""Reading a questionnaire file (activities/instruments/*.toml) into an Instrument, with every problem named.

The checks are the ones a scoring mistake would slip through: every subscale item exists and is on no
other subscale, the labels match the answer values, a subscale can reach its minimum of answers, and a
validated scale says where its words come from.
"""

from __future__ import annotations

from app.curriculum.fields import Reader, shown
from app.curriculum.limits import TITLE_MAX
from app.curriculum.model import Instrument, InstrumentItem, Subscale
from app.i18n import translate

KINDS = ("scale", "questionnaire", "observation")
RESPONDENTS = ("student", "facilitator")
ITEM_MAX = 200  # one statement a student reads on a phone


def parse_instrument(r: Reader) -> Instrument:
    instrument_id, title = r.ident(), r.text("title", max_len=TITLE_MAX)
    kind = r.choice("kind", KINDS, default="questionnaire")
    respondent = r.choice("respondent", RESPONDENTS, default="student")
    validated = r.boolean("validated")
    translated = r.boolean("translated_scale", required=False)   # set by translation.py over a translated scale
    language = r.text("language", max_len=12)
    ages = r.integers("ages", 5, 99, min_items=2)
    if len(ages) != 2 or ages[0] > ages[1]:
        if ages:
            r.report("ages", translate("curriculum.parse_instrument", "expected [youngest, oldest], found {value}"
                                       ).format(value=shown(list(ages))))
        ages = (5, 99)
    scale = r.table("scale")
    values = scale.integers("values", 0, 10, min_items=2) if scale else ()
    labels = scale.texts("labels", min_items=2, max_len=40) if scale else ()
    if scale is not None:
        if values and labels and len(values) != len(labels):
            scale.report("labels", translate("curriculum.parse_instrument", "expected one label per value "
                                             "({count}), found {found}").format(count=len(values), found=len(labels)))
        if values and list(values) != sorted(set(values)):
            scale.report("values", translate("curriculum.parse_instrument", "expected rising values with no repeats, "
                                             "like [1, 2, 3, 4, 5]"))
        scale.finish()
    items = []
    for t in r.tables("item"):
        items.append(InstrumentItem(id=t.ident(), text=t.text("text", max_len=ITEM_MAX),
                                    reverse=t.boolean("reverse", required=False)))
        t.finish()
    item_ids = [i.id for i in items]
    for twice in sorted({i for i in item_ids if item_ids.count(i) > 1}):
        r.report("item", translate("curriculum.parse_instrument", "duplicate item id {id}").format(id=shown(twice)))
    min_answered = r.integer("min_answered", 1, 50)
    subscales, placed = [], {}
    for t in r.tables("subscale"):
        subscale = Subscale(id=t.ident(), title=t.text("title", max_len=TITLE_MAX), explain=t.text("explain"),
                            items=t.texts("items", min_items=1, max_len=60))
        for item_id in subscale.items:
            if item_id not in item_ids:
                t.report("items", translate("curriculum.parse_instrument", "unknown item {id}; expected one of the "
                                            "[[item]] ids").format(id=shown(item_id)))
            elif item_id in placed:
                t.report("items", translate("curriculum.parse_instrument", "item {id} is already on subscale "
                                            "{subscale}").format(id=shown(item_id), subscale=shown(placed[item_id])))
            placed[item_id] = subscale.id
        if subscale.items and min_answered > len(subscale.items):
            t.report("items", translate("curriculum.parse_instrument", "min_answered is {min_answered}, but this "
                                        "subscale has only {count} items").format(
                min_answered=min_answered, count=len(subscale.items)))
        t.finish()
        subscales.append(subscale)
    instrument = Instrument(
        id=instrument_id, title=title, kind=kind, respondent=respondent, validated=validated, language=language,
        ages=(ages[0], ages[1]), age_note=r.text("age_note", required=False),
        instructions=r.text("instructions"), values=values, labels=labels, min_answered=min_answered,
        items=tuple(items), subscales=tuple(subscales), citation=r.text("citation", required=validated),
        source=r.text("source", required=validated), terms=r.text("terms", required=validated),
        translated=translated)
    if validated and kind != "scale":
        r.report("validated", translate("curriculum.parse_instrument", "only a kind = \"scale\" can be validated; "
                                        "this is a {kind}").format(kind=kind))
    if kind == "scale" and not validated:
        r.report("kind", translate("curriculum.parse_instrument", "a scale that is not validated is a kind = "
                                   "\"questionnaire\""))
    r.finish()
    return instrument
