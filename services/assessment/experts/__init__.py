"""The expert pool: membership, counties served, qualification, status over time, declared ties; CSV import;
quality per expert."""
