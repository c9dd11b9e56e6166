"""The workload's operations, one module per producing service; each is ``async def op(sim: Simulator)``."""
