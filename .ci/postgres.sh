#!/usr/bin/env bash
# Source this: installs PostgreSQL if needed, starts a throwaway cluster on $PGPORT (55432 by
# default) in $PGDATA_DIR, and exports SOCIAL_AUTH_PG_URL for the PostgreSQL tests.
# Stop it with: pg_stop_social
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null
fi
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PGPORT=${PGPORT:-55432}
# Outside target/ so that "mvn clean" cannot remove a running cluster; /tmp is traversable by postgres.
PGDATA_DIR=${PGDATA_DIR:-${TMPDIR:-/tmp}/rest-social-auth-pg}
mkdir -p "$(dirname "$PGDATA_DIR")"
if [ -f "$PGDATA_DIR/postmaster.pid" ]; then
  su postgres -s /bin/sh -c "$PGBIN/pg_ctl -D '$PGDATA_DIR' -m fast stop" >/dev/null 2>&1 || true
fi
rm -rf "$PGDATA_DIR" && mkdir -p "$PGDATA_DIR" && chown postgres:postgres "$PGDATA_DIR" && chmod 700 "$PGDATA_DIR"
su postgres -s /bin/sh -c "$PGBIN/initdb -D '$PGDATA_DIR' -U postgres -A trust --no-sync -E UTF8 >/dev/null"
su postgres -s /bin/sh -c "$PGBIN/pg_ctl -D '$PGDATA_DIR' -l '$PGDATA_DIR/server.log' -w -t 60 \
  -o \"-p $PGPORT -k '$PGDATA_DIR' -c listen_addresses=127.0.0.1 -c fsync=off\" start >/dev/null"
psql -h 127.0.0.1 -p "$PGPORT" -U postgres -v ON_ERROR_STOP=1 -q \
  -c "CREATE ROLE socialauth LOGIN PASSWORD 'socialauth'" -c "CREATE DATABASE socialauth OWNER socialauth"
export SOCIAL_AUTH_PG_URL="jdbc:postgresql://127.0.0.1:$PGPORT/socialauth?user=socialauth&password=socialauth"
pg_stop_social() { su postgres -s /bin/sh -c "$PGBIN/pg_ctl -D '$PGDATA_DIR' -m fast stop" >/dev/null; }
