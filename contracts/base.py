"""What every feed contract is made of: an event type's payload model, and a feed as the set of them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, model_validator


class EventPayload(BaseModel):
    """The payload of one event type. ``event_type`` and ``aggregate_type`` name it on the feed.

    Producers build it with every field (unknown fields are refused: ``extra="forbid"``); consumers read it
    with :meth:`FeedContract.parse`, which ignores fields they do not know yet, so a producer may add a field
    before its consumers use it.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    event_type: ClassVar[str]
    aggregate_type: ClassVar[str]
    bulk: ClassVar[bool] = False
    """Built set-based in SQL by the producer (parallel arrays, up to a thousand rows per event)."""
    example: ClassVar[dict[str, Any]]
    """A realistic payload, shown in ``docs/contracts.md`` and fed through every consumer by the contract
    tests."""

    def to_payload(self) -> dict[str, Any]:
        """The JSON object stored in the outbox: dates as ``YYYY-MM-DD``, ids as strings."""
        return self.model_dump(mode="json")

    @property
    def envelope_county(self) -> str | None:
        """The accounting county the event belongs to (the envelope's ``county_code``)."""
        value = getattr(self, "county_code", None)
        return value if isinstance(value, str) else None


class ParallelArrays(EventPayload):
    """A bulk event: each listed field is an array and the i-th elements belong to one row."""

    columns: ClassVar[tuple[str, ...]]

    @model_validator(mode="after")
    def _same_lengths(self) -> ParallelArrays:
        lengths = {name: len(getattr(self, name)) for name in self.columns}
        if len(set(lengths.values())) > 1:
            raise ValueError(f"parallel arrays of different lengths: {lengths}")
        return self


Policy = Literal["stop", "set_aside"]
"""What a consumer does with an event it cannot apply, after recording it as a dead letter: ``stop`` before it
until an operator retries or discards it (order matters: money), or ``set_aside`` and go on."""


class FeedContract:
    """One producer's feed: the event types it may emit, and its consumers with their failure policy."""

    def __init__(
        self,
        producer: str,
        consumers: Mapping[str, Policy],
        events: Iterable[type[EventPayload]],
        description: str,
    ) -> None:
        self.producer = producer
        self.consumers = dict(consumers)
        self.description = description
        self.events: Mapping[str, type[EventPayload]] = {e.event_type: e for e in events}

    def model(self, event_type: str) -> type[EventPayload] | None:
        return self.events.get(event_type)

    def parse(self, event_type: str, payload: Mapping[str, Any]) -> EventPayload | None:
        """The typed payload of a known event type, ``None`` for a type this contract does not declare;
        raises :class:`pydantic.ValidationError` when the payload breaks its contract."""
        model = self.events.get(event_type)
        if model is None:
            return None
        return model.model_validate(payload, extra="ignore")
