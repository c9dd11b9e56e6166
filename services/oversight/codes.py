"""Codes of oversight: contractors (商保经办机构), their service contracts and the acceptance of their
fulfilment. See ``shared/codes.py``."""

from __future__ import annotations

from shared.codes import Code

ENTRIES: tuple[Code, ...] = ()
