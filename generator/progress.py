"""Progress of a long extraction: a bar on a terminal, plain log lines otherwise."""
from __future__ import annotations

import sys
import time


class Progress:
    """Articles done / total, words per second and time left."""

    LOG_EVERY = 10.0   # seconds between log lines when output is not a terminal

    def __init__(self, total: int, enabled: bool = True, stream=None) -> None:
        self.total, self.done_count, self.words = total, 0, 0
        self.stream = stream or sys.stderr
        self.enabled = enabled and total > 0
        self.tty = self.stream.isatty()
        self.started = self.last_log = time.monotonic()

    def advance(self, words: int) -> None:
        self.done_count += 1
        self.words += words
        if not self.enabled:
            return
        now = time.monotonic()
        if self.tty:
            self.stream.write("\r" + self.line(now))
            self.stream.flush()
        elif now - self.last_log >= self.LOG_EVERY or self.done_count == self.total:
            self.last_log = now
            print(f"extract: {self.line(now)}", file=self.stream, flush=True)

    def line(self, now: float) -> str:
        elapsed = max(now - self.started, 1e-6)
        rate = self.done_count / elapsed
        left = (self.total - self.done_count) / rate if rate else 0
        width = 24
        filled = int(width * self.done_count / self.total) if self.total else width
        bar = "#" * filled + "-" * (width - filled)
        return (f"[{bar}] {self.done_count}/{self.total} articles, "
                f"{self.words / elapsed:,.0f} words/s, {left:,.0f}s left")

    def done(self) -> None:
        if self.enabled and self.tty:
            self.stream.write("\n")
            self.stream.flush()
