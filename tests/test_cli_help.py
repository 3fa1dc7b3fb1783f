"""Every command has help text, and `accords --help` lists them all (sqlite-utils habit)."""

from __future__ import annotations

import pytest
import typer
from typer.main import get_command
from typer.testing import CliRunner

from accords.cli import app

runner = CliRunner()


def _commands():
    root = get_command(app)
    for name, command in sorted(root.commands.items()):
        yield (name,), command
        for sub_name, sub in sorted(getattr(command, "commands", {}).items()):
            yield (name, sub_name), sub


COMMANDS = list(_commands())


@pytest.mark.parametrize(("path", "command"), COMMANDS, ids=[" ".join(p) for p, _ in COMMANDS])
def test_every_command_has_help(path, command):
    assert (command.help or "").strip(), f"accords {' '.join(path)} has no help text"
    result = runner.invoke(app, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage: accords " + " ".join(path) in " ".join(result.output.split())


def test_top_level_help_lists_every_command():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for path, _ in COMMANDS:
        if len(path) == 1:
            assert path[0] in result.output
