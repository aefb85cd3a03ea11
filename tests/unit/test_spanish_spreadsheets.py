"""Spreadsheets from a Spanish-speaking school: a roster, a deck and questionnaire answers with Spanish
headings are read as the English ones are, and the private columns (Apellidos, DNI, correo) never become names."""

from __future__ import annotations

from app.curriculum import load_curriculum
from app.decks.spreadsheet import parse_deck_csv
from app.measure.answers_import import read_answers
from app.paths import activities_dir
from app.roster.spreadsheet import parse_roster


def test_a_spanish_class_list_takes_the_given_name_and_never_the_surnames() -> None:
    data = ("Nombre;Apellidos;DNI;Correo electrónico;Pronombres;Color\n"
            "Lucía;García Pérez;12345678Z;lucia@example.org;ella;#E4572E\n"
            "Mateo;Núñez;87654321X;mateo@example.org;él;\n").encode()
    preview = parse_roster(data)
    assert preview.problem is None
    assert [(r.name, r.pronouns) for r in preview.rows] == [("Lucía", "ella"), ("Mateo", "él")]
    everything = " ".join(str(r) for r in preview.rows)
    assert "García" not in everything and "12345678Z" not in everything and "example.org" not in everything


def test_a_spanish_deck_spreadsheet_reads_its_columns() -> None:
    data = ("Título;Texto;Papel;Público;Intensidad;Avisos de contenido\n"
            "La cola del comedor;Alguien se cuela.;Quien espera;¿Y ahora qué? | ¿Quién ayuda?;2;\n").encode()
    preview = parse_deck_csv(data)
    assert preview.problem is None
    [card] = preview.cards
    assert (card.title, card.text, card.role, card.audience, card.intensity) == (
        "La cola del comedor", "Alguien se cuela.", "Quien espera", ("¿Y ahora qué?", "¿Quién ayuda?"), 2)


def test_spanish_answer_sheets_read_the_student_the_round_and_the_questions() -> None:
    ames = next(i for i in load_curriculum(activities_dir(), language="en").instruments if i.id == "ames")
    text = ("Estudiante;Ronda;P1;Pregunta 2;Ítem 3\n"
            "Lucía;después;4;omitida;2\n")
    plan = read_answers(text.encode("utf-8"), ames, [("l", "Lucía")], round_name=None)
    [row] = plan.rows
    assert row.round_name == "post"
    assert row.answers == (("ames-01", 4), ("ames-02", None), ("ames-03", 2))
