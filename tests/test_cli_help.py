"""Every command has help text, and `accords --help` lists them all (sqlite-utils habit)."""

from __future__ import annotations

import pytest
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


def test_readme_names_only_real_commands_and_options():
    """Every `accords CMD --option` the README shows exists (sqlite-utils keeps docs honest)."""
    import re
    from pathlib import Path

    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    root = get_command(app)
    shown = re.findall(r"^(?:\$ )?accords (\w[\w-]*)([^\n#]*)", readme, flags=re.M)
    assert len(shown) >= 15
    for name, rest in shown:
        assert name in root.commands, f"README shows `accords {name}`, which does not exist"
        command = root.commands[name]
        if hasattr(command, "commands"):
            sub = rest.split()[0] if rest.split() else None
            assert sub is None or sub.split("|")[0] in command.commands, f"README shows `accords {name} {sub}`"
            continue
        options = {opt for param in command.params for opt in getattr(param, "opts", [])}
        for option in re.findall(r"(--[\w-]+)", rest):
            assert option in options, f"README shows `accords {name} {option}`, which it does not take"
