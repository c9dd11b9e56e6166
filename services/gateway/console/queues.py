"""A contractor's work queues (经办工作台), limited to its counties by the API itself: applications waiting
for a panel, on-site visits due with their working-day deadlines, records sampled for first and second review
(approve / reject with a reason, in bulk), open disputes, and the settlement of a month (run it, review its
totals, record the payout)."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(include_in_schema=False)
