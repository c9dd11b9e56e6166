"""Care services and the fund: institutions, benefit rules, service records and their checks, monthly
settlement, the double-entry county fund ledger, annual clearing and the bureau's fund views."""
