"""Contribution policy per year (筹资标准) as data: amount per person, shares, grace period."""
