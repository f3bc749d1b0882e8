#!/bin/sh
# First start of the PostgreSQL container: the roles Rapor needs.
#   rapor_owner  owns the schema and runs the migrations
#   rapor_app    group role every grant names; owns nothing, no BYPASSRLS
#   rapor_api    the API's login (through PgBouncer), member of rapor_app
# The API role's settings (statement_timeout, idle_in_transaction_session_timeout) come from
# libs/db/src/lib/api-role-settings.json, mounted at /rapor/api-role-settings.json: the same
# file the embedded setup applies (bootstrapDatabase), with the same statement.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v owner_pw="$RAPOR_OWNER_PASSWORD" -v api_pw="$RAPOR_API_PASSWORD" \
  -v api_settings="$(cat /rapor/api-role-settings.json)" <<'SQL'
create role rapor_app nologin nosuperuser nobypassrls nocreatedb nocreaterole;
create role rapor_owner login nosuperuser nobypassrls password :'owner_pw';
create role rapor_api login nosuperuser nobypassrls nocreatedb nocreaterole password :'api_pw' in role rapor_app;
-- Through PgBouncer the API's own startup parameters are ignored: the limits live on the role.
select format('alter role rapor_api set %I = %L', key, value) from json_each_text(:'api_settings'::json) \gexec
alter database rapor owner to rapor_owner;
alter schema public owner to rapor_owner;
SQL
