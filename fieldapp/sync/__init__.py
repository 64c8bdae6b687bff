"""Sync: the wire form of operations, the merge (fold) every replica runs, the client, and its state."""
