"""Employers (用人单位) by unified social credit code."""
