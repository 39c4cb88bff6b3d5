"""The upstream simulator: a realistic Headroom app database with its defects."""
