"""What the benchmarks share: free ports for the processes they start, and wrk runs read into numbers."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from services.launcher import free_ports

__all__ = ["WrkResult", "free_ports", "run_wrk"]

_LATENCY = re.compile(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$", re.M)
_RPS = re.compile(r"Requests/sec:\s+([\d.]+)")
_UNIT_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


@dataclass(frozen=True)
class WrkResult:
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    errors: str
    output: str = ""  # wrk's whole report (a Lua script's ``done`` may add lines of its own)


def run_wrk(
    url: str,
    *,
    connections: int,
    seconds: int,
    headers: dict[str, str] | None = None,
    script: Path | None = None,
    timeout_seconds: int | None = None,
) -> WrkResult:
    """``wrk --latency`` against ``url`` (a Lua ``script`` may shape the requests). wrk counts a response
    slower than ``timeout_seconds`` (its default: 2) as a timeout error, not as a latency."""
    command = [
        "wrk",
        "-t",
        str(min(2, connections)),
        "-c",
        str(connections),
        "-d",
        f"{seconds}s",
        "--latency",
    ]
    if timeout_seconds is not None:
        command += ["--timeout", f"{timeout_seconds}s"]
    for name, value in (headers or {}).items():
        command += ["-H", f"{name}: {value}"]
    if script is not None:
        command += ["-s", str(script)]
    out = subprocess.run([*command, url], check=True, capture_output=True, text=True).stdout
    rps = float(_RPS.search(out).group(1))  # type: ignore[union-attr]
    latency = {m.group(1): float(m.group(2)) * _UNIT_MS[m.group(3)] for m in _LATENCY.finditer(out)}
    problems = [line.strip() for line in out.splitlines() if "Non-2xx" in line or "Socket errors" in line]
    return WrkResult(rps, latency["50"], latency["99"], "; ".join(problems) or "none", out)
