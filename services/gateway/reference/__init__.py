"""Reference data of the gateway: the demo API clients of a local run."""
