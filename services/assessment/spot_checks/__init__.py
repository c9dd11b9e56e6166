"""Spot checks (抽查复核): a random sample of conclusions in force, each re-assessed by a new panel."""
