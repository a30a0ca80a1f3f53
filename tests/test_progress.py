"""Progress of long runs: a bar on a terminal, plain log lines otherwise."""
from __future__ import annotations

import io

from generator.progress import Progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_log_lines_when_not_a_terminal():
    out = io.StringIO()
    progress = Progress(3, stream=out)
    for _ in range(3):
        progress.advance(100)
    progress.done()
    lines = out.getvalue().splitlines()
    assert lines and lines[-1].startswith("extract: [") and "3/3 articles" in lines[-1]
    assert "words/s" in lines[-1] and "s left" in lines[-1]


def test_a_bar_redrawn_in_place_on_a_terminal():
    out = Terminal()
    progress = Progress(2, stream=out)
    progress.advance(10)
    progress.advance(10)
    progress.done()
    text = out.getvalue()
    assert text.count("\r") == 2 and "1/2 articles" in text and "2/2 articles" in text and text.endswith("\n")
