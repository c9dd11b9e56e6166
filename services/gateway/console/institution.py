"""A care institution's desk (机构工作台), its own data only (the API answers nothing else): upload a month's
service records (progress on the upload and on the checks), the rows to fix, its records with their reason
codes, its statements, disputes to raise, its clients' levels and coverage."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(include_in_schema=False)
