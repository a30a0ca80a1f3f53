"""Speakers the parse hides or a voice's phrase misleads (session 25): a cue's subject the parser
hung elsewhere (a person's name read as the verb's adverb, the description after it taken for the
subject or none; a voice read as in apposition to an
opening phrase's end); a spokesperson for a post ('for the Biosecurity Minister') speaks for no
body a word of the post names, and 'the spokesperson' after that voice is the same voice, not
another holder of such a post; a body's long name whose words the parser joined by 'and' is one
name, not a second body. Each sentence is written for these tests; each row is every position
the text must yield, whole: (speaker, actor, cue, text, direct). An actor of None: no one is safe."""
from __future__ import annotations

import pytest

from conftest import positions_of


ROWS = [
    # a person's name the parser read as the cue's adverb is its subject
    ("Shares fell. Priya Ramaswamy at broker Lydgate Securities said the rejection was a reasonable opening.",
     [("Priya Ramaswamy at broker Lydgate Securities", "Priya Ramaswamy", "said", "the rejection was a reasonable opening", False)]),
    # ... also where the parser took the description set off after the name for the subject
    ('Jonas Reinhardt, health spokesman for the Greens in the state parliament, said the ministry had failed to '
     'publish the data. "You cannot ask people to wait," he said.',
     [("Jonas Reinhardt", "Jonas Reinhardt", "said", "the ministry had failed to publish the data", False),
      ("he", "Jonas Reinhardt", "said", "You cannot ask people to wait", True)]),
    # NEGATIVE: the voice's own name in apposition after it stays the speaker
    ("The Greens' health spokesman, Jonas Reinhardt, said the ministry had failed.",
     [("The Greens' health spokesman", "Jonas Reinhardt", "said", "the ministry had failed", False)]),
    # a voice read as in apposition to the end of an opening phrase is the cue's subject
    ("In a written response to RNZ, a spokesperson for the Harbour Board said the port would reopen on Monday.",
     [("a spokesperson for the Harbour Board", "Harbour Board", "said", "the port would reopen on Monday", False)]),
    ("In an email to Reuters, a spokeswoman for Orvale Foods said the plant would close.",
     [("a spokeswoman for Orvale Foods", "Orvale Foods", "said", "the plant would close", False)]),
    # NEGATIVE: an adverb that opens the sentence is no subject; the parsed one stays
    ("Shares fell. Quietly, the board said the offer was too low.",
     [("the board", None, "said", "the offer was too low", False)]),
    # a spokesperson for a post speaks for no body that a word of the post names
    ("A spokesperson for the Biosecurity Minister said the government had made difficult choices.",
     [("A spokesperson for the Biosecurity Minister", None, "said", "the government had made difficult choices", False)]),
    # ... and 'the spokesperson' after that voice is that voice, not another holder of such a post
    ("Federated Farmers spokesperson Alice Te Rangi said the pines were spreading. A spokesperson for the "
     "Biosecurity Minister said the government had made difficult choices. The spokesperson said the minister "
     "would visit next month.",
     [("Federated Farmers spokesperson Alice Te Rangi", "Alice Te Rangi", "said", "the pines were spreading", False),
      ("A spokesperson for the Biosecurity Minister", None, "said", "the government had made difficult choices", False),
      ("The spokesperson", None, "said", "the minister would visit next month", False)]),
    # NEGATIVE: with no other voice between, 'the spokesperson' is the one so called before
    ("Federated Farmers spokesperson Alice Te Rangi said the pines were spreading. The spokesperson said the "
     "farmers would pay their share.",
     [("Federated Farmers spokesperson Alice Te Rangi", "Alice Te Rangi", "said", "the pines were spreading", False),
      ("The spokesperson", "Alice Te Rangi", "said", "the farmers would pay their share", False)]),
    # a body's name whose words the parser joined by 'and' is one body: its spokesperson is its voice
    ("The Ministry of Housing, Communities and Local Government said it was in contact with the council. "
     "A spokesperson added that councils were responsible for their own finances.",
     [("The Ministry of Housing, Communities and Local Government", "Ministry of Housing, Communities and Local Government",
       "said", "it was in contact with the council", False),
      ("A spokesperson", "Ministry of Housing, Communities and Local Government", "added",
       "councils were responsible for their own finances", False)]),
    # NEGATIVE: two bodies joined: either may be the one meant
    ("Orvale Ltd and Vela Foods agreed a merger. A spokesperson said the deal would close in May.",
     [("A spokesperson", None, "said", "the deal would close in May", False)]),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_voice_or_missed_subject(text, expected):
    assert positions_of(text) == expected
