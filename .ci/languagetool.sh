#!/usr/bin/env bash
# LanguageTool for tests, benchmarks and local use: fetched from Maven Central, run on 127.0.0.1.
#   .ci/languagetool.sh fetch          gather the jars into $MT_CLEANUP_LT_DIR (cached)
#   .ci/languagetool.sh start [PORT]   start the HTTP server, wait until it answers a real
#                                      /v2/check (not only /v2/healthcheck), print its URL
#   .ci/languagetool.sh stop [PORT]    stop the server this script started on PORT; without
#                                      a port, every server it started from this run folder
# Each port has its own pid file and log in the run folder ($MT_CLEANUP_LT_RUN), so two runs
# on one machine never stop each other's server.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
LT_VERSION="${MT_CLEANUP_LT_VERSION:-6.8}"
LT_DIR="${MT_CLEANUP_LT_DIR:-$HOME/.cache/mt-cleanup/languagetool-$LT_VERSION}"
RUN_DIR="${MT_CLEANUP_LT_RUN:-${TMPDIR:-/tmp}/mt-cleanup-languagetool}"
# the first check on a fresh server loads the English models: 10 s or more on 2 cores
READY_TIMEOUT="${MT_CLEANUP_LT_READY_TIMEOUT:-300}"
mkdir -p "$RUN_DIR"

fetch() {
  if [ -f "$LT_DIR/.complete" ]; then return 0; fi
  command -v mvn >/dev/null || { echo "languagetool.sh: mvn is not installed" >&2; exit 3; }
  mkdir -p "$LT_DIR"
  mvn -q -B -f "$here/languagetool/pom.xml" -Dlanguagetool.version="$LT_VERSION" \
      dependency:copy-dependencies -DoutputDirectory="$LT_DIR" -DincludeScope=runtime >&2
  ls "$LT_DIR"/languagetool-server-*.jar >/dev/null
  touch "$LT_DIR/.complete"
}

# healthy PORT: /v2/healthcheck answers
healthy() {
  python3 - "$1" <<'PY' 2>/dev/null
import sys, urllib.request
urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/v2/healthcheck", timeout=2).read()
PY
}

# checks PORT: a real /v2/check answers with matches (the models are loaded)
checks() {
  python3 - "$1" <<'PY' 2>/dev/null
import json, sys, urllib.request
with urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/v2/check",
                            data=b"language=en-US&text=This+are+a+test.", timeout=60) as r:
    assert "matches" in json.load(r)
PY
}

pid_file() { echo "$RUN_DIR/server-$1.pid"; }

# ours PID PORT: PID is a LanguageTool server listening on PORT (not a recycled pid)
ours() {
  [ -r "/proc/$1/cmdline" ] || return 1
  local cmd
  cmd="$(tr '\0' ' ' < "/proc/$1/cmdline")"
  [[ "$cmd" == *org.languagetool.server.HTTPServer* && "$cmd" == *"--port $2 "* ]]
}

wait_ready() {
  local port="$1" pid="${2:-}" waited=0
  while [ "$waited" -lt "$((READY_TIMEOUT * 2))" ]; do
    if healthy "$port" && checks "$port"; then
      echo "http://127.0.0.1:$port"; return 0
    fi
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
      echo "languagetool.sh: the server exited; its log:" >&2; tail -20 "$RUN_DIR/server-$port.log" >&2; exit 4
    fi
    sleep 0.5; waited=$((waited + 1))
  done
  echo "languagetool.sh: no answer to /v2/check on port $port after $READY_TIMEOUT s" >&2; exit 4
}

start() {
  local port="${1:-8081}"
  command -v java >/dev/null || { echo "languagetool.sh: Java 17 or newer is needed" >&2; exit 3; }
  fetch
  if healthy "$port"; then  # already running (ours or not): wait until it checks
    wait_ready "$port"; return 0
  fi
  printf 'cacheSize=1000\npipelineCaching=true\nmaxPipelinePoolSize=50\nmaxTextLength=200000\nmaxCheckThreads=2\n' \
      > "$RUN_DIR/server-$port.properties"
  nohup java -Xmx1g -cp "$LT_DIR/*" org.languagetool.server.HTTPServer \
      --port "$port" --config "$RUN_DIR/server-$port.properties" > "$RUN_DIR/server-$port.log" 2>&1 &
  local pid=$!
  echo "$pid" > "$(pid_file "$port")"
  wait_ready "$port" "$pid"
}

stop_port() {
  local port="$1" f pid
  f="$(pid_file "$port")"
  [ -f "$f" ] || return 0
  pid="$(cat "$f")"
  if ours "$pid" "$port"; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$f"
}

stop() {
  if [ $# -gt 0 ]; then
    stop_port "$1"; return 0
  fi
  local f port
  for f in "$RUN_DIR"/server-*.pid; do
    [ -e "$f" ] || continue
    port="${f##*/server-}"; port="${port%.pid}"
    stop_port "$port"
  done
}

case "${1:-}" in
  fetch) fetch ;;
  start) shift; start "$@" ;;
  stop) shift; stop "$@" ;;
  *) echo "usage: $0 fetch|start [PORT]|stop [PORT]" >&2; exit 2 ;;
esac
