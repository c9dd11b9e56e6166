"""`make bench`: run every benchmark and append its table to bench/RESULTS.md."""

from __future__ import annotations

import sys

from bench import gateway_overhead


def main() -> int:
    return gateway_overhead.main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
