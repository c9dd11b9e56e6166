"""Insured persons (参保人): enrolment, status over time, coverage on a date."""
