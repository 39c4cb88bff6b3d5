"""Progress on long work: a live line on a terminal, a line every few
seconds in a log (CI), never silence."""

from __future__ import annotations

import sys
import time


class Progress:
    def __init__(self, label: str, total: int | None = None, every: float = 5.0):
        self.label = label
        self.total = total
        self.every = every
        self.tty = sys.stderr.isatty()
        self.started = time.monotonic()
        self.last = 0.0

    def update(self, what: str, done: int) -> None:
        now = time.monotonic()
        final = self.total is not None and done >= self.total
        if not final and now - self.last < (0.2 if self.tty else self.every):
            return
        self.last = now
        share = f" {done / self.total:5.1%}" if self.total else ""
        text = f"{self.label}:{share} {what} {done:,} ({now - self.started:.0f}s)"
        if self.tty:
            sys.stderr.write("\r\033[K" + text)
            if final:
                sys.stderr.write("\n")
        else:
            sys.stderr.write(text + "\n")
        sys.stderr.flush()
