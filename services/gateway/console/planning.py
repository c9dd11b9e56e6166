"""Fund planning's pages (基金规划): budget execution, projections (测算) side by side, the quarterly
bulletin (数据通报), as the API shows them to the signed-in person."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(include_in_schema=False)
