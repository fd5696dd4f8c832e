"""A one-line progress display for long runs: count, rate, ETA — on a terminal only.

In a pipe or a log file a progress bar is noise (and ``\\r`` garbage), so it is shown only
when stderr is a terminal; the run's summary is printed either way by the caller.
"""
from __future__ import annotations

import sys
import time
from typing import Optional, TextIO


class Progress:
    def __init__(self, total: Optional[int] = None, stream: TextIO = sys.stderr, enabled: Optional[bool] = None,
                 label: str = "articles"):
        self.total = total
        self.stream = stream
        self.enabled = stream.isatty() if enabled is None else enabled
        self.label = label
        self.start = time.monotonic()
        self._last = 0.0
        self._width = 0

    def update(self, done: int, added: int = 0, bad: int = 0, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self._last < 0.2:
            return
        self._last = now
        self._write(self.line(done, added, bad, now - self.start))

    def line(self, done: int, added: int, bad: int, elapsed: float) -> str:
        rate = done / elapsed if elapsed > 0 else 0.0
        head = f"{done:,}/{self.total:,}" if self.total else f"{done:,}"
        parts = [f"{head} {self.label}", f"{rate:,.1f}/s", f"{added:,} new"]
        if bad:
            parts.append(f"{bad:,} bad")
        if self.total and rate > 0 and done < self.total:
            parts.append("ETA " + _clock((self.total - done) / rate))
        if self.total:
            filled = int(20 * min(done, self.total) / self.total)
            parts.insert(0, "[" + "#" * filled + "." * (20 - filled) + "]")
        return " · ".join(parts)

    def message(self, text: str) -> None:
        """A line above the progress line (a refused record, a warning)."""
        if self.enabled:
            self._write("")
            self.stream.write("\r")
        self.stream.write(text + "\n")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled and self._width:
            self._write("")
            self.stream.write("\r")
            self.stream.flush()

    def _write(self, text: str) -> None:
        pad = max(0, self._width - len(text))
        self.stream.write("\r" + text + " " * pad)
        self.stream.flush()
        self._width = len(text)


def _clock(seconds: float) -> str:
    s = int(seconds)
    h, rest = divmod(s, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"
