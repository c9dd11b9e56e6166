"""Enrollment and contributions: insured persons, employers, contribution policy, bills, payments, coverage.

Also the keeper of the accounting units (核算单位) — the 13 counties every amount is accounted to.
"""
