"""A name's type from how the text refers to it (session 22, types30). Every sentence here is
written for the tests."""
from __future__ import annotations

import pytest

from conftest import extract
from generator.resolve import resolve


def actors_of(text: str) -> list[tuple[str, str]]:
    return sorted((a.name, a.type) for a in resolve([extract(text, "art-0")]).actors if a.type != "group")


CALLED_IT = [
    # 'it' doing something in the clause the name says: a body, not a person
    ("Sunrise Dairy said it would raise prices next month.", [("Sunrise Dairy", "organization")]),
    ("Bellwether Fields said it expected to hire 40 workers this year.", [("Bellwether Fields", "organization")]),
    ("Quarry Lane announced it would shut its plant in March.", [("Quarry Lane", "organization")]),
    ("Kestrel Lithium said on Monday that its output rose 12 per cent.", [("Kestrel Lithium", "organization")]),
    ("Ironbark Minerals said its chief executive would step down.", [("Ironbark Minerals", "organization")]),
    ("Dunmore Crest said it expected sales to double.", [("Dunmore Crest", "organization")]),
    # a body's noun in apposition
    ("Larkspur Ward, a think-tank, said wages had stalled.", [("Larkspur Ward", "organization")]),
    ("Safe Streets Alliance, a campaign group, said crime fell.", [("Safe Streets Alliance", "organization")]),
    # negatives: an impersonal 'it', a given name, a person's pronoun, a person's noun
    ("Okoro Nwosu, a teacher, said demand was rising.", [("Okoro Nwosu", "person")]),
    ("Okoro Nwosu, the union's leader, said its members would strike.", [("Okoro Nwosu", "person")]),
    ("Ngozi Eze said it would take years to rebuild.", [("Ngozi Eze", "person")]),
    ("Ann Lowe, who runs the shelter, said it was full.", [("Ann Lowe", "person")]),
    ("Harlan Voss said it would close the mill, and he blamed the banks.", [("Harlan Voss", "person")]),
    # negatives (review): 'it'/'its' may stand for a thing named before it; 'it' before the name (a quote)
    ("The Porirua council voted to raise rates by 9 per cent. Tipene Rawiri said it had ignored families.",
     [("Tipene Rawiri", "person")]),
    ("The council voted to close the pool. Tipene Rawiri criticised its decision at a public meeting.",
     [("Tipene Rawiri", "person")]),
    ("The nurses union rejected the offer on Tuesday. Losa Fuimaono said its members were furious.",
     [("Losa Fuimaono", "person")]),
    ("The river burst its banks overnight. Tipene Rawiri said it rose faster than anyone expected.",
     [("Tipene Rawiri", "person")]),
    ("Tipene Rawiri, whose company owns the mine, said it would reopen in June.", [("Tipene Rawiri", "person")]),
    ("The mine is unsafe, Tipene Rawiri said, and it should close.", [("Tipene Rawiri", "person")]),
    ("Tipene Rawiri and Hemi Walker said it would close, and they left.",
     [("Hemi Walker", "person"), ("Tipene Rawiri", "person")]),
    # negatives (lead): a body named as a subject or object just before may be what 'it'/'its' takes up
    ("The Kessa Dairy Cooperative closed two factories on Monday. Tipene Rawiri said it would close two more.",
     [("Tipene Rawiri", "person")]),
    ("Tipene Rawiri said the Kessa Board had failed and that it would lose its licence.",
     [("Kessa Board", "organization"), ("Tipene Rawiri", "person")]),
]


@pytest.mark.parametrize("text, expected", CALLED_IT)
def test_a_name_the_text_calls_it_is_a_body(text, expected):
    assert actors_of(text) == expected


# ---- a surname cut from a person's name joins no other article's person --------------------

from generator.model import ArticleExtraction, Mention   # noqa: E402


