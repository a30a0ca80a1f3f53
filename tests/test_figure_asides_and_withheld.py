"""Who claims a figure when the sentence says it aside (session 29): a cue set off by commas, a
cue in a relative clause with a pronoun or an unnamed group for its subject, a refusal to say,
statistics that name themselves; and qualifiers read off the words around the number. Whole
records as (text, value, low, high, unit, qualifier, claimant's name) for texts written for
these tests, the figure in the text's last sentence; `conftest.figure` adds the rest.
"""
from __future__ import annotations

from dataclasses import asdict

import pytest

from conftest import extract, figure
from generator.extract.figures import find_figures
from generator.extract.parse import parse_text
from generator.model import RawPosition


def records(text: str) -> list[dict]:
    return [asdict(f) for f in extract(text).figures]


def last_sentence(text: str) -> int:
    return text.count(". ")


CLAIMANTS = [
    # a cue of finding set off by commas attributes the clause it interrupts
    ("Instead, the Pelmora Audit Office found, about two-thirds of the grant was paid to 12 contractors.",
     [("about two-thirds", 0.6667, None, None, "share of grant", "about", "Pelmora Audit Office"),
      ("12", 12, None, None, "contractors", None, "Pelmora Audit Office")], None),
    # NEGATIVE: an aside that is no cue
    ("In the end, the Pelmora board decided, 30 nurses would be hired.",
     [("30", 30, None, None, "nurses", None, None)], None),
    # 'which she/it said': the subject of the main clause, a person of the pronoun's gender or a body
    ("Lena Varga chairs the Orsby Water Forum. Ms Varga pointed to the utility's payout to the Treasury, which "
     "she said had reached $52m last year, and argued that bills could fall.",
     [("$52m", 52e6, None, None, "dollars", None, "Lena Varga")], None),
    ("The Arvell Trust opposes the plan. The trust launched a petition which it said had gathered more than "
     "2,000 signatures in a week.",
     [("more than 2,000", 2000, 2000, None, "signatures", "more than", "Arvell Trust")], None),
    # NEGATIVE: a given name of the other gender; another person named between them
    ("Tomas Brell chairs the Orsby Water Forum. Mr Brell pointed to the utility's payout to the Treasury, which "
     "she said had reached $52m last year, and argued that bills could fall.",
     [("$52m", 52e6, None, None, "dollars", None, None)], None),
    ("Lena Varga chairs the Orsby Water Forum. Ms Varga pointed to a study by Anna Kost, which she said had "
     "found 40 faults, and argued that bills could fall.",
     [("40", 40, None, None, "faults", None, None)], None),
    # a refusal to say, or a question left unanswered, asserts no figure; saying it does
    ("Ana Whitby runs Corran Mills. Ms Whitby declined to say how many of the firm's roughly 7,000 staff could "
     "lose their jobs.",
     [("roughly 7,000", 7000, None, None, "staff", "about", None)], None),
    ("Ana Whitby runs Corran Mills. Ms Whitby would not say how many of the firm's 7,000 staff could go.",
     [("7,000", 7000, None, None, "staff", None, None)], None),
    ("Ana Whitby runs Corran Mills. Ms Whitby said the firm's roughly 7,000 staff would keep their jobs.",
     [("roughly 7,000", 7000, None, None, "staff", "about", "Whitby")], None),   # the local key of her mentions
    # a fact pointed to is the pointer's evidence; a document pointed to speaks for itself
    ("The Minister for Health, Ciaran Dunlop, spoke on Monday. The minister pointed to £18m in winter funding "
     "released in November, which he said had opened around 90 additional beds.",
     [("£18m", 18e6, None, None, "pounds", None, "Ciaran Dunlop"),
      ("around 90", 90, None, None, "beds", "about", "Ciaran Dunlop")], None),
    ("The Orsby Department of Transport said it was \"committed to safer roads\" and pointed to £95m of "
     "investment announced last year.",
     [("£95m", 95e6, None, None, "pounds", None, "Orsby Department of Transport")], None),
    ("Ciaran Dunlop pointed to a report showing that 40 wards were closed.",
     [("40", 40, None, None, "wards", None, None)], None),
    # 'according to X' is said of the whole sentence, a comment after it too
    ("The town already contributes about $8 million a year to HHU, according to the staff report, roughly a "
     "quarter of the agency's $33-million budget.",
     [("about $8 million", 8e6, None, None, "dollars a year", "about", None),
      ("roughly a quarter", 0.25, None, None, "share of agency", "about", None),
      ("$33-million", 33e6, None, None, "dollars", None, None)], "the staff report"),
    # NEGATIVE: the writer's comment on the source, a number in the source's name
    ("The Harbour Authority ran fewer than 300 checks last year, according to the Central Bank, a small number "
     "for a port of 2 million tonnes.",
     [("fewer than 300", 300, None, 300, "checks", "less than", "Central Bank"),
      ("2 million", 2e6, None, None, "tonnes", None, None)], None),
    # statistics that name themselves are no document the speaker relays
    ("Minister Piet Olam has said he is dismayed after new data showed 63 lorries waited at the border.",
     [("63", 63, None, None, "lorries", None, None)], None),
]


