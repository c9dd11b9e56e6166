"""The four services of the platform and the launcher that runs them together."""
