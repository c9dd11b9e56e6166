"""Oversight's consumer of settlement's feed: the institutions it supervises and what became of the money it
ordered recovered."""

from services.oversight.feeds.consumer import SettlementConsumer

__all__ = ["SettlementConsumer"]
