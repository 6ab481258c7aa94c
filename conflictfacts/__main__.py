"""`python -m conflictfacts`: the same as the conflictfacts command."""

from conflictfacts.cli import main

main()
