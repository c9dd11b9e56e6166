"""Reference data of the oversight service."""
