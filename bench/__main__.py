"""`make bench`: run the benchmarks and append their tables to bench/RESULTS.md.

python -m bench                   # all of them
python -m bench gateway [...]     # one, with its own options
python -m bench enrollment [...]
python -m bench assessment [...]
python -m bench settlement [...]
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from bench import assessment_panel_draws, enrollment_import, gateway_overhead, settlement_month

BENCHMARKS: dict[str, Callable[[list[str]], int]] = {
    "gateway": gateway_overhead.main,
    "enrollment": enrollment_import.main,
    "assessment": assessment_panel_draws.main,
    "settlement": settlement_month.main,
}


def main(argv: list[str]) -> int:
    if argv and argv[0] in BENCHMARKS:
        return BENCHMARKS[argv[0]](argv[1:])
    return max(run([]) for run in BENCHMARKS.values())


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
