#!/usr/bin/env bash
# Starts the local PostgreSQL 15 cluster and creates the role and database the tests use.
# Prints the connection string on stdout.
set -euo pipefail
user=opentalent
password=opentalent
database=opentalent_test
# Only the connection string goes to stdout; everything else is diagnostics.
exec 3>&1 1>&2
# The server outlives this script: it must not inherit the caller's pipe (fd 3), or the
# caller's $(...) would wait for it forever.
pg_ctlcluster 15 main start 3>&- </dev/null || pg_ctlcluster 15 main status 3>&-
for _ in $(seq 1 30); do
  su postgres -c "pg_isready -q" && break
  sleep 1
done
su postgres -c "psql -v ON_ERROR_STOP=1 -q" <<SQL >/dev/null
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$user') THEN
    CREATE ROLE $user LOGIN PASSWORD '$password' CREATEDB;
  END IF;
END \$\$;
SQL
if ! su postgres -c "psql -tAc \"SELECT 1 FROM pg_database WHERE datname = '$database'\"" | grep -q 1; then
  su postgres -c "createdb -O $user $database"
fi
su postgres -c "psql -q -d $database -c 'CREATE EXTENSION IF NOT EXISTS pg_trgm'" >/dev/null
echo "Host=127.0.0.1;Port=5432;Username=$user;Password=$password;Database=$database" >&3
