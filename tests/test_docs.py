"""Every command has help text and appears in the README (sqlite-utils' test_docs.py)."""

import pytest
import typer.main

from nlp.cli import app


def _commands(group, prefix: str = ""):
    # typer vendors its own click, so groups are recognised by their sub-commands, not by class
    for name, command in group.commands.items():
        full = f"{prefix}{name}"
        if hasattr(command, "commands"):
            yield from _commands(command, full + " ")
        else:
            yield full, command


COMMANDS = list(_commands(typer.main.get_command(app)))


def test_there_are_commands():
    assert {"summarise", "train", "corpus import"} <= {name for name, _ in COMMANDS}


@pytest.mark.parametrize("name, command", COMMANDS, ids=[name for name, _ in COMMANDS])
def test_command_has_help_and_is_in_readme(root, name, command):
    assert command.help and len(command.help.strip()) > 20
    assert "Example:" in command.help
    assert f"inspection-nlp {name}" in (root / "README.md").read_text(encoding="utf-8")
