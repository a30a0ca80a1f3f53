"""A claimant whose subject the parser hangs on the auxiliary (session 24): 'X had in its outlook
warned that ...' makes X the subject of 'had', not of 'warned'; the attributing verb's subject is
then taken from its auxiliary. Whole records as (text, value, low, high, unit, qualifier,
claimant's name); `conftest.figure` adds the sentence and the offsets.
"""
from __future__ import annotations

import pytest

from conftest import figure, figure_records


ON_THE_AUXILIARY = [
    ("The Kenya Meteorological Department had in its seasonal outlook warned that Kisumu was among 14 counties at risk.",
     [("14", 14, None, None, "counties", None, "Kenya Meteorological Department")]),
    ("The Water Authority had, in a letter to residents, estimated that 300 homes lacked water.",
     [("300", 300, None, None, "homes", None, "Water Authority")]),
    # NEGATIVE: no attributing verb, the writer's own count
    ("The Water Authority had in its first year connected 300 homes.",
     [("300", 300, None, None, "homes", None, None)]),
]


@pytest.mark.parametrize("sentence, expected", ON_THE_AUXILIARY, ids=[row[0] for row in ON_THE_AUXILIARY])
def test_subject_hung_on_the_auxiliary(sentence, expected):
    assert figure_records(sentence) == [figure(sentence, *row) for row in expected]
