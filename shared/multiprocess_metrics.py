"""Prometheus metrics of a service run as several uvicorn worker processes.

Each worker counts in its own memory, and a scrape of ``/metrics`` reaches one worker at random: without
more, Prometheus would see one worker's counters, jumping between workers. With ``PROMETHEUS_MULTIPROC_DIR``
set before a worker starts, ``prometheus_client`` keeps every value in memory-mapped files under it (one per
process), and :func:`exposition` merges all of them: counters and histograms are summed over the workers
(a killed worker's counts stay, as counters should), gauges follow their ``multiprocess_mode`` (the feed
gauges: the value written last, by the process that runs the consumer).

The launcher (``services.launcher``) and the image's entrypoint set the variable only when a service runs
more than one worker, to a directory of that service emptied at each start — files of a previous run's
processes would otherwise be summed in. One worker: nothing changes, the app's own registry is exposed.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.multiprocess import MultiProcessCollector

ENVIRONMENT_VARIABLE = "PROMETHEUS_MULTIPROC_DIR"


def multiprocess_dir() -> str | None:
    """The shared directory of this service's workers, or None when it runs as one process."""
    return os.environ.get(ENVIRONMENT_VARIABLE) or None


def exposition(registry: CollectorRegistry) -> bytes:
    """What ``/metrics`` answers: the app's registry, or every worker's values merged."""
    directory = multiprocess_dir()
    if directory is None:
        return generate_latest(registry)
    merged = CollectorRegistry()
    MultiProcessCollector(merged, path=directory)  # type: ignore[no-untyped-call]
    return generate_latest(merged)


def metrics_dir(data_dir: Path, service: str) -> Path:
    """Where the workers of ``service`` started by the launcher keep their metric files."""
    return data_dir / "metrics" / service


def prepare(directory: Path) -> Path:
    """An empty directory for a service's workers, made before they start."""
    shutil.rmtree(directory, ignore_errors=True)
    directory.mkdir(parents=True)
    return directory
