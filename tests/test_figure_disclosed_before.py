"""Figures a later statement points back to (session 24): 'X, who disclosed this to journalists,
said ...' after a lead that states figures with no source makes them X's: words whose whole
content is the pronoun, the object of a verb of making known, are no position but point back.
Records as (text, unit, claimant's key, source in words).
"""
from __future__ import annotations

from dataclasses import asdict

import pytest

from conftest import extract


def records(text: str) -> list[dict]:
    return [{k: v for k, v in asdict(f).items() if k in ("text", "unit", "actor", "source")} for f in extract(text).figures]


LEAD = "At least 2,300 people have been displaced after heavy rain swept through 17 villages in Tana River County."


def row(text: str, unit: str, actor: str | None, source: str | None = None) -> dict:
    return {"text": text, "unit": unit, "actor": actor, "source": source}


POINTED_BACK = [
    (LEAD + " The county's disaster coordinator, Hassan Galgalo, who disclosed this to reporters in Hola, said the "
     "number could rise.",
     [row("At least 2,300", "people", "Hassan Galgalo"), row("17", "villages", "Hassan Galgalo")]),
    (LEAD + " Red Cross official Amina Noor revealed this to the Daily Ledger on Monday.",
     [row("At least 2,300", "people", "Amina Noor"), row("17", "villages", "Amina Noor")]),
    # NEGATIVE: the pronoun is no object of making known, the verb is denied or only tried,
    # the statement is two sentences on
    (LEAD + " Governor Ali Hiribae denied this on Monday.",
     [row("At least 2,300", "people", None), row("17", "villages", None)]),
    (LEAD + " Governor Ali Hiribae declined to confirm this.",
     [row("At least 2,300", "people", None), row("17", "villages", None)]),
    (LEAD + " Roads were cut. Governor Ali Hiribae disclosed this to reporters.",
     [row("At least 2,300", "people", None), row("17", "villages", None)]),
    (LEAD + " Governor Ali Hiribae said this was a disaster.",
     [row("At least 2,300", "people", None), row("17", "villages", None)]),
]


@pytest.mark.parametrize("text, expected", POINTED_BACK, ids=[r[0][len(LEAD) + 1:] for r in POINTED_BACK])
def test_statement_pointing_back(text, expected):
    assert records(text) == expected
