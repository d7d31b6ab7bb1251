"""Helpers shared by the commands: turning library errors into one line on stderr and an exit code."""

from __future__ import annotations

import contextlib
import sys
import warnings
from typing import NoReturn

import typer

from ..errors import InspectionNLPError


def fail(message: str, code: int = 1) -> NoReturn:
    """Print one line on stderr and exit with `code`."""
    typer.echo(f"inspection-nlp: error: {message}", err=True)
    raise typer.Exit(code)


@contextlib.contextmanager
def user_errors():
    """Run a command body, turning our exceptions into a one-line error and warnings into stderr lines."""
    def show(message, category, filename, lineno, file=None, line=None):
        print(f"inspection-nlp: warning: {message}", file=sys.stderr)

    old = warnings.showwarning
    warnings.showwarning = show
    try:
        yield
    except InspectionNLPError as err:
        fail(str(err), err.exit_code)
    except KeyboardInterrupt:
        fail("interrupted", 130)
    finally:
        warnings.showwarning = old
