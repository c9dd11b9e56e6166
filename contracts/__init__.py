"""The typed contracts of the platform's event feeds: one module per feed (``contracts.enrollment``,
``contracts.assessment``, ``contracts.settlement``), each declaring every event type's payload as a pydantic
model.

Producers build their events only through these models and consumers parse them with the same models, so a
field renamed on one side is a type error or a failing contract test, not a consumer stuck in production.
The package stands between the services: it imports nothing from ``services`` or ``shared`` (only pydantic),
so every service may import it without importing another service. ``docs/contracts.md`` is generated from it
(``python -m contracts.docs > docs/contracts.md``).
"""