def _article(article: str, sentence: str, names: list[tuple[str, str, str | None]]) -> ArticleExtraction:
    """One sentence; `names`: (words as written, type, role), each found once in the sentence in order."""
    mentions, spans, at = [], [], 0
    for words, kind, role in names:
        start = sentence.index(words, at)
        at = start + len(words)
        key = words[len(role) + 1:] if role and words.startswith(role + " ") else words
        mentions.append(Mention(key=key, name=key, type=kind, role=role, count=1))
        spans.append((0, start, at, key))
    return ArticleExtraction(article=article, sentences=[sentence], paragraphs=[0], mentions=mentions,
                             positions=[], figures=[], mention_spans=spans)


def people(*extractions: ArticleExtraction) -> list[tuple[str, str, list[str], list[str]]]:
    return sorted((a.name, a.type, sorted(a.aliases), a.articles) for a in resolve(list(extractions)).actors)


CUT_SURNAMES = [
    # 'Sandhu' right after the person 'Harpreet Kaur' is her surname: hers, not the minister's, and her
    # name is written in full
    ([_article("a", "Mayor Harpreet Kaur Sandhu defended the rise.",
               [("Mayor Harpreet Kaur", "person", "Mayor"), ("Sandhu", "organization", None)]),
      _article("b", "Labour Minister Kiran Sandhu spoke.", [("Labour Minister Kiran Sandhu", "person", "Labour Minister")])],
     [("Harpreet Kaur Sandhu", "person", ["Harpreet Kaur", "Sandhu"], ["a"]), ("Kiran Sandhu", "person", [], ["b"])]),
    ([_article("a", "Judge Maria Fernanda Ruiz ruled.", [("Judge Maria Fernanda", "person", "Judge"), ("Ruiz", "person", None)]),
      _article("b", "Minister Anita Ruiz spoke.", [("Minister Anita Ruiz", "person", "Minister")])],
     [("Anita Ruiz", "person", [], ["b"]), ("Maria Fernanda Ruiz", "person", ["Maria Fernanda", "Ruiz"], ["a"])]),
    # negatives: a comma between (a list), a body's word after a name
    ([_article("a", "Maria Fernanda, Ruiz and others spoke.", [("Maria Fernanda", "person", None), ("Ruiz", "person", None)]),
      _article("b", "Minister Anita Ruiz spoke.", [("Minister Anita Ruiz", "person", "Minister")])],
     [("Anita Ruiz", "person", ["Ruiz"], ["a", "b"]), ("Maria Fernanda", "person", [], ["a"])]),
    ([_article("a", "The Ann Lowe Foundation gave.", [("Ann Lowe", "person", None), ("Foundation", "organization", None)])],
     [("Ann Lowe", "person", [], ["a"]), ("Foundation", "organization", [], ["a"])]),
]


@pytest.mark.parametrize("extractions, expected", CUT_SURNAMES)
def test_a_surname_cut_from_a_name_stays_with_its_person(extractions, expected):
    assert people(*extractions) == expected


# ---- a bare acronym is the one body of its article whose initials spell it -------------------

def bodies(*texts: str) -> list[tuple[str, str, list[str], list[str]]]:
    actors = resolve([extract(t, f"art-{n}") for n, t in enumerate(texts)]).actors
    return sorted((a.name, a.type, sorted(a.aliases), a.articles) for a in actors if a.type == "organization")


