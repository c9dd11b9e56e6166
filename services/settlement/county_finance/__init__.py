"""The county finance's cover of a deficit: receipts against the receivable the annual clearing books."""
