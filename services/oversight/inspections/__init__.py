"""Daily inspection (日常巡查): plans, visits with findings and documents, the rectification follow-up."""
