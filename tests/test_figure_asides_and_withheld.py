"""Who claims a figure when the sentence says it aside (session 29): a cue set off by commas, a
cue in a relative clause with a pronoun or an unnamed group for its subject, a refusal to say,
statistics that name themselves; and qualifiers read off the words around the number. Whole
records as (text, value, low, high, unit, qualifier, claimant's name) for texts written for
these tests, the figure in the text's last sentence; `conftest.figure` adds the rest.
"""
from __future__ import annotations

from dataclasses import asdict

import pytest

from conftest import figure, figure_records
from generator.extract.figures import find_figures
from generator.extract.parse import parse_text
from generator.model import RawPosition


def last_sentence(text: str) -> int:
    return text.count(". ")


CLAIMANTS = [
    # a cue of finding set off by commas attributes the clause it interrupts
    ("Rather, the Pelmora Audit Office found, nearly half of the grant ended up with 12 contractors.",
     [("nearly half", 0.5, None, 0.5, "share of grant", "almost", "Pelmora Audit Office"),
      ("12", 12, None, None, "contractors", None, "Pelmora Audit Office")], None),
    # NEGATIVE: an aside that is no cue
    ("In the end, the Pelmora board decided, 30 nurses would be hired.",
     [("30", 30, None, None, "nurses", None, None)], None),
    # 'which she/it said': the subject of the main clause, a person of the pronoun's gender or a body
    ("Lena Varga chairs the Orsby Water Forum. Ms Varga spoke about the port's levy on shippers, which she said "
     "had brought in $52m since March.",
     [("$52m", 52e6, None, None, "dollars", None, "Lena Varga")], None),
    ("The Arvell Trust opposes the plan. The trust launched a petition which it said had gathered more than "
     "2,000 signatures in a week.",
     [("more than 2,000", 2000, 2000, None, "signatures", "more than", "Arvell Trust")], None),
    # NEGATIVE: a given name of the other gender; another person named between them
    ("Tomas Brell chairs the Orsby Water Forum. Mr Brell spoke about the port's levy on shippers, which she said "
     "had brought in $52m since March.",
     [("$52m", 52e6, None, None, "dollars", None, None)], None),
    ("Lena Varga chairs the Orsby Water Forum. Ms Varga praised a study by Anna Kost, which she said had found "
     "40 faults in the pipes.",
     [("40", 40, None, None, "faults", None, None)], None),
    # NEGATIVE: a title of the other gender on the mention
    ("Leslie Marr heads the Calden Arts Council. Ms Marr opened the gallery, which he said cost $7m.",
     [("$7m", 7e6, None, None, "dollars", None, None)], None),
    ("Robin Tate chairs the Orsby Forum. Mrs Tate pointed to the forum's reserves, which he said had reached $12m.",
     [("$12m", 12e6, None, None, "dollars", None, None)], None),
    # a refusal to say, or a question left unanswered, asserts no figure; saying it does
    ("Ana Whitby runs Corran Mills. Ms Whitby declined to say how many of the mill's roughly 7,000 workers would "
     "be laid off.",
     [("roughly 7,000", 7000, None, None, "workers", "about", None)], None),
    ("Ana Whitby runs Corran Mills. Ms Whitby would not say how many of the mill's 7,000 workers would go.",
     [("7,000", 7000, None, None, "workers", None, None)], None),
    ("Ana Whitby runs Corran Mills. Ms Whitby said the mill's roughly 7,000 workers would stay on.",
     [("roughly 7,000", 7000, None, None, "workers", "about", "Whitby")], None),   # the local key of her mentions
    # a fact pointed to is the pointer's evidence; a document pointed to speaks for itself
    ("The Minister for Health, Ciaran Dunlop, spoke on Monday. The minister pointed to £18m of extra cash for "
     "clinics, which he said had paid for around 90 new nurses.",
     [("£18m", 18e6, None, None, "pounds", None, "Ciaran Dunlop"),
      ("around 90", 90, None, None, "nurses", "about", "Ciaran Dunlop")], None),
    ("The Orsby Department of Transport said it was \"committed to safer roads\" and pointed to £95m of "
     "investment announced last year.",
     [("£95m", 95e6, None, None, "pounds", None, "Orsby Department of Transport")], None),
    ("Ciaran Dunlop pointed to a report showing that 40 wards were closed.",
     [("40", 40, None, None, "wards", None, None)], None),
    # NEGATIVE: a thing the amount describes, shown or pointed at, no fact cited
    ("Nadia Ferro pointed to the $5m cheque lying on the table and laughed.",
     [("$5m", 5e6, None, None, "dollars", None, None)], None),
    ("Nadia Ferro pointed to a $5m cheque on the table.",
     [("$5m", 5e6, None, None, "dollars", None, None)], None),
    ("Nadia Ferro pointed to $40 million lying in the vault.",
     [("$40 million", 40e6, None, None, "dollars", None, None)], None),
    # 'according to X' is said of the whole sentence, a comment after it too
    ("The county hands about $8 million a year to the transit board, according to a budget memo, nearly a fifth "
     "of the board's $44-million spending.",
     [("about $8 million", 8e6, None, None, "dollars a year", "about", None),
      ("nearly a fifth", 0.2, None, 0.2, "share of spending", "almost", None),
      ("$44-million", 44e6, None, None, "dollars", None, None)], "a budget memo"),
    # NEGATIVE: the writer's comment on the source, a number in the source's name
    ("The Harbour Authority ran fewer than 300 checks last year, according to the Central Bank, a small number "
     "for a port of 2 million tonnes.",
     [("fewer than 300", 300, None, 300, "checks", "less than", "Central Bank"),
      ("2 million", 2e6, None, None, "tonnes", None, None)], None),
    # statistics that name themselves are no document the speaker relays
    ("Piet Olam said he was angry after new data showed 63 lorries queued at the border.",
     [("63", 63, None, None, "lorries", None, None)], "new data"),
]


