"""Accounting units (核算单位): the counties every person, yuan and record is accounted to."""
