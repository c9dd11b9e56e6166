"""Disability levels in force migrated from the old system: a streamed file import with per-row errors."""
