"""`make bench`: run the benchmarks and append their tables to bench/RESULTS.md.

python -m bench                   # all of them
python -m bench gateway [...]     # one, with its own options
python -m bench enrollment [...]
python -m bench assessment [...]
python -m bench settlement [...]
python -m bench uploads [...]       # raw body vs multipart form, at the service
python -m bench requests [...]    # per-request ladder: minimal asyncpg app / service / gateway
python -m bench evaluations [...] # performance evaluation at city scale: the service vs a SQL pass
python -m bench projection [...]  # the policy calculation (测算) of a city year vs a SQL pass
python -m bench chaos [...]       # seeded fault injection (`make chaos`); not part of the run of them all
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from bench import (
    assessment_panel_draws,
    enrollment_import,
    gateway_overhead,
    oversight_evaluations,
    per_request,
    projection,
    settlement_month,
    upload_transport,
)

BENCHMARKS: dict[str, Callable[[list[str]], int]] = {
    "gateway": gateway_overhead.main,
    "enrollment": enrollment_import.main,
    "assessment": assessment_panel_draws.main,
    "settlement": settlement_month.main,
    "uploads": upload_transport.main,
    "requests": per_request.main,
    "evaluations": oversight_evaluations.main,
    "projection": projection.main,
}


def main(argv: list[str]) -> int:
    if argv and argv[0] == "chaos":  # the services as they run, replay check and all
        from bench.chaos.run import main as chaos

        return chaos(argv[1:])
    # The benchmarks measure capacity from one address with one key: the gateway's rate limits would be
    # what they measure. The gateway benchmark's direct row replays one signed call (wrk cannot sign).
    os.environ.setdefault("LTC_RATE_LIMITS_ENABLED", "false")
    os.environ.setdefault("LTC_SIGNATURE_REPLAY_CHECK", "false")
    if argv and argv[0] in BENCHMARKS:
        return BENCHMARKS[argv[0]](argv[1:])
    if argv:  # `--help`, a typo: say what there is rather than start an hour of benchmarks
        print(__doc__)
        return 0 if argv[0] in ("-h", "--help", "help") else 2
    return max(run([]) for run in BENCHMARKS.values())


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
