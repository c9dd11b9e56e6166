"""Reference data the enrollment service ships with."""
