"""The `inspection-nlp` command line: a typer app whose commands are thin wrappers over the library.

Each sub-module registers its commands on `app`; the library (everything outside `nlp/cli/`) never
imports typer.
"""

from __future__ import annotations

import importlib

import typer
from typer.core import TyperArgument


def _argument_name(self: TyperArgument) -> str:
    """Click's own spelling of an argument in usage lines and help: `PATHS...`, `[RELEASES]...`."""
    name = (self.metavar or self.name or "").upper()
    name = name if self.required else f"[{name}]"
    return f"{name}..." if self.nargs != 1 and not self.metavar else name


# typer 0.29 writes required arguments as `{paths}` and adds their Python type (`<list[Path]>`) in help;
# both read as placeholders to fill in. There is no setting for it, so the two methods are replaced here.
TyperArgument._usage_display_name = _argument_name
TyperArgument._rich_display_name = _argument_name
TyperArgument.display_type_rich = lambda self, ctx: None

app = typer.Typer(
    name="inspection-nlp",
    help="Read inspection press releases: what inspectors praised, criticised and asked to be done.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # plain click help: rich's panels printed `<bool>` after flags, `{paths}` for arguments, and cut option
    # names at 80 columns
    rich_markup_mode=None,
)

# Sub-modules that add commands to `app`; missing ones (work in progress) are skipped.
for _name in ("summarise", "train", "evaluate", "corpus", "annotate", "annotations", "trends"):
    try:
        importlib.import_module(f"{__name__}.{_name}")
    except ModuleNotFoundError as err:
        if err.name != f"{__name__}.{_name}":
            raise

__all__ = ["app"]
