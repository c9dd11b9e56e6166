"""Performance evaluations (绩效评价) of contractors, institutions and experts under an approved scheme
version: computed indicators from the services' KPI reports (snapshotted as evidence), the bureau's manual
scores, third-party scores by assigned evaluators, beneficiary satisfaction surveys imported as files;
scored → published → objection → final (``evaluation.finalized``)."""
