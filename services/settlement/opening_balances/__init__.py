"""Opening fund balances migrated from the old system: a streamed file import posted to the ledger."""
