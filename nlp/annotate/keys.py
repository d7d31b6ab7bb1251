"""Keys: one at a time from a terminal, one per line otherwise (an empty line is Enter, end of input ends)."""

from __future__ import annotations

import sys
from typing import TextIO

ENTER = "enter"


class KeyReader:
    """One key at a time from a terminal; one key per line otherwise (empty line = Enter, EOF = None).

    >>> import io
    >>> keys = KeyReader(io.StringIO("S\\n\\nLeeds YJS\\n"))
    >>> keys.key(), keys.key(), keys.line(), keys.key()
    ('s', 'enter', 'Leeds YJS', None)
    """

    def __init__(self, stream: TextIO | None = None):
        self.stream = stream if stream is not None else sys.stdin
        try:
            self.tty = self.stream.isatty()
        except (AttributeError, ValueError):
            self.tty = False

    def key(self) -> str | None:
        if not self.tty:
            line = self.stream.readline()
            if not line:
                return None
            line = line.strip()
            return ENTER if not line else line.lower()
        char = self._getch()
        if char in ("\r", "\n"):
            return ENTER
        if char == "\x03":
            raise KeyboardInterrupt
        if char == "\x04":
            return None
        return char.lower()

    def line(self) -> str | None:
        """A whole line of text (surface forms, numbers); None at end of input."""
        line = self.stream.readline()
        if not line:
            return None
        return line.rstrip("\r\n")

    def _getch(self) -> str:
        # termios and tty exist only on Unix: imported here so that scripted sessions (keys on a pipe) and
        # importing this module work everywhere
        import termios
        import tty

        fd = self.stream.fileno()
        old = termios.tcgetattr(fd)
        try:
            tty.setraw(fd)
            return self.stream.read(1)
        finally:
            termios.tcsetattr(fd, termios.TCSADRAIN, old)
