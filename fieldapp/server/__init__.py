"""The hub: accepts, merges and serves operations whatever brings them; its HTTP front; its storage."""
