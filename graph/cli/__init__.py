"""The ``dipgraph`` command line: a thin click layer over the stage functions.

Each command lives in a module of this package (``build``, ``query``, ``validate``, ``serve``,
``analyze``, ``export``, ``html``, ``explain``) and is imported only when it runs, so ``dipgraph --help``
stays fast. Every :class:`~graph.errors.DipgraphError` is printed as ``Error: ...`` on one line;
``--debug`` shows the traceback instead.

Example
-------
>>> from click.testing import CliRunner
>>> CliRunner().invoke(cli, ["--version"]).output.startswith("dipgraph ")
True
"""

from __future__ import annotations

import importlib
import sys

import click

from .. import __version__
from ..errors import DipgraphError

#: command name -> module under graph.cli holding a click command called ``command``.
COMMANDS = {
    "build": "build",
    "query": "query",
    "validate": "validate",
    "serve": "serve",
    "analyze": "analyze",
    "export": "export",
    "html": "html",
    "explain": "explain",
    "store": "store",
}


class LazyGroup(click.Group):
    """A group that imports each command's module only when that command is used."""

    def list_commands(self, ctx):
        """The command names whose module is installed, sorted (without importing them)."""
        return sorted(name for name, mod in COMMANDS.items() if importlib.util.find_spec(f"{__name__}.{mod}"))

    def get_command(self, ctx, name):
        """The command ``name``, its module imported now (``None`` for an unknown name)."""
        if name not in COMMANDS:
            return None
        try:
            module = importlib.import_module(f"{__name__}.{COMMANDS[name]}")
        except ModuleNotFoundError as err:
            if err.name == f"{__name__}.{COMMANDS[name]}":
                return None
            raise
        return module.command


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="dipgraph", message="%(prog)s %(version)s")
@click.option("--debug", is_flag=True, help="Show full tracebacks on errors.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """Build and explore a diplomatic actor knowledge graph from news articles.

    \b
    Example:
        dipgraph build examples/corpus -o out
        dipgraph query out/graph.trig who-supports --param actor=AZE
    """
    ctx.obj = {"debug": debug}


def main(argv: list[str] | None = None) -> int:
    """Console-script entry point: run the CLI and turn errors into one line."""
    args = sys.argv[1:] if argv is None else argv
    debug = "--debug" in args
    try:
        cli.main(args=args, prog_name="dipgraph", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        return 130
    except click.ClickException as err:
        err.show()
        return err.exit_code
    except click.exceptions.Exit as err:
        return err.exit_code
    except DipgraphError as err:
        if debug:
            raise
        click.echo(f"Error: {err}", err=True)
        return err.exit_code
    except KeyboardInterrupt:
        click.echo("Interrupted.", err=True)
        return 130
    except OSError as err:  # an output folder that is a file, a full disk, no permission
        if debug:
            raise
        where = f"{err.filename}: " if err.filename else ""
        click.echo(f"Error: {where}{err.strerror or err}", err=True)
        return 1
    return 0
