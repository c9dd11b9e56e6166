"""A person's own account (我的账户): change the password, turn the second factor (TOTP) on or off."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(include_in_schema=False)
