"""Final accounts (决算) per county and year, from the approved annual clearing against the budget."""
