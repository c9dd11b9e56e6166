"""API clients and their keys: create, rotate (old key valid for a grace period), revoke."""
