"""The `inspection-nlp` command line: a typer app whose commands are thin wrappers over the library.

Each sub-module registers its commands on `app`; the library (everything outside `nlp/cli/`) never
imports typer.
"""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(
    name="inspection-nlp",
    help="Read inspection press releases: what inspectors praised, criticised and asked to be done.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# Sub-modules that add commands to `app`; missing ones (work in progress) are skipped.
for _name in ("summarise", "train", "evaluate", "corpus", "annotate", "annotations", "trends"):
    try:
        importlib.import_module(f"{__name__}.{_name}")
    except ModuleNotFoundError as err:
        if err.name != f"{__name__}.{_name}":
            raise

__all__ = ["app"]