@pytest.mark.parametrize("text, expected, source", CLAIMANTS, ids=[row[0] for row in CLAIMANTS])
def test_claimant_of_a_figure_said_aside(text, expected, source):
    n = last_sentence(text)
    assert figure_records(text) == [figure(text, *row, sentence=n, source=source) for row in expected]


QUALIFIERS = [
    ("Some 870 callers were kept on hold for longer than 14 minutes.",
     [("Some 870", 870, None, None, "callers", "about", None),
      ("longer than 14", 14, 14, None, "minutes", "more than", None)]),
    ("Some cleaners take home as little as $900 a month, Rosa Tell said.",
     [("as little as $900", 900, None, None, "dollars a month", "as little as", "Rosa Tell")]),
    ("Tolver inspectors found leaks in 60-plus flats.",       # N or more
     [("60-plus", 60, 60, None, "flats", "at least", None)]),
    # NEGATIVE: 'N-plus' before an age or a band names the band, no count
    ("Voters in the 65-plus age group backed the Tarlow Party by 20 points.",
     [("20", 20, None, None, "points", None, "voters")]),
    ("Drivers in the 70-plus bracket must retake the test.", []),
    # a comparison denied is turned round: 'no longer than' is a ceiling; under a negation or
    # after 'any', no bound
    ("Patients waited no longer than 4 hours at the Dunmore clinic, the Dunmore Health Trust said.",
     [("no longer than 4", 4, None, 4, "hours", "up to", "Dunmore Health Trust")]),
    ("Each shift lasts no longer than 12 hours under the new rules.",
     [("no longer than 12", 12, None, 12, "hours", "up to", None)]),
    ("The Carra ferry cannot stay open any longer than 6 months without a subsidy.",
     [("6", 6, None, None, "months", None, None)]),
    ("Patients at Tolver Hospital did not wait more than 5 hours last week.",
     [("5", 5, None, None, "hours", None, None)]),
    ("No patient at Tolver Hospital waited longer than 5 hours last week.",
     [("5", 5, None, None, "hours", None, None)]),
    ("More than 40 Tolver nurses did not vote in the ballot.",        # the subject: an asserted floor
     [("More than 40", 40, 40, None, "Tolver nurses", "more than", None)]),
    ("The island's 200-odd soldiers need new radios.", [("200-odd", 200, None, None, "soldiers", "about", None)]),
    # passing all but denied ('rarely') is the usual ceiling; passing a floor
    ("Rosa Tell said she sends $400 home each month from wages that rarely exceed $2,500.",
     [("$400", 400, None, None, "dollars a month", None, "Rosa Tell"),
      ("$2,500", 2500, None, 2500, "dollars", "up to", "Rosa Tell")]),
    ("Rosa Tell said her earnings seldom exceed $2,500 a month.",
     [("$2,500", 2500, None, 2500, "dollars a month", "up to", "Rosa Tell")]),
    # NEGATIVE: a passing denied asserts no bound
    ("Rosa Tell said her earnings did not exceed $2,500 a month.",
     [("$2,500", 2500, None, None, "dollars a month", None, "Rosa Tell")]),
    ("Rosa Tell said her earnings exceed $2,500 a month.",
     [("$2,500", 2500, 2500, None, "dollars a month", "more than", "Rosa Tell")]),
    # a maximum value names the limit itself; a maximum fine bounds the amount
    ("Nitrate in the Carra stream passed the maximum permitted value of 9.5 milligrams per litre.",
     [("9.5", 9.5, None, None, "milligrams per litre", None, None)]),
    ("The court can impose a maximum fine of $5,000.", [("$5,000", 5000, None, 5000, "dollars", "up to", None)]),
]


@pytest.mark.parametrize("text, expected", QUALIFIERS, ids=[row[0] for row in QUALIFIERS])
def test_qualifier_read_off_the_words_around_the_number(text, expected):
    assert figure_records(text) == [figure(text, *row) for row in expected]


def test_according_to_holds_the_figures_its_statements_span_left_out():
    """The statement found stops before the comment after 'according to X'; its figures are
    still the source's, but not a number in the words naming the source."""
    text = ("The county hands about $12 million a year to the transit board, according to the budget memo, roughly "
            "a fifth of the board's $60-million budget.")
    parsed = parse_text(text, "test")
    content = "The county hands about $12 million a year to the transit board"
    said = RawPosition(speaker="the budget memo", cue="according to", text=content, direct=False,
                       sentence=text, sentence_index=0, start=0, end=len(content))
    found = [asdict(f) for f in find_figures(parsed, [said])]
    memo = "the budget memo"
    assert found == [figure(text, "about $12 million", 12e6, None, None, "dollars a year", "about", source=memo),
                     figure(text, "roughly a fifth", 0.2, None, None, "share of budget", "about", source=memo),
                     figure(text, "$60-million", 60e6, None, None, "dollars", None, source=memo)]
    other = RawPosition(speaker="Ann Lowe", cue="said", text=content, direct=False,
                        sentence=text, sentence_index=0, start=0, end=len(content))
    found = [asdict(f) for f in find_figures(parsed, [other])]
    assert [f["source"] for f in found] == ["Ann Lowe", None, None]     # no 'according to': the span decides
