"""Resolution across articles: one actor per real-world actor, stable IDs."""
from __future__ import annotations

from conftest import extract
from generator.model import record
from generator.resolve import resolve

A = "Prime Minister Anna Berg said the tax would fall. Ms Berg spoke in Oslo."
B = "Berg said the budget was fair. The United States welcomed the budget."
C = "Mary Smith, a lawyer, said the ruling was wrong."
D = "John Smith, a farmer, said the rain came too late."


def actors_of(*texts: str, previous=None):
    extractions = [extract(t, f"art-{n}") for n, t in enumerate(texts)]
    return resolve(extractions, previous).actors


def test_surname_in_another_article_joins_the_one_person_of_that_name():
    actors = actors_of(A, B)
    berg = [a for a in actors if a.name == "Anna Berg"]
    assert len(berg) == 1 and berg[0].articles == ["art-0", "art-1"]


def test_same_surname_for_two_people_in_two_articles_does_not_merge():
    names = sorted(a.name for a in actors_of(C, D) if a.type == "person")
    assert names == ["John Smith", "Mary Smith"]


def test_country_forms_across_articles_are_one_actor():
    actors = actors_of("The US said the talks failed.", "America said the talks failed.", "The U.S. said no.")
    countries = [a for a in actors if a.type == "country"]
    assert [(a.id, len(a.articles)) for a in countries] == [("united-states", 3)]


def test_affiliation_is_the_id_of_the_body_the_text_names():
    actors = actors_of("Sam Hollis, the Green Party's treasurer, said the accounts were fine.")
    assert [(a.id, a.affiliation, a.role) for a in actors] == [("green-party", None, None),
                                                                ("sam-hollis", "green-party", "treasurer")]


def test_ids_never_change_when_articles_are_added():
    texts = [
        "Berg said the budget was fair.",
        "Prime Minister Anna Berg said the tax would fall.",
        "The US said the talks failed.",
        "America and the United Nations said the deal stood.",
    ]
    previous = None
    seen: dict[str, str] = {}
    for n in range(1, len(texts) + 1):
        actors = actors_of(*texts[:n], previous=previous)
        for a in actors:
            for form in [a.name, *a.aliases]:
                if form in seen:
                    assert a.id == seen[form], f"{form} was {seen[form]}, now {a.id}"
                seen[form] = a.id
        previous = [record(a) for a in actors]


def test_resolution_does_not_depend_on_article_order():
    texts = [A, B, C, D]
    forward = resolve([extract(t, f"art-{n}") for n, t in enumerate(texts)])
    backward = resolve([extract(t, f"art-{n}") for n, t in reversed(list(enumerate(texts)))])
    assert [record(a) for a in forward.actors] == [record(a) for a in backward.actors]
    assert [record(p) for p in forward.positions] == [record(p) for p in backward.positions]


def test_aliases_differing_only_in_case_come_in_one_order_whatever_the_hash_seed():
    from generator.model import ArticleExtraction, Mention
    forms = ["al-Nur Front", "AL-NUR FRONT", "Al-Nur Front"]
    extractions = [ArticleExtraction(article=f"art-{n}", sentences=[], paragraphs=[], positions=[], figures=[],
                                     mentions=[Mention(key="m0", name="Nur Front Party", type="organization",
                                                       aliases=[form], count=1)])
                   for n, form in enumerate(forms)]
    actor, = resolve(extractions).actors
    assert actor.aliases == ["AL-NUR FRONT", "Al-Nur Front", "al-Nur Front"]


def _article(name: str, *actors: tuple[str, str, list[str], bool]) -> "ArticleExtraction":
    """An extraction naming `actors` (name, type, aliases, speaks): a speaker says one thing."""
    from generator.model import ArticleExtraction, Mention, RawPosition
    mentions = [Mention(key=f"m{n}", name=a, type=kind, aliases=aliases, count=1)
                for n, (a, kind, aliases, _) in enumerate(actors)]
    positions = [RawPosition(speaker=a, cue="said", text=f"{a} spoke in {name}.", direct=False,
                             sentence=f"{a} said {a} spoke in {name}.", sentence_index=0, start=0, end=1, actor=f"m{n}")
                 for n, (a, _, _, speaks) in enumerate(actors) if speaks]
    return ArticleExtraction(article=name, sentences=[], paragraphs=[], mentions=mentions, positions=positions, figures=[])


# Actors that share a slug: a bare word taken for a person (dropped where it does not speak,
# kept where it does), a collective in several articles, two people of one name.
SAME_SLUG = [
    _article("art-0", ("Ostrel", "person", [], False), ("Farmers", "group", [], True)),
    _article("art-1", ("Ostrel", "person", [], True), ("Farmers", "group", ["farmers' unions"], False)),
    _article("art-2", ("Ostrel", "person", [], False), ("Farmers", "group", [], True),
             ("Tom Reed", "person", ["Mr Reed"], True)),
    _article("art-3", ("Ostrel", "person", [], True), ("Farmers", "group", [], False)),
    _article("art-4", ("Farmers", "group", ["farmers' unions"], True), ("Tom Reed", "person", [], False)),
]


def _runs(extractions, previous=None, times: int = 3):
    outputs = []
    for _ in range(times):
        briefing = resolve(extractions, previous)
        previous = [record(a) for a in briefing.actors]
        outputs.append(([record(a) for a in briefing.actors], [record(p) for p in briefing.positions]))
    return outputs


def test_a_run_with_nothing_new_reproduces_every_id():
    first, second, third = _runs(SAME_SLUG)
    assert second == first and third == first


def test_an_added_article_renames_no_actor():
    (actors, _), = _runs(SAME_SLUG, times=1)
    old = {tuple(a["articles"]): a["id"] for a in actors}
    added = _article("art-5", ("Ostrel", "person", [], True), ("Farmers", "group", [], True))
    for actors, _ in _runs([*SAME_SLUG, added], previous=actors, times=2):
        now = {tuple(a["articles"]): a["id"] for a in actors}
        assert {articles: now.get(articles) for articles in old} == old
