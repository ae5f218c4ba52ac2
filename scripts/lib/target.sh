# Sourced by backup and restore: the database to work on, as libpq's PGHOST, PGPORT, PGUSER,
# PGDATABASE (and PGPASSWORD). An external server from SPRING_DATASOURCE_URL; else the embedded one
# of BATTERYTOWN_DATA_DIR (default ./data), whose port is in its postmaster.pid.
bt_target() {
  DATA=${BATTERYTOWN_DATA_DIR:-./data}
  if [ -n "${SPRING_DATASOURCE_URL:-}" ]; then
    local rest hostport
    rest=${SPRING_DATASOURCE_URL#jdbc:postgresql://}
    hostport=${rest%%/*}
    PGDATABASE=${rest#*/}
    PGDATABASE=${PGDATABASE%%\?*}
    PGHOST=${hostport%%:*}
    PGPORT=${hostport#*:}
    [ "$PGPORT" = "$hostport" ] && PGPORT=5432
    PGUSER=${SPRING_DATASOURCE_USERNAME:-postgres}
    export PGPASSWORD=${SPRING_DATASOURCE_PASSWORD:-}
  else
    PGHOST=127.0.0.1
    PGPORT=$( [ -f "$DATA/pg/postmaster.pid" ] && sed -n 4p "$DATA/pg/postmaster.pid" || echo "")
    PGUSER=postgres
    PGDATABASE=postgres
  fi
}
