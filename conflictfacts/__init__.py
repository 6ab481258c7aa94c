"""conflictfacts: cited facts about the Russia-Ukraine war and its peace talks."""