ACRONYMS = [
    ("The NZ Transport Agency said the road would reopen on Friday. NZTA said crews were clearing slips.",
     [("NZ Transport Agency", "organization", ["NZTA"], ["art-0"])]),
    ("The UK Space Agency said the launch was delayed. A UKSA spokesperson said weather was to blame.",
     [("UK Space Agency", "organization", ["UKSA"], ["art-0"])]),
    ("The Kestrel Valley Water Board said supplies were safe. Later, KVWB said the pipes had been flushed.",
     [("Kestrel Valley Water Board", "organization", ["KVWB"], ["art-0"])]),
    ("The Northern Rail Workers Union said its members would strike. NRWU said talks had failed.",
     [("Northern Rail Workers Union", "organization", ["NRWU"], ["art-0"])]),
    ("The Bank of Kessa said rates would hold. BOK said inflation was easing.",
     [("Bank of Kessa", "organization", ["BOK"], ["art-0"])]),
    # negative (review): initials spelt without the link words ('Chamber of Commerce' is no 'CC')
    ("The Wellington Chamber of Commerce said rates were too high. WCC voted for the rise on Thursday.",
     [("WCC", "organization", [], ["art-0"]), ("Wellington Chamber of Commerce", "organization", [], ["art-0"])]),
    # negative: two bodies of the article spell it
    ("The Kessa Valley Bank said rates would hold, while the Kessa Venture Board said loans would rise. "
     "KVB said the outlook was poor.",
     [("KVB", "organization", [], ["art-0"]), ("Kessa Valley Bank", "organization", [], ["art-0"]),
      ("Kessa Venture Board", "organization", [], ["art-0"])]),
]


@pytest.mark.parametrize("text, expected", ACRONYMS)
def test_a_bare_acronym_is_its_articles_body_of_those_initials(text, expected):
    assert bodies(text) == expected


def test_an_acronym_two_articles_bodies_spell_joins_neither():
    assert bodies("The Kessa Valley Water Board said supplies were safe.",
                  "KVWB said the pipes were flushed. The Kessa Valley Wine Bar closed.") == \
        [("KVWB", "organization", [], ["art-1"]), ("Kessa Valley Water Board", "organization", [], ["art-0"]),
         ("Kessa Valley Wine Bar", "organization", [], ["art-1"])]


def test_an_acronym_spelt_in_another_article_joins_nothing_there():
    assert bodies("The Kessa Valley Water Board said supplies were safe.", "KVWB said the pipes were flushed.") == \
        [("KVWB", "organization", [], ["art-1"]), ("Kessa Valley Water Board", "organization", [], ["art-0"])]


# ---- the opening words of a firm's name, referred to as a thing, are that firm ----------------

SHORT_FORMS = [
    ("Omar Freight Services said on Monday that sales rose. Omar Freight planned to open a depot for its "
     "drivers, the firm said.", [("Omar Freight Services", "organization")]),
    ("Hamid Bakery Holdings reported a loss. Hamid Bakery said it would close four shops.",
     [("Hamid Bakery Holdings", "organization")]),
    ("Lena Harbour Ferries Group said bookings fell. Lena Harbour, which runs six boats, said demand was weak.",
     [("Lena Harbour Ferries Group", "organization")]),
    ("Maya Steel Works said orders rose. Maya Steel will expand its plant, the company said.",
     [("Maya Steel Works", "organization")]),
    # negatives: a person's pronoun or noun; a body's committee is no long form of the body
    ("Tom Reed Associates said fees rose. Tom Reed said he had founded the firm in 1990.",
     [("Tom Reed", "person"), ("Tom Reed Associates", "organization")]),
    ("Carla Mendes Foundation said grants rose. Carla Mendes, a teacher, said it was a good year.",
     [("Carla Mendes", "person"), ("Carla Mendes Foundation", "organization")]),
    ("The Kessa Council said rates would rise. The Kessa Council Finance Committee said it would review them. "
     "Kessa Council said its budget was tight.",
     [("Kessa Council", "organization"), ("Kessa Council Finance Committee", "organization")]),
    # negatives (review): a body and its parent or its members' association
    ("Kessa Rail said it would buy ten trains. Kessa Rail Holdings, its parent, reported a loss.",
     [("Kessa Rail", "organization"), ("Kessa Rail Holdings", "organization")]),
    ("The University of Otago said its fees would rise. The University of Otago Students Association opposed the rise.",
     [("University of Otago", "organization"), ("University of Otago Students Association", "organization")]),
]


@pytest.mark.parametrize("text, expected", SHORT_FORMS)
def test_a_firms_opening_words_called_it_are_that_firm(text, expected):
    assert actors_of(text) == expected
