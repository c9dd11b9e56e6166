"""Annual contribution bills and the payments that settle them (筹资与缴费)."""
