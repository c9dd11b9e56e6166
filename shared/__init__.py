"""The project's domain-free kit: settings, database sessions, errors, pagination, money, identifiers,
logging, health and metrics, the signed principal, the transactional outbox and its consumers.

Nothing in here knows about insured persons, experts or ledgers; every service builds on it.
"""
