"""The counties' fund budgets (预算) by version, the city's as their sum, and their execution against the
ledger."""
