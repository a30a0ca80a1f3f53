"""A post and its holder that the recogniser reads as one work's title ('"…," Superintendent Dana Reyes told
reporters': one WORK_OF_ART span): the capitalised title word opening that span is the post, the given name
and surname after it the person. A title inside quotation marks ('"Principal Ivy Larkspur Returns"', a
novel's) stays a work's and names no one. A word with a capital inside it ('DeAndre', 'McAllister') is a
name's word there as anywhere. Every sentence here is written for the tests."""
from __future__ import annotations

import pytest

from conftest import actor_records

CASES = [
    ('"The plan is not ready," Superintendent Dana Whitlock said at a press briefing on Tuesday.',
     [("Dana Whitlock", "person", "Superintendent", None)]),
    ('"We need more teachers," Superintendent Marco Ellery told parents at the town hall.',
     [("Marco Ellery", "person", "Superintendent", None)]),
    ('"The district will not close any school," Superintendent Rosa Pemberton said at the meeting.',
     [("Rosa Pemberton", "person", "Superintendent", None)]),
    ('"Our results speak for themselves," Superintendent Dana Whitlock wrote in a letter to parents.',
     [("Dana Whitlock", "person", "Superintendent", None)]),
    # a given name or surname with a capital inside it ('DeAndre', 'McAllister') is a name's word
    ('"The plan is not ready," Superintendent DeAndre Whitlock said at a press briefing on Tuesday.',
     [("DeAndre Whitlock", "person", "Superintendent", None)]),
    ('"We need more teachers," Superintendent DeShawn McAllister told parents at the town hall.',
     [("DeShawn McAllister", "person", "Superintendent", None)]),
    ("Fire Marshal DeShawn McAllister said the blaze started in the kitchen.",
     [("DeShawn McAllister", "person", "Fire Marshal", None)]),
    # the possessive of the surname is then that person, not a body
    ('"The plan is not ready," Superintendent Dana Whitlock said at a press briefing on Tuesday.\n\n'
     'Whitlock\'s plan would cost $3 million, she said.',
     [("Dana Whitlock", "person", "Superintendent", None)]),
    # NEGATIVE: a work's title whose last word qualifies a common noun after it ('… star', '… director') is the
    # work's, the title word opening it no post: only the person after the noun is named
    ('"We loved making it," Queen Charlotte Bridgerton star India Amarteifio said.',
     [("India Amarteifio", "person", None, None)]),
    ('"We cried at the end," Sergeant Rook Bridgewater star Mina Osei said.',
     [("Mina Osei", "person", None, None)]),
    # a quoted work's title that opens on a title word names no one
    ('"This is a fine book," Superintendent Dana Whitlock said of "Principal Ivy Larkspur Returns", a novel.',
     [("Dana Whitlock", "person", "Superintendent", None)]),
    ('She read "Principal Ivy Larkspur Returns" to the class on Friday.', []),
    ('"Doctor Sleep" topped the box office on Sunday, the studio said.', []),
    ('The film "General Tom Harker" opened on Friday in 300 cinemas.', []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_a_post_and_its_holder_read_as_a_works_title(text, expected):
    assert sorted(r for r in actor_records(text) if r[1] != "group") == sorted(expected)
