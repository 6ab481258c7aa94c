"""The Typer app with every command: importing a command's module registers it on the app,
and --help lists them in this order."""

# isort: off
from conflictfacts.cli import ask, listing, timeline, show, sources, documents  # noqa: F401
from conflictfacts.cli import verify, evaluate, extract, check, export  # noqa: F401
from conflictfacts.cli import caching, completion  # noqa: F401

# isort: on
from conflictfacts.cli.app import app, app_for, main

__all__ = ["app", "app_for", "main"]
