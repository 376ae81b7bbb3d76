"""Datelines: recognition on a detokenized line, the article's dateline and its casing."""

from __future__ import annotations

import pytest

from pipeline.nlp.geo import place_kind
from pipeline.text import Dateline, normalize
from pipeline.text.dateline import agency_form, case_dateline, find_dateline, match_dateline


def test_dateline_agency() -> None:
    nt = normalize("moscow ( reuters ) - president vladimir putin flew into syria .")
    assert nt.dateline == Dateline(city="MOSCOW", agency="Reuters", text="MOSCOW (Reuters) -", start=0, end=18)
    assert nt.text[nt.body_start :].startswith("President Vladimir Putin")
    assert nt.to_raw(nt.dateline.start, nt.dateline.end) == (0, 20)


def test_dateline_with_date_and_multiword_city() -> None:
    nt = normalize("new york , dec 11 ( reuters ) - stocks fell .")
    assert nt.dateline is not None
    assert (nt.dateline.city, nt.dateline.agency) == ("NEW YORK", "Reuters")
    assert nt.text.startswith("NEW YORK, Dec 11 (Reuters) - Stocks fell.")


def test_dateline_conll_style_line() -> None:
    nt = normalize("eu rejects german call\nbrussels 1996-08-22\nthe european commission said .")
    assert nt.dateline is not None
    assert nt.dateline.city == "BRUSSELS" and nt.dateline.agency is None
    assert nt.text[nt.body_start :].startswith("The European Commission")


def test_no_dateline() -> None:
    nt = normalize("president putin flew into syria .")
    assert nt.dateline is None and nt.body_start == 0


@pytest.mark.parametrize(
    ("name", "form"),
    [("reuters", "Reuters"), ("dpa", "dpa"), ("DPA", "dpa"), ("prensa latina", "Prensa Latina"), ("xyz", "XYZ"),
     ("afrol news", "Afrol News"), ("Some Agency", "Some Agency")],
)
def test_agency_form(name: str, form: str) -> None:
    assert agency_form(name) == form


def test_match_dateline_spans() -> None:
    m = match_dateline("london, dec 11 (reuters) - shares rose")
    assert m is not None
    assert (m.city, m.date, m.agency, m.end) == ((0, 6), (8, 14), (16, 23), 26)
    assert match_dateline("shares rose (reuters) in london") is None


def test_find_dateline_only_early_lines() -> None:
    """An agency dateline counts on the first non-empty line only; a CoNLL-style city and date
    line within the first three lines."""
    strings = [("", []), ("headline here", [0, 9]), ("brussels 1996-08-22", [0, 9]), ("body", [0])]
    found = find_dateline(strings)
    assert found is not None and (found.line, found.tokens) == (2, range(2))
    assert find_dateline([("a", [0]), ("b", [0]), ("c", [0]), ("paris 1996-08-22", [0, 6])]) is None
    assert find_dateline([("a", [0]), ("paris ( afp ) - x", [0, 6, 8, 12, 14, 16])]) is None


def test_case_dateline() -> None:
    lowered = [["new", "york", ",", "dec", "11", "(", "reuters", ")", "-", "stocks"]]
    found = find_dateline([("new york, dec 11 (reuters) - stocks", [0, 4, 8, 10, 14, 17, 18, 25, 27, 29])])
    assert found is not None
    forms = [list(lowered[0])]
    case_dateline(lowered, forms, found)
    assert forms == [["NEW", "YORK", ",", "Dec", "11", "(", "Reuters", ")", "-", "stocks"]]


@pytest.mark.parametrize(
    ("text", "city", "body"),
    [
        ("durban - residents of the township have started a petition .", "DURBAN", "Residents"),
        ("pretoria : the minister said on monday that ...", "PRETORIA", "The minister"),
        ("kuwait : the opposition stepped up its campaign .", "KUWAIT", "The opposition"),
        ("amman \u2014 the king received the president .", "AMMAN", "The king"),
        ("port elizabeth - police arrested two men .", "PORT ELIZABETH", "Police"),
        ("washington , july 25 : the senate voted .", "WASHINGTON", "The Senate"),
        ("cairo \u2013 26 july 2022 : the embassy announced ...", "CAIRO", "The embassy"),
    ],
)
def test_dateline_place_alone(text: str, city: str, body: str) -> None:
    """A place and a dash or colon open the first line with no agency: the dateline of a local
    outlet ("DURBAN -", "Doha:", "AMMAN \u2014"), given a gazetteer to check the place in."""
    nt = normalize(text, places=place_kind)
    assert nt.dateline is not None and (nt.dateline.city, nt.dateline.agency) == (city, None)
    assert nt.text[nt.body_start :].startswith(body)


@pytest.mark.parametrize(
    "text",
    [
        "the israel - hamas war entered its second month .",  # no place first
        "israel - hamas talks resumed in cairo .",  # a country before a hyphen: a compound
        "nairobi - based think tanks said the law was flawed .",  # the first half of a compound
        "ben - gurion university suspended the student .",  # a short town name that is a given name too
        "headline here\ndurban - residents protested .",  # only on the first line
    ],
)
def test_no_place_dateline(text: str) -> None:
    assert normalize(text, places=place_kind).dateline is None


def test_no_place_dateline_without_a_gazetteer() -> None:
    assert normalize("durban - residents of the township protested .").dateline is None


def test_place_dateline_keeps_a_name_case() -> None:
    """Outlets write a place's own dateline "CAIRO -" or "Cape Town -": restored, it gets a name's
    usual case; its ``city`` field is in capitals as every dateline's."""
    nt = normalize("cape town - residents have started a petition .", places=place_kind)
    assert nt.text.startswith("Cape Town - Residents") and nt.dateline is not None and nt.dateline.city == "CAPE TOWN"
