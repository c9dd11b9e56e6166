"""Oversight's pages (监督管理): contractors' and institutions' evaluation scores, cases and their
recoveries, as the API shows them to the signed-in person."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(include_in_schema=False)
