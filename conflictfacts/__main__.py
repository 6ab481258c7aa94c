"""`python -m conflictfacts`: the same as the conflictfacts command."""

from conflictfacts.entry import main

main()
