"""The command line: a Typer app over the core, one module per command (cli/commands.py
gathers them), and a quick path for `ask` that needs no Typer (cli/quick.py)."""
