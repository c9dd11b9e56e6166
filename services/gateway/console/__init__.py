"""The web console (控制台): server-rendered pages (Jinja2 + htmx) served by the gateway, for people signed
in with a staff account. Every figure comes from the public API, called through the gateway's own stack as
the signed-in person (``calls``)."""
