#!/usr/bin/env bash
# LanguageTool for tests, benchmarks and local use: fetched from Maven Central, run on 127.0.0.1.
#   .ci/languagetool.sh fetch          gather the jars into $MT_CLEANUP_LT_DIR (cached)
#   .ci/languagetool.sh start [PORT]   start the HTTP server, wait for /v2/healthcheck, print its URL
#   .ci/languagetool.sh stop           stop the server started by 'start'
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
LT_VERSION="${MT_CLEANUP_LT_VERSION:-6.8}"
LT_DIR="${MT_CLEANUP_LT_DIR:-$HOME/.cache/mt-cleanup/languagetool-$LT_VERSION}"
RUN_DIR="${MT_CLEANUP_LT_RUN:-${TMPDIR:-/tmp}/mt-cleanup-languagetool}"
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

healthy() {
  python3 - "$1" <<'PY' 2>/dev/null
import sys, urllib.request
urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/v2/healthcheck", timeout=2).read()
PY
}

start() {
  local port="${1:-8081}"
  command -v java >/dev/null || { echo "languagetool.sh: Java 17 or newer is needed" >&2; exit 3; }
  fetch
  if healthy "$port"; then
    echo "http://127.0.0.1:$port"; return 0
  fi
  printf 'cacheSize=1000\npipelineCaching=true\nmaxPipelinePoolSize=50\nmaxTextLength=200000\nmaxCheckThreads=2\n' > "$RUN_DIR/server.properties"
  nohup java -Xmx1g -cp "$LT_DIR/*" org.languagetool.server.HTTPServer \
      --port "$port" --config "$RUN_DIR/server.properties" > "$RUN_DIR/server.log" 2>&1 &
  echo $! > "$RUN_DIR/server.pid"
  for _ in $(seq 1 240); do
    if healthy "$port"; then
      echo "http://127.0.0.1:$port"; return 0
    fi
    if ! kill -0 "$(cat "$RUN_DIR/server.pid")" 2>/dev/null; then
      echo "languagetool.sh: the server exited; its log:" >&2; tail -20 "$RUN_DIR/server.log" >&2; exit 4
    fi
    sleep 0.5
  done
  echo "languagetool.sh: no healthcheck answer after 120 s" >&2; exit 4
}

stop() {
  if [ -f "$RUN_DIR/server.pid" ]; then
    kill "$(cat "$RUN_DIR/server.pid")" 2>/dev/null || true
    rm -f "$RUN_DIR/server.pid"
  fi
}

case "${1:-}" in
  fetch) fetch ;;
  start) shift; start "$@" ;;
  stop) stop ;;
  *) echo "usage: $0 fetch|start [PORT]|stop" >&2; exit 2 ;;
esac
