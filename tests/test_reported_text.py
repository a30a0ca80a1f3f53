"""What a position's text is: the reported clause whole, its coordinated and trailing parts kept,
nothing of the cue's own (its hearer, its setting) or the writer's before it. Every sentence here is
written for the tests; rows with no position, or a shorter text, are the negatives."""
from __future__ import annotations

import pytest

from conftest import positions_of


# A verb of hoping or griping in its past or its participle ('hoped', 'hoping', 'griped'): the
# lemmatizer stops at the shorter verb it knows ('hop', 'grip'), which is no cue.
SILENT_E_CUES = [
    ("Keiko Mori said the verdict could not undo the harm but hoped it would change the industry.",
     [("Keiko Mori", "Keiko Mori", "said", "the verdict could not undo the harm", False),
      ("Keiko Mori", "Keiko Mori", "hoped", "it would change the industry", False)]),
    ("The Harbour Union hoped the talks would resume on Monday.",
     [("The Harbour Union", "Harbour Union", "hoped", "the talks would resume on Monday", False)]),
    ("Residents griped that the buses never ran on time.",
     [("Residents", "residents", "griped", "the buses never ran on time", False)]),
    # NEGATIVE: the shorter verb itself, doubled before its ending, is no cue
    ("The children hopped across the yard while their teacher watched.", []),
    ("The climbers gripped the rope as the wind rose.", []),
]


@pytest.mark.parametrize("text, expected", SILENT_E_CUES)
def test_silent_e_cues(text, expected):
    assert sorted(positions_of(text)) == sorted(expected)