@pytest.mark.parametrize("text, expected, source", CLAIMANTS, ids=[row[0] for row in CLAIMANTS])
def test_claimant_of_a_figure_said_aside(text, expected, source):
    n = last_sentence(text)
    assert records(text) == [figure(text, *row, sentence=n, source=source) for row in expected]


QUALIFIERS = [
    ("Some 870 patients waited longer than 14 hours in January.",
     [("Some 870", 870, None, None, "patients", "about", None),
      ("longer than 14", 14, 14, None, "hours", "more than", None)]),
    ("Cleaners earn as little as $900 a month, Rosa Tell said.",
     [("as little as $900", 900, None, None, "dollars a month", "as little as", "Rosa Tell")]),
    ("Insurers say the roofer faked damage on 60-plus homes.",
     [("60-plus", 60, 60, None, "homes", "more than", "insurers")]),
    ("The island's 200-odd soldiers need new radios.", [("200-odd", 200, None, None, "soldiers", "about", None)]),
    # passing all but denied ('rarely') is the usual ceiling; passing a floor
    ("Rosa Tell said she pays $400 a week from earnings that rarely exceed $2,500.",
     [("$400", 400, None, None, "dollars a week", None, "Rosa Tell"),
      ("$2,500", 2500, None, 2500, "dollars", "up to", "Rosa Tell")]),
    ("Rosa Tell said her earnings seldom exceed $2,500 a month.",
     [("$2,500", 2500, None, 2500, "dollars a month", "up to", "Rosa Tell")]),
    # NEGATIVE: a passing denied asserts no bound
    ("Rosa Tell said her earnings did not exceed $2,500 a month.",
     [("$2,500", 2500, None, None, "dollars a month", None, "Rosa Tell")]),
    ("Rosa Tell said her earnings exceed $2,500 a month.",
     [("$2,500", 2500, 2500, None, "dollars a month", "more than", "Rosa Tell")]),
    # a maximum value names the limit itself; a maximum fine bounds the amount
    ("The wells were above the maximum acceptable value of 9.5 milligrams per litre.",
     [("9.5", 9.5, None, None, "milligrams per litre", None, None)]),
    ("The court can impose a maximum fine of $5,000.", [("$5,000", 5000, None, 5000, "dollars", "up to", None)]),
]


@pytest.mark.parametrize("text, expected", QUALIFIERS, ids=[row[0] for row in QUALIFIERS])
def test_qualifier_read_off_the_words_around_the_number(text, expected):
    assert records(text) == [figure(text, *row) for row in expected]


def test_according_to_holds_the_figures_its_statements_span_left_out():
    """The statement found stops before the comment after 'according to X'; its figures are
    still the source's, but not a number in the words naming the source."""
    text = ("The city gives about $12 million a year to the unit, according to the staff report, roughly a fifth "
            "of the unit's $60-million budget.")
    parsed = parse_text(text, "test")
    said = RawPosition(speaker="the staff report", cue="according to", text="The city gives about $12 million a "
                       "year to the unit", direct=False, sentence=text, sentence_index=0, start=0, end=51)
    found = [asdict(f) for f in find_figures(parsed, [said])]
    report = "the staff report"
    assert found == [figure(text, "about $12 million", 12e6, None, None, "dollars a year", "about", source=report),
                     figure(text, "roughly a fifth", 0.2, None, None, "share of unit", "about", source=report),
                     figure(text, "$60-million", 60e6, None, None, "dollars", None, source=report)]
    other = RawPosition(speaker="Ann Lowe", cue="said", text="The city gives about $12 million a year to the unit",
                        direct=False, sentence=text, sentence_index=0, start=0, end=51)
    found = [asdict(f) for f in find_figures(parsed, [other])]
    assert [f["source"] for f in found] == ["Ann Lowe", None, None]     # no 'according to': the span decides
