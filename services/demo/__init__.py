"""The demo world that ``make run`` loads on a fresh database, and the walkthrough that ``make demo`` runs
against it (see the README's quickstart)."""
