"""Layout: box generation and the formatting contexts (being written)."""
