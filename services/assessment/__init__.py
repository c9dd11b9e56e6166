"""Disability assessment: applications, the expert pool, panel draws, scale scoring with versioned rule sets,
conclusions, objections and re-assessment."""
