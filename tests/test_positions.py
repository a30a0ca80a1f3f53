"""Positions: sentence -> who said what. Every sentence here was written for the tests."""
from __future__ import annotations

import pytest

from conftest import actor_name, extract

# (text, speaker actor name or None, speaker text or None, fragment of the statement, direct)
CASES = [
    ('"We will not back down from this fight," said Jane Morrow.',
     "Jane Morrow", None, "We will not back down", True),
    ("'We will not back down from this fight,' said Jane Morrow.",
     "Jane Morrow", None, "We will not back down", True),
    ("“We will not back down from this fight,” said Jane Morrow.",
     "Jane Morrow", None, "We will not back down", True),
    ("Jane Morrow runs the union. ''We will not back down from this fight,'' Ms. Morrow said.",
     "Jane Morrow", None, "We will not back down", True),
    ('"The plan is dead. We start again tomorrow with a new team," said Jane Morrow.',
     "Jane Morrow", None, "We start again tomorrow", True),
    ('Jane Morrow spoke after the vote. "The plan is dead, and everyone in this room knows it.\n'
     '"We start again tomorrow with a new team," she said.',
     "Jane Morrow", None, "everyone in this room knows it. We start again", True),
    ("Tom Reed, a spokesman for the Harbour Authority, said the port would reopen on Monday.",
     "Tom Reed", None, "the port would reopen on Monday", False),
    ("According to Helen Park, the talks collapsed shortly after midnight.",
     "Helen Park", None, "the talks collapsed shortly after midnight", False),
    ("Paul Green told the BBC that the old bridge was no longer safe.",
     "Paul Green", None, "the old bridge was no longer safe", False),
    ("Mayor Ann Lowe was quoted as saying that the city budget was balanced.",
     "Ann Lowe", None, "the city budget was balanced", False),
    ("Bill Hart warned that food prices would rise sharply this winter.",
     "Bill Hart", None, "food prices would rise sharply", False),
    ("Bill Hart added that the harvest had failed in three regions.",
     "Bill Hart", None, "the harvest had failed", False),
    ("Bill Hart insisted that the figures were accurate and complete.",
     "Bill Hart", None, "the figures were accurate", False),
    ("Bill Hart urged the government to release the emergency grain stocks.",
     "Bill Hart", None, "release the emergency grain stocks", False),
    ("Bill Hart called for an independent inquiry into the shortages.",
     "Bill Hart", None, "an independent inquiry into the shortages", False),
    ("Bill Hart denied that he had misled the parliamentary committee.",
     "Bill Hart", None, "he had misled the parliamentary committee", False),
    ("Peter Vance arrived at the hall late in the evening. He said the vote had been rigged by his rivals.",
     "Peter Vance", "He", "the vote had been rigged", False),
    ("Foreign Minister Rosa Diaz visited the camp on Friday. The minister said more aid was on its way.",
     "Rosa Diaz", None, "more aid was on its way", False),
    ("President Lena Ortiz toured the flooded towns. The president said the army would build new dams.",
     "Lena Ortiz", None, "the army would build new dams", False),
    ("A spokesman for the Harbour Authority said the port would stay closed until the storm passed.",
     "Harbour Authority", "A spokesman for the Harbour Authority", "the port would stay closed", False),
]


@pytest.mark.parametrize("text, actor, speaker, fragment, direct", CASES)
def test_position(text, actor, speaker, fragment, direct):
    result = extract(text)
    matches = [p for p in result.positions if fragment in p.text]
    assert matches, f"no position containing {fragment!r}: {[(p.speaker, p.text) for p in result.positions]}"
    p = matches[0]
    assert actor_name(result, p.actor) == actor
    if speaker:
        assert p.speaker == speaker
    assert p.direct is direct
    assert p.sentence.strip() in text.replace("\n", " ") or p.sentence.split()[0] in text


def test_nested_attribution_goes_to_each_speaker():
    result = extract("Maria Lopez said Carl Dunn had told her that the merger was off.")
    by_speaker = {actor_name(result, p.actor): p.text for p in result.positions}
    assert "Carl Dunn had told her" in by_speaker["Maria Lopez"]
    assert by_speaker["Carl Dunn"] == "the merger was off"


def test_unnamed_collective_source_is_kept_as_a_group():
    result = extract("Officials said the coastal road would stay closed for a week.")
    p = result.positions[0]
    assert p.speaker == "Officials"
    group = next(m for m in result.mentions if m.key == p.actor)
    assert (group.name, group.type) == ("officials", "group")


def test_quoted_fragment_of_reported_speech_is_not_a_separate_quote():
    result = extract('Jane Morrow said the government had too much freedom to "pass bad laws quickly" and had lost its way.')
    assert len(result.positions) == 1
    assert result.positions[0].direct is False


def test_passive_report_has_no_speaker():
    result = extract("Foreign fighters are reported to have killed twelve villagers.")
    assert result.positions == []


def test_colon_cue_introduces_the_next_quote():
    result = extract('Lord Hale spoke to reporters. He told them: "The treaty is finished and nobody will revive it."')
    p = next(p for p in result.positions if p.direct)
    assert actor_name(result, p.actor) == "Hale"
    assert p.cue == "told"


def test_a_name_inside_the_quotation_is_not_the_pronoun_speaker():
    text = ('Maria Lopez spoke on Sunday. "For them to praise Victor Hale after what he did raises serious '
            'questions," she said.')
    result = extract(text)
    p = next(p for p in result.positions if p.direct)
    assert actor_name(result, p.actor) == "Maria Lopez"


def test_relative_clause_speaker_is_the_noun_it_describes():
    result = extract("The data came from the Chicago Police Department, which reported 2,521 shooting incidents this year.")
    p = next(p for p in result.positions if "2,521" in p.text)
    assert actor_name(result, p.actor) == "Chicago Police Department"


@pytest.mark.parametrize("text, actor, fragment", [
    ("Finance ministers of the G7 have backed plans to cancel the debts of the poorest countries.",
     "G7", "plans to cancel the debts"),
    ("The Harbour Authority opposed the withdrawal of the coast guard.", "Harbour Authority", "the withdrawal"),
])
def test_stances_are_positions(text, actor, fragment):
    result = extract(text)
    p = next(p for p in result.positions if fragment in p.text)
    assert actor_name(result, p.actor) == actor


def test_quote_after_a_venue_goes_to_the_speaker():
    result = extract('Senator Lena Ortiz spoke on Channel Five, "This is going to undo every gain we made."')
    p = next(p for p in result.positions if p.direct)
    assert actor_name(result, p.actor) == "Lena Ortiz" and p.text.startswith("This is going")
