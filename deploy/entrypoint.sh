#!/bin/sh
# Entry point of the ltc-platform image: one image, five services, one migration command.
#
#   serve                  (default) run the service named by LTC_SERVICE on port 8000
#   migrate [--no-demo]    every service's Alembic migrations, then the reference data (one-shot)
#   wait-for-migrations    block until the database is at this image's migration heads (init container)
#   probe [PATH]           exit 0 if http://127.0.0.1:8000/PATH answers 200 (default /readyz)
#   anything else          executed as given, e.g. `python -m services.launcher check-migrations`
#
# Configuration is the LTC_* environment that shared/settings.py reads. In a container LTC_DATABASE_URL is
# required: unset, the code would quietly start an embedded PostgreSQL inside the container and keep the
# fund's data in a throw-away filesystem. uvicorn also reads UVICORN_* variables (the image sets
# UVICORN_TIMEOUT_KEEP_ALIVE and UVICORN_TIMEOUT_GRACEFUL_SHUTDOWN) and FORWARDED_ALLOW_IPS.
#
# Worker processes: LTC_<SERVICE>_WORKERS, else LTC_WORKERS, else 1 (the README's "Workers" says when more
# pay). With more than one, the workers' Prometheus metrics are merged through PROMETHEUS_MULTIPROC_DIR
# (default /tmp/ltc-metrics/<service>, emptied here first), and the gateway refuses to start with its rate
# limits in memory (set LTC_RATE_LIMIT_STORAGE_URL).
set -eu

SERVICES="enrollment assessment settlement oversight gateway"
PORT=8000
HERE="$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd)"

die() {
    printf 'ltc-entrypoint: %s\n' "$*" >&2
    exit 64
}

require_database_url() {
    [ -n "${LTC_DATABASE_URL:-}" ] ||
        die "LTC_DATABASE_URL is not set; the image never falls back to an embedded database"
}

require_internal_secret() {
    [ -n "${LTC_INTERNAL_SECRET:-}" ] ||
        die "LTC_INTERNAL_SECRET is not set; the gateway and the services must share one (>= 32 characters)"
    [ "${#LTC_INTERNAL_SECRET}" -ge 32 ] ||
        die "LTC_INTERNAL_SECRET is shorter than 32 characters; generate one with: openssl rand -base64 48"
}

serve() {
    service="${LTC_SERVICE:-}"
    [ -n "$service" ] || die "LTC_SERVICE is not set; choose one of: $SERVICES"
    case " $SERVICES " in
        *" $service "*) ;;
        *) die "LTC_SERVICE=$service is not one of: $SERVICES" ;;
    esac
    require_database_url
    require_internal_secret
    workers="$(service_workers "$service")"
    if [ "$workers" -gt 1 ]; then
        PROMETHEUS_MULTIPROC_DIR="${PROMETHEUS_MULTIPROC_DIR:-/tmp/ltc-metrics/$service}"
        rm -rf "$PROMETHEUS_MULTIPROC_DIR"
        mkdir -p "$PROMETHEUS_MULTIPROC_DIR"
        export PROMETHEUS_MULTIPROC_DIR
    else
        unset PROMETHEUS_MULTIPROC_DIR
    fi
    exec uvicorn "services.${service}.app:create_app" --factory \
        --host 0.0.0.0 --port "$PORT" --no-access-log --workers "$workers"
}

service_workers() {
    name="$(printf 'LTC_%s_WORKERS' "$1" | tr '[:lower:]' '[:upper:]')"
    eval "workers=\${$name:-\${LTC_WORKERS:-1}}"
    case "$workers" in
        '' | *[!0-9]* | 0) die "$name / LTC_WORKERS must be a whole number >= 1, not '$workers'" ;;
    esac
    printf '%s\n' "$workers"
}

probe() {
    exec python - "${1:-/readyz}" "$PORT" <<'PY'
import sys
import urllib.request

path, port = sys.argv[1], sys.argv[2]
opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never via an HTTP(S)_PROXY
try:
    with opener.open(f"http://127.0.0.1:{port}{path}", timeout=4) as response:
        sys.exit(0 if response.status == 200 else 1)
except Exception as exc:  # HTTPError (503 not ready), URLError (not listening), timeout
    print(f"probe {path}: {exc}", file=sys.stderr)
    sys.exit(1)
PY
}

command="${1:-serve}"
[ "$#" -gt 0 ] && shift
case "$command" in
    serve)
        serve
        ;;
    migrate)
        require_database_url
        exec python -m services.launcher migrate "$@"
        ;;
    wait-for-migrations)
        require_database_url
        exec python "$HERE/wait_for_migrations.py" "$@"
        ;;
    probe)
        probe "$@"
        ;;
    *)
        exec "$command" "$@"
        ;;
esac
