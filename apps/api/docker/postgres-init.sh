#!/bin/sh
# First start of the PostgreSQL container: the roles Rapor needs.
#   rapor_owner  owns the schema and runs the migrations
#   rapor_app    group role every grant names; owns nothing, no BYPASSRLS
#   rapor_api    the API's login (through PgBouncer), member of rapor_app
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v owner_pw="$RAPOR_OWNER_PASSWORD" -v api_pw="$RAPOR_API_PASSWORD" <<'SQL'
create role rapor_app nologin nosuperuser nobypassrls nocreatedb nocreaterole;
create role rapor_owner login nosuperuser nobypassrls password :'owner_pw';
create role rapor_api login nosuperuser nobypassrls nocreatedb nocreaterole password :'api_pw' in role rapor_app;
-- Through PgBouncer the API's own startup parameters are ignored: the limits live on the role.
alter role rapor_api set statement_timeout = '15s';
alter role rapor_api set idle_in_transaction_session_timeout = '30s';
alter database rapor owner to rapor_owner;
alter schema public owner to rapor_owner;
SQL
