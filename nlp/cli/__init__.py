"""The `inspection-nlp` command line: a typer app whose commands are thin wrappers over the library.

One module per command or command group, each registering on `app`: summarise, train, evaluate, trends,
report, corpus (group), annotate (group), annotations (group); common.py holds what they share (the
one-line errors and exit codes, the project options). The library (everything outside `nlp/cli/`) never
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
TyperArgument._usage_display_name = _argument_name  # type: ignore[method-assign]
TyperArgument._rich_display_name = _argument_name  # type: ignore[method-assign]
TyperArgument.display_type_rich = lambda self, ctx: None  # type: ignore[method-assign]

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


def version() -> str:
    """The installed distribution's version (pyproject.toml)."""
    from importlib import metadata  # 40 ms: not on every start

    try:
        return metadata.version("inspection-nlp")
    except metadata.PackageNotFoundError:
        return "unknown (not installed)"


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"inspection-nlp {version()}")
        raise typer.Exit()


@app.callback()
def main(
    show_version: bool = typer.Option(False, "--version", callback=_show_version, is_eager=True,
                                      help="Print the version and exit."),
) -> None:
    """Read inspection press releases: what inspectors praised, criticised and asked to be done.

    Summarising works anywhere (the models are installed with the package); training, annotation and
    evaluation work on a project directory holding corpus/ and annotations/ (the current one, or --project).
    Example: inspection-nlp summarise release.txt --format json
    """

# Sub-modules that add commands to `app`; missing ones (work in progress) are skipped.
for _name in ("summarise", "train", "evaluate", "corpus", "annotate", "annotations", "trends", "report"):
    try:
        importlib.import_module(f"{__name__}.{_name}")
    except ModuleNotFoundError as err:
        if err.name != f"{__name__}.{_name}":
            raise

__all__ = ["app"]
