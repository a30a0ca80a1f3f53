"""A shorter name the article defines with bracketed initials of its own is another body, not a
short form of the longer name it is part of (session 39). Sentences written for the tests; each row
asserts the article's actors whole (name, aliases)."""
from __future__ import annotations

import pytest

from conftest import extract

ROWS = [
    # two bodies, each introduced with its own initials: two actors
    ("The Tarn Valley Regional Water Board (TVRWB) raised tariffs. The Regional Water Board (RWB) of Kessa "
     "said it would not follow.",
     [("Regional Water Board", ["RWB"]), ("Tarn Valley Regional Water Board", ["TVRWB"])]),
    ("The Orwin Memorial Teaching Hospital (OMTH) said beds were full. The Teaching Hospital (TH) in Kessa "
     "said scanners were idle.",
     [("Orwin Memorial Teaching Hospital", ["OMTH"]), ("Teaching Hospital", ["TH"])]),
    # NEGATIVE: the shorter name with no initials of its own is the longer body's short form
    ("The Tarn Valley Regional Water Board (TVRWB) raised tariffs. The Regional Water Board said the rise "
     "was needed.",
     [("Tarn Valley Regional Water Board", ["Regional Water Board", "TVRWB"])]),
    # NEGATIVE: initials that are the longer name's, not the shorter one's: the longer body's short form
    ("The Kessa National Farmers Union said prices fell. The National Farmers Union (KNFU) said it would "
     "meet ministers.",
     [("Kessa National Farmers Union", ["KNFU", "National Farmers Union"])]),
    ("The Kessan Armed Forces said the border was calm. The Armed Forces (KAF) said troops would stay.",
     [("Kessan Armed Forces", ["Armed Forces", "KAF"])]),
    # NEGATIVE: the same initials written again name the same body
    ("The Tarn Valley Regional Water Board (TVRWB) raised tariffs. The Regional Water Board (TVRWB) said "
     "the rise was needed.",
     [("Tarn Valley Regional Water Board", ["Regional Water Board", "TVRWB"])]),
]


@pytest.mark.parametrize("text, expected", ROWS, ids=[r[0][:60] for r in ROWS])
def test_a_body_defined_by_initials_of_its_own(text, expected):
    assert sorted((m.name, sorted(m.aliases)) for m in extract(text).mentions if m.type == "organization") == expected
