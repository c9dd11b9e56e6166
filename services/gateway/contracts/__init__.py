"""Contractors' service contracts as the gateway knows them: a contractor client writes only while a contract
in force covers its counties."""
