"""A small progress bar for long-running management commands (no extra dependency)."""

import sys
import time


class Progress:
    """Redraws one line on a terminal; prints every tenth step when output is a file or CI log."""

    def __init__(self, total: int, label: str, stream=None, width: int = 30):
        self.total = max(total, 1)
        self.label = label
        self.stream = stream or sys.stdout
        self.width = width
        self.done = 0
        self.started = time.perf_counter()
        self.interactive = hasattr(self.stream, "isatty") and self.stream.isatty()
        self._last_decile = -1

    def advance(self, steps: int = 1) -> None:
        self.done = min(self.done + steps, self.total)
        decile = self.done * 10 // self.total
        if self.interactive:
            self.stream.write("\r" + self.render())
            self.stream.flush()
        elif decile != self._last_decile:
            self._last_decile = decile
            self.stream.write(self.render() + "\n")

    def render(self) -> str:
        filled = self.width * self.done // self.total
        bar = "#" * filled + "-" * (self.width - filled)
        return f"{self.label:<22} [{bar}] {self.done}/{self.total} ({self.rate():.0f}/s)"

    def rate(self) -> float:
        elapsed = time.perf_counter() - self.started
        return self.done / elapsed if elapsed > 0 else 0.0

    def finish(self) -> float:
        """End the line; returns the elapsed seconds."""
        if self.interactive:
            self.stream.write("\n")
        return time.perf_counter() - self.started
