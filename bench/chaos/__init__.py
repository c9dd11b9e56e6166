"""Deterministic fault injection over the feeds and the money paths (TigerBeetle's VOPR is the model).

A seed's number makes a random workload — persons enrolled one by one and by file, bills, payments (resent,
with a conflicting reference, raced), payment files, status changes, county transfers, assessments to a
conclusion in force, service records, settlement runs and re-settlements (raced), payouts (raced), fiscal
subsidies — through the real service apps on a database of its own, with the feed consumers polled by hand
and faults interleaved: requests and consumers killed between effect and commit, answers lost after the
commit, producers paused between their outbox insert and their commit while a consumer reads (and killed
there), feed pages delivered again or refused, poison events. Afterwards the invariants are checked
(``invariants``); a seed that breaks one is replayed with ``python -m bench chaos --seed N``.

``platform`` (apps, database, consumers), ``faults`` (the seams), ``workload`` (the operations),
``model`` (what the clients were told), ``invariants``, ``run`` (the command and its table).
"""
