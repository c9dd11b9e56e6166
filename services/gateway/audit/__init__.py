"""The append-only audit log of mutating calls: who, what, when, outcome, request id."""
