"""The assessment scale as versioned data: items, bands, combination table, self-assessment grades, policy."""
